import type { Doc, EventLocation, PlaceMention } from './doc.js';
import { firstAtLeast } from './sorted.js';
import { clauseEnds, placeIndex, type PlaceIndex, type SentencePlaces, type SortedPlaces } from './place-index.js';

/** Where an event sits in the text: its sentence and, when known, the span of its trigger or clause. */
export interface EventAnchor {
  /** Index into `Doc.sentences`. */
  sentence: number;
  start?: number;
  end?: number;
  /**
   * Places at or after this offset belong to a later act of the sentence ("handed Trump a letter inviting him for a
   * state visit to Britain": Britain is the visit's, not the handing's); undefined when none does.
   */
  limit?: number | undefined;
}

/** Options of {@link pickPlace}. */
export interface PickPlaceOptions {
  /**
   * Fall back to the dateline's place when the text names no event place (default false). The dateline
   * says where the reporter was; wire stories are often filed from where the event happened, but not
   * always (`JAKARTA -` over a summit in Beijing), so the events stage opts in knowingly.
   */
  datelineFallback?: boolean;
  /**
   * Fall back to the dateline's city only when it lies in this country: a state acting at home with no place
   * named ("NIAMEY — Niger's rulers gave France's ambassador 48 hours to leave") acts where the report is filed.
   */
  homeCountry?: string | null;
}

/** The options of a call that gives none: one object, not a new `{}` for every event placed. */
const DEFAULTS: PickPlaceOptions = {};

/** No clause bounds: the whole sentence. */
const WHOLE = { from: -Infinity, to: Infinity };

/**
 * The location of an event: the event place of its clause (`talks in Moscow`, `di Moskow`, `at the
 * Kremlin` → Moscow), else its sentence's, else the lead's; `here`/`di sini` already stand for the
 * dateline's place in `doc.places`; the dateline itself only with `datelineFallback`. A country-level
 * pick (`a visit to China`) is narrowed to a city of that country named as an event place nearby.
 * The Doc's places are indexed on the first call, so each call costs a few lookups and binary searches
 * however long the text (a 25 MB single paragraph has as many events as sentences).
 *
 * @example
 * pickPlace(doc, { sentence: 0, start: 12, end: 16 }) // { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 }
 */
export function pickPlace(doc: Doc, anchor: EventAnchor, options: PickPlaceOptions = DEFAULTS): EventLocation | null {
  const index = placeIndex(doc);
  const here = index.bySentence.get(anchor.sentence);
  const home = options.homeCountry;
  const dateline = options.datelineFallback || (home && index.dateline?.country === home && index.dateline.kind !== 'country') ? index.dateline : undefined;
  // Only a sentence with event places needs its clauses read.
  const clause = here && clauseOf(doc, index, anchor);
  const sentence = anchor.limit === undefined ? WHOLE : { from: -Infinity, to: anchor.limit - 1 };
  if (clause && anchor.limit !== undefined && clause.to >= anchor.limit) clause.to = anchor.limit - 1;
  const lead = anchor.limit !== undefined && anchor.sentence === index.leadFirst?.sentence && index.leadFirst.start >= anchor.limit ? undefined : index.leadFirst;
  const picked = (here && clause && nearest(here, anchor, clause)) || (here && nearest(here, anchor, sentence)) || lead || dateline;
  if (!picked) return null;
  const p = (picked.kind === 'country' && narrowed(picked.country, here, index.leadCityOf, dateline)) || picked;
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
}

/** A city of the picked country: from the sentence, else the lead, else the dateline. */
function narrowed(country: string | null, here: SentencePlaces | undefined, lead: Map<string | null, PlaceMention>, dateline: PlaceMention | undefined): PlaceMention | undefined {
  const fromDateline = dateline && dateline.kind !== 'country' && dateline.country === country ? dateline : undefined;
  return here?.cityOf.get(country) ?? lead.get(country) ?? fromDateline;
}

/**
 * The bounds of the anchor's clause: after the last clause end before the anchor and up to the first
 * one from its end, within the sentence (`Xi held talks at Zhongnanhai; later, in Tianjin, he opened`).
 */
function clauseOf(doc: Doc, index: PlaceIndex, anchor: EventAnchor): { from: number; to: number } | undefined {
  const sentence = doc.sentences?.[anchor.sentence];
  if (!sentence || anchor.start === undefined) return undefined;
  // An anchor outside its sentence (never from the events stage) scans the stretch between them too.
  const end = anchor.end ?? anchor.start;
  const ends = clauseEnds(doc, index, anchor.sentence, Math.min(sentence.start, end), Math.max(sentence.end, anchor.start));
  const before = ends[firstAtLeast(ends, anchor.start) - 1];
  const after = ends[firstAtLeast(ends, end)];
  return {
    from: before !== undefined && before >= sentence.start ? before + 1 : sentence.start,
    to: after !== undefined && after < sentence.end ? after : sentence.end,
  };
}

/** The place closest to the anchor within the bounds; a city or landmark beats a country at any distance. */
function nearest(here: SentencePlaces, anchor: EventAnchor, bounds: { from: number; to: number }): PlaceMention | undefined {
  // Without an anchor offset the distance is the start itself (the earliest place wins).
  const at = anchor.start ?? 0;
  return nearestIn(here.cities, at, bounds) ?? nearestIn(here.countries, at, bounds);
}

/**
 * The place within `[from, to]` closest to `at` (distance to its nearer edge; ties go to the earlier in
 * `doc.places`). Searches outwards from `at` and stops once no place further out can be as close.
 */
function nearestIn(sorted: SortedPlaces, at: number, { from, to }: { from: number; to: number }): PlaceMention | undefined {
  const { entries, maxLength } = sorted;
  let best = -1;
  let bestDistance = Infinity;
  const k = firstStartingAt(entries, at);
  // At or after the anchor the distance is start - at, which only grows.
  for (let i = k; i < entries.length; i++) {
    const p = entries[i]!.place;
    if (p.start > to || p.start - at > bestDistance) break;
    if (closer(entries, i, best, bestDistance, at, from, to)) (best = i), (bestDistance = distance(p, at));
  }
  // Before it the end may reach back towards the anchor, but never by more than the longest place.
  for (let i = k - 1; i >= 0; i--) {
    const p = entries[i]!.place;
    if (p.start < from || at - p.start - maxLength > bestDistance) break;
    if (closer(entries, i, best, bestDistance, at, from, to)) (best = i), (bestDistance = distance(p, at));
  }
  return entries[best]?.place;
}

/** Entry `i` lies within the bounds and beats the best so far (nearer, or as near and earlier in `doc.places`). */
function closer(entries: SortedPlaces['entries'], i: number, best: number, bestDistance: number, at: number, from: number, to: number): boolean {
  const e = entries[i]!;
  if (e.place.start < from || e.place.end > to) return false;
  const d = distance(e.place, at);
  return d < bestDistance || (d === bestDistance && e.order < entries[best]!.order);
}

/** Distance from the anchor to the place's nearer edge. */
function distance(p: PlaceMention, at: number): number {
  return Math.min(Math.abs(p.start - at), Math.abs(p.end - at));
}

/** The first index of `entries` (sorted by start) whose place starts at or after `at`. */
function firstStartingAt(entries: SortedPlaces['entries'], at: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.place.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
