import type { Doc, PlaceMention } from '../../../core/doc.js';
import type { PlaceLexicon } from '../compile-lexicon.js';
import type { Gazetteer } from '../gazetteer.js';
import { splitWords, type Word } from '../normalize.js';
import { matchNames } from './02-match-names.js';

/**
 * The dateline's place (`MOSKOW, KOMPAS.com -`, `Islamabad, 20 March 2023 (TDI):`): where the reporter
 * was, role `dateline`, sentence -1. Any gazetteer reading counts (datelines name small towns too);
 * the article's countries break ties.
 */
export function datelinePlace(doc: Doc, lex: PlaceLexicon, g: Gazetteer, context: ReadonlySet<string>): PlaceMention | null {
  const span = doc.dateline?.place;
  if (!span) return null;
  const words = splitWords(doc.text, span.start, span.end, -1);
  const [m] = matchNames(doc.text, words, lex, g);
  if (!m) return null;
  const weight = (c: (typeof m.candidates)[number]) => c.base + (c.place.country && context.has(c.place.country) ? 2 : 0);
  const best = m.candidates.filter((c) => !c.contextOnly).sort((a, b) => weight(b) - weight(a))[0]?.place;
  if (!best) return null;
  const mention: PlaceMention = {
    start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), name: best.name, kind: best.kind, country: best.country,
    lat: best.lat, lon: best.lon, sentence: -1, role: 'dateline',
  };
  if (best.geonameId !== undefined) mention.geonameId = best.geonameId;
  return mention;
}

/**
 * `the talks held here`, `di sini`: the text says the event happened where the reporter was, so the
 * word becomes an event place carrying the dateline's place. Never at a sentence start (`Here is…`).
 */
export function herePlaces(doc: Doc, words: Word[], lex: PlaceLexicon, dateline: PlaceMention | null): PlaceMention[] {
  if (!dateline || lex.here.size === 0) return [];
  const out: PlaceMention[] = [];
  // A cheap first-letter test keeps the Set lookup off most words.
  const firstLetters = new Set([...lex.here].map((h) => h.charCodeAt(0)));
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (!firstLetters.has(w.norm.charCodeAt(0)) || words[i - 1]!.sentence !== w.sentence) continue;
    const two = i + 1 < words.length && words[i + 1]!.sentence === w.sentence ? `${w.norm} ${words[i + 1]!.norm}` : '';
    const n = two && lex.here.has(two) ? 2 : lex.here.has(w.norm) ? 1 : 0;
    if (n === 0) continue;
    const end = words[i + n - 1]!.end;
    const { geonameId, landmark, ...rest } = dateline;
    const mention: PlaceMention = { ...rest, start: w.start, end, text: doc.text.slice(w.start, end), sentence: w.sentence, role: 'event' };
    if (geonameId !== undefined) mention.geonameId = geonameId;
    out.push(mention);
    i += n - 1;
  }
  return out;
}
