/** A trie over word sequences: finds the longest listed phrase starting at a position, in linear time. */
export interface PhraseTrie<T> {
  /** Adds a phrase (already split into normalised words); returns false when it was already present. */
  add(words: readonly string[], value: T): boolean;
  /** The longest phrase starting at `from` in `words`: its value and length in words. */
  longest(words: readonly string[], from: number): { value: T; length: number } | null;
  /** Length in words of the longest phrase starting at `from` (0: none); allocates nothing. */
  lengthAt(words: readonly string[], from: number): number;
  /** The value of the longest phrase starting at `from` (`longest(words, from)?.value` without the result object). */
  longestValue(words: readonly string[], from: number): T | undefined;
  /** True when the exact phrase is present. */
  has(words: readonly string[]): boolean;
  /** True when the one-word phrase `word` is present (`has([word])` without the array). */
  hasWord(word: string): boolean;
  /** The value of the one-word phrase `word` (`longest([word], 0)?.value` without the arrays). */
  wordValue(word: string): T | undefined;
  /** The words phrases start with. */
  firstWords(): IterableIterator<string>;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  value: T | undefined;
}

/** Creates an empty phrase trie. */
export function createPhraseTrie<T>(): PhraseTrie<T> {
  return new Trie<T>();
}

// A class, not a closure per trie: every trie shares one set of methods, so the hot lookups stay monomorphic.
// The walks stop at a node with no children (most phrases end there) rather than look the next word up in its empty map.
class Trie<T> implements PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };

  add(words: readonly string[], value: T): boolean {
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), value: undefined }));
      node = child;
    }
    if (node.value !== undefined) return false;
    node.value = value;
    return true;
  }

  longest(words: readonly string[], from: number): { value: T; length: number } | null {
    let node: Node<T> | undefined = this.root;
    let best: Node<T> | undefined;
    let length = 0;
    for (let i = from; i < words.length; i++) {
      node = node.next.get(words[i]!);
      if (node === undefined) break;
      if (node.value !== undefined) {
        best = node;
        length = i - from + 1;
      }
      if (node.next.size === 0) break;
    }
    return best === undefined ? null : { value: best.value!, length };
  }

  lengthAt(words: readonly string[], from: number): number {
    let node: Node<T> | undefined = this.root;
    let length = 0;
    for (let i = from; i < words.length; i++) {
      node = node.next.get(words[i]!);
      if (node === undefined) break;
      if (node.value !== undefined) length = i - from + 1;
      if (node.next.size === 0) break;
    }
    return length;
  }

  longestValue(words: readonly string[], from: number): T | undefined {
    let node: Node<T> | undefined = this.root;
    let value: T | undefined;
    for (let i = from; i < words.length; i++) {
      node = node.next.get(words[i]!);
      if (node === undefined) break;
      if (node.value !== undefined) value = node.value;
      if (node.next.size === 0) break;
    }
    return value;
  }

  has(words: readonly string[]): boolean {
    let node: Node<T> | undefined = this.root;
    for (const w of words) node = node?.next.get(w);
    return node?.value !== undefined;
  }

  hasWord(word: string): boolean {
    return this.root.next.get(word)?.value !== undefined;
  }

  wordValue(word: string): T | undefined {
    return this.root.next.get(word)?.value;
  }

  firstWords(): IterableIterator<string> {
    return this.root.next.keys();
  }
}

/**
 * Splits a phrase or a token's normalised form into match keys: lower-case, diacritics stripped,
 * split at spaces and hyphens, so `face-to-face` matches however the tokenizer cut it.
 * @example phraseKeys("Face-to-face talks") // ["face", "to", "face", "talks"]
 */
export function phraseKeys(text: string): string[] {
  // fast path: a plain lower-case ASCII word (most tokens' norm) is its own key
  if (isPlain(text)) return [text];
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .split(/[\s\-‐‑–]+/)
    .filter((w) => w.length > 0);
}

/** `^[a-z0-9]+$` without a regex call: this runs once per token. */
function isPlain(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

const keyCache = new Map<string, string>();

/** One token's match key as a single string (`phraseKeys` joined by spaces), memoised. */
export function tokenKey(norm: string): string {
  if (isPlain(norm)) return norm;
  let key = keyCache.get(norm);
  if (key === undefined) {
    key = phraseKeys(norm).join(' ');
    if (keyCache.size < 100_000) keyCache.set(norm, key);
  }
  return key;
}
