/** A word of the text with its offsets and matching form. */
export interface Word {
  start: number;
  end: number;
  /** Lower-cased, diacritics-stripped (`Moskow` → `moskow`, `Ürümqi` → `urumqi`). */
  norm: string;
  /** Index into `Doc.sentences`, or -1 outside body sentences (the dateline). */
  sentence: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;
const ASCII_WORD = /^[a-z0-9]*$/;

/** Lower-cases and strips diacritics, the form every lexicon key and text word is compared in. */
export function normWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip the costly decomposition for them.
  return ASCII_WORD.test(lower) ? lower : lower.normalize('NFD').replace(MARKS, '');
}

/** Splits a name into its normalised words: `Xi’an` → [`xi`, `an`], `Den Haag` → [`den`, `haag`]. */
export function normWords(name: string): string[] {
  return [...name.matchAll(WORD)].map((m) => normWord(m[0]));
}

/** Words of `text` between `start` and `end` (offsets into the whole text). */
export function splitWords(text: string, start: number, end: number, sentence: number, out: Word[] = []): Word[] {
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    const s = start + m.index;
    out.push({ start: s, end: s + m[0].length, norm: normWord(m[0]), sentence });
  }
  return out;
}
