import type { PunctuationWords } from './clean-data.js';
import { isVerbForm } from './join-predicate.js';
import { isCapitalised, repair, type PeriodOutput, type Token } from './period-edits.js';

/** Longest fronted phrase taken for a fragment: longer ones may hold a verb the lists miss. */
const MAX_FRONTED_WORDS = 3;

/**
 * A short "sentence" that is only a fronted prepositional phrase, before a capitalised word, lost its
 * comma to a period: "Dengan perjanjian itu. Malaysia akan" → "Dengan perjanjian itu, Malaysia akan";
 * "After the talks. The minister flew" → "After the talks, the minister flew". Not when a word of the
 * phrase is a predicate ("Di sana ada tiga.") or a verb form ("Setelah itu berunding."). Returns
 * whether it repaired.
 */
export function joinFronted(tokens: readonly Token[], k: number, sentenceStart: number, w: PunctuationWords, ctx: PeriodOutput): boolean {
  const size = k - sentenceStart;
  if (size < 2 || size > MAX_FRONTED_WORDS) return false;
  const first = tokens[sentenceStart]!;
  if (!isCapitalised(first) || !w.fronting.has(first.text.toLowerCase())) return false;
  for (let i = sentenceStart + 1; i < k; i++) {
    const x = tokens[i]!;
    const lower = x.text.toLowerCase();
    if (!x.word || w.predicateStarts.has(lower) || w.continuation.has(lower) || w.negations.has(lower) || w.subjects.has(lower)) return false;
    if (x.text === lower && isVerbForm(tokens, i, w)) return false;
  }
  const t = tokens[k]!;
  const next = tokens[k + 1]!;
  repair(ctx, t.start, t.end, ',', t, `Replaced the period after the fronted phrase "${tokens.slice(sentenceStart, k).map((x) => x.text).join(' ')}" with a comma`);
  // "After the talks, the minister": a closed-class word loses its capital; a name keeps it.
  const lower = next.text.toLowerCase();
  if (w.noFinal.has(lower) || w.subjects.has(lower)) ctx.edits.push({ start: next.start, end: next.start + 1, insert: next.text.charAt(0).toLowerCase() });
  return true;
}
