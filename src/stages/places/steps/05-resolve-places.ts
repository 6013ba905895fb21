import type { Doc, PlaceMention } from '../../../core/doc.js';
import { addDiagnostic } from '../../../core/diagnostic.js';
import type { Candidate } from '../compile-lexicon.js';
import type { Place } from '../gazetteer.js';
import type { KeptMatch } from './04-filter-matches.js';

/** Score gap under which two readings in different countries are reported as ambiguous. */
const AMBIGUOUS_GAP = 1;
const NO_CONTEXT: ReadonlySet<string> = new Set();

/**
 * The article's countries: adjectives and names that can only mean one country (`Russian`, `Tiongkok`,
 * `Tbilisi`), the dateline's country and, when the actors stage ran, its actors' countries.
 */
export function articleCountries(doc: Doc, matches: KeptMatch[], extra: Array<string | null>): Set<string> {
  const out = new Set<string>();
  for (const m of matches) {
    // "Moscow" also names a town in Idaho, but the capital dominates: it still tells the country.
    const ranked = m.candidates.map((c) => ({ p: c.place, s: score(c, NO_CONTEXT) })).sort((a, b) => b.s - a.s);
    const best = ranked[0];
    const rival = ranked.find((r) => r.p.country !== best?.p.country);
    if (best?.p.country && (!rival || best.s - rival.s >= 2)) out.add(best.p.country);
  }
  for (const c of extra) if (c) out.add(c);
  for (const a of doc.actors ?? []) if (a.country) out.add(a.country);
  return out;
}

/**
 * Picks each match's reading (population, capital, curated name, and the article's countries: `Paris`
 * stays in France unless the text says `Paris, Texas`) and turns it into a PlaceMention.
 */
export function resolvePlaces(doc: Doc, matches: KeptMatch[], context: Set<string>): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (!m.emit) continue;
    let candidates = m.candidates;
    // "Paris, Texas", "Bogor, Jawa Barat": the next name narrows this one and is consumed.
    const q = matches[i + 1];
    if (q && q.sentence === m.sentence && /^,\s?$/.test(doc.text.slice(m.end, q.start))) {
      const narrowed = candidates.filter((c) => q.candidates.some((r) => within(c.place, r.place)));
      if (narrowed.length > 0) {
        candidates = narrowed;
        i++;
      }
    }
    const ranked = candidates.map((c) => ({ c, score: score(c, context) })).sort((a, b) => b.score - a.score);
    const best = ranked[0]!;
    const second = ranked.find((r) => r.c.place.country !== best.c.place.country);
    if (second && best.score - second.score < AMBIGUOUS_GAP) {
      addDiagnostic(doc, {
        code: 'place-ambiguous', severity: 'info', stage: 'places', start: m.start, end: m.end,
        message: `Resolved "${doc.text.slice(m.start, m.end)}" to "${best.c.place.name}, ${best.c.place.country}": another reading is close`,
        actual: doc.text.slice(m.start, m.end), expected: ranked.slice(0, 3).map((r) => `${r.c.place.name}, ${r.c.place.country}`),
      });
    }
    out.push(toMention(doc, m, best.c.place));
  }
  return out;
}

/**
 * A place inside its qualifier: `Paris, Texas` (same admin code), `Bogor, Indonesia` (same country),
 * `Istana Merdeka, Jakarta` (a landmark and the city it stands in).
 */
function within(place: Place, qualifier: Place): boolean {
  if (place.kind === 'country' || place.country !== qualifier.country) return false;
  if (qualifier.kind === 'country') return true;
  if (place.kind === 'landmark') return qualifier.name === place.name;
  return place.kind === 'city' && qualifier.kind === 'region' && place.admin === qualifier.admin;
}

function score(c: Candidate, context: ReadonlySet<string>): number {
  const p = c.place;
  let s: number;
  if (p.kind === 'country') s = 7;
  else if (p.kind === 'landmark') s = 7.5;
  else if (p.kind === 'region') s = 6.5;
  else s = Math.log10(Math.max(p.population, 1000)) + (p.capital ? 1.5 : 0) + (c.curated ? 1 : 0);
  return s + (p.country !== null && context.has(p.country) ? 2 : 0);
}

function toMention(doc: Doc, m: KeptMatch, p: Place): PlaceMention {
  const mention: PlaceMention = {
    start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), name: p.name, kind: p.kind, country: p.country,
    lat: p.lat, lon: p.lon, sentence: m.sentence, role: m.cue === 'event' && !m.possessive ? 'event' : 'mention',
  };
  if (p.geonameId !== undefined) mention.geonameId = p.geonameId;
  if (p.landmark !== undefined) mention.landmark = p.landmark;
  return mention;
}
