import type { Actor, Doc } from '../../../core/doc.js';
import { actorsById } from '../actors-by-id.js';
import { tokenKey } from '../phrase-trie.js';
import type { Party, SentenceView } from '../types.js';
import type { TriggerHit } from './02-find-triggers.js';
import { findArguments, type Arguments, type Inherited } from './03-find-arguments.js';
import { LEAD } from '../lexicon.js';
import { departureAfter, envoyIn } from './departure.js';
import { isPunct, listedAt, mentionRange, partiesAt, prepBefore, type ScanContext } from './arguments-scan.js';

/** Words after a welcome searched for its object. */
const OBJECT_REACH = 16;
/** Words after an attack searched for the foreign country it struck in ("struck militant hideouts inside Iran"). */
const ABROAD_REACH = 10;
/** Words after a meeting searched for the way it was held ("held talks with the new South Korean president by telephone"). */
const REMOTE_REACH = 12;
/** Words after a pledge searched for a sum ("pledged on Monday some $40 million"). */
const MONEY_REACH = 6;

/** CAMEO actor codes of a state: a country, or its government, army, legislature, courts or services. */
export const STATE_CODE = /^[A-Z]{3}((GOV|MIL|LEG|JUD|SPY)[A-Z]*)?$/;

/**
 * Whether an actor of the article is a state or an official ("VNM", "IDNGOV"), not farmers or
 * students ("FRAAGR", "IDNEDU").
 */
export function stateTest(doc: Doc): (actorId: string) => boolean {
  const actors = actorsById(doc);
  return (id) => {
    const a = actors.get(id);
    return a !== undefined && (a.kind === 'country' || (a.kind !== 'group' && STATE_CODE.test(a.code ?? '')));
  };
}

/**
 * Reads a trigger's arguments and switches the trigger to the variant they call for, re-reading them
 * when the pattern changes; null when the trigger is no event here.
 * - "Vietnam protests Chinese ships" (state subject) → the trigger's `state` variant (ACCUSE), with an object
 * - "welcomed Premier Li to Parliament House" (object, then a destination) → its `hosting` variant
 * - "pledged $50 million to Ukraine" (a sum of money after the trigger) → its `money` variant (AID)
 * - "issued a heavy rain warning" (a trigger that needs an actor as target, and has none) → null
 */
