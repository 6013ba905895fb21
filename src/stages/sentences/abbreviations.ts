import type { LanguagePack } from '../../lang/pack.js';

/** The pack file listing abbreviations. */
export const ABBREVIATIONS_FILE = 'abbreviations.txt';

/** A pack's abbreviations, compiled for lookup by the segment's last word. */
export interface Abbreviations {
  /** Never end a sentence: `Dr.`, `Jend.`, `U.S.`, `No.`. */
  always: ReadonlySet<string>;
  /** May end one: `a.m.`, `etc.`, `dll.` (joined only before a lower-case letter or a digit). */
  mayEnd: ReadonlySet<string>;
}

/** Reads `abbreviations.txt` ("Dr." or "a.m. end" a line). */
export function compileAbbreviations(pack: LanguagePack | undefined): Abbreviations {
  const always = new Set<string>();
  const mayEnd = new Set<string>();
  for (const line of pack?.lines(ABBREVIATIONS_FILE) ?? []) {
    const [word, flag] = line.split(/\s+/);
    if (!word) continue;
    (flag === 'end' ? mayEnd : always).add(word);
  }
  return { always, mayEnd };
}
