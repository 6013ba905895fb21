import type { PlaceLexicon } from '../compile-lexicon.js';
import type { Word } from '../normalize.js';
import { commaGap, isSpaceCode, oneSpace, spaceAfterComma } from '../gaps.js';
import type { Match } from './02-match-names.js';

/** What the words before a name say about it. */
export type Cue = Match['cue'];

const POSSESSIVE = /^['’]s?\b/;

/** Reads the cue of every match (in place): the longest cue phrase right before it, skipping determiners (`at the`). */
export function readCues(text: string, words: Word[], matches: Match[], lex: PlaceLexicon): Match[] {
  let prev: Match | undefined;
  for (const m of matches) {
    m.cue = cueBefore(text, words, m.first, lex);
    // "in Moscow, Minsk and Beijing": a listed place shares the cue of the first.
    if (m.cue === null && prev && prev.sentence === m.sentence && coordinated(text, words, prev, m, lex)) m.cue = prev.cue;
    // "di Istana Amiri Diwan, Doha,": a venue the gazetteer lacks, then its city, which takes the venue's cue.
    else if (m.cue === null && venueBefore(text, words, m, lex)) m.cue = 'event';
    const next = text.charCodeAt(m.end);
    m.possessive = (next === 39 || next === 0x2019) && POSSESSIVE.test(text.slice(m.end, m.end + 3));
    prev = m;
  }
  return matches;
}

/** `Moscow, Minsk`, `Moscow and Beijing`, `Minsk, and Beijing`, `Moskow dan Beijing`. */
function coordinated(text: string, words: Word[], prev: Match, m: Match, lex: PlaceLexicon): boolean {
  if (m.first === prev.last + 1) return commaGap(text, prev.end, m.start);
  if (m.first !== prev.last + 2 || !lex.coordination.has(words[m.first - 1]!.norm)) return false;
  const conj = words[m.first - 1]!;
  return spaceAfterComma(text, prev.end, conj.start) && oneSpace(text, conj.end, m.start);
}

/** Longest run of capitalised words an unknown venue's name may have (`Istana Amiri Diwan`, `King Abdulaziz Conference Centre`). */
const VENUE_WORDS = 5;

/**
 * True when the match is an address's city: a comma after an event-cued run of capitalised words
 * (`at the Amiri Diwan, Doha`) and punctuation after it, so `at the United Nations, Beijing accused`
 * (a speaker after a fronted phrase) is not one.
 */
function venueBefore(text: string, words: Word[], m: Match, lex: PlaceLexicon): boolean {
  const k = m.first - 1;
  if (k < 0 || words[k]!.sentence !== m.sentence || !commaGap(text, words[k]!.end, m.start) || !punctuationAfter(text, m.end)) return false;
  let first = k;
  for (let n = 0; n < VENUE_WORDS && first >= 0 && capitalised(text, words[first]!); n++) {
    if (cueBefore(text, words, first, lex) === 'event') return true;
    if (first === 0 || !oneSpace(text, words[first - 1]!.end, words[first]!.start)) return false;
    first--;
  }
  return false;
}

function capitalised(text: string, w: Word): boolean {
  const ch = text[w.start]!;
  return ch !== ch.toLowerCase();
}

/** After optional spaces, a comma, full stop, semicolon, bracket or the end of the text. */
function punctuationAfter(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === text.length) return true;
  const c = text.charCodeAt(i);
  return c === 44 || c === 46 || c === 59 || c === 40 || c === 41 || c === 10;
}

/** `in Moscow`, `di Moskow`, `at the Kremlin`, `during a visit to China`, `kunjungan ke Rusia`, `from Beijing`. */
export function cueBefore(text: string, words: Word[], first: number, lex: PlaceLexicon): Cue {
  let j = first - 1;
  // "at the Kremlin", "di kota Bogor", "in the eastern Congo": up to two determiners or lower-case parts between cue
  // and name ("in Central Asia" is a name the gazetteer lacks, not a part of Asia)
  for (let k = 0; k < 2 && j >= 0 && (lex.determiners.has(words[j]!.norm) || (lex.parts.has(words[j]!.norm) && !capitalised(text, words[j]!))) && adjacent(text, words[j]!, words[j + 1]!); k++) j--;
  if (j < 0 || !adjacent(text, words[j]!, words[j + 1]!)) return null;
  const phrases = lex.cuesByLast.get(words[j]!.norm);
  if (!phrases) return null;
  // Longest phrase first: "kunjungan ke" before "ke", "visit to" before nothing.
  for (const { words: cue, kind } of phrases) {
    let ok = j - cue.length + 1 >= 0;
    for (let n = 1; ok && n < cue.length; n++) {
      const w = words[j - n]!;
      ok = w.norm === cue[cue.length - 1 - n] && adjacent(text, w, words[j - n + 1]!);
    }
    if (ok) return kind;
  }
  return null;
}

/** Only whitespace between two words of one sentence: `in, Moscow` or a sentence break ends the cue. */
function adjacent(text: string, a: Word, b: Word): boolean {
  const gap = b.start - a.end;
  if (a.sentence !== b.sentence || gap < 1 || gap > 2) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x0a) return false;
  }
  return true;
}
