import type { PunctuationWords } from './clean-data.js';
import { hasSuspiciousPeriod } from './has-suspicious-period.js';
import { flagComplement, joinPredicate, type PredicateContext } from './join-predicate.js';
import { joinFronted } from './join-fronted.js';
import { isLowerStart, repair, suspect, type Token } from './period-edits.js';
import { periodTokens } from './period-tokens.js';
import { classOf, codePointAt, NUMBER } from './letters.js';

/** What the period scanner reads and where it writes. */
export interface PeriodContext extends PredicateContext {
  /** Word lists of the text's language, or null when no pack is clearly the text's (chosen on first use). */
  words(): PunctuationWords | null;
  /** Every pack's word lists together, for the cheap first look. */
  anyWords: PunctuationWords;
  /** Abbreviations without their final period ("Dr", "U.S"): the word before a period is looked up as it is. */
  abbreviationStems: ReadonlySet<string>;
  /** The text has the word `first` (lower-cased) then `second`, capitalised, in mid-sentence ("hari Rabu"). */
  hasPair(first: string, second: string): boolean;
}


/**
 * Scans one stretch of a line for stray periods. Repairs (strong evidence):
 * - a lone period: "negara tetangganya. ." → "negara tetangganya."
 * - a period before a lower-case word: "oleh Barat. perkembangan" → "oleh Barat perkembangan"
 * - a period after a word that cannot end a sentence: "perjalanan ke. Moskow" → "perjalanan ke Moskow"
 * - a period before a capitalised continuation word: "tersebut. Yang menandai" → "tersebut yang menandai"
 * - a one- or two-word fragment of proper nouns: "perdana menteri. Rusia. Yang" → "perdana menteri Rusia yang"
 * - a trailing function word: "semakin memanas. pada." → "semakin memanas."
 * - a short sentence whose last word and the next word stand together elsewhere in the text:
 *   "Saat kunjungannya hari. Rabu ke" when "pada hari Rabu" occurs → "hari Rabu ke"
 * - a subject cut from its predicate, a verb of saying cut from what it says (`join-predicate.ts`):
 *   "Ia. Juga membahas" → "Ia juga membahas"; "Ruto menyatakan. Kenya siap" → "Ruto menyatakan Kenya siap"
 * - a fronted phrase cut off by a period (`join-fronted.ts`): "Dengan perjanjian itu. Malaysia akan"
 *   → "Dengan perjanjian itu, Malaysia akan"
 * Flags (weak evidence): a fragment of common words, a weak continuation word ("Jinping. Telah"),
 * a function word before a final period ("bekerja sama dengan.").
 */
export function scanPeriods(text: string, from: number, to: number, ctx: PeriodContext): void {
  // Most stretches hold only ordinary sentence ends: a character-level look finds those cheaply.
  if (!hasSuspiciousPeriod(text, from, to, ctx.anyWords)) return;
  const tokens = periodTokens(text, from, to);
  let sentenceStart = 0;
  let lastBreak = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Told by the character: a token's text is cut only when a rule reads it.
    const c = t.end - t.start === 1 ? text.charCodeAt(t.start) : 0;
    if (c === 33 || c === 63) {
      // "!" or "?"
      sentenceStart = k + 1;
      lastBreak = -1;
      continue;
    }
    if (c !== 46) continue;
    const outcome = judgePeriod(tokens, k, sentenceStart, lastBreak, ctx);
    if (outcome === 'break') {
      sentenceStart = k + 1;
      lastBreak = k;
    } else if (outcome === 'skip2') k += 2;
  }
}

type Outcome = 'break' | 'joined' | 'ignore' | 'skip2';

