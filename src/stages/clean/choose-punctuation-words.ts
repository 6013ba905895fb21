import type { PunctuationWords } from './clean-data.js';

/** Characters sampled for the vote: enough to tell languages apart, cheap on huge texts. */
const SAMPLE = 20_000;
/** Fewest function words a pack needs in the sample to be chosen. */
const MIN_HITS = 3;

/**
 * Picks the pack whose punctuation words occur most in the text ("ke", "dengan", "yang" → `id`;
 * "the", "of" → `en`). Cleaning runs before language identification, and repairing Indonesian with
 * English lists (or the reverse) would do harm, so with no clear winner no pack is chosen.
 */
export function choosePunctuationWords(text: string, packs: readonly PunctuationWords[]): PunctuationWords | null {
  if (packs.length === 0) return null;
  const counts = new Array<number>(packs.length).fill(0);
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    const word = m[0];
    packs.forEach((p, i) => {
      if (p.noFinal.has(word) || p.continuation.has(word)) counts[i]!++;
    });
  }
  let best = -1;
  let second = 0;
  counts.forEach((c, i) => {
    if (best === -1 || c > counts[best]!) {
      if (best !== -1) second = Math.max(second, counts[best]!);
      best = i;
    } else second = Math.max(second, c);
  });
  const top = counts[best]!;
  return top >= MIN_HITS && top > second * 1.5 ? packs[best]! : null;
}
