import type { DateBasis, DatePrecision, Doc, EventLocation } from '../../core/doc.js';

/** The span of an event as date and place pickers take it. */
export interface EventSpan {
  start: number;
  end: number;
  sentence: number;
}

/** A date chosen for an event, in the contract's fields. */
export interface PickedDate {
  date: string | null;
  date_precision: DatePrecision | null;
  date_basis: DateBasis;
}

/** Date and place pickers: the dates and places stages' (src/core/pick-*.ts), else local fallbacks. */
export interface Pickers {
  pickDate(doc: Doc, span: EventSpan): PickedDate;
  pickPlace(doc: Doc, span: EventSpan): EventLocation | null;
}

/**
 * Loads `src/core/pick-date.ts` and `src/core/pick-place.ts` when they exist (built by the dates and
 * places engineers); until then falls back to the simple rules below, so the stage runs either way.
 */
export async function loadPickers(): Promise<Pickers> {
  const pickers: Pickers = { pickDate: fallbackPickDate, pickPlace: fallbackPickPlace };
  const load = async (name: string): Promise<Record<string, unknown> | null> => {
    try {
      return (await import(new URL(`../../core/${name}.js`, import.meta.url).href)) as Record<string, unknown>;
    } catch {
      return null;
    }
  };
  const dateModule = await load('pick-date');
  if (typeof dateModule?.pickDate === 'function') pickers.pickDate = dateModule.pickDate as Pickers['pickDate'];
  const placeModule = await load('pick-place');
  if (typeof placeModule?.pickPlace === 'function') pickers.pickPlace = placeModule.pickPlace as Pickers['pickPlace'];
  return pickers;
}

/** The date in the event's sentence, else the lead's, else the dateline's, else the publication date. */
export function fallbackPickDate(doc: Doc, span: EventSpan): PickedDate {
  const dates = (doc.dates ?? []).filter((d) => d.value !== null);
  const lead = (doc.sentences ?? []).findIndex((s) => !s.title);
  const pick =
    nearest(dates.filter((d) => d.sentence === span.sentence), span.start) ??
    dates.find((d) => d.sentence === lead) ??
    dates.find((d) => d.sentence === -1);
  if (pick) return { date: pick.value, date_precision: pick.precision, date_basis: pick.basis };
  if (doc.published) return { date: doc.published, date_precision: 'day', date_basis: 'published' };
  return { date: null, date_precision: null, date_basis: 'none' };
}

/** An event place in the event's sentence, else in the lead; never the dateline alone. */
export function fallbackPickPlace(doc: Doc, span: EventSpan): EventLocation | null {
  const places = (doc.places ?? []).filter((p) => p.role === 'event');
  const lead = (doc.sentences ?? []).findIndex((s) => !s.title);
  const pick = nearest(places.filter((p) => p.sentence === span.sentence), span.start) ?? places.find((p) => p.sentence === lead);
  return pick ? { name: pick.name, country: pick.country, lat: pick.lat, lon: pick.lon } : null;
}

function nearest<T extends { start: number }>(items: T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || Math.abs(item.start - offset) < Math.abs(best.start - offset)) best = item;
  return best;
}
