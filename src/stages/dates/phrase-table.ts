import { phraseNorms } from './tokenize.js';

/**
 * Phrases of one or more tokens, indexed by their first token, longest first, with the shapes of those
 * first tokens (see {@link keyShapes}): most tokens a rule asks about start no phrase, and two array reads
 * say so without hashing the token.
 */
export type PhraseTable<V> = Map<string, Array<{ norms: string[]; value: V }>> & { readonly shapes: Uint32Array };

/** A phrase found at a token index: `end` is the index after its last token. */
export interface PhraseMatch<V> {
  end: number;
  value: V;
}

/** Builds a table from `[phrase, value]` pairs; phrases are normalised like text tokens. */
export function buildTable<V>(entries: Iterable<readonly [string, V]>): PhraseTable<V> {
  const table = new Map() as Map<string, Array<{ norms: string[]; value: V }>> & { shapes: Uint32Array };
  for (const [phrase, value] of entries) {
    const norms = phraseNorms(phrase);
    if (norms.length === 0) continue;
    const list = table.get(norms[0]!) ?? [];
    list.push({ norms, value });
    list.sort((a, b) => b.norms.length - a.norms.length);
    table.set(norms[0]!, list);
  }
  table.shapes = keyShapes(table.keys());
  return table;
}

/** The longest phrase of `table` starting at token `i` (and ending before `limit`), or null. */
export function matchPhrase<V>(table: PhraseTable<V>, toks: readonly { norm: string }[], i: number, limit = toks.length): PhraseMatch<V> | null {
  const tok = toks[i];
  if (!tok || !maybeKey(table.shapes, tok.norm)) return null;
  const list = table.get(tok.norm);
  if (!list) return null;
  // Indexed loops: until the optimising compiler takes over, `for…of` runs the iterator protocol, and an
  // article's first pass is mostly run before it does.
  for (let e = 0; e < list.length; e++) {
    const { norms, value } = list[e]!;
    if (i + norms.length > limit) continue;
    let ok = true;
    for (let k = 1; k < norms.length && ok; k++) ok = toks[i + k]!.norm === norms[k];
    if (ok) return { end: i + norms.length, value };
  }
  return null;
}

/** A table of phrases that all carry `true` (cue lists). */
export function buildSet(phrases: Iterable<string>): PhraseTable<true> {
  return buildTable([...phrases].map((p) => [p, true] as const));
}

/**
 * For each ASCII first character, a bit per key length (lengths from 31 share the last bit): a word whose
 * first character and length no key has is in no table, which two array reads tell without hashing it.
 */
export function keyShapes(keys: Iterable<string>): Uint32Array {
  const shapes = new Uint32Array(128);
  for (const key of keys) {
    const c = key.charCodeAt(0);
    if (c < 128) shapes[c]! |= 1 << Math.min(key.length, 31);
  }
  return shapes;
}

/** False when no key of `shapes` can be `word` (see {@link keyShapes}); true means "look it up". */
export function maybeKey(shapes: Uint32Array, word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 128 || (shapes[c]! & (1 << (word.length > 31 ? 31 : word.length))) !== 0;
}
