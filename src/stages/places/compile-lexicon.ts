import type { LanguagePack } from '../../lang/pack.js';
import { DataError } from '../../core/errors.js';
import type { Gazetteer, Place } from './gazetteer.js';
import { Continuations } from './name-starts.js';
import { normWords } from './normalize.js';

/** One reading of a name: the place and the casing the text must show. */
export interface Candidate {
  place: Place;
  /** Per word: `a` any case, `U` capitalised, `A` all capitals (acronyms such as `AS`). */
  caps: string;
  /** From the pack's curated tables (aliases, landmarks, country names) rather than the raw gazetteer. */
  curated: boolean;
  /** Score before context: population (log10), capital, curated name; kinds have fixed weights. */
  base: number;
  /** An adjective or demonym (`Russian`, `Tiongkok` as modifier): tells the article's countries, is no place. */
  contextOnly?: boolean;
}

/** Cue and filter words of one pack, compiled for lookup. */
export interface PlaceLexicon {
  /** Curated names by normalised key (`the hague`, `moskow`, `kremlin`). */
  readonly names: Map<string, Candidate[]>;
  /** What may follow a word-prefix of a curated name (`den` → `haag`); the gazetteer keeps its own. */
  readonly continuations: Continuations;
  /** Phrases before a place that make it an event place (`in`, `di`, `visit to`). */
  readonly eventCues: Set<string>;
  /** Phrases before a place that make it an origin, not an event place (`from`, `dari`). */
  readonly originCues: Set<string>;
  /**
   * First words of curated names and of false-positive phrases, with {@link FIRST_OF_NAME} /
   * {@link FIRST_OF_FALSE_POSITIVE} flags; a word that starts a gazetteer name is in `Gazetteer.starts`.
   */
  readonly firstWords: Map<string, number>;
  /** Cue phrases by their last word, longest first: looked up from the word right before a name. */
  readonly cuesByLast: Map<string, Array<{ words: string[]; kind: 'event' | 'origin' }>>;
  /** Words allowed between a cue and the place (`the`, `kota`). */
  readonly determiners: Set<string>;
  /** Words for a part of the place, between the cue and the name when written in lower case ("in eastern Congo"). */
  readonly parts: Set<string>;
  /** Words joining places that share one cue (`in Moscow and Beijing`, `di Moskow dan Beijing`). */
  readonly coordination: Set<string>;
  /** Words after a country's name or adjective that make it its capital (`Russian capital`). */
  readonly capitalAfter: Set<string>;
  /** Words before a country's name that make it its capital (`ibu kota Rusia`). */
  readonly capitalBefore: Set<string>;
  /** The word-suffixes of `capitalBefore` (`kota`, `ibu kota`): read back from a name, a phrase stops where none goes on. */
  readonly capitalBeforeEnds: Set<string>;
  /** Words standing for the dateline's place (`here`, `di sini`). */
  readonly here: Set<string>;
  /** Phrases that contain a place name but are no place (`michael jordan`), by first word → word counts. */
  readonly falsePositives: Map<string, Set<number>>;
  readonly falsePositiveKeys: Set<string>;
  /** Names never read as places in this language (`may`: the month). */
  readonly never: Set<string>;
  /** Names read as places only right after a cue (`nice`, `reading`, `batu`). */
  readonly cueOnly: Set<string>;
  /** Capitalised nouns after a town's name that make the two a natural feature, not the town (`Scarborough Shoal`). */
  readonly featuresAfter: Set<string>;
  /** The same before the name (`Laut Natuna`, `Selat Malaka`). */
  readonly featuresBefore: Set<string>;
}

/** Flag in {@link PlaceLexicon.firstWords}: the word starts a place name. */
export const FIRST_OF_NAME = 1;
/** Flag in {@link PlaceLexicon.firstWords}: the word starts a false-positive phrase. */
export const FIRST_OF_FALSE_POSITIVE = 2;

interface CuesFile {
  event?: string[]; origin?: string[]; determiners?: string[]; parts?: string[]; here?: string[]; coordination?: string[];
  'capital-after'?: string[]; 'capital-before'?: string[];
}
interface FalsePositivesFile { phrases?: string[]; never?: string[]; 'cue-only'?: string[]; 'features-after'?: string[]; 'features-before'?: string[] }