function judgePeriod(tokens: Token[], k: number, sentenceStart: number, lastBreak: number, ctx: PeriodContext): Outcome {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // "..." or ".”" or ".)" or ".,": periods next to other symbols are ellipses or normal ends.
  if (next && next.start === t.end && !next.word) return 'ignore';
  if (prev && prev.end === t.start && prev.text === '.') return 'ignore';
  if (prev && prev.word && prev.end < t.start) {
    // "kata dia . Lalu" → "kata dia. Lalu"
    repair(ctx, prev.end, t.start, '', t, 'Removed a space before a period');
    return next && next.word && !isLowerStart(next.text) ? 'break' : 'joined';
  }
  if (!prev || prev.end < t.start || (!prev.word && ',;:'.includes(prev.text))) {
    // "tetangganya. ." → "tetangganya."; ",." → ","
    if (next && next.text === '.' && next.start === t.end) return 'ignore';
    repair(ctx, prev ? prev.end : t.start, prev ? t.end : next ? next.start : t.end, '', t, 'Removed a lone period');
    return 'joined';
  }
  if (!prev.word) return 'ignore';
  // "tahun 2022. Ia": a number ends the sentence, nothing to repair.
  if ((classOf(codePointAt(prev.text, 0, prev.text.length)) & NUMBER) !== 0) return 'break';
  if (isAbbreviation(prev.text, ctx.abbreviationStems)) return 'ignore';
  const w = ctx.words();
  const prevLower = prev.text.toLowerCase();
  const prevIsFunction = w !== null && prev.text === prevLower && w.noFinal.has(prevLower);
  if (!next) {
    if (prevIsFunction && sentenceStart === k - 1 && k >= 2) {
      // "memanas. pada." at the end of a paragraph: the dangling word goes with its period.
      repair(ctx, tokens[k - 2]!.end, t.end, '', t, `Removed the dangling "${prev.text}."`);
      return 'joined';
    }
    if (prevIsFunction) suspect(ctx, t, `A period follows "${prev.text}", which cannot end a sentence`);
    return 'break';
  }
  if (!next.word) return 'break';
  if (trailingFragment(tokens, k, w)) {
    // "memanas. pada." → "memanas."
    repair(ctx, t.end, tokens[k + 2]!.end, '', tokens[k + 2]!, `Removed the dangling "${next.text}."`);
    return 'skip2';
  }
  const nextFirst = next.text.charAt(0);
  const nextLowerWord = next.text.toLowerCase();
  const nextIsCapital = nextFirst !== nextFirst.toLowerCase();
  const nextContinues = w !== null && nextIsCapital && w.continuation.has(nextLowerWord);
  if (w !== null && nextIsCapital && !nextContinues) {
    const outcome = joinPredicate(tokens, k, sentenceStart, w, ctx);
    if (outcome !== null) return outcome;
  }
  joinFragment(tokens, k, sentenceStart, lastBreak, nextContinues, ctx);
  if (nextIsCapital && k - sentenceStart <= 3 && ctx.hasPair(prevLower, next.text)) {
    // "Saat kunjungannya hari. Rabu ke …" where "pada hari Rabu" occurs elsewhere
    repair(ctx, t.start, t.end, '', t, `Removed a period inside "${prev.text} ${next.text}", which the text has elsewhere`);
    return 'joined';
  }
  if (isLowerStart(next.text)) {
    // "oleh Barat. perkembangan mereka" → "oleh Barat perkembangan mereka"
    repair(ctx, t.start, t.end, '', t, `Removed a period before lower-case "${next.text}"`);
    return 'joined';
  }
  if (prevIsFunction || nextContinues) {
    // "ke. Moskow" → "ke Moskow"; "tersebut. Yang menandai" → "tersebut yang menandai"
    repair(ctx, t.start, t.end, '', t, `Removed a period after "${prev.text}" before "${next.text}"`);
    if (nextIsCapital && (nextContinues || w!.noFinal.has(nextLowerWord))) {
      ctx.edits.push({ start: next.start, end: next.start + 1, insert: nextFirst.toLowerCase() });
    }
    return 'joined';
  }
  if (w !== null && nextIsCapital && joinFronted(tokens, k, sentenceStart, w, ctx)) return 'joined';
  // "Dengan demikian, …" opens sentences as a fronted phrase: only other weak words are flagged.
  if (w !== null && nextIsCapital && w.weakContinuation.has(nextLowerWord) && !w.fronting.has(nextLowerWord)) {
    suspect(ctx, t, `A sentence starts with "${next.text}", which usually continues one`);
  } else if (w !== null && nextIsCapital) flagComplement(tokens, k, w, ctx);
  return 'break';
}

/** "memanas. pada." ending the stretch: a function word alone between two periods. */
function trailingFragment(tokens: Token[], k: number, w: PunctuationWords | null): boolean {
  const next = tokens[k + 1]!;
  const after = tokens[k + 2];
  return w !== null && after !== undefined && after.text === '.' && after.start === next.end && k + 3 === tokens.length
    && next.text === next.text.toLowerCase() && w.noFinal.has(next.text);
}

/**
 * The sentence ending at period k has one or two capitalised words and follows another period in
 * the same paragraph ("menteri. Rusia."): joined to the sentence before when its words are proper
 * nouns elsewhere in the text or the next sentence starts with a continuation word; else flagged.
 */
function joinFragment(tokens: Token[], k: number, sentenceStart: number, lastBreak: number, nextContinues: boolean, ctx: PeriodContext): void {
  const size = k - sentenceStart;
  if (lastBreak < 0 || size < 1 || size > 2) return;
  const words = tokens.slice(sentenceStart, k);
  if (!words.every((x) => x.word && x.text.charAt(0) !== x.text.charAt(0).toLowerCase())) return;
  const pb = tokens[lastBreak]!;
  const nouns = ctx.properNouns();
  if (nextContinues || words.every((x) => nouns.has(x.text))) {
    repair(ctx, pb.start, pb.end, '', pb, `Removed a period splitting "${words.map((x) => x.text).join(' ')}" from its sentence`);
  } else {
    suspect(ctx, pb, `The fragment "${words.map((x) => x.text).join(' ')}." may belong to the sentence before`);
  }
}

function isAbbreviation(word: string, stems: ReadonlySet<string>): boolean {
  // "J." (an initial), "U.S." (letters and dots), or a listed abbreviation.
  if (word.length === 1 || word.includes('.')) return true;
  return stems.has(word);
}
