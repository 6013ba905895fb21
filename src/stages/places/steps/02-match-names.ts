import type { Candidate, PlaceLexicon } from '../compile-lexicon.js';
import { capsOf } from '../compile-lexicon.js';
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
}

/** Gaps allowed inside a name: `Den Haag`, `Guinea-Bissau`, `St. Petersburg`, `Xi’an`. */
const NAME_GAP = /^[\s\-‐'’.]{0,2}$/;
const capsMemo = new Map<Place, string>();

/**
 * Longest names first, left to right, one lookup per word for words that start no name. A phrase from
 * the false-positive table (`Michael Jordan`, `Paris Hilton`) is skipped whole.
 */
export function matchNames(text: string, words: Word[], lex: PlaceLexicon, g: Gazetteer): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const fpLengths = lex.falsePositives.get(w.norm);
    if (fpLengths) {
      const skip = longestPhrase(text, words, i, fpLengths, lex.falsePositiveKeys);
      if (skip > 0) {
        i += skip - 1;
        continue;
      }
    }
    const max = lex.firsts.get(w.norm);
    if (max === undefined) continue;
    const match = longestName(text, words, i, max, lex, g);
    if (match) {
      out.push(match);
      i = match.last;
    }
  }
  return out;
}

function longestName(text: string, words: Word[], i: number, max: number, lex: PlaceLexicon, g: Gazetteer): Match | null {
  let key = '';
  const keys: string[] = [];
  for (let n = 0; n < max && i + n < words.length; n++) {
    if (n > 0 && !joined(text, words[i + n - 1]!, words[i + n]!)) break;
    key = n === 0 ? words[i]!.norm : `${key} ${words[i + n]!.norm}`;
    keys.push(key);
  }
  for (let n = keys.length; n >= 1; n--) {
    const k = keys[n - 1]!;
    if (lex.never.has(k)) continue;
    const found: Candidate[] = [];
    for (const c of lex.names.get(k) ?? []) if (casingFits(text, words, i, c.caps, lex)) found.push(c);
    for (const p of [...(g.cities.get(k) ?? []), ...(g.regions.get(k) ?? [])]) {
      const caps = capsMemo.get(p) ?? capsMemoSet(p);
      if (caps.length === n && casingFits(text, words, i, caps, lex)) found.push({ place: p, caps, curated: false });
    }
    if (found.length > 0) {
      const last = words[i + n - 1]!;
      return { start: words[i]!.start, end: last.end, first: i, last: i + n - 1, key: k, sentence: words[i]!.sentence, candidates: found };
    }
  }
  return null;
}

function capsMemoSet(p: Place): string {
  const caps = capsOf(p.name);
  capsMemo.set(p, caps);
  return caps;
}

/** Two words of one name: same sentence, only a space, hyphen, apostrophe or period between. */
function joined(text: string, a: Word, b: Word): boolean {
  return a.sentence === b.sentence && b.start - a.end <= 2 && NAME_GAP.test(text.slice(a.end, b.start));
}

/** `Moscow` needs a capital M; `AS` (the USA in Indonesian) needs all capitals; a determiner may be lower case. */
function casingFits(text: string, words: Word[], i: number, caps: string, lex: PlaceLexicon): boolean {
  for (let j = 0; j < caps.length; j++) {
    const w = words[i + j];
    if (!w) return false;
    const rule = caps[j];
    if (rule === 'a' || (j === 0 && lex.determiners.has(w.norm))) continue;
    const ch = text[w.start]!;
    if (ch === ch.toLowerCase()) return false;
    if (rule === 'A') {
      const s = text.slice(w.start, w.end);
      if (s !== s.toUpperCase()) return false;
    }
  }
  return true;
}

function longestPhrase(text: string, words: Word[], i: number, lengths: Set<number>, keys: Set<string>): number {
  let key = words[i]!.norm;
  let best = 0;
  for (let n = 1; i + n - 1 < words.length; n++) {
    if (n > 1) {
      if (!joined(text, words[i + n - 2]!, words[i + n - 1]!)) break;
      key += ` ${words[i + n - 1]!.norm}`;
    }
    if (lengths.has(n) && keys.has(key)) best = n;
    if (n >= Math.max(...lengths)) break;
  }
  return best;
}