/** Compiles a pack's place tables against the gazetteer; throws DataError on a row that resolves to nothing. */
export function compileLexicon(pack: LanguagePack | undefined, g: Gazetteer): PlaceLexicon {
  const names = new Map<string, Candidate[]>();
  const add = (alias: string, c: Candidate) => {
    const key = normWords(alias).join(' ');
    if (key) names.set(key, [...(names.get(key) ?? []), c]);
  };
  for (const country of g.countries.values()) add(country.name, candidate(country, country.name, true));
  if (pack) addPackNames(pack, g, add);
  const cues = (pack?.yaml<CuesFile>('place-cues.yml') ?? {}) as CuesFile;
  const fp = (pack?.yaml<FalsePositivesFile>('place-false-positives.yml') ?? {}) as FalsePositivesFile;
  const continuations = new Continuations();
  for (const key of names.keys()) continuations.add(key);
  const phraseSet = (list: string[] | undefined) => new Set((list ?? []).map((p) => normWords(p).join(' ')).filter(Boolean));
  const eventCues = phraseSet(cues.event);
  const originCues = phraseSet(cues.origin);
  const falsePositiveKeys = phraseSet(fp.phrases);
  const falsePositives = new Map<string, Set<number>>();
  for (const key of falsePositiveKeys) {
    const words = key.split(' ');
    falsePositives.set(words[0]!, (falsePositives.get(words[0]!) ?? new Set()).add(words.length));
  }
  const determiners = phraseSet(cues.determiners);
  const firstWords = new Map<string, number>();
  // The gazetteer's own first words are looked up in `g.starts` (see matchNames): copying its ~20,000 names
  // into every pack's table would cost every start time and memory for no faster match.
  for (const key of names.keys()) firstWords.set(key.split(' ', 1)[0]!, FIRST_OF_NAME);
  for (const first of falsePositives.keys()) firstWords.set(first, (firstWords.get(first) ?? 0) | FIRST_OF_FALSE_POSITIVE);
  const cuesByLast = new Map<string, Array<{ words: string[]; kind: 'event' | 'origin' }>>();
  for (const [set, kind] of [[originCues, 'origin'], [eventCues, 'event']] as const) {
    for (const phrase of set) {
      const words = phrase.split(' ');
      const last = words[words.length - 1]!;
      cuesByLast.set(last, [...(cuesByLast.get(last) ?? []), { words, kind }].sort((a, b) => b.words.length - a.words.length));
    }
  }
  const capitalBefore = phraseSet(cues['capital-before']);
  return {
    names, continuations, firstWords, eventCues, originCues, cuesByLast, determiners, parts: phraseSet(cues.parts), here: phraseSet(cues.here),
    coordination: phraseSet(cues.coordination), capitalAfter: phraseSet(cues['capital-after']), capitalBefore, capitalBeforeEnds: wordSuffixes(capitalBefore),
    falsePositives, falsePositiveKeys, never: phraseSet(fp.never), cueOnly: phraseSet(fp['cue-only']),
    featuresAfter: phraseSet(fp['features-after']), featuresBefore: phraseSet(fp['features-before']),
  };
}

/** Every phrase's word-suffixes, the phrase itself included (`ibu kota` → `kota`, `ibu kota`). */
function wordSuffixes(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const phrase of phrases) {
    out.add(phrase);
    for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) out.add(phrase.slice(at + 1));
  }
  return out;
}

