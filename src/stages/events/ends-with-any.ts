/**
 * The word ends in one of `endings` (a pack's participle endings) with at least `minStem` characters before it.
 * A loop, not `endings.some(…)`: the closure made at every call showed among the stage's allocations, as these
 * tests run for most triggers.
 * @example endsWithAny('inviting', ['ing'], 3) // true
 */
export function endsWithAny(word: string, endings: readonly string[], minStem = 0): boolean {
  for (const e of endings) if (word.length - e.length >= minStem && word.endsWith(e)) return true;
  return false;
}
