import type { PunctuationWords } from './clean-data.js';
import { classOf, codePointAt, LETTER, runEnd } from './letters.js';

/** Characters sampled for the vote: enough to tell languages apart, cheap on huge texts. */
const SAMPLE = 2000;
/** Fewest function words a pack needs in the sample to be chosen. */
const MIN_HITS = 2;

/** Packs' punctuation words compiled for the vote: word → indexes of the packs listing it. */
export type PunctuationVote = ReadonlyMap<string, readonly number[]>;

/** Compiles the vote map once, in the stage factory. */
export function compileVote(packs: readonly PunctuationWords[]): PunctuationVote {
  const vote = new Map<string, number[]>();
  packs.forEach((p, i) => {
    for (const word of new Set([...p.noFinal, ...p.continuation, ...p.subjects, ...p.predicateStarts, ...p.needsObject, ...p.negations])) vote.set(word, [...(vote.get(word) ?? []), i]);
  });
  return vote;
}

/**
 * Picks the pack whose punctuation words occur most in the text ("ke", "dengan", "yang" → `id`;
 * "the", "of" → `en`). Cleaning runs before language identification, and repairing Indonesian with
 * English lists (or the reverse) would do harm, so with no clear winner no pack is chosen.
 */
export function choosePunctuationWords(text: string, packs: readonly PunctuationWords[], vote: PunctuationVote): PunctuationWords | null {
  if (packs.length === 0) return null;
  const counts = new Array<number>(packs.length).fill(0);
  const longest = longestWord(vote);
  const sample = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).toLowerCase();
  // Words are runs of letters (\p{L}+), read without a match object per word.
  for (let i = 0; i < sample.length; ) {
    const c = codePointAt(sample, i, sample.length);
    if ((classOf(c) & LETTER) === 0) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    const end = runEnd(sample, i, sample.length, LETTER);
    // A word longer than every listed one is not looked up (most content words).
    const owners = end - i <= longest ? vote.get(sample.slice(i, end)) : undefined;
    if (owners) for (const k of owners) counts[k]!++;
    i = end;
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  const second = Math.max(0, ...counts.filter((_, i) => i !== best));
  const top = counts[best]!;
  return top >= MIN_HITS && top > second * 1.5 ? packs[best]! : null;
}

const LONGEST = new WeakMap<PunctuationVote, number>();

/** The length of the longest word of the vote, computed once per vote. */
function longestWord(vote: PunctuationVote): number {
  let longest = LONGEST.get(vote);
  if (longest === undefined) {
    longest = 0;
    for (const word of vote.keys()) longest = Math.max(longest, word.length);
    LONGEST.set(vote, longest);
  }
  return longest;
}
