import type { DateBasis, DateMention, DatePrecision, Doc, Sentence } from './doc.js';
import type { Span } from './span.js';

/** The date chosen for an event, in the contract's terms. */
export interface PickedDate {
  date: string | null;
  precision: DatePrecision | null;
  basis: DateBasis;
  /** The date mention it came from (absent for `published` and `none`). */
  mention?: DateMention;
}

/** Where the event sits. */
export interface PickDateOptions {
  /** Index into `doc.sentences` of the event's sentence. */
  sentence: number;
  /** The event's trigger or clause; dates nearer to it win within the sentence. */
  span?: Span;
  /** The event is planned: a future date may be its date (an actual event never takes one). */
  planned?: boolean;
  /** Dates of the event's sentence at or after this offset belong to a later event ("…accepted an invitation to visit in 2026"). */
  limit?: number | undefined;
  /**
   * `limit` opens a relative clause after the event's object, not another act: a date closing the sentence after a
   * comma ("… yang kembali memasuki ZEE Indonesia, Kamis (24/10).") is still the event's.
   */
  clauseLimit?: boolean | undefined;
  /** Dates of the event's sentence before this offset are a main clause's, the event being told in a framing clause. */
  floor?: number | undefined;
  /**
   * The lead's dates at or after this offset are those of the act the lead's criticism is about ("mengecam keras
   * serangan udara Israel …, Selasa (9/9)"): an event of another sentence falling back on the lead does not take them.
   */
  leadLimit?: number | undefined;
  /** Index of the lead sentence `leadLimit` is an offset of. */
  leadSentence?: number | undefined;
  /**
   * Sentences after the event's that restate it may date it (default true); false when the caller found the restating
   * sentence tells another kind of act ("The declaration was signed on Tuesday" restates no protest note).
   */
  restated?: boolean | undefined;
  /**
   * The event is itself background ("had phoned", "previously met"): background dates count for it, and with
   * none in its sentence it takes the nearest background date of the sentences just before it, else none.
   */
  background?: boolean;
}

/**
 * Within a sentence a coarse date is more often background ("the first visit since 2022"), so it must be
 * this many characters nearer than a finer one to win (a switch, not a record read by a key met at every date).
 */
function precisionPenalty(precision: DatePrecision): number {
  switch (precision) {
    case 'day': return 0;
    case 'month': return 25;
    case 'year': return 60;
  }
}
// A sentence referring back to the event ("The remarks were made on Wednesday") is looked for this many
// sentences on; a background event looks this many back for its date.
const RESTATE_REACH = 3;
const BACKGROUND_REACH = 2;

/**
 * Picks an event's date. In the event's sentence, the date of the event's own clause nearest it; else the
 * date of a sentence just after it that refers back to the event ("Ancaman itu disampaikan pada Minggu
 * (14/4/2024)"); else the sentence's reporting date ("…, state media said on Thursday"). Then the same for
 * the lead sentence, then the dateline's date, then the publication date (basis `published`), else `none`.
 * Background dates (`since …`, `previously met … in February`) serve only an event inside their clause;
 * unresolved mentions (value null) are skipped; future dates only count for planned events, but a year-less
 * date the nearest-year rule put ahead serves an actual event with its reading a year earlier. The doc's dates
 * are indexed by sentence once, so a call reads only the few sentences it needs.
 *
 * @example
 * pickDate(doc, { sentence: 3, span: trigger }) // { date: '2024-08-21', precision: 'day', basis: 'relative', mention }
 */
export function pickDate(doc: Doc, options: PickDateOptions): PickedDate {
  const m = pickDateMention(doc, options);
  if (m) return fromMention(m, options);
  if (options.background !== true && publishedDay(doc)) return { date: doc.published, precision: 'day', basis: 'published' };
  return { date: null, precision: null, basis: 'none' };
}

/**
 * The date mention {@link pickDate} takes its date from (read it with {@link mentionDate}), else null: then the
 * publication date when it is a day ({@link publishedDay}) and the event is not background, else none. For a
 * caller that keeps only the date's fields, without the picked object made for each event.
 */
