import type { Event } from '../core/doc.js';
import type { GoldArticle, GoldEvent } from './gold.js';
import { dateScored, datesAgree, matchesGold, mismatch, placeAgrees } from './match-gold.js';

/** What was extracted for one gold article (null when the article was missing or rejected). */
export interface SystemArticle {
  id: string;
  lang: string | null;
  events: Event[];
}

/** Counts behind the scores of one language (or of all). */
export interface Tally {
  articles: number;
  missing: number;
  headlineRight: number;
  goldEvents: number;
  goldFound: number;
  systemEvents: number;
  systemMatched: number;
  datesScored: number;
  datesRight: number;
  placesScored: number;
  placesRight: number;
}

/** Scores of one language (or of all). */
export interface Scores extends Tally {
  headline_accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  date_accuracy: number;
  place_accuracy: number;
}

/** A report: overall and per-language scores, and what went wrong per article. */
export interface EvalReport {
  overall: Scores;
  languages: Record<string, Scores>;
  articles: Array<{ id: string; lang: string; headline: boolean; found: number; scored: number; missing?: boolean; details?: string[] }>;
}

/** Options of `scoreArticles`. */
export interface ScoreOptions {
  /** Say, per article, what was missed and why (a headline, an event not found, a wrong date or place). */
  details?: boolean;
}

/**
 * Scores system articles against gold lines (matched by id): headline-event accuracy, event
 * precision/recall/F1 (planned gold events are not scored), and date and place accuracy on the gold
 * events found by type, countries and participants.
 */
export function scoreArticles(gold: readonly GoldArticle[], system: ReadonlyMap<string, SystemArticle>, options: ScoreOptions = {}): EvalReport {
  const tallies = new Map<string, Tally>();
  const overall = emptyTally();
  const articles: EvalReport['articles'] = [];
  for (const g of gold) {
    const t = tallies.get(g.lang) ?? emptyTally();
    tallies.set(g.lang, t);
    const sys = system.get(g.id);
    const row = scoreOne(g, sys?.events ?? null);
    for (const tally of [t, overall]) add(tally, row.tally);
    const entry: EvalReport['articles'][number] = sys ? { id: g.id, lang: g.lang, headline: row.headline, found: row.tally.goldFound, scored: row.tally.goldEvents }
      : { id: g.id, lang: g.lang, headline: false, found: 0, scored: row.tally.goldEvents, missing: true };
    if (options.details && sys) entry.details = explain(g, sys.events);
    articles.push(entry);
  }
  return {
    overall: finish(overall),
    languages: Object.fromEntries([...tallies].sort(([a], [b]) => a.localeCompare(b)).map(([lang, t]) => [lang, finish(t)])),
    articles,
  };
}

function scoreOne(g: GoldArticle, events: Event[] | null): { headline: boolean; tally: Tally } {
  const t = emptyTally();
  t.articles = 1;
  const all = [g.main_event, ...g.other_events];
  const scored = all.filter((e) => e.modality !== 'planned');
  t.goldEvents = scored.length;
  if (events === null) {
    t.missing = 1;
    return { headline: false, tally: t };
  }
  const main = events.find((e) => e.main);
  const headline = main !== undefined && matchesGold(g.main_event, main);
  t.headlineRight = headline ? 1 : 0;
  for (const ge of scored) {
    const found = events.some((e) => matchesGold(ge, e));
    if (found) t.goldFound++;
    scoreDatePlace(ge, events, t);
  }
  t.systemEvents = events.length;
  t.systemMatched = events.filter((e) => all.some((ge) => matchesGold(ge, e, { date: false }))).length;
  return { headline, tally: t };
}

/**
 * What went wrong in one article: the headline event chosen against the gold's (and why it is not that
 * event), each gold event no system event matches, and wrong dates and places of the ones found.
 */
function explain(g: GoldArticle, events: Event[]): string[] {
  const out: string[] = [];
  const main = events.find((e) => e.main);
  const why = main ? mismatch(g.main_event, main) : 'no headline event';
  if (why !== null) out.push(`headline: ${why}; gold ${describeGold(g.main_event)}; chosen ${main ? describeEvent(main) : 'none'}`);
  for (const ge of [g.main_event, ...g.other_events]) {
    if (ge.modality === 'planned') continue;
    const candidates = events.filter((e) => matchesGold(ge, e, { date: false }));
    if (candidates.length === 0) {
      if (ge !== g.main_event) out.push(`not found: ${describeGold(ge)}`);
      continue;
    }
    if (dateScored(ge) && !candidates.some((e) => datesAgree(ge, e))) out.push(`date: ${candidates[0]!.date ?? 'none'}, not ${ge.date}, for ${describeGold(ge)}`);
    if (ge.location !== null && !candidates.some((e) => placeAgrees(ge, e))) out.push(`place: ${candidates[0]!.location?.name ?? 'none'}, not ${ge.location}, for ${describeGold(ge)}`);
  }
  return out;
}

function describeGold(e: GoldEvent): string {
  return `${e.type} [${e.participants.join(', ')}] ${e.countries.join('+')} ${e.date ?? '-'}`;
}

function describeEvent(e: Event): string {
  const sentence = e.evidence[0]?.sentence ?? '';
  const short = sentence.length > 90 ? `${sentence.slice(0, 89)}…` : sentence;
  return `${e.plover}${e.mode ? `/${e.mode}` : ''} ${e.cameo} [${e.participants.map((p) => p.name).join(', ')}] ${e.date ?? '-'} "${short}"`;
}

/** Date and place accuracy over gold events found by type, countries and participants. */
function scoreDatePlace(ge: GoldEvent, events: Event[], t: Tally): void {
  const candidates = events.filter((e) => matchesGold(ge, e, { date: false }));
  if (candidates.length === 0) return;
  if (dateScored(ge)) {
    t.datesScored++;
    if (candidates.some((e) => datesAgree(ge, e))) t.datesRight++;
  }
  if (ge.location !== null) {
    t.placesScored++;
    if (candidates.some((e) => placeAgrees(ge, e))) t.placesRight++;
  }
}

function emptyTally(): Tally {
  return { articles: 0, missing: 0, headlineRight: 0, goldEvents: 0, goldFound: 0, systemEvents: 0, systemMatched: 0, datesScored: 0, datesRight: 0, placesScored: 0, placesRight: 0 };
}

function add(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as Array<keyof Tally>) into[k] += t[k];
}

function finish(t: Tally): Scores {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  const precision = ratio(t.systemMatched, t.systemEvents);
  const recall = ratio(t.goldFound, t.goldEvents);
  const f1 = precision + recall === 0 ? 0 : Math.round(((2 * precision * recall) / (precision + recall)) * 1000) / 1000;
  return { ...t, headline_accuracy: ratio(t.headlineRight, t.articles), precision, recall, f1, date_accuracy: ratio(t.datesRight, t.datesScored), place_accuracy: ratio(t.placesRight, t.placesScored) };
}
