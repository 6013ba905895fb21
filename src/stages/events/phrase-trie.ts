/** A trie over word sequences: finds the longest listed phrase starting at a position, in linear time. */
export interface PhraseTrie<T> {
  /** Adds a phrase (already split into normalised words); returns false when it was already present. */
  add(words: readonly string[], value: T): boolean;
  /** The longest phrase starting at `from` in `words`: its value and length in words. */
  longest(words: readonly string[], from: number): { value: T; length: number } | null;
  /** True when the exact phrase is present. */
  has(words: readonly string[]): boolean;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

/** Creates an empty phrase trie. */
export function createPhraseTrie<T>(): PhraseTrie<T> {
  const root: Node<T> = { next: new Map() };
  return {
    add(words, value) {
      let node = root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map() }));
        node = child;
      }
      if (node.value !== undefined) return false;
      node.value = value;
      return true;
    },
    longest(words, from) {
      let node: Node<T> | undefined = root;
      let best: { value: T; length: number } | null = null;
      for (let i = from; i < words.length && node; i++) {
        node = node.next.get(words[i]!);
        if (node?.value !== undefined) best = { value: node.value, length: i - from + 1 };
      }
      return best;
    },
    has(words) {
      let node: Node<T> | undefined = root;
      for (const w of words) node = node?.next.get(w);
      return node?.value !== undefined;
    },
  };
}

/**
 * Splits a phrase or a token's normalised form into match keys: lower-case, diacritics stripped,
 * split at spaces and hyphens, so `face-to-face` matches however the tokenizer cut it.
 * @example phraseKeys("Face-to-face talks") // ["face", "to", "face", "talks"]
 */
export function phraseKeys(text: string): string[] {
  // fast path: a plain lower-case ASCII word (most tokens' norm) is its own key
  if (PLAIN.test(text)) return [text];
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[\s\-‐‑–]+/)
    .filter((w) => w.length > 0);
}

const PLAIN = /^[a-z0-9]+$/;

const keyCache = new Map<string, string>();

/** One token's match key as a single string (`phraseKeys` joined by spaces), memoised. */
export function tokenKey(norm: string): string {
  if (PLAIN.test(norm)) return norm;
  let key = keyCache.get(norm);
  if (key === undefined) {
    key = phraseKeys(norm).join(' ');
    if (keyCache.size < 100_000) keyCache.set(norm, key);
  }
  return key;
}