export function readVariant(ctx: ScanContext, hit: TriggerHit, hits: readonly TriggerHit[], inherited: Inherited, isState: (id: string) => boolean, actors: ReadonlyMap<string, Actor>): Arguments | null {
  let args = findArguments(ctx, hit, hits, inherited);
  if (hit.trigger.state && !args.carried && args.source.length > 0 && allStates(ctx, args.source, isState)) {
    hit.trigger = hit.trigger.state;
    args = findArguments(ctx, hit, hits, inherited);
  }
  // "welcomed Li to Canberra", "menyambut Albanese di Istana": a guest welcomed is hosted; a decision welcomed is praised
  if (hit.trigger.hosting && args.target.length > 0 && (ctx.lex.arrivalPreps.has(ctx.view.words[objectEnd(ctx.view, hit.to, args.target)] ?? '') || personNext(ctx, hit.to, actors))) {
    hit.trigger = hit.trigger.hosting;
  }
  if (hit.trigger.money && moneyAfter(ctx.view.words, hit.to, ctx.lex)) {
    hit.trigger = hit.trigger.money;
    args = findArguments(ctx, hit, hits, inherited);
  } else if (hit.trigger.arms && !ctx.lex.purposeMarkers.has(ctx.view.words[hit.to] ?? '') && materielAfter(ctx.view.words, hit.to, ctx.lex)) {
    // "pledged tanks to Peru" gives them; "promised to continue military aid" is still a promise
    hit.trigger = hit.trigger.arms;
    args = findArguments(ctx, hit, hits, inherited);
  }
  // "blasted a supply boat with water cannon": a weapon as the instrument makes the word force, not criticism
  if (hit.trigger.force && instrumentAfter(ctx.view.words, hit.to, ctx.lex)) {
    hit.trigger = hit.trigger.force;
    args = findArguments(ctx, hit, hits, inherited);
  }
  // "protesters torched a police station", "was demolished by a Peruvian protestor": their force is a violent protest
  if (hit.trigger.riot && !args.carried && args.source.length > 0 && args.source.every((p) => protesterAt(ctx, p))) {
    hit.trigger = hit.trigger.riot;
    args = findArguments(ctx, hit, hits, inherited);
  }
  // "ordered the ambassador to leave" expels; an expelled diplomat cuts relations ("expelled two Russian diplomats")
  // a statement has no object of its own to read: "declared the ambassador persona non grata" is read again as the act
  // ("ordered diplomats from seven countries to leave": diplomats the text names by no country are sent away too)
  if (hit.trigger.departure && (args.target.length > 0 || hit.trigger.pattern === 'speech' || envoyIn(ctx.view.words, hit.to, hit.to + ENVOY_REACH + 1, ctx.lex)) && departureAfter(ctx.view, hit.to, ctx.lex)) {
    const spoken = hit.trigger.pattern === 'speech';
    hit.trigger = hit.trigger.departure;
    if (spoken) args = findArguments(ctx, hit, hits, inherited);
  }
  if (hit.trigger.envoy && envoyTarget(ctx, hit, args.target)) hit.trigger = hit.trigger.envoy;
  // "later called on President Murmu.": an appeal with nothing asked after its object is a courtesy call
  if (hit.trigger.courtesy && args.target.length > 0 && !args.carried && nothingAsked(ctx, objectEnd(ctx.view, hit.to, args.target))) {
    hit.trigger = hit.trigger.courtesy;
    args = findArguments(ctx, hit, hits, inherited);
  }
  // "held talks with Lee by telephone", "bertemu … secara virtual": the meeting's mode is told after it
  if (hit.trigger.remote) {
    const mode = remoteModeAfter(ctx.view, hit.to, hits, ctx.lex);
    if (mode !== undefined) hit.trigger = hit.trigger.remote.get(mode) ?? hit.trigger;
  }
  // "Pakistan strikes militant hideouts inside Iran": force used in another country is used against it
  if (args.target.length === 0 && hit.trigger.plover === 'ASSAULT' && args.source.length > 0) {
    const abroad = countryStruckIn(ctx, hit.to, args.source, actors);
    if (abroad) args.target = abroad;
  }
  // "berterima kasih atas sikap tegas Indonesia", "thanked for Indonesia's support": praise with no object goes to
  // whose deed its reason names
  if (args.target.length === 0 && hit.trigger.plover === 'SUPPORT' && args.source.length > 0) {
    const owner = reasonOwner(ctx, hit.to, args.source);
    if (owner) args.target = owner;
  }
  if (hit.trigger.needsTarget && args.target.length === 0) return null;
  return args;
}

/** Words of a reason phrase searched for whose deed it names ("atas sikap tegas Indonesia"). */
const REASON_REACH = 5;

/** The actor a reason phrase right after `from` names, when it is not the subject's own ("for its support" names none). */
function reasonOwner(ctx: ScanContext, from: number, source: readonly Party[]): Party[] | null {
  const { view, lex } = ctx;
  if (from >= view.words.length || !lex.reasonPreps.has(view.words[from]!)) return null;
  const stop = Math.min(view.words.length, from + 1 + REASON_REACH);
  for (let j = from + 1; j < stop; j++) {
    const w = view.words[j]!;
    if (isPunct(w) || (view.leads[j]! & (LEAD.clauseBreak | LEAD.trigger)) !== 0) return null;
    if (view.mention[j]! < 0 || view.attributed[j]) continue;
    const parties = partiesAt(ctx, j);
    return parties.some((p) => source.some((s) => s.actorId === p.actorId)) ? null : parties;
  }
  return null;
}

/**
 * The first country after `from`, in the clause, named after a locative preposition and not the source's own,
 * when what was struck stands between ("struck hideouts inside Iran"): "soldiers killed in Ukraine" and
 * "victims killed by the crash in Ukraine" tell where someone died, not whom a subject attacked.
 */
