import type { PunctuationWords } from './clean-data.js';
import { isCapitalised, repair, suspect, type PeriodOutput, type Token } from './period-edits.js';

/** What the predicate rules read besides the tokens. */
export interface PredicateContext extends PeriodOutput {
  /** Capitalised words seen in mid-sentence: names, which a verb form never is. */
  properNouns(): ReadonlySet<string>;
}

/** A clause this short before the period may be a subject cut from its predicate. */
const MAX_SUBJECT_WORDS = 2;
/** A fronted clause ("Menanggapi hal itu,") shows its comma within this many tokens. */
const OPENER_REACH = 4;

/**
 * Judges a period before a capitalised word (token k+1) that may have cut a sentence between its
 * subject and predicate, or between a verb and what it says. Repairs, with the evidence:
 * - a subject pronoun alone, or a short subject after a comma, then a predicate word or a verb form
 *   that is no name in the text: "kantornya. Ia. Juga membahas" → "Ia juga membahas"; "He. Also
 *   invited"; "Menurut Retno, Sato. Menyambut baik" → "Sato menyambut baik"
 * - a verb of saying with nothing after it, no quote before it in the paragraph and no negation:
 *   "Ruto menyatakan. Kenya siap" → "Ruto menyatakan Kenya siap"
 * Flags a pronoun alone before anything else ("Ia. Prabowo kemudian"). Returns null when no rule applies.
 */
export function joinPredicate(tokens: readonly Token[], k: number, sentenceStart: number, w: PunctuationWords, ctx: PredicateContext): 'joined' | 'break' | null {
  const t = tokens[k]!;
  const next = tokens[k + 1]!;
  const prev = tokens[k - 1]!;
  if (w.needsObject.has(prev.text) && !negated(tokens, k - 1, sentenceStart, w)) {
    // Speech ends sentences its own way ("Kami akan mengumumkan. Tunggu saja"): inside a quote, only a flag.
    if (quoted(tokens, 0, k)) {
      suspect(ctx, t, `A period follows "${prev.text}", which usually says something after it`);
      return 'break';
    }
    repair(ctx, t.start, t.end, '', t, `Removed a period between "${prev.text}" and what it says`);
    return 'joined';
  }
  const subject = subjectBefore(tokens, k, sentenceStart, w);
  if (subject === null) return null;
  const isName = ctx.properNouns().has(next.text);
  const predicate = !isName && (w.predicateStarts.has(next.text.toLowerCase()) || isVerbForm(tokens, k + 1, w));
  if (predicate) {
    repair(ctx, t.start, t.end, '', t, `Removed a period between the subject "${prev.text}" and "${next.text}"`);
    // "Juga" → "juga"; an acronym keeps its capitals.
    if (next.text.slice(1) === next.text.slice(1).toLowerCase()) ctx.edits.push({ start: next.start, end: next.start + 1, insert: next.text.charAt(0).toLowerCase() });
    return 'joined';
  }
  if (subject !== 'pronoun') return null;
  suspect(ctx, t, `"${prev.text}." is not a sentence; its predicate may follow`);
  return 'break';
}

/**
 * Flags "komitmen. Anwar untuk menjalankan": a name tied straight to a complement may belong to the
 * noun before the period ("komitmen Anwar untuk"), but "Indonesia untuk pertama kalinya" opens a
 * sentence, so it is never repaired.
 */
export function flagComplement(tokens: readonly Token[], k: number, w: PunctuationWords, ctx: PeriodOutput): void {
  const prev = tokens[k - 1]!;
  const link = tokens[k + 2];
  if (!link || !w.complementLinks.has(link.text) || prev.text !== prev.text.toLowerCase()) return;
  suspect(ctx, tokens[k]!, `"${tokens[k + 1]!.text} ${link.text}" may continue the sentence before`);
}

/**
 * The subject before period k: `pronoun` when the sentence is one subject pronoun ("Ia."), `clause`
 * when one or two capitalised words or a pronoun follow a comma ("Menurut Retno, Sato."), else null.
 */
function subjectBefore(tokens: readonly Token[], k: number, sentenceStart: number, w: PunctuationWords): 'pronoun' | 'clause' | null {
  let i = k - 1;
  while (i >= sentenceStart && i >= k - MAX_SUBJECT_WORDS && tokens[i]!.word && !w.clauseOpeners.has(tokens[i]!.text)) i--;
  const words = tokens.slice(i + 1, k);
  if (words.length === 0) return null;
  const isPronoun = (x: Token) => w.subjects.has(x.text.toLowerCase());
  if (i < sentenceStart) return words.length === 1 && isPronoun(words[0]!) ? 'pronoun' : null;
  // "Menurut Retno, Sato." and "She said Tana Reef.": a new clause starts after the comma or the verb.
  const boundary = tokens[i]!;
  if (i === sentenceStart || (boundary.text !== ',' && !w.clauseOpeners.has(boundary.text))) return null;
  return words.every((x) => isCapitalised(x) || isPronoun(x)) ? 'clause' : null;
}

/** "Menyetujui tambahan impor": a verb prefix, not an opener, and no comma of a fronted clause soon after. */
export function isVerbForm(tokens: readonly Token[], at: number, w: PunctuationWords): boolean {
  const lower = tokens[at]!.text.toLowerCase();
  if (lower.length < 6 || w.openers.has(lower) || !w.verbPrefixes.some((p) => lower.startsWith(p))) return false;
  for (let j = at + 1; j < tokens.length && j <= at + OPENER_REACH; j++) if (tokens[j]!.text === ',') return false;
  return true;
}

/**
 * A quote in the paragraph before the period: `"…," Menlu menegaskan.` ends with its verb, and so
 * may a sentence inside a quote (`"Ini penting. Kami akan mengumumkan. Tunggu," katanya`).
 */
function quoted(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ('"“”'.includes(tokens[i]!.text)) return true;
  return false;
}

/** "tidak menjelaskan.": a negation one or two words before the verb. */
function negated(tokens: readonly Token[], verb: number, from: number, w: PunctuationWords): boolean {
  for (let i = verb - 1; i >= from && i >= verb - 2; i--) if (w.negations.has(tokens[i]!.text.toLowerCase())) return true;
  return false;
}
