import type { Doc, EventLocation, PlaceMention } from './doc.js';

/** Where an event sits in the text: its sentence and, when known, the span of its trigger or clause. */
export interface EventAnchor {
  /** Index into `Doc.sentences`. */
  sentence: number;
  start?: number;
  end?: number;
}

/** Options of {@link pickPlace}. */
export interface PickPlaceOptions {
  /**
   * Fall back to the dateline's place when the text names no event place (default false). The dateline
   * says where the reporter was; wire stories are often filed from where the event happened, but not
   * always (`JAKARTA -` over a summit in Beijing), so the events stage opts in knowingly.
   */
  datelineFallback?: boolean;
}

/** Characters that end a clause inside a sentence (`…in Moscow; in Beijing, officials said`). */
const CLAUSE_END = /[;:—–()]/;

/**
 * The location of an event: the event place of its clause (`talks in Moscow`, `di Moskow`, `at the
 * Kremlin` → Moscow), else its sentence's, else the lead's; `here`/`di sini` already stand for the
 * dateline's place in `doc.places`; the dateline itself only with `datelineFallback`. A country-level
 * pick (`a visit to China`) is narrowed to a city of that country named as an event place nearby.
 *
 * @example
 * pickPlace(doc, { sentence: 0, start: 12, end: 16 }) // { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 }
 */
export function pickPlace(doc: Doc, anchor: EventAnchor, options: PickPlaceOptions = {}): EventLocation | null {
  const events = (doc.places ?? []).filter((p) => p.role === 'event');
  const inSentence = events.filter((p) => p.sentence === anchor.sentence);
  const lead = leadSentences(doc);
  const inLead = lead.flatMap((s) => events.filter((p) => p.sentence === s));
  const dateline = options.datelineFallback ? (doc.places ?? []).find((p) => p.role === 'dateline') : undefined;
  const picked = nearest(inClause(doc, inSentence, anchor), anchor) ?? nearest(inSentence, anchor) ?? inLead[0] ?? dateline;
  if (!picked) return null;
  const narrowed = picked.kind === 'country' ? [...inSentence, ...inLead, ...(dateline ? [dateline] : [])].find((p) => p.kind !== 'country' && p.country === picked.country) : undefined;
  const p = narrowed ?? picked;
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
}

/** Event places between the clause boundaries around the anchor. */
function inClause(doc: Doc, places: PlaceMention[], anchor: EventAnchor): PlaceMention[] {
  const sentence = doc.sentences?.[anchor.sentence];
  if (!sentence || anchor.start === undefined) return [];
  let from = sentence.start;
  let to = sentence.end;
  for (let i = anchor.start - 1; i >= sentence.start; i--) if (CLAUSE_END.test(doc.text[i]!)) { from = i + 1; break; }
  for (let i = anchor.end ?? anchor.start; i < sentence.end; i++) if (CLAUSE_END.test(doc.text[i]!)) { to = i; break; }
  return places.filter((p) => p.start >= from && p.end <= to);
}

/** The place closest to the anchor; a city or landmark beats a country at the same level. */
function nearest(places: PlaceMention[], anchor: EventAnchor): PlaceMention | undefined {
  if (places.length === 0) return undefined;
  const at = anchor.start ?? 0;
  const distance = (p: PlaceMention) => (anchor.start === undefined ? p.start : Math.min(Math.abs(p.start - at), Math.abs(p.end - at)));
  const rank = (p: PlaceMention) => (p.kind === 'country' ? 1 : 0);
  return [...places].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b))[0];
}

/** The headline and the first body paragraph: where a news story says where it happened. */
function leadSentences(doc: Doc): number[] {
  const sentences = doc.sentences ?? [];
  const isTitle = (s: (typeof sentences)[number]) => s.title === true || doc.paragraphs?.[s.paragraph]?.title === true;
  const firstBody = sentences.find((s) => !isTitle(s));
  const body = sentences.flatMap((s, i) => (!isTitle(s) && firstBody && s.paragraph === firstBody.paragraph ? [i] : []));
  const titles = sentences.flatMap((s, i) => (isTitle(s) ? [i] : []));
  return [...body, ...titles];
}