function countryStruckIn(ctx: ScanContext, from: number, source: readonly Party[], actors: ReadonlyMap<string, Actor>): Party[] | null {
  const { view, lex } = ctx;
  const stop = Math.min(view.words.length, from + ABROAD_REACH);
  for (let j = from; j < stop; j++) {
    if ((view.leads[j]! & LEAD.clauseBreak) !== 0 || lex.agentMarkers.has(view.words[j]!)) return null;
    if (view.mention[j]! < 0 || view.attributed[j]) continue;
    const [a, b] = mentionRange(view, j);
    j = b - 1;
    const prep = prepBefore(ctx, a);
    if (prep === null || a - 1 <= from || !lex.locativePreps.has(prep) || lex.possessives.has(view.words[b] ?? '')) continue;
    const parties = partiesAt(ctx, a);
    const place = parties.length === 1 ? actors.get(parties[0]!.actorId) : undefined;
    if (place?.kind !== 'country') continue;
    for (const p of source) if (p.actorId === place.id || actors.get(p.actorId)?.country === place.id) return null;
    return parties;
  }
  return null;
}

/**
 * The party's mention ends with a word for protesters ("Protesters", "Peruvian demonstrators"), or is a country modifier
 * right before one ("a Peruvian protestor").
 */
function protesterAt(ctx: ScanContext, p: Party): boolean {
  const { view } = ctx;
  const at = view.mention.indexOf(p.mention);
  if (at < 0) return false;
  const [, b] = mentionRange(view, at);
  return ctx.lex.protesters.has(view.words[b - 1]!) || ctx.lex.protesters.has(view.words[b] ?? '');
}

/** Words after an expulsion read for the diplomats it sends away when they are no actor ("expel each other's top diplomats"). */
const ENVOY_OBJECT_REACH = 6;
/** Words on either side of a target's mention that may name what it is ("two Russian diplomats", "Duta Besar Prancis"). */
const ENVOY_REACH = 3;

/**
 * A target named as a diplomat, by its mention or the words just around it, on the trigger's side of it:
 * "expelled the French ambassador", "mengusir dua diplomat Rusia", "Dubes Prancis diusir".
 */
function envoyTarget(ctx: ScanContext, hit: TriggerHit, target: readonly Party[]): boolean {
  const { view } = ctx;
  // "Canada and India expel each other's top diplomats": the object names diplomats where no actor stands
  for (let k = hit.to; k < Math.min(view.words.length, hit.to + ENVOY_OBJECT_REACH); k++) {
    const w = view.words[k]!;
    if (view.mention[k]! >= 0 || (view.leads[k]! & LEAD.clauseBreak) !== 0 || ctx.lex.coordinators.hasWord(w)) break;
    if (listedAt(ctx.lex.envoys, view.words, k)) return true;
  }
  for (const p of target) {
    const at = view.mention.indexOf(p.mention);
    if (at < 0) continue;
    const [a, b] = mentionRange(view, at);
    const from = a >= hit.to ? Math.max(hit.to, a - ENVOY_REACH) : Math.max(0, a - ENVOY_REACH);
    const to = a >= hit.to ? b + ENVOY_REACH : Math.min(hit.from, b + ENVOY_REACH);
    if (envoyIn(view.words, from, to, ctx.lex)) return true;
  }
  return false;
}

/** Words after a welcome within which its object starts ("welcomed the Chinese premier"). */
const GUEST_REACH = 3;

/** The first actor within a few words after `from` is a person, not a country or a thing ("menyambut Albanese"). */
function personNext(ctx: ScanContext, from: number, actors: ReadonlyMap<string, Actor>): boolean {
  const { view } = ctx;
  for (let j = from; j < Math.min(view.words.length, from + GUEST_REACH); j++) {
    const m = view.mention[j]!;
    if (m < 0) continue;
    const ids = ctx.mentions[m]?.actorIds ?? [];
    if (ids.length === 0 || !ids.every((id) => actors.get(id)?.kind === 'person')) return false;
    const end = mentionRange(view, j)[1];
    // "welcomed President Reagan's statement" welcomes what the person owns
    const after = view.words[end] ?? '';
    return !ctx.lex.reasonPreps.has(after) && !ctx.lex.possessives.has(after);
  }
  return false;
}

/** Every party is a state, not its people: "Chileans protested" are demonstrators, "Chile protested" a government. */
function allStates(ctx: ScanContext, parties: readonly Party[], isState: (id: string) => boolean): boolean {
  for (const p of parties) {
    if (!isState(p.actorId)) return false;
    const text = ctx.mentions[p.mention]?.text;
    if (text !== undefined && ctx.lex.demonyms.has(tokenKey(text))) return false;
  }
  return true;
}

