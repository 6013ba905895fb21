import type { PlaceLexicon } from '../compile-lexicon.js';
import { candidate } from '../compile-lexicon.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Word } from '../normalize.js';
import type { Match } from './02-match-names.js';
import { oneSpace } from '../gaps.js';
import { cueBefore } from './04-read-cues.js';

/**
 * Turns a country named as a capital into the capital city: `the Russian capital`, `China's capital`
 * (capital words after the name) and `ibu kota Rusia` (before it), when a cue precedes the phrase
 * (`in the Russian capital`, `di ibu kota Rusia`). The match grows to cover the phrase.
 */
export function expandCapitals(text: string, words: Word[], matches: Match[], lex: PlaceLexicon, g: Gazetteer): Match[] {
  if (lex.capitalAfter.size === 0 && lex.capitalBefore.size === 0) return matches;
  for (const m of matches) {
    const after = capitalWordAfter(text, words, m, lex);
    const before = after < 0 ? phraseBefore(text, words, m.first, lex) : -1;
    if (after < 0 && before < 0) continue;
    const country = m.candidates.find((c) => c.place.kind === 'country')?.place.country;
    const capital = country ? capitalOf(g, country) : undefined;
    if (!capital) continue;
    // Only after a cue: "Russian capital flight" is money, "in the Russian capital" a city.
    if (cueBefore(text, words, after >= 0 ? m.first : before, lex) === null) continue;
    // "the Russian capital": from the name to the capital word; "ibu kota Rusia": from "ibu" to the name.
    if (after >= 0) m.last = after;
    else m.first = before;
    m.start = words[m.first]!.start;
    m.end = words[m.last]!.end;
    m.candidates = [candidate(capital, capital.name, true)];
  }
  return matches;
}

function capitalOf(g: Gazetteer, iso3: string) {
  const c = g.countries.get(iso3);
  return c?.capitalName ? g.resolve(c.capitalName, iso3) : undefined;
}

/** Index of the capital word right after the name (`Russian capital`, `China's capital`), or -1. */
function capitalWordAfter(text: string, words: Word[], m: Match, lex: PlaceLexicon): number {
  if (lex.capitalAfter.size === 0) return -1;
  let k = m.last + 1;
  // "China's capital": skip the possessive "s" the tokenizer split off.
  if (words[k]?.norm === 's' && /^['’]$/.test(text.slice(words[m.last]!.end, words[k]!.start))) k++;
  const w = words[k];
  if (!w || w.sentence !== m.sentence || !lex.capitalAfter.has(w.norm)) return -1;
  return /^['’]?s?\s$|^\s$/.test(text.slice(words[k - 1]!.end, w.start)) ? k : -1;
}

/** Index of the first word of a `capitalBefore` phrase ending right before word `first`, or -1. */
function phraseBefore(text: string, words: Word[], first: number, lex: PlaceLexicon): number {
  if (lex.capitalBefore.size === 0) return -1;
  let phrase = '';
  for (let n = 1; n <= 3 && first - n >= 0; n++) {
    const w = words[first - n]!;
    if (w.sentence !== words[first]!.sentence || !oneSpace(text, w.end, words[first - n + 1]!.start)) return -1;
    phrase = n === 1 ? w.norm : `${w.norm} ${phrase}`;
    // no phrase ends so: none is longer either (most names: no string is joined for the words before them)
    if (!lex.capitalBeforeEnds.has(phrase)) return -1;
    if (lex.capitalBefore.has(phrase)) return first - n;
  }
  return -1;
}
