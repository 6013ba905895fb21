import type { DateBasis, DatePrecision, Doc, EventLocation } from '../../core/doc.js';
import { mentionDate, pickDateMention, publishedDay, type PickDateOptions } from '../../core/pick-date.js';
import { pickPlace, type PickPlaceOptions } from '../../core/pick-place.js';

/** The span of an event's trigger and its sentence. */
export interface EventSpan {
  start: number;
  end: number;
  sentence: number;
  /**
   * Dates at or after this offset belong to a later event of the sentence ("accepted an invitation to visit in
   * 2026"); undefined when none does (set on every span, so spans keep one shape).
   */
  limit?: number | undefined;
  /** `limit` opens a relative clause, not another act (see `PickDateOptions.clauseLimit`). */
  clauseLimit?: boolean | undefined;
  /** Dates before this offset are another act's: the event is told in a framing clause (see `PickDateOptions.floor`). */
  floor?: number | undefined;
  /** The lead sentence and the offset from which its dates are another act's (see `PickDateOptions.leadLimit`). */
  leadSentence?: number | undefined;
  leadLimit?: number | undefined;
  /** Later sentences restating the event may date it (see `PickDateOptions.restated`); undefined: they may. */
  restated?: boolean | undefined;
}

/** A date chosen for an event, in the contract's field names. */
export interface PickedDate {
  date: string | null;
  date_precision: DatePrecision | null;
  date_basis: DateBasis;
  /** The sentence of a later one restating the event that the date came from, else -1. */
  restatedIn?: number;
  /** The sentence the date was told in, else -1 (the dateline's, the publication date, none). */
  toldIn?: number;
}

/** How the events stage gets dates and places for an event (replaceable in tests). */
export interface Pickers {
  pickDate(doc: Doc, span: EventSpan, planned: boolean): PickedDate;
  /** `home`: the acting side's country, whose dateline city is where it acted when the text names no place. */
  pickPlace(doc: Doc, span: EventSpan, home: string | null): EventLocation | null;
}

/**
 * The dates and places stages' pickers (src/core/pick-date.ts, pick-place.ts) in the contract's
 * field names. The dateline's place is not used as a fallback, as it says where the reporter was, except for a
 * side acting in its own country.
 */
export const defaultPickers: Pickers = {
  pickDate(doc, span, planned) {
    // pickDate indexes the article's dates once and honours `limit` (a later event's date in the same sentence);
    // it keeps nothing of its options, so one object of one shape serves every call (no garbage per event)
    dateOptions.sentence = span.sentence;
    dateOptions.span = span;
    dateOptions.planned = planned;
    dateOptions.limit = span.limit;
    dateOptions.clauseLimit = span.clauseLimit;
    dateOptions.floor = span.floor;
    dateOptions.leadSentence = span.leadSentence;
    dateOptions.leadLimit = span.leadLimit;
    dateOptions.restated = span.restated;
    // the mention alone, read straight into the contract's names: one object per event, not two
    const m = pickDateMention(doc, dateOptions);
    if (m) return { date: mentionDate(m, planned), date_precision: m.precision, date_basis: m.basis, restatedIn: m.restated === true && m.sentence !== span.sentence ? m.sentence : -1, toldIn: m.sentence };
    return publishedDay(doc) ? { date: doc.published, date_precision: 'day', date_basis: 'published', restatedIn: -1, toldIn: -1 } : { date: null, date_precision: null, date_basis: 'none', restatedIn: -1, toldIn: -1 };
  },
  pickPlace(doc, span, home) {
    // the span is the anchor itself (pickPlace reads its sentence and offsets, keeps nothing)
    if (home === null) return pickPlace(doc, span);
    placeOptions.homeCountry = home;
    return pickPlace(doc, span, placeOptions);
  },
};

const placeOptions: PickPlaceOptions = { homeCountry: null };

const dateOptions: PickDateOptions & { span: EventSpan } = {
  sentence: 0, span: { start: 0, end: 0, sentence: 0, limit: undefined, clauseLimit: undefined, floor: undefined, leadSentence: undefined, leadLimit: undefined, restated: undefined }, planned: false, limit: undefined, clauseLimit: undefined, floor: undefined,
  leadLimit: undefined, leadSentence: undefined, background: false, restated: undefined,
};