/** The word after the last word, within a short reach after `from`, of the mentions naming `parties` (-1: none). */
function objectEnd(view: SentenceView, from: number, parties: readonly Party[]): number {
  const ids = new Set(parties.map((p) => p.mention));
  let end = -1;
  for (let k = from; k < Math.min(view.words.length, from + OBJECT_REACH); k++) if (ids.has(view.mention[k]!)) end = k;
  return end < 0 ? -1 : end + 1;
}

/** Weapons or other materiel a few words on, in the clause ("pledged a third Patriot system", "menjanjikan tank"). */
function materielAfter(words: readonly string[], from: number, lex: ScanContext['lex']): boolean {
  for (let k = from; k < Math.min(words.length, from + MONEY_REACH); k++) {
    if (lex.clauseBreaks.has(words[k]!)) return false;
    if (listedAt(lex.materiel, words, k)) return true;
  }
  return false;
}

/** Words after a trigger searched for its instrument ("blasted a Philippine supply boat with water cannon"). */
const INSTRUMENT_REACH = 10;

/** A preposition of instruments, then a weapon within two words, in the clause ("with water cannon", "dengan meriam air"). */
function instrumentAfter(words: readonly string[], from: number, lex: ScanContext['lex']): boolean {
  for (let k = from; k < Math.min(words.length, from + INSTRUMENT_REACH); k++) {
    const w = words[k]!;
    if (lex.clauseBreaks.has(w)) return false;
    if (!lex.instrumentPreps.has(w)) continue;
    for (let j = k + 1; j < Math.min(words.length, k + 4); j++) if (listedAt(lex.weapons, words, j)) return true;
  }
  return false;
}

/** The object ends its clause: the sentence's end, punctuation, or a coordinator follows it ("called on Murmu, …"). */
function nothingAsked(ctx: ScanContext, end: number): boolean {
  if (end < 0) return false;
  const next = ctx.view.words[end];
  return next === undefined || isPunct(next) || ctx.lex.coordinators.hasWord(next);
}

/** The remote mode a phrase after the trigger gives, before the clause or a comma ends, or another act begins. */
function remoteModeAfter(view: SentenceView, from: number, hits: readonly TriggerHit[], lex: ScanContext['lex']): string | undefined {
  const { words } = view;
  let next = words.length;
  for (const h of hits) if (h.from >= from && h.from < next) next = h.from;
  for (let k = from; k < Math.min(words.length, from + REMOTE_REACH); k++) {
    // the phrase may itself be a trigger's ("melalui telepon"): it is read before the scan stops there
    const mode = lex.remoteModes.longestValue(words, k);
    if (mode !== undefined || k >= next || (view.leads[k]! & LEAD.clauseBreak) !== 0 || words[k] === ',') return mode;
  }
  return undefined;
}

/** A currency word or sign beside a number ("$ 106", "20 million euros", "rp5"), before a clause break. */
function moneyAfter(words: readonly string[], from: number, lex: ScanContext['lex']): boolean {
  for (let k = from; k < Math.min(words.length, from + MONEY_REACH); k++) {
    const w = words[k]!;
    if (lex.clauseBreaks.has(w)) return false;
    if (lex.currencies.has(w) && (opensWithNumber(words[k + 1]) || opensWithNumber(words[k - 1]) || opensWithNumber(words[k - 2]))) return true;
    // "Rp5 triliun": the sign glued to the sum
    const digits = firstNumber(w);
    if (digits > 0 && lex.currencies.has(w.slice(0, digits))) return true;
  }
  return false;
}

/** The word starts with a number character (`/^\p{N}/u`); ASCII is read without a regex call. */
function opensWithNumber(w: string | undefined): boolean {
  if (w === undefined || w.length === 0) return false;
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return NUMBER_FIRST.test(w);
}

/** Index of the word's first number character, -1 when none (`/\p{N}/u`); an ASCII prefix is read without a regex call. */
function firstNumber(w: string): number {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
    // past ASCII, the regex decides (from the start: the characters before held no number)
    if (c >= 128) return NUMBER.exec(w)?.index ?? -1;
  }
  return -1;
}

const NUMBER_FIRST = /^\p{N}/u;
const NUMBER = /\p{N}/u;