/** `places.tsv` (aliases), `landmarks.tsv` and `countries.tsv` (owned by the actors data) of one pack. */
function addPackNames(pack: LanguagePack, g: Gazetteer, add: (alias: string, c: Candidate) => void): void {
  for (const { line, cells: [alias, name, country] } of pack.tsv('places.tsv')) {
    const place = g.resolve(name ?? '', country ?? '');
    if (!alias || !place) throw new DataError(`Cannot load pack "${pack.code}": places.tsv:${line}: "${alias}" → "${name}, ${country}" is not in the gazetteer`);
    add(alias, candidate(place, alias, true));
  }
  for (const { line, cells: [alias, landmark, name, country] } of pack.tsv('landmarks.tsv')) {
    const target = g.resolve(name ?? '', country ?? '');
    if (!alias || !landmark || !target) throw new DataError(`Cannot load pack "${pack.code}": landmarks.tsv:${line}: "${alias}" → "${name}, ${country}" is not in the gazetteer`);
    const place: Place = { ...target, kind: 'landmark', landmark, capital: false };
    add(alias, candidate(place, alias, true));
  }
  const shared = sharedCountryNames(pack);
  for (const { cells: [iso3, kind, alias] } of pack.tsv('countries.tsv')) {
    const contextOnly = kind === 'adjective' || kind === 'demonym';
    const sharers = alias ? shared.get(normWords(alias).join(' ')) : undefined;
    if (sharers?.includes(iso3 ?? '')) {
      // "Congo": a reading for each country, the first (the default) ahead by less than the article's
      // countries add, so that a full name elsewhere ("Republic of the Congo") decides
      sharers.forEach((code, i) => {
        const country = g.countries.get(code);
        if (!country) return;
        const c = candidate(country, alias!, true);
        if (i === 0) c.base += SHARED_DEFAULT_EDGE;
        add(alias!, contextOnly ? { ...c, contextOnly } : c);
      });
      shared.delete(normWords(alias!).join(' '));
      continue;
    }
    const country = g.countries.get(iso3 ?? '');
    if (!country || !alias) continue; // unknown codes are the actors data check's to report
    add(alias, contextOnly ? { ...candidate(country, alias, true), contextOnly } : candidate(country, alias, true));
  }
}

/** What puts a shared name's first country ahead of the others (an article's country adds 2). */
const SHARED_DEFAULT_EDGE = 0.5;

/** `shared-country-names.tsv` (owned by the actors data): each name's countries, the default first. */
function sharedCountryNames(pack: LanguagePack): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const { cells: [alias, countries] } of pack.tsv('shared-country-names.tsv')) {
    const key = normWords(alias ?? '').join(' ');
    if (key && !out.has(key)) out.set(key, (countries ?? '').split(',').map((c) => c.trim()).filter((c) => c !== ''));
  }
  return out;
}

/** A candidate with its casing rule and base score (`Paris` the capital outweighs `Paris, Texas`). */
export function candidate(place: Place, surface: string, curated: boolean): Candidate {
  return { place, caps: capsOf(surface), curated, base: baseScore(place, curated) };
}

function baseScore(p: Place, curated: boolean): number {
  if (p.kind === 'country') return 7;
  if (p.kind === 'landmark') return 7.5;
  if (p.kind === 'region') return 6.5;
  return Math.log10(Math.max(p.population, 1000)) + (p.capital ? 1.5 : 0) + (curated ? 1 : 0);
}

/** Casing rule of a surface form: `New York` → `UU`, `AS` → `A`, `Great Hall of the People` → `UUaaU`. */
export function capsOf(surface: string): string {
  // Most names are ASCII: read them by character code, without the Unicode-class patterns below.
  let caps = '';
  for (let i = 0; i < surface.length; ) {
    const c = surface.charCodeAt(i);
    if (c >= 0x80) return unicodeCapsOf(surface);
    if (!isAsciiAlnum(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    let lower = c >= 97 && c <= 122;
    let upper = c >= 65 && c <= 90;
    for (; j < surface.length; j++) {
      const d = surface.charCodeAt(j);
      if (d >= 0x80) return unicodeCapsOf(surface);
      if (!isAsciiAlnum(d)) break;
      if (d >= 97 && d <= 122) lower = true;
      else if (d >= 65 && d <= 90) upper = true;
    }
    const length = j - i;
    caps += length <= 3 && length > 1 && !lower && upper ? 'A' : c >= 65 && c <= 90 ? 'U' : 'a';
    i = j;
  }
  return caps;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** {@link capsOf} for any script. */
export function unicodeCapsOf(surface: string): string {
  return [...surface.matchAll(/[\p{L}\p{N}]+/gu)].map((m, i) => {
    const w = m[0];
    if (w.length <= 3 && w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) return 'A';
    return /^\p{Lu}/u.test(w) ? 'U' : 'a';
  }).join('');
}
