import type { Doc } from '../../core/doc.js';

/**
 * A unit of matching: a word or a punctuation mark of the cleaned text, normalised. Built from
 * `doc.tokens`, re-split where a token joins words (`US-China`, `Putin's`), so the matcher sees the same
 * units whatever the tokeniser did with hyphens and apostrophes.
 */
export interface Unit {
  start: number;
  end: number;
  /** Lower case, diacritics removed, abbreviation dots removed (`U.S.` → `us`). */
  norm: string;
  word: boolean;
  /** First character is an upper-case letter. */
  upper: boolean;
  sentence: number;
  /** Followed by a possessive `'s` / `’s` (not part of the unit). */
  possessive?: boolean;
  /** Joined to the previous / next unit by a hyphen without spaces (`Beijing-Moscow`). */
  hyphenBefore?: boolean;
  hyphenAfter?: boolean;
}

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const NEEDS_SPLIT = /[^\p{L}\p{M}\p{N}]/u;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Units of a doc: from its tokens when there are any, else from its sentences (or the whole text). */
export function buildUnits(doc: Doc): Unit[] {
  const units: Unit[] = [];
  const text = doc.text;
  if (doc.tokens && doc.tokens.length > 0) {
    for (const t of doc.tokens) {
      const surface = text.slice(t.start, t.end);
      if (t.kind !== 'punct' && !NEEDS_SPLIT.test(surface)) units.push(makeUnit(surface, t.start, t.sentence));
      else splitInto(units, text, t.start, t.end, t.sentence);
    }
  } else {
    const spans = doc.sentences && doc.sentences.length > 0 ? doc.sentences : [{ start: 0, end: text.length }];
    spans.forEach((s, i) => splitInto(units, text, s.start, s.end, i));
  }
  return markJoins(units, text);
}

/** Normalises a phrase of a data file into unit norms, the way text is normalised. */
export function normalizePhrase(phrase: string): string[] {
  return phraseParts(phrase).map((p) => p.norm);
}

/** The word units of a phrase with their surface forms ("U.S." → norm `us`, surface `U.S.`). */
export function phraseParts(phrase: string): Array<{ norm: string; surface: string }> {
  const out: Unit[] = [];
  splitInto(out, phrase, 0, phrase.length, 0);
  return markJoins(out, phrase).filter((u) => u.word).map((u) => ({ norm: u.norm, surface: phrase.slice(u.start, u.end) }));
}

/** Lower case without diacritics; ASCII words take the fast path. */
export function normalizeWord(surface: string): string {
  if (ASCII_WORD.test(surface)) return surface.toLowerCase();
  return surface.normalize('NFD').replace(/[\p{M}.]/gu, '').toLowerCase();
}

function makeUnit(surface: string, start: number, sentence: number): Unit {
  const c = surface.charCodeAt(0);
  const word = surface.length > 1 || /[\p{L}\p{N}]/u.test(surface);
  const upper = (c >= 65 && c <= 90) || (c > 127 && surface[0] !== surface[0]!.toLowerCase());
  return { start, end: start + surface.length, norm: word ? normalizeWord(surface) : surface, word, upper, sentence };
}

function splitInto(units: Unit[], text: string, start: number, end: number, sentence: number): void {
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) units.push(makeUnit(m[0], start + m.index, sentence));
}

/** Folds `'s` into a possessive flag and hyphens into join flags, dropping those marks as units. */
function markJoins(units: Unit[], text: string): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const prev = out[out.length - 1];
    const next = units[i + 1];
    if (!u.word && (u.norm === "'" || u.norm === '’') && prev?.word && prev.end === u.start && next?.norm === 's' && next.start === u.end) {
      prev.possessive = true; // "Putin's", "China’s"
      i++;
      continue;
    }
    if (!u.word && (u.norm === "'" || u.norm === '’') && prev?.word && next?.word && prev.end === u.start && next.start === u.end && next.norm !== 's') {
      prev.end = next.end; // "Ma'ruf", "O'Brien", "d'Orsay": one word
      prev.norm = `${prev.norm}'${next.norm}`;
      i++;
      continue;
    }
    if (!u.word && (u.norm === '-' || u.norm === '‑') && prev?.word && next?.word && prev.end === u.start && next.start === u.end) {
      prev.hyphenAfter = true; // "US-China", "Beijing-Moscow"
      next.hyphenBefore = true;
      continue;
    }
    out.push(u);
  }
  void text;
  return out;
}
