import type { Modality } from '../../../core/doc.js';
import { LEAD, type EventLexicon } from '../lexicon.js';
import type { Candidate, SentenceView } from '../types.js';
import type { TriggerHit } from './02-find-triggers.js';

/** Whether an event happened, and whether it is history rather than news. */
export interface ModalityReading {
  modality: Modality;
  background: boolean;
}

/**
 * Reads modality from cues before the trigger in its clause: planned or hypothetical (`will visit`,
 * `akan berkunjung`, `if they meet`, `invitation to visit`) → planned; negated (`did not meet`,
 * `tidak bertemu`) → negated; background cues (`last met`, `pernah bertemu`) mark history.
 */
export function readModality(view: SentenceView, hit: TriggerHit, lex: EventLexicon): ModalityReading {
  const { words } = view;
  const m = lex.modality;
  let from = Math.max(0, hit.from - m.window);
  for (let k = hit.from - 1; k >= from; k--) if ((view.leads[k]! & LEAD.clauseBreak) !== 0 || view.mention[k]! >= 0 && k < hit.from - 3) { from = k + 1; break; }
  // "refused", "menolak": the trigger holds a negation cue itself, so cues before it do not negate it
  const selfNegating = hit.trigger.negating;
  let modality: Modality = 'actual';
  let background = false;
  for (let k = from; k < hit.from; k++) {
    const w = words[k]!;
    const leads = view.leads[k]!;
    if (!selfNegating && (endsWithin(m.negated, leads & LEAD.negated, words, k, hit.from) || contracted(w))) modality = 'negated';
    else if (modality === 'actual' && !selfNegating && (endsWithin(m.planned, leads & LEAD.planned, words, k, hit.from) || endsWithin(m.hypothetical, leads & LEAD.hypothetical, words, k, hit.from))) modality = 'planned';
    if (endsWithin(m.background, leads & LEAD.background, words, k, hit.to)) background = true;
  }
  // "agreed to expand", "accepted an invitation to visit": a verb after a purpose marker is not yet done
  if (modality === 'actual' && !hit.trigger.noun && hit.from > 0 && lex.purposeMarkers.has(words[hit.from - 1]!)) modality = 'planned';
  // "hoped to meet Lee and to hold talks", "untuk mengadakan pertemuan": so is a noun its verb holds after one
  else if (modality === 'actual' && hit.trigger.noun && heldForPurpose(view, hit.from, lex)) modality = 'planned';
  // "a first meeting could take place", "kunjungan itu akan berlangsung": a meeting noun as subject takes its verb's
  // cues (an agreement's do not: "the deal will allow exports" tells what a deal made does)
  if (modality === 'actual' && hit.trigger.noun && hit.trigger.plover === 'CONSULT') modality = modalityAfter(view, hit.to, lex);
  // "Sebelumnya, Jokowi dan Anwar sempat bertemu …", "Previously, …": a fronted cue dates the whole sentence
  const fronted = view.leads[0]! & LEAD.background ? m.background.lengthAt(words, 0) : 0;
  if (fronted > 0 && words[fronted] === ',' && fronted <= hit.from) background = true;
  // "bertemu sebelumnya", "had met previously": a few cues also follow the trigger
  for (let k = hit.to; k < Math.min(words.length, hit.to + 3); k++) if (endsWithin(m.backgroundAfter, view.leads[k]! & LEAD.backgroundAfter, words, k, words.length)) background = true;
  return { modality, background };
}

/** A purpose marker, one verb and maybe a determiner right before the noun at `at` ("to pay a visit"). */
function heldForPurpose(view: SentenceView, at: number, lex: EventLexicon): boolean {
  let k = at - 1;
  if (k >= 0 && lex.determiners.has(view.words[k]!)) k--;
  if (k < 1 || view.mention[k]! >= 0 || lex.purposeMarkers.has(view.words[k]!) || !isWord(view.words[k]!)) return false;
  return lex.purposeMarkers.has(view.words[k - 1]!);
}

/**
 * Plan cues after a noun and its own words ("a meeting between the two could take place", "the visit to Moscow will
 * take place", "a tour that will take him to Peru": a relative clause right after the noun tells of it too).
 * Negation there is left alone: "the talks did not produce a deal" tells talks that were held.
 */
function modalityAfter(view: SentenceView, at: number, lex: EventLexicon): Modality {
  const m = lex.modality;
  const { words } = view;
  for (let k = at; k < Math.min(words.length, at + NOUN_VERB_REACH); k++) {
    const leads = view.leads[k]!;
    if (endsWithin(m.planned, leads & LEAD.planned, words, k, words.length) || endsWithin(m.hypothetical, leads & LEAD.hypothetical, words, k, words.length)) return 'planned';
    if (k === at && lex.relativePronouns.has(words[k]!)) continue;
    if ((leads & (LEAD.clauseBreak | LEAD.trigger)) !== 0 || words[k] === ',' || lex.relativePronouns.has(words[k]!)) break;
  }
  return 'actual';
}

/** Words after a meeting noun searched for its verb's plan cue. */
const NOUN_VERB_REACH = 6;

/** Letters only: a verb, not a number or punctuation. */
function isWord(w: string): boolean {
  return /^\p{L}+$/u.test(w);
}

/** "didn't", "won't": a word ending in a negated contraction (its last letter read first, as most words end otherwise). */
function contracted(w: string): boolean {
  return w.charCodeAt(w.length - 1) === 116 && w.endsWith("n't");
}

/** A cue phrase starts at `k` and ends at or before `limit` (`lead`: the view's bit for the list at `k`, 0 when none can start there). */
function endsWithin(trie: EventLexicon['modality']['planned'], lead: number, words: readonly string[], k: number, limit: number): boolean {
  if (lead === 0) return false;
  const length = trie.lengthAt(words, k);
  return length > 0 && k + length <= limit;
}

/**
 * "previously met Marcos in Tokyo, when Marcos made an official visit to Japan": a background link
 * ("when", "ketika") stands between the sentence's previous trigger and this one, so this event
 * shares the previous one's history.
 */
export function linkedAfter(found: readonly Candidate[], hit: TriggerHit, view: SentenceView, lex: EventLexicon): boolean {
  const prev = found.at(-1);
  if (!prev) return false;
  for (let k = prev.to; k < hit.from; k++) if (lex.modality.backgroundLinks.has(view.words[k]!)) return true;
  return false;
}
