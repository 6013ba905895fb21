import { LEAD, type EventLexicon, type Trigger } from '../lexicon.js';
import { endsWithAny } from '../ends-with-any.js';
import type { SentenceView } from '../types.js';
import { listedAt, QUOTE_MARKS } from './arguments-scan.js';
import { departureAfter } from './departure.js';

/** A trigger phrase found at words [from, to) of a sentence view. */
export interface TriggerHit {
  trigger: Trigger;
  from: number;
  to: number;
  /** The trigger bore an enclitic ("pertemuannya") or followed a possessive pronoun ("his visit"). */
  owned: boolean;
}

/**
 * Finds trigger phrases left to right, longest first, outside attributions and outside actor
 * names ("Shanghai Cooperation Organisation" holds no "cooperation" event).
 * @example "Putin held talks with Xi" → [{trigger: talks, from: 2, to: 3}]
 */
export function findTriggers(view: SentenceView, lex: EventLexicon): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const { words } = view;
  for (let i = 0; i < words.length; i++) {
    // most words start no trigger: their bits are read first, their mention and attribution only when one may start
    const leads = view.leads[i]!;
    if ((leads & (LEAD.trigger | LEAD.enclitic)) === 0 || view.attributed[i] || view.mention[i]! >= 0) continue;
    // the phrase's length, then its value: no result object for each word looked up (most start no phrase)
    let length = leads & LEAD.trigger ? lex.triggers.lengthAt(words, i) : 0;
    let value = length > 0 ? lex.triggers.longestValue(words, i) : undefined;
    let owned = true;
    if (value !== undefined) owned = i > 0 && lex.possessivePronouns.has(words[i - 1]!);
    else {
      // the view marks the few words an enclitic hides a trigger in
      if ((leads & LEAD.enclitic) === 0) continue;
      value = withoutEnclitic(words, i, lex);
      if (value === undefined) continue;
      length = 1;
    }
    // "massed troops", "deployed troops": an agent noun wholly inside the phrase is part of it
    let inName = false;
    let end = i + length;
    for (let k = i; k < end; k++) if (view.mention[k]! >= 0 && view.mention[end] === view.mention[k]) inName = true;
    if (inName) {
      // "mengusir Duta Besar Afrika Selatan Ebrahim Rasool": the phrase runs into a name; its first word may be a trigger alone
      const single = length > 1 ? lex.triggers.wordValue(words[i]!) : undefined;
      if (single === undefined) continue;
      value = single;
      length = 1;
      end = i + 1;
    }
    // "Iran-backed militias", "a government-held town": an actor joined to a participle describes, it reports no act
    if (i > 0 && (view.leads[i]! & LEAD.hyphenBefore) !== 0 && view.mention[i - 1]! >= 0) continue;
    // "frees jailed U.S. teacher", "the agreed text": a participle before its noun describes it, it reports no act
    if (length === 1 && !value.noun && attributive(words, i, hits, lex)) continue;
    // "strikes a balance": the phrase hides its trigger word and is no event of its own
    if (value.none) {
      i += length - 1;
      continue;
    }
    // "launched a campaign" is no attack; "launched some 40 missiles" is
    if (value.needsWeapon && !weaponAfter(words, end, lex)) continue;
    // "gave a speech" is no event; "gave the ambassador 48 hours to leave" expels; "gave the junta one week to reinstate
    // the president" is an ultimatum
    let trigger: Trigger | undefined = value;
    if (value.needsDeparture && !departureAfter(view, end, lex)) {
      if (value.ultimatum === undefined || !deadlineAfter(words, end, lex)) continue;
      trigger = value.ultimatum;
    }
    // "closed Russia's last consulate" cuts relations; "closed the border" does not
    // "suspended its membership", "suspended aid": the first of the words' triggers whose object follows
    while (trigger !== undefined && trigger.objectWords !== null && !objectAfter(words, end, trigger.objectWords, lex)) trigger = trigger.orElse;
    if (trigger === undefined) continue;
    // "released a statement", "a statement released late on Tuesday": what the act is done to makes it none
    if (trigger.notObjectWords !== null && (objectAfter(words, end, trigger.notObjectWords, lex) || (i > 0 && trigger.notObjectWords.has(words[i - 1]!)))) continue;
    hits.push({ trigger, from: i, to: i + length, owned });
    i += length - 1;
  }
  return hits;
}

