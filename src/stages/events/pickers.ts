import type { DateBasis, DatePrecision, Doc, EventLocation } from '../../core/doc.js';
import { pickDate } from '../../core/pick-date.js';
import { pickPlace } from '../../core/pick-place.js';

/** The span of an event's trigger and its sentence. */
export interface EventSpan {
  start: number;
  end: number;
  sentence: number;
  /** Dates at or after this offset belong to a later event of the sentence ("accepted an invitation to visit in 2026"). */
  limit?: number;
}

/** A date chosen for an event, in the contract's field names. */
export interface PickedDate {
  date: string | null;
  date_precision: DatePrecision | null;
  date_basis: DateBasis;
}

/** How the events stage gets dates and places for an event (replaceable in tests). */
export interface Pickers {
  pickDate(doc: Doc, span: EventSpan, planned: boolean): PickedDate;
  pickPlace(doc: Doc, span: EventSpan): EventLocation | null;
}

/**
 * The dates and places stages' pickers (src/core/pick-date.ts, pick-place.ts) in the contract's
 * field names. The dateline's place is not used as a fallback: it says where the reporter was.
 */
export const defaultPickers: Pickers = {
  pickDate(doc, span, planned) {
    // a sentence without dates falls back on the lead, dateline or publication date: the same for every
    // such event of the article, so it is worked out once (pickDate scans the article to find the lead)
    const memo = dateMemo(doc);
    if (!memo.dated.has(span.sentence)) {
      const key = planned ? 1 : 0;
      memo.fallback[key] ??= contractDate(pickDate(doc, { sentence: -2, planned }));
      return memo.fallback[key]!;
    }
    let picked = pickDate(doc, { sentence: span.sentence, span: { start: span.start, end: span.end }, planned });
    // the sentence's date belongs to the later event: take the lead's, the dateline's or the publication date
    if (picked.mention && span.limit !== undefined && picked.mention.sentence === span.sentence && picked.mention.start >= span.limit) {
      picked = pickDate(doc, { sentence: -2, planned });
    }
    return contractDate(picked);
  },
  pickPlace(doc, span) {
    return pickPlace(doc, { sentence: span.sentence, start: span.start, end: span.end });
  },
};

interface DateMemo {
  /** Sentences holding at least one resolved date. */
  dated: Set<number>;
  /** The fallback date for actual (0) and planned (1) events. */
  fallback: [PickedDate?, PickedDate?];
}

const dateMemos = new WeakMap<Doc, DateMemo>();

function dateMemo(doc: Doc): DateMemo {
  let memo = dateMemos.get(doc);
  if (!memo) {
    memo = { dated: new Set((doc.dates ?? []).filter((d) => d.value !== null).map((d) => d.sentence)), fallback: [] };
    dateMemos.set(doc, memo);
  }
  return memo;
}

function contractDate(picked: ReturnType<typeof pickDate>): PickedDate {
  return { date: picked.date, date_precision: picked.precision, date_basis: picked.basis };
}
