import type { Candidate, PlaceLexicon } from '../compile-lexicon.js';
import type { Word } from '../normalize.js';
import { commaGap } from '../gaps.js';
import type { Match } from './02-match-names.js';

/** A match that survived the filters; `emit` is false for names that only tell the article's countries. */
export type KeptMatch = Match;

/** Cities this populous are named without a cue (`Beijing-Moscow ties`); smaller towns need one. */
const STRONG_POPULATION = 100_000;

/**
 * Drops what is no place: cue-only names without a cue (`Nice weather`), person names (`Theresa May` is
 * caught by the table; `Hakim Batu` by the capitalised neighbour), capitalised common words at a
 * sentence start (`Most people`), and small towns without a cue. Adjectives (`Russian`) and uncued
 * country names (`China said`) stay only as evidence of the article's countries.
 */
export function filterMatches(text: string, words: Word[], matches: Match[], lex: PlaceLexicon): KeptMatch[] {
  const out: KeptMatch[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (lex.cueOnly.has(m.key) && m.cue === null) continue;
    // "near Scarborough Shoal", "di Laut Natuna": a town's name with a feature noun names the feature, cue or none
    if (feature(text, words, m, lex)) continue;
    const places = someContextOnly(m.candidates) ? m.candidates.filter(isNotContextOnly) : m.candidates;
    if (places.length === 0) {
      m.emit = false;
      out.push(m);
      continue;
    }
    m.candidates = places;
    if (m.cue !== null) {
      m.emit = !m.possessive || m.cue === 'event';
      out.push(m);
      continue;
    }
    if (inLongerName(text, words, m) || commonWordAtStart(text, words, m)) continue;
    // "the mayor of Paris, Texas": a qualified name keeps every reading for the qualifier to choose.
    if (qualified(text, m, matches[i + 1])) {
      out.push(m);
      continue;
    }
    // "Moscow warned", "Kremlin": named places; "China said": the country is an actor here, not a place.
    const named = places.filter((c) => c.place.kind !== 'country' && (c.curated || c.place.kind !== 'city' || c.place.capital || c.place.population >= STRONG_POPULATION));
    if (named.length > 0) {
      m.candidates = named;
      out.push(m);
    } else if (places.some((c) => c.place.kind === 'country')) {
      m.emit = false;
      out.push(m);
    }
  }
  return out;
}

// Plain functions, not closures made for each match: a closure costs an object each time it is made.

function someContextOnly(candidates: readonly Candidate[]): boolean {
  for (const c of candidates) if (c.contextOnly) return true;
  return false;
}

function isNotContextOnly(c: Candidate): boolean {
  return !c.contextOnly;
}

/** A name followed by `, <region or country>` in the same sentence. */
function qualified(text: string, m: Match, next: Match | undefined): boolean {
  if (!next || next.sentence !== m.sentence || !commaGap(text, m.end, next.start)) return false;
  return next.candidates.some((c) => c.place.kind === 'region' || c.place.kind === 'country');
}

/** `Hakim Batu`, `Jordan Peterson`: a capitalised word right before or after (not starting the sentence). */
function inLongerName(text: string, words: Word[], m: Match): boolean {
  const before = words[m.first - 1];
  const after = words[m.last + 1];
  if (after && tight(text, words[m.last]!, after) && capital(text, after)) return true;
  if (!before || !tight(text, before, words[m.first]!) || !capital(text, before)) return false;
  const beforeBefore = words[m.first - 2];
  return beforeBefore !== undefined && beforeBefore.sentence === before.sentence;
}

/** A capitalised feature noun right after the name, or right before it (`featuresAfter`, `featuresBefore`). */
function feature(text: string, words: Word[], m: Match, lex: PlaceLexicon): boolean {
  const after = words[m.last + 1];
  if (after && lex.featuresAfter.has(after.norm) && tight(text, words[m.last]!, after) && capital(text, after)) return true;
  const before = words[m.first - 1];
  return before !== undefined && lex.featuresBefore.has(before.norm) && tight(text, before, words[m.first]!) && capital(text, before);
}

function capital(text: string, w: Word): boolean {
  const ch = text[w.start]!;
  return ch !== ch.toLowerCase();
}

/** One space between two words of one sentence. */
function tight(text: string, a: Word, b: Word): boolean {
  return a.sentence === b.sentence && b.start - a.end === 1 && text.charCodeAt(a.end) === 32;
}

/** `Most people agree`: a one-word name opening a sentence whose lower-case form the article also uses. */
function commonWordAtStart(text: string, words: Word[], m: Match): boolean {
  if (m.first !== m.last) return false;
  const prev = words[m.first - 1];
  if (prev && prev.sentence === m.sentence) return false;
  return writtenLowerCase(text, words, m.key);
}

/**
 * True when some word of the article is `norm` written in lower case. A scan, not a set of the article's
 * lower-case words: few names open a sentence without a cue, and comparing a word is cheaper than hashing it.
 */
function writtenLowerCase(text: string, words: Word[], norm: string): boolean {
  for (const w of words) {
    if (w.norm !== norm) continue;
    const ch = text[w.start]!;
    if (ch !== ch.toUpperCase()) return true;
  }
  return false;
}
