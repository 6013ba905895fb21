import { phraseNorms } from './tokenize.js';

/** Phrases of one or more tokens, indexed by their first token, longest first. */
export type PhraseTable<V> = Map<string, Array<{ norms: string[]; value: V }>>;

/** A phrase found at a token index: `end` is the index after its last token. */
export interface PhraseMatch<V> {
  end: number;
  value: V;
}

/** Builds a table from `[phrase, value]` pairs; phrases are normalised like text tokens. */
export function buildTable<V>(entries: Iterable<readonly [string, V]>): PhraseTable<V> {
  const table: PhraseTable<V> = new Map();
  for (const [phrase, value] of entries) {
    const norms = phraseNorms(phrase);
    if (norms.length === 0) continue;
    const list = table.get(norms[0]!) ?? [];
    list.push({ norms, value });
    list.sort((a, b) => b.norms.length - a.norms.length);
    table.set(norms[0]!, list);
  }
  return table;
}

/** The longest phrase of `table` starting at token `i` (and ending before `limit`), or null. */
export function matchPhrase<V>(table: PhraseTable<V>, toks: readonly { norm: string }[], i: number, limit = toks.length): PhraseMatch<V> | null {
  const tok = toks[i];
  if (!tok) return null;
  const list = table.get(tok.norm);
  if (!list) return null;
  for (const { norms, value } of list) {
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
