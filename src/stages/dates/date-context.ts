import type { DateMention, Sentence } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import { yearEarlier } from './calendar.js';
import type { DateInput } from './date-input.js';
import type { DateLexicon } from './lexicon.js';
import { matchPhrase } from './phrase-table.js';
import { sentenceTokens, type FineToken } from './tokenize.js';

// Clause boundaries: language-neutral punctuation (as in clause-tense.ts).
const BOUNDARY = ',;:—–"“”';
// A background cue is looked for this many tokens back within the date's clause; a reporting verb nearer.
const REACH = 30;
const REPORT_REACH = 6;
// A demonstrative may follow its noun after this many words ("Ucapan selamat itu").
const NOUN_GAP = 2;
// Before a dateline's date stand only the place's words ("RIO DE JANEIRO,", "JAKARTA/BEIJING,").
const DATELINE_WORDS = 8;
// Characters read after a sentence's last date: enough for ", (Reuters) -".
const TAIL = 8;

/**
 * Marks what each date is to the events around it, so `pickDate` can choose: `background` (a date in a
 * `since …`, `previously …`, `had met …` or `Sebelumnya, …` clause), `reporting` (a date right after a verb of
 * saying: `state media said on Thursday`), `restated` (its sentence opens by referring back to an event:
 * `The remarks were made on Wednesday`, `Ancaman itu disampaikan pada Minggu`). A date opening the lead the
 * way a dateline does, when clean did not take the dateline apart (`JAKARTA/BEIJING, Nov 11 (Reuters) - …`),
 * gets basis `dateline`. Each sentence holding a date is tokenised once; `dates` is sorted by start.
 */
export function markDateContext(doc: DateInput, dates: readonly DateMention[], lex: DateLexicon, openYear: ReadonlySet<DateMention> = new Set()): void {
  const sentences = doc.sentences ?? [];
  const lead = sentences.findIndex((s) => !s.title);
  for (let i = 0; i < dates.length; ) {
    const sentence = dates[i]!.sentence;
    let j = i;
    while (j < dates.length && dates[j]!.sentence === sentence) j++;
    const span = sentences[sentence];
    if (sentence >= 0 && span) markSentence(doc, sentence, span, { dates, from: i, to: j }, lex, sentence === lead, openYear);
    i = j;
  }
}

/** The dates `from` (inclusive) `to` (exclusive) of the doc's list: one sentence's, without copying them out. */
interface DateRun {
  dates: readonly DateMention[];
  from: number;
  to: number;
}

/** Characters a sentence may hold after its closing date: the full stop. */
const CLOSING_GAP = 2;

function markSentence(doc: DateInput, index: number, sentence: Sentence, run: DateRun, lex: DateLexicon, lead: boolean, openYear: ReadonlySet<DateMention>): void {
  const { dates, from, to } = run;
  // Only what comes before a date matters, and the bracket or dash right after a dateline's date.
  const toks = sentenceTokens(doc.text, doc.tokens, index, sentence.start, Math.min(sentence.end, dates[to - 1]!.end + TAIL));
  const restated = opensByRestating(toks, lex);
  const opening = openingCue(toks, lex);
  // Dates before the first clause boundary are in the first clause (found once: sentences may be huge).
  let firstBoundary = 0;
  while (firstBoundary < toks.length && !isBoundary(toks[firstBoundary]!)) firstBoundary++;
  let at = 0;
  for (let n = from; n < to; n++) {
    const date = dates[n]!;
    while (at < toks.length && toks[at]!.start < date.start) at++;
    let after = at;
    while (after < toks.length && toks[after]!.start < date.end) after++;
    if (lead && date.basis === 'explicit' && datelineShaped(toks, at, after)) {
      date.basis = 'dateline'; // "RIO DE JANEIRO, Nov 19 (PTI) Prime Minister …"
      continue;
    }
    const cue = opening ?? backgroundCue(toks, at, lex);
    // To the sentence's end: "…last met in April, when Prabowo made a visit" dates the visit too.
    if (cue) date.background = { start: cue.start, end: sentence.end };
    else {
      const clause = relativeClause(doc.text, sentence.end, toks, at, date.end, lex);
      if (clause) date.background = clause;
    }
    // "previously met … in February", published in November: the February before, not the coming one
    if (cue && openYear.has(date)) lookBack(date);
    const verb = reportingVerb(toks, at, lex);
    if (verb) date.reporting = verb;
    // Only the first clause restates: "Pembicaraan itu dilakukan menyusul tewasnya …, dalam serangan … pekan lalu".
    // "Pemanggilan dilakukan oleh … di Beijing, Kamis (13/11/2025).": a day after the first comma that ends the
    // sentence closes the first clause, as the newsroom idiom puts it
    // "Ucapan itu disampaikan …, Selasa (21/10) malam, beberapa jam setelah …": a day set between the first two commas
    // too, the clause after it being the act's setting
    const closing = at === firstBoundary + 1 && toks[firstBoundary]?.norm === ',' && (sentence.end - date.end <= CLOSING_GAP || toks[after]?.norm === ',');
    if (restated && !cue && (at < firstBoundary || closing)) date.restated = true;
  }
}

/** Capitalised words of a name between a determiner and its event noun ("The Comprehensive Strategic Partnership Treaty"). */
const NAME_WORDS = 5;