export function pickDateMention(doc: Doc, options: PickDateOptions): DateMention | null {
  const index = dateIndex(doc);
  const sentences = doc.sentences ?? [];
  const background = options.background === true;
  // called once per event: the scans below read the index in place, without filtered copies or closures
  const own = inSentence(index, options, sentences, options.sentence, options.span ?? sentences[options.sentence], options.planned === true, background);
  if (own) return own;
  if (background) return priorBackground(index, options, options.sentence);
  const lead = index.lead;
  const fromLead = lead >= 0 && lead !== options.sentence ? inSentence(index, options, sentences, lead, undefined, false, false) : null;
  if (fromLead) return fromLead;
  // "BEIJING, Nov 11 (Reuters) - …": a dateline left in the lead counts as one.
  return firstUsable(index.outside, options) ?? firstUsable(index.datelines, options) ?? null;
}

/** The doc's publication date is a day (`YYYY-MM-DD`): the fallback of an event the text dates nowhere. */
export function publishedDay(doc: Doc): doc is Doc & { published: string } {
  return !!doc.published && isDay(doc.published);
}

// Most events of an article fall back on its publication date: the last date tested is remembered.
let lastTested = '';
let lastIsDay = false;

/** `YYYY-MM-DD`. */
function isDay(date: string): boolean {
  if (date !== lastTested) {
    lastTested = date;
    lastIsDay = /^\d{4}-\d{2}-\d{2}$/.test(date);
  }
  return lastIsDay;
}

/** A date the event may take: resolved, not future unless planned, not past a later event's limit. */
function usable(d: DateMention, options: PickDateOptions): boolean {
  return d.value !== null &&
    d.precision !== null &&
    (options.planned === true || !d.future || d.earlier !== undefined) &&
    !(options.limit !== undefined && d.sentence === options.sentence && d.start >= options.limit && !(options.clauseLimit === true && closing.has(d))) &&
    !(options.floor !== undefined && d.sentence === options.sentence && d.start < options.floor) &&
    !(options.leadLimit !== undefined && d.sentence === options.leadSentence && d.sentence !== options.sentence && d.start >= options.leadLimit);
}

function firstUsable(dates: readonly DateMention[] | undefined, options: PickDateOptions): DateMention | undefined {
  if (dates) for (const d of dates) if (usable(d, options)) return d;
  return undefined;
}

/** A doc's dates by sentence, its lead sentence and its dateline-basis dates. */
interface DateIndex {
  /**
   * Dates by sentence index, an array read at every sentence a pick looks at (a Map hashed the index each time);
   * the dateline's dates, in no sentence (-1), are `outside`.
   */
  bySentence: Array<DateMention[] | undefined>;
  outside: DateMention[] | undefined;
  lead: number;
  datelines: DateMention[];
}

// Keyed by the dates layer itself: it is set once by the dates stage and never rewritten.
const indexes = new WeakMap<readonly DateMention[], DateIndex>();
const NO_DATES: readonly DateMention[] = [];

// The last doc's index, at hand before the WeakMap: a doc's events ask for it one after another.
let lastDates: readonly DateMention[] | undefined;
let lastIndex: DateIndex | undefined;

function dateIndex(doc: Doc): DateIndex {
  const dates = doc.dates ?? NO_DATES;
  if (dates === lastDates && lastIndex !== undefined) return lastIndex;
  let index = indexes.get(dates);
  if (index === undefined) {
    const sentences = doc.sentences ?? [];
    index = { bySentence: new Array(sentences.length), outside: undefined, lead: sentences.findIndex((s) => !s.title), datelines: [] };
    for (const d of dates) {
      if (d.sentence >= 0 && closesSentence(doc.text, d, sentences[d.sentence])) closing.add(d);
      if (d.sentence === -1) (index.outside ??= []).push(d);
      else if (d.sentence >= 0) (index.bySentence[d.sentence] ??= []).push(d);
      if (d.basis === 'dateline') index.datelines.push(d);
    }
    // a doc without a dates layer shares NO_DATES with others, and its index (its lead) is its own
    if (dates === NO_DATES) return index;
    indexes.set(dates, index);
  }
  lastDates = dates;
  lastIndex = index;
  return index;
}

/**
 * Dates that close their sentence after a comma ("… yang kembali memasuki ZEE Indonesia, Kamis (24/10)."): the newsroom
 * adjunct dates the sentence's main clause, even past a relative clause's limit.
 */
