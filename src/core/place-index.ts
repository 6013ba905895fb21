import type { Doc, PlaceMention } from './doc.js';

/** An event place and its position in `doc.places`, which breaks ties as a stable sort would. */
export interface IndexedPlace {
  place: PlaceMention;
  order: number;
}

/** Event places sorted by start, with their longest span (bounds the backward search of {@link nearestIn}). */
export interface SortedPlaces {
  entries: IndexedPlace[];
  maxLength: number;
}

/** A sentence's event places: cities and landmarks apart from countries (they rank first). */
export interface SentencePlaces {
  cities: SortedPlaces;
  countries: SortedPlaces;
  /** The first non-country place of each country, in `doc.places` order (`a visit to China` → Beijing). */
  cityOf: Map<string | null, PlaceMention>;
}

/** What {@link pickPlace} looks up for every event of a Doc, built once per Doc. */
export interface PlaceIndex {
  bySentence: Map<number, SentencePlaces>;
  /** The first event place of the lead (first body paragraph, then headline). */
  leadFirst: PlaceMention | undefined;
  leadCityOf: Map<string | null, PlaceMention>;
  dateline: PlaceMention | undefined;
  /** Sorted offsets of the characters that end a clause, per sentence, filled on first use. */
  clauseEnds: Map<number, number[]>;
}

interface Cached {
  index: PlaceIndex;
  text: string;
  places: Doc['places'];
  placeCount: number | undefined;
  sentences: Doc['sentences'];
  sentenceCount: number | undefined;
  paragraphs: Doc['paragraphs'];
}
const cache = new WeakMap<Doc, Cached>();

/**
 * The Doc's place index, built on first use and reused while its layers are the same arrays (a stage
 * that replaces `doc.places` or adds to it gets a fresh index). Linear in text, sentences and places.
 *
 * @example
 * placeIndex(doc).bySentence.get(0)?.cities.entries[0]?.place.name // 'Moscow'
 */
export function placeIndex(doc: Doc): PlaceIndex {
  // Compared field by field: this runs once per event and should allocate nothing.
  const hit = cache.get(doc);
  if (
    hit && hit.text === doc.text && hit.places === doc.places && hit.placeCount === doc.places?.length &&
    hit.sentences === doc.sentences && hit.sentenceCount === doc.sentences?.length && hit.paragraphs === doc.paragraphs
  ) return hit.index;
  const index = buildIndex(doc);
  cache.set(doc, {
    index, text: doc.text, places: doc.places, placeCount: doc.places?.length, sentences: doc.sentences,
    sentenceCount: doc.sentences?.length, paragraphs: doc.paragraphs,
  });
  return index;
}

function buildIndex(doc: Doc): PlaceIndex {
  const places = doc.places ?? [];
  const grouped = new Map<number, IndexedPlace[]>();
  places.forEach((place, order) => {
    if (place.role !== 'event') return;
    const group = grouped.get(place.sentence);
    if (group) group.push({ place, order });
    else grouped.set(place.sentence, [{ place, order }]);
  });
  const bySentence = new Map<number, SentencePlaces>();
  for (const [sentence, group] of grouped) bySentence.set(sentence, sentencePlaces(group));
  let leadFirst: PlaceMention | undefined;
  const leadCityOf = new Map<string | null, PlaceMention>();
  for (const s of leadSentences(doc, grouped)) {
    for (const { place } of grouped.get(s)!) {
      leadFirst ??= place;
      if (place.kind !== 'country' && !leadCityOf.has(place.country)) leadCityOf.set(place.country, place);
    }
  }
  return { bySentence, leadFirst, leadCityOf, dateline: places.find((p) => p.role === 'dateline'), clauseEnds: new Map() };
}

function sentencePlaces(group: IndexedPlace[]): SentencePlaces {
  const cityOf = new Map<string | null, PlaceMention>();
  // one pass splits the group (most sentences name one or two places): two filters cost two lists and two closures
  const cities: IndexedPlace[] = [];
  const countries: IndexedPlace[] = [];
  for (const e of group) {
    if (e.place.kind === 'country') countries.push(e);
    else {
      cities.push(e);
      if (!cityOf.has(e.place.country)) cityOf.set(e.place.country, e.place);
    }
  }
  return { cities: sorted(cities), countries: sorted(countries), cityOf };
}

function sorted(entries: IndexedPlace[]): SortedPlaces {
  // the places come in text order, so the entries mostly do too: the sort's call and comparator only when they do not
  if (!inTextOrder(entries)) entries.sort((a, b) => a.place.start - b.place.start || a.order - b.order);
  let maxLength = 0;
  for (const { place } of entries) maxLength = Math.max(maxLength, place.end - place.start);
  return { entries, maxLength };
}

/** Entries by start, ties in `order` (as `sorted` orders them); the entries of a group are in `order` already. */
function inTextOrder(entries: readonly IndexedPlace[]): boolean {
  for (let i = 1; i < entries.length; i++) if (entries[i]!.place.start < entries[i - 1]!.place.start) return false;
  return true;
}

/**
 * The sentences of the headline and the first body paragraph that hold event places, body first: where a
 * news story says where it happened. Only the sentences in `grouped` are judged, so an article pays for
 * its sentences with places, not for all of them.
 */
function leadSentences(doc: Doc, grouped: ReadonlyMap<number, unknown>): number[] {
  const sentences = doc.sentences ?? [];
  const isTitle = (s: (typeof sentences)[number]) => s.title === true || doc.paragraphs?.[s.paragraph]?.title === true;
  const firstBody = sentences.find((s) => !isTitle(s));
  const body: number[] = [];
  const titles: number[] = [];
  for (const i of [...grouped.keys()].sort((a, b) => a - b)) {
    const s = sentences[i];
    if (s === undefined) continue;
    if (isTitle(s)) titles.push(i);
    else if (s.paragraph === firstBody?.paragraph) body.push(i);
  }
  return [...body, ...titles];
}

/**
 * Offsets of the clause ends (`;`, `:`, dashes, brackets) in `[from, to)`; a sentence's are scanned once,
 * so an article pays only for the sentences its events are in.
 */
export function clauseEnds(doc: Doc, index: PlaceIndex, sentence: number, from: number, to: number): number[] {
  const s = doc.sentences?.[sentence];
  const whole = s !== undefined && from === s.start && to === s.end;
  const known = whole ? index.clauseEnds.get(sentence) : undefined;
  if (known) return known;
  const out: number[] = [];
  for (let i = from; i < to; i++) if (isClauseEnd(doc.text.charCodeAt(i))) out.push(i);
  if (whole) index.clauseEnds.set(sentence, out);
  return out;
}

/** `;` `:` `(` `)` and the en and em dashes: `…in Moscow; in Beijing, officials said`. Compares beat a Set five-fold here. */
function isClauseEnd(c: number): boolean {
  return c <= 0x3b ? c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 : c === 0x2013 || c === 0x2014;
}