/** "The remarks were …", "The Russian statement …", "Pertemuan tersebut berlangsung …", "Ucapan selamat itu disampaikan …". */
function opensByRestating(toks: readonly FineToken[], lex: DateLexicon): boolean {
  if (toks.length > 1 && lex.restatingDeterminers.has(toks[0]!.norm)) {
    for (let k = 1; k <= NAME_WORDS + 1 && k < toks.length; k++) {
      if (matchPhrase(lex.restatingNouns, toks, k)) return true;
      if (toks[k]!.kind !== 'word' || !toks[k]!.upper) break;
    }
  }
  const noun = matchPhrase(lex.restatingNouns, toks, 0);
  if (!noun) return false;
  for (let k = noun.end; k < toks.length && k <= noun.end + NOUN_GAP; k++) if (lex.restatingAfter.has(toks[k]!.norm)) return true;
  // "Pemanggilan dilakukan oleh …": a nominalised act that takes place at once is the act told before
  return noun.end < toks.length && lex.restatingVerbs.has(toks[noun.end]!.norm);
}

/** A background cue opening the sentence before a comma covers all of it: "Previously, …", "Sebelumnya, …". */
function openingCue(toks: readonly FineToken[], lex: DateLexicon): Span | null {
  const m = matchPhrase(lex.background, toks, 0);
  return m && toks[m.end]?.norm === ',' ? { start: toks[0]!.start, end: toks[m.end - 1]!.end } : null;
}

/** The leftmost background cue of the date's clause before it: "since the election in July", "had phoned … on Monday". */
function backgroundCue(toks: readonly FineToken[], at: number, lex: DateLexicon): Span | null {
  let found: Span | null = null;
  for (let k = at - 1; k >= 0 && at - k <= REACH && !isBoundary(toks[k]!); k--) {
    const m = matchPhrase(lex.background, toks, k, at);
    if (m) found = { start: toks[k]!.start, end: toks[m.end - 1]!.end };
  }
  return found;
}

/**
 * The relative clause between commas the date stands in, about someone named, when the main clause goes on after it:
 * "Manele, who took office in May, said …" (the date is the clause's, not what Manele said), "Sugiono, yang tiba pada
 * Senin, …". A clause the sentence ends with is left alone: its date may close the main clause too.
 */
function relativeClause(text: string, sentenceEnd: number, toks: readonly FineToken[], at: number, dateEnd: number, lex: DateLexicon): Span | null {
  if (lex.relativizers.size === 0) return null;
  let k = at - 1;
  while (k > 0 && at - k <= REACH && !isBoundary(toks[k]!)) k--;
  // about someone named ("Manele, who …", "the Kremlin, which …"): a clause about an event noun ("The drone attacks,
  // which began on Sunday, hit …") dates that event
  if (k < 1 || toks[k]!.norm !== ',' || !lex.relativizers.has(toks[k + 1]?.norm ?? '') || !toks[k - 1]!.upper) return null;
  // the sentence's tokens stop just after its last date: the closing comma is looked for in the text
  let close = dateEnd;
  while (close < sentenceEnd && !BOUNDARY.includes(text[close]!)) close++;
  if (text[close] !== ',' || text[close + 1] !== ' ' || !/\p{L}/u.test(text[close + 2] ?? '')) return null;
  return { start: toks[k + 1]!.start, end: close };
}

/** A verb of saying a few words before the date: "said on Thursday", "told reporters on Monday", "kata Retno, Kamis". */
function reportingVerb(toks: readonly FineToken[], at: number, lex: DateLexicon): Span | null {
  // The newsroom idiom puts a comma before the weekday: "ujar Retno di Jakarta, Kamis (21/8)".
  const from = toks[at - 1]?.norm === ',' ? at - 2 : at - 1;
  for (let k = from; k >= 0 && from - k < REPORT_REACH && !isBoundary(toks[k]!); k--) {
    const m = matchPhrase(lex.reporting, toks, k, at);
    if (m) return { start: toks[k]!.start, end: toks[m.end - 1]!.end };
  }
  return null;
}

/** Only capitalised place words before the date and a bracket or dash after it: "BEIJING, Nov 11 (Reuters) -". */
function datelineShaped(toks: readonly FineToken[], at: number, after: number): boolean {
  if (at < 2 || at > DATELINE_WORDS || toks[at - 1]!.norm !== ',') return false;
  for (let k = 0; k < at; k++) {
    const t = toks[k]!;
    if (t.kind === 'word' ? !t.upper : t.kind !== 'punct' || !',/-.'.includes(t.norm)) return false;
  }
  const next = toks[after]?.norm === ',' ? toks[after + 1] : toks[after];
  return next !== undefined && next.kind === 'punct' && '(-—–'.includes(next.norm);
}

/** Moves a year-less date read as the coming one back a year. */
function lookBack(date: DateMention): void {
  date.value = yearEarlier(date.value!);
  if (date.until !== undefined) date.until = yearEarlier(date.until);
  delete date.future;
  delete date.earlier;
}


/** A fine token's punctuation is one character: its code is compared, with no substring search. */
function isBoundary(t: FineToken): boolean {
  if (t.kind !== 'punct') return false;
  const c = t.norm.charCodeAt(0);
  return c < 128 ? c === 44 || c === 59 || c === 58 || c === 34 : BOUNDARY.includes(t.norm);
}
