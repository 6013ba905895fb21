import type { Doc, Token } from '../../core/doc.js';
import { MarkCursor } from './mark-cursor.js';
import { ScratchBytes } from './scratch.js';

/**
 * A unit of matching: a word or a punctuation mark of the cleaned text, normalised (lower case, no
 * diacritics). Units are the doc's tokens themselves (no copy) except where a token joins words or marks
 * that the lexicon keeps apart (`U.S.` → `us`; `Putin's`, `US-China` from a tokeniser that keeps them
 * whole), which are re-split. Hyphens and possessive `'s` are not units: they become flags.
 */
export type Unit = Pick<Token, 'start' | 'end' | 'norm' | 'kind' | 'upper' | 'sentence'>;

/** Units plus their flags (see the `POSSESSIVE`, `HYPHEN_*` bits). */
export interface UnitList {
  units: Unit[];
  flags: Uint8Array;
}

/** Followed by a possessive `'s` / `’s` ("Putin's"). */
export const POSSESSIVE = 1;
/** Joined by a hyphen to the previous unit ("US-China": on "China"). */
export const HYPHEN_BEFORE = 2;
/** Joined by a hyphen to the next unit ("US-China": on "US"). */
export const HYPHEN_AFTER = 4;

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const ASCII_WORD = /^[A-Za-z0-9]+$/;
/** Flags of articles without a join: zeros, never written. */
const NO_FLAGS = new ScratchBytes();
/** Flags of articles with joins (one article's at a time: `run` is synchronous). */
const JOIN_FLAGS = new ScratchBytes();

/**
 * Units of a doc: from its tokens when there are any, else from its sentences (or the whole text). The flags
 * are a view of a buffer the next call reuses: one article's at a time.
 */
export function buildUnits(doc: Doc): UnitList {
  const text = doc.text;
  const tokens = doc.tokens;
  if (tokens && tokens.length > 0) {
    const first = firstNotAsItIs(tokens, text);
    if (first < 0) return { units: tokens, flags: NO_FLAGS.zeros(tokens.length) };
    // the tokens themselves until one needs splitting (none before `first` does)
    let raw: Unit[] = tokens;
    for (let k = first; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct' ? t.norm.length === 1 : plain(t.norm)) {
        if (raw !== tokens) raw.push(t);
        continue;
      }
      if (raw === tokens) raw = tokens.slice(0, k);
      splitInto(raw, text, t.start, t.end, t.sentence); // "U.S.", "'s", "US-China"
    }
    return markJoins(raw, JOIN_FLAGS);
  }
  const raw: Unit[] = [];
  const spans = doc.sentences && doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: text.length }];
  spans.forEach((s, i) => splitInto(raw, text, s.start, s.end, i));
  return markJoins(raw, JOIN_FLAGS);
}

/** Normalises a phrase of a data file into unit norms, the way text is normalised. */
export function normalizePhrase(phrase: string): string[] {
  // the steps normalise names and places met in each article: most are plain ASCII words
  return asciiWords(phrase) ?? phraseParts(phrase).map((p) => p.norm);
}

/** The word units of a phrase with their surface forms ("U.S." → norm `us`, surface `U.S.`). */
export function phraseParts(phrase: string): Array<{ norm: string; surface: string }> {
  const raw: Unit[] = [];
  splitInto(raw, phrase, 0, phrase.length, 0);
  return markJoins(raw).units.filter(isWord).map((u) => ({ norm: u.norm, surface: phrase.slice(u.start, u.end) }));
}

/** A word or number, not a punctuation mark. */
export function isWord(u: Unit): boolean {
  return u.kind !== 'punct';
}

/**
 * `normalizePhrase` of a phrase of ASCII letters and digits between spaces, in one pass (its units are
 * its words, lower-cased); null for any other phrase.
 */
function asciiWords(phrase: string): string[] | null {
  const out: string[] = [];
  let start = -1;
  for (let k = 0; k <= phrase.length; k++) {
    const c = k < phrase.length ? phrase.charCodeAt(k) : 32;
    if (c === 32) {
      if (start >= 0) out.push(phrase.slice(start, k).toLowerCase());
      start = -1;
      continue;
    }
    const letter = c | 32;
    if (!((letter >= 97 && letter <= 122) || (c >= 48 && c <= 57))) return null;
    if (start < 0) start = k;
  }
  return out;
}