const closing = new WeakSet<DateMention>();

function closesSentence(text: string, d: DateMention, sentence: Sentence | undefined): boolean {
  if (!sentence || d.end > sentence.end) return false;
  for (let i = d.end; i < sentence.end; i++) if (!CLOSERS.has(text.charCodeAt(i))) return false;
  let i = d.start - 1;
  while (i >= sentence.start && text.charCodeAt(i) === 32) i--;
  return i >= sentence.start && text.charCodeAt(i) === 44;
}

/** Space, full stop, closing brackets and quotation marks: what may follow a sentence's closing date. */
const CLOSERS = new Set([32, 46, 41, 93, 34, 0x201d, 0x2019, 39]);

/** Which dates of a sentence `nearest` weighs. */
const OWN = 0;
const REPORTED = 1;
const RESTATED = 2;

/** The date of an event in sentence `s` (`anchor`: its clause, undefined for the lead): own clause, restating sentence, reporting date. */
function inSentence(index: DateIndex, options: PickDateOptions, sentences: readonly Sentence[], s: number, anchor: Span | undefined, planned: boolean, background: boolean): DateMention | null {
  const here = s === -1 ? index.outside : index.bySentence[s];
  const own = nearest(here, options, OWN, anchor, planned, background);
  if (own) return own;
  // s < 0 (no sentence: the events stage's "take the fallbacks" call) has no sentences after it.
  for (let k = s + 1; s >= 0 && options.restated !== false && k <= s + RESTATE_REACH && k < sentences.length; k++) {
    if (sentences[k]!.title) continue;
    const again = nearest(index.bySentence[k], options, RESTATED, undefined, false, background);
    if (again) return again;
  }
  // "threatened …, state media said on Thursday": the report's date waits for a better one.
  return nearest(here, options, REPORTED, anchor, planned, background);
}

/** "…since the election in July. Modi had phoned Starmer shortly after the vote.": the nearest background date before. */
function priorBackground(index: DateIndex, options: PickDateOptions, s: number): DateMention | null {
  for (let k = s - 1; k >= 0 && k >= s - BACKGROUND_REACH; k--) {
    const dates = index.bySentence[k];
    let found: DateMention | null = null;
    if (dates) for (const d of dates) if (d.background && usable(d, options)) found = d;
    if (found) return found;
  }
  return null;
}

/**
 * Among the usable dates of a sentence of kind `kind` (OWN: of the event's clause, not reported; REPORTED:
 * of the clause, reported; RESTATED: restating, not background), the nearest to `anchor`.
 */
function nearest(dates: readonly DateMention[] | undefined, options: PickDateOptions, kind: number, anchor: Span | undefined, preferFuture: boolean, background: boolean): DateMention | null {
  if (!dates) return null;
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (const d of dates) {
    if (!usable(d, options)) continue;
    if (kind === RESTATED) {
      if (!d.restated || d.background || d.basis === 'dateline') continue;
    } else {
      if (d.basis === 'dateline' || !(background || !d.background || overlaps(anchor, d.background))) continue;
      const reported = d.reporting !== undefined && !overlapsRange(anchor, d.reporting.start, d.end);
      if (reported !== (kind === REPORTED)) continue;
    }
    const gap = anchor ? Math.max(0, d.start - anchor.end, anchor.start - d.end) : d.start;
    const score = gap + precisionPenalty(d.precision!) - (preferFuture && d.future ? 1000 : 0);
    // two plain stores: a destructured pair is an array made per better date until V8 optimises the loop
    if (score < bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function overlapsRange(a: Span | undefined, start: number, end: number): boolean {
  return a !== undefined && a.start < end && start < a.end;
}

function overlaps(a: Span | undefined, b: Span): boolean {
  return a !== undefined && a.start < b.end && b.start < a.end;
}

function fromMention(m: DateMention, options: PickDateOptions): PickedDate {
  return { date: mentionDate(m, options.planned === true), precision: m.precision, basis: m.basis, mention: m };
}

/** The date an event takes from mention `m`. */
export function mentionDate(m: DateMention, planned: boolean): string | null {
  // "signed a deal on March 10", told in October: what has happened took the March before
  return m.future && m.earlier !== undefined && !planned ? m.earlier : m.value;
}
