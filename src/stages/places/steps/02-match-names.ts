import type { Candidate, PlaceLexicon } from '../compile-lexicon.js';
import { candidate, FIRST_OF_FALSE_POSITIVE, FIRST_OF_NAME } from '../compile-lexicon.js';
import type { Gazetteer, Place } from '../gazetteer.js';
import type { Word } from '../normalize.js';

/** A name found in the text with every reading its casing allows. */
export interface Match {
  start: number;
  end: number;
  /** Indexes into the word list, `last` inclusive. */
  first: number;
  last: number;
  /** Normalised name (`new york`). */
  key: string;
  sentence: number;
  candidates: Candidate[];
  /** What the words before say (set by readCues): `event` (`in`, `di`), `origin` (`from`, `dari`) or null. */
  cue: 'event' | 'origin' | null;
  /** `China's economy`: a possessive is an owner, not where something happened (set by readCues). */
  possessive: boolean;
  /** False for names that only tell the article's countries (set by filterMatches). */
  emit: boolean;
}

/** Gaps allowed inside a name: `Den Haag`, `Guinea-Bissau`, `St. Petersburg`, `Xi’an`. */
/** Characters allowed between two words of a name: space, hyphens, apostrophes, period, no-break space. */
const NAME_GAP_CHARS = new Set([0x20, 0xa0, 0x2d, 0x2010, 0x2011, 0x27, 0x2019, 0x2e]);
/** One candidate per gazetteer place, made on first use and shared (they are never changed). */
const candidateMemo = new Map<Place, Candidate>();

/**
 * Longest names first, left to right, one lookup per word for words that start no name. A phrase from
 * the false-positive table (`Michael Jordan`, `Paris Hilton`) is skipped whole.
 */
export function matchNames(text: string, words: Word[], lex: PlaceLexicon, g: Gazetteer): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // Most words are lower case and no name starts with one (`the Hague` is found by its alias
    // `Hague`, `mainland China` by `China`): one character test skips them.
    if (startsLower(text, w.start)) continue;
    // The pack's table tells whether the word starts a false-positive phrase or a curated name; the
    // gazetteer whether it starts one of its names.
    let flags = lex.firstWords.get(w.norm) ?? 0;
    if (!(flags & FIRST_OF_NAME) && g.starts.has(w.norm)) flags |= FIRST_OF_NAME;
    if (flags === 0) continue;
    if (flags & FIRST_OF_FALSE_POSITIVE) {
      const skip = longestPhrase(text, words, i, lex.falsePositives.get(w.norm)!, lex.falsePositiveKeys);
      if (skip > 0) {
        i += skip - 1;
        continue;
      }
    }
    if (!(flags & FIRST_OF_NAME)) continue;
    const match = longestName(text, words, i, lex, g);
    if (match) {
      out.push(match);
      i = match.last;
    }
  }
  return out;
}

function longestName(text: string, words: Word[], i: number, lex: PlaceLexicon, g: Gazetteer): Match | null {
  // "The two sides": `the` starts a name (The Hague), `the two` starts none, so the search stops there.
  let key = words[i]!.norm;
  // Most names end at their first word: the list of longer keys is made only when one goes on.
  let keys: string[] | null = null;
  for (let n = 1; i + n < words.length && joined(text, words[i + n - 1]!, words[i + n]!); n++) {
    const next = words[i + n]!.norm;
    // Asked word by word, so a longer key is built only when some name goes on with the next word.
    if (!lex.continuations.has(key, next) && !g.starts.continues(key, next)) break;
    (keys ??= [key]).push((key = `${key} ${next}`));
  }
  for (let n = keys?.length ?? 1; n >= 1; n--) {
    const k = keys ? keys[n - 1]! : key;
    if (lex.never.has(k)) continue;
    let found: Candidate[] | null = null;
    const curated = lex.names.get(k);
    if (curated) for (const c of curated) if (casingFits(text, words, i, c.caps, lex)) found = withCandidate(found, c);
    found = addPlaces(found, g.cities.get(k), text, words, i, n, lex);
    found = addPlaces(found, g.regions.get(k), text, words, i, n, lex);
    if (found !== null) {
      const last = words[i + n - 1]!;
      return {
        start: words[i]!.start, end: last.end, first: i, last: i + n - 1, key: k, sentence: words[i]!.sentence,
        candidates: found, cue: null, possessive: false, emit: true,
      };
    }
  }
  return null;
}

/** `found` with the places whose casing the text shows added (a list made on the first one), or null. */
function addPlaces(found: Candidate[] | null, places: Place[] | undefined, text: string, words: Word[], i: number, n: number, lex: PlaceLexicon): Candidate[] | null {
  if (!places) return found;
  for (const p of places) {
    let c = candidateMemo.get(p);
    if (!c) candidateMemo.set(p, (c = candidate(p, p.name, false)));
    if (c.caps.length === n && casingFits(text, words, i, c.caps, lex)) found = withCandidate(found, c);
  }
  return found;
}

/** `found` with `c` added; the first makes a list of one (`[]` grown by a push reserves room for seventeen). */
function withCandidate(found: Candidate[] | null, c: Candidate): Candidate[] {
  if (found === null) return [c];
  found.push(c);
  return found;
}

/** True when the word starts with a lower-case letter (`in`, `é`), false for capitals and digits. */
function startsLower(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text[at]!;
  return ch !== ch.toUpperCase();
}

/** Two words of one name: same sentence, only a space, hyphen, apostrophe or period between. */
function joined(text: string, a: Word, b: Word): boolean {
  if (a.sentence !== b.sentence || b.start - a.end > 2) return false;
  for (let k = a.end; k < b.start; k++) if (!NAME_GAP_CHARS.has(text.charCodeAt(k))) return false;
  return true;
}

/** `Moscow` needs a capital M; `AS` (the USA in Indonesian) needs all capitals. */
function casingFits(text: string, words: Word[], i: number, caps: string, lex: PlaceLexicon): boolean {
  for (let j = 0; j < caps.length; j++) {
    const w = words[i + j];
    if (!w) return false;
    const rule = caps[j];
    if (rule === 'a') continue;
    if (!capitalAt(text, w.start)) return false;
    if (rule === 'A' && !allCapitals(text, w.start, w.end)) return false;
  }
  return true;
}

/** The character at `at` changes when lower-cased (a capital); ASCII by its code, with no string made. */
function capitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[at]!;
  return ch !== ch.toLowerCase();
}

/** `text.slice(start, end)` is unchanged when upper-cased; ASCII by codes, anything else by the slice. */
function allCapitals(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) {
      const s = text.slice(start, end);
      return s === s.toUpperCase();
    }
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function longestPhrase(text: string, words: Word[], i: number, lengths: Set<number>, keys: Set<string>): number {
  let key = words[i]!.norm;
  let best = 0;
  const longest = Math.max(...lengths);
  for (let n = 1; i + n - 1 < words.length; n++) {
    if (n > 1) {
      if (!joined(text, words[i + n - 2]!, words[i + n - 1]!)) break;
      key += ` ${words[i + n - 1]!.norm}`;
    }
    if (lengths.has(n) && keys.has(key)) best = n;
    if (n >= longest) break;
  }
  return best;
}