/** Lower case without diacritics or abbreviation dots; ASCII words take the fast path. */
export function normalizeWord(surface: string): string {
  if (ASCII_WORD.test(surface)) return surface.toLowerCase();
  return surface.normalize('NFD').replace(/[\p{M}.]/gu, '').replace(/’/g, "'").toLowerCase();
}

/**
 * The first token that is not a unit as it is or is a mark joining two words (what `markJoins` would find
 * first), or -1: one pass, and without one the article's units are its tokens.
 */
function firstNotAsItIs(tokens: readonly Token[], text: string): number {
  // a norm holds one of the marks only where its text does (normalising makes none, and keeps a curly apostrophe one)
  const marks = new MarkCursor(text, PLAIN_MARKS);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') {
      if (marks.within(t.start, t.end) && !plain(t.norm)) return k;
      continue;
    }
    if (t.norm.length !== 1) return k;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (prev !== undefined && prev.kind !== 'punct' && prev.end === t.start && next !== undefined && next.kind !== 'punct' && next.start === t.end) return k;
  }
  return -1;
}

/** The characters `plain` looks for. */
const PLAIN_MARKS = ".'-’\u2011";

/** No dot, apostrophe or hyphen inside: the token is a unit as it is (a character loop, no regex). */
function plain(norm: string): boolean {
  for (let k = 0; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    // letters and digits answer the first two comparisons: the five marks sit below "0" and from U+2011 up
    if (c < 48 ? c === 46 || c === 39 || c === 45 : c >= 0x2011 && (c === 0x2019 || c === 0x2011)) return false;
  }
  return true;
}

function splitInto(units: Unit[], text: string, start: number, end: number, sentence: number): void {
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const s = m[0];
    const word = s.length > 1 || /[\p{L}\p{N}]/u.test(s);
    const c = s.charAt(0);
    const kind = !word ? 'punct' : /^\p{N}/u.test(s) ? 'number' : 'word';
    units.push({ start: start + m.index, end: start + m.index + s.length, norm: word ? normalizeWord(s) : s, kind, upper: word && c !== c.toLowerCase(), sentence });
  }
}

/**
 * Drops `'s` and hyphens between words, flagging their neighbours; joins "Ma'ruf" into one unit. An
 * article's flags are cut from `scratch` (a fresh typed array per article costs a backing store outside
 * the heap); a data phrase's are its own, as they are made while an article's are in use.
 */
function markJoins(raw: readonly Unit[], scratch: ScratchBytes | null = null): UnitList {
  const flags = scratch ? scratch.zeroed(raw.length) : new Uint8Array(raw.length);
  // `raw` itself until the first join: an article without one needs no copy
  let units: Unit[] | null = null;
  for (let i = 0; i < raw.length; i++) {
    const u = raw[i]!;
    if (u.kind !== 'punct' || u.norm.length !== 1) {
      units?.push(u);
      continue;
    }
    const prev = units ? units[units.length - 1] : raw[i - 1];
    const next = raw[i + 1];
    const joined = prev !== undefined && prev.kind !== 'punct' && prev.end === u.start && next !== undefined && next.kind !== 'punct' && next.start === u.end;
    if (!joined) {
      units?.push(u);
      continue;
    }
    units ??= raw.slice(0, i);
    if ((u.norm === "'" || u.norm === '’') && next.norm === 's') {
      flags[units.length - 1]! |= POSSESSIVE; // "Putin's", "China’s"
      i++;
    } else if (u.norm === "'" || u.norm === '’') {
      units[units.length - 1] = { ...prev, end: next.end, norm: `${prev.norm}'${next.norm}` }; // "Ma'ruf", "O'Brien"
      i++;
    } else if (u.norm === '-' || u.norm === '‑') {
      flags[units.length - 1]! |= HYPHEN_AFTER; // "US-China", "Beijing-Moscow"
      flags[units.length]! |= HYPHEN_BEFORE;
    } else units.push(u);
  }
  return { units: units ?? (raw as Unit[]), flags };
}
