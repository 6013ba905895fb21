import type { DateBasis, DateMention, DatePrecision, Doc } from './doc.js';
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
  limit?: number;
}

// Within a sentence a coarse date is more often background ("the first visit since 2022"), so it must be
// this many characters nearer than a finer one to win.
const PRECISION_PENALTY: Record<DatePrecision, number> = { day: 0, month: 25, year: 60 };

/**
 * Picks an event's date: the date in the event's sentence nearest its clause, then the lead sentence's,
 * then the dateline's, then the publication date (basis `published`), else `none`. Unresolved mentions
 * (value null) are skipped; future dates only count for planned events.
 *
 * @example
 * pickDate(doc, { sentence: 3, span: trigger }) // { date: '2024-08-21', precision: 'day', basis: 'relative', mention }
 */
export function pickDate(doc: Doc, options: PickDateOptions): PickedDate {
  const usable = (doc.dates ?? []).filter(
    (d) =>
      d.value !== null &&
      d.precision !== null &&
      (options.planned || !d.future) &&
      !(options.limit !== undefined && d.sentence === options.sentence && d.start >= options.limit),
  );
  const inSentence = usable.filter((d) => d.sentence === options.sentence);
  const anchor = options.span ?? doc.sentences?.[options.sentence];
  const own = nearest(inSentence, anchor, options.planned === true);
  if (own) return fromMention(own);
  const lead = leadSentence(doc);
  const fromLead = lead >= 0 && lead !== options.sentence ? nearest(usable.filter((d) => d.sentence === lead), undefined, false) : null;
  if (fromLead) return fromMention(fromLead);
  const dateline = usable.find((d) => d.sentence === -1);
  if (dateline) return fromMention(dateline);
  if (doc.published && /^\d{4}-\d{2}-\d{2}$/.test(doc.published)) return { date: doc.published, precision: 'day', basis: 'published' };
  return { date: null, precision: null, basis: 'none' };
}

function fromMention(m: DateMention): PickedDate {
  return { date: m.value, precision: m.precision, basis: m.basis, mention: m };
}

/** The first sentence of the body (not the headline), or -1. */
function leadSentence(doc: Doc): number {
  return (doc.sentences ?? []).findIndex((s) => !s.title);
}

function nearest(dates: DateMention[], anchor: Span | undefined, preferFuture: boolean): DateMention | null {
  let best: DateMention | null = null;
  let bestScore = Infinity;
  for (const d of dates) {
    const gap = anchor ? Math.max(0, d.start - anchor.end, anchor.start - d.end) : d.start;
    const score = gap + PRECISION_PENALTY[d.precision!] - (preferFuture && d.future ? 1000 : 0);
    if (score < bestScore) [best, bestScore] = [d, score];
  }
  return best;
}
