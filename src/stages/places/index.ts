import type { Doc, PlaceMention } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import { DEFAULT_DATA_DIR, type PackRegistry } from '../../lang/pack.js';
import { compileLexicon, type PlaceLexicon } from './compile-lexicon.js';
import { loadGazetteer } from './gazetteer.js';
import { collectWords } from './steps/01-collect-words.js';
import { matchNames } from './steps/02-match-names.js';
import { expandCapitals } from './steps/03-expand-capitals.js';
import { readCues } from './steps/04-read-cues.js';
import { filterMatches } from './steps/05-filter-matches.js';
import { articleCountries, resolvePlaces } from './steps/06-resolve-places.js';
import { datelinePlace, herePlaces } from './steps/07-place-dateline.js';

/** Options of the places stage. */
export interface PlacesOptions {
  /** Keep gazetteer cities with at least this population, plus every capital and seat (default 15,000). */
  minPopulation?: number;
  /** Folder for the rebuildable gazetteer cache (default `<project>/.cache/places`); null disables it. */
  cacheDir?: string | null;
}

/**
 * Finds places in event context (`in Moscow`, `di Moskow`, `at the Kremlin`, `kunjungan ke Rusia`),
 * resolves them against an offline gazetteer by population and the article's countries, and places
 * the dateline. Writes `doc.places`, sorted by start.
 *
 * @example
 * const stage = await createPlacesStage({}, loadPacks());
 * stage.run(doc, { packs }); // doc.places: [{ text: 'Moskow', name: 'Moscow', country: 'RUS', role: 'event', … }]
 */
export async function createPlacesStage(options: PlacesOptions = {}, packs?: PackRegistry): Promise<Stage> {
  const dataDir = packs?.dataDir ?? DEFAULT_DATA_DIR;
  const g = loadGazetteer(dataDir, {
    ...(options.minPopulation !== undefined ? { minPopulation: options.minPopulation } : {}),
    ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
  });
  const lexicons = new Map<string, PlaceLexicon>();
  for (const code of packs?.codes() ?? []) lexicons.set(code, compileLexicon(packs!.get(code), g));
  return {
    name: 'places',
    requires: ['sentences', 'tokens'],
    provides: ['places'],
    run(doc) {
      const lex = doc.lang ? lexicons.get(doc.lang) : undefined;
      doc.places = lex ? findPlaces(doc, lex, g) : [];
    },
  };
}

function findPlaces(doc: Doc, lex: PlaceLexicon, g: ReturnType<typeof loadGazetteer>): PlaceMention[] {
  const words = collectWords(doc);
  const named = expandCapitals(doc.text, words, matchNames(doc.text, words, lex, g), lex, g);
  const matches = filterMatches(doc.text, words, readCues(doc.text, words, named, lex), lex);
  const context = articleCountries(doc, matches, []);
  const dateline = datelinePlace(doc, lex, g, context);
  if (dateline?.country) context.add(dateline.country);
  const places = resolvePlaces(doc, matches, context);
  if (dateline) places.push(dateline, ...herePlaces(doc, words, lex, dateline));
  // Without a dateline the places come in text order already; the sort (stable, so a sorted list keeps its
  // order) copies the list to a scratch array first, which a scan saves.
  return sortedByStart(places) ? places : places.sort(byStart);
}

function byStart(a: PlaceMention, b: PlaceMention): number {
  return a.start - b.start || b.end - a.end;
}

/** True when no place sorts after the next by {@link byStart}. */
function sortedByStart(places: readonly PlaceMention[]): boolean {
  for (let i = 1; i < places.length; i++) if (byStart(places[i - 1]!, places[i]!) > 0) return false;
  return true;
}
