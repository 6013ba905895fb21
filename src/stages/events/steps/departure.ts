import type { EventLexicon } from '../lexicon.js';
import type { SentenceView } from '../types.js';
import { listedAt, mentionRange } from './arguments-scan.js';

/** Words after a trigger within which its object starts ("gave France's ambassador …"). */
const OBJECT_REACH = 6;
/** Words after the object searched for what sends it away ("'s ambassador 48 hours to leave"). */
const DEPARTURE_REACH = 7;

/**
 * An actor or a diplomat within a short reach after `from`, then, before a clause break, words sending it away: "ordered
 * the French ambassador to leave", "gave France's ambassador 48 hours to leave", "orders the envoy out",
 * "meminta Dubes Prancis meninggalkan Niger". A particle counts only right after the object or its head noun
 * ("orders France's envoy out"): "asked Kenya to carry out talks" sends nobody away.
 */
export function departureAfter(view: SentenceView, from: number, lex: EventLexicon): boolean {
  const { words } = view;
  let end = -1;
  for (let j = from; j < Math.min(words.length, from + OBJECT_REACH); j++) {
    if (lex.clauseBreaks.has(words[j]!)) return false;
    // "memerintahkan para diplomat dari tujuh negara … meninggalkan": diplomats the text does not name by country
    if (view.mention[j]! < 0 && !listedAt(lex.envoys, words, j)) continue;
    end = view.mention[j]! >= 0 ? mentionRange(view, j)[1] : j + 1;
    break;
  }
  if (end < 0) return false;
  const head = lex.possessives.has(words[end] ?? '') ? end + 2 : end;
  if (lex.departureParticles.has(words[end] ?? '') || lex.departureParticles.has(words[head] ?? '')) return true;
  for (let k = end; k < Math.min(words.length, end + DEPARTURE_REACH); k++) {
    if (lex.clauseBreaks.has(words[k]!)) return false;
    if (listedAt(lex.departures, words, k)) return true;
  }
  return false;
}

/** A diplomat named between `from` and `to` ("expelled two Russian diplomats", "mengusir Duta Besar Prancis"). */
export function envoyIn(words: readonly string[], from: number, to: number, lex: EventLexicon): boolean {
  for (let k = from; k < Math.min(words.length, to); k++) if (listedAt(lex.envoys, words, k)) return true;
  return false;
}