/**
 * A one-word participle right after a determiner or a possessive ("the jailed teacher", "his detained son") or right
 * after another trigger ("frees jailed U.S. teacher"), with a word after it for it to describe.
 */
function attributive(words: readonly string[], i: number, hits: readonly TriggerHit[], lex: EventLexicon): boolean {
  const w = words[i]!;
  if (i === 0 || i + 1 >= words.length || !endsWithAny(w, lex.reducedParticipleEndings)) return false;
  const before = words[i - 1]!;
  if (lex.determiners.has(before) || lex.possessivePronouns.has(before)) return true;
  const last = hits.at(-1);
  return last !== undefined && last.to === i && !last.trigger.noun;
}

/** Words after a launch searched for its weapon and where it was sent ("meluncurkan lebih dari 300 drone ke arah"). */
const WEAPON_REACH = 8;

/**
 * A weapon noun, then a preposition sending it somewhere ("at", "ke arah"), within a short reach after
 * `from` and before a clause break: "launched a drone for buyers" sells one, "launched drones at X" attacks.
 */
function weaponAfter(words: readonly string[], from: number, lex: EventLexicon): boolean {
  let weapon = false;
  for (let k = from; k < Math.min(words.length, from + WEAPON_REACH); k++) {
    const w = words[k]!;
    if (lex.clauseBreaks.has(w)) return false;
    if (lex.weapons.has(w)) weapon = true;
    else if (weapon && lex.weaponPreps.has(w)) return true;
  }
  return false;
}

/** Words after a trigger searched for the object it needs ("shut Russia's last remaining consulate"). */
export const OBJECT_REACH = 5;

/** A word or two-word phrase of `objects` within a short reach after `from`, before any punctuation or clause break. */
function objectAfter(words: readonly string[], from: number, objects: ReadonlySet<string>, lex: EventLexicon): boolean {
  for (let k = from; k < Math.min(words.length, from + OBJECT_REACH); k++) {
    const w = words[k]!;
    if (listedAt(objects, words, k)) return true;
    // 'vows "response"': quotation marks around the object do not end the reach
    if (QUOTE_MARKS.has(w)) continue;
    if (lex.clauseBreaks.has(w) || w === ',' || w === '.') return false;
  }
  return false;
}

/** Words after a trigger searched for a deadline given ("gave the military officers who seized power one week to"). */
const DEADLINE_REACH = 12;

/** Words between the deadline and the purpose it is given for ("satu pekan kepada junta Niger untuk"). */
const PURPOSE_GAP = 5;

/** A span of time, then "to"/"untuk" a few words on, within a reach after `from` ("one week to", "satu pekan kepada junta untuk"). */
function deadlineAfter(words: readonly string[], from: number, lex: EventLexicon): boolean {
  const stop = Math.min(words.length, from + DEADLINE_REACH);
  let deadline = -1;
  for (let k = from; k < stop; k++) {
    const w = words[k]!;
    if (w === '.' || w === ';') return false;
    if (lex.deadlines.has(w)) deadline = k;
    else if (deadline >= 0 && k - deadline <= PURPOSE_GAP && lex.purposeMarkers.has(w)) return true;
  }
  return false;
}

/** "pertemuannya" → "pertemuan": a one-word trigger under an enclitic listed in the pack. */
function withoutEnclitic(words: readonly string[], i: number, lex: EventLexicon): Trigger | undefined {
  const w = words[i]!;
  for (const e of lex.enclitics) {
    if (w.length <= e.length + 3 || !w.endsWith(e)) continue;
    const value = lex.triggers.wordValue(w.slice(0, -e.length));
    if (value !== undefined) return value;
  }
  return undefined;
}
