import type { Mention } from '../../../core/doc.js';
import { LEAD, type EventLexicon } from '../lexicon.js';
import type { Party, SentenceView } from '../types.js';

/** What argument scans need: the sentence, the lexicon, the doc's mentions. */
export interface ScanContext {
  view: SentenceView;
  lex: EventLexicon;
  mentions: readonly Mention[];
}

/** A run of coordinated actors ("Xi and Putin") at words [from, to). */
export interface Group {
  parties: Party[];
  from: number;
  to: number;
  /** The preposition before the group, if any ("with", "dengan", "by"). */
  prep: string | null;
}

/**
 * The empty party list. Party lists are never changed in place, so one serves everywhere; it is made from
 * a list of objects, so it has the object-array map of every other party list: the scans that read lists
 * optimised while seeing only those are not thrown back to the interpreter by a list of another map.
 */
export const NO_PARTIES: Party[] = objectList();

function objectList(): Party[] {
  const list: Party[] = [{ actorId: '', mention: -1 }];
  list.pop();
  return list;
}

/** Words looked back for a subject. */
export const SUBJECT_REACH = 40;

/** Word range [from, to) of the mention covering word `j`. */
export function mentionRange(view: SentenceView, j: number): [number, number] {
  const m = view.mention[j]!;
  let a = j;
  let b = j + 1;
  while (a > 0 && view.mention[a - 1] === m) a--;
  while (b < view.words.length && view.mention[b] === m) b++;
  return [a, b];
}

/**
 * Word `k`, or words `k` and `k + 1` as a two-word phrase, is in `list` (pack lists such as materiel, envoys and
 * departures hold both: "tanks", "air defence"; "ambassador", "duta besar").
 */
export function listedAt(list: ReadonlySet<string>, words: readonly string[], k: number): boolean {
  const w = words[k]!;
  // the pair is made only after a word that opens one of the list's two-word entries: most words open none
  return list.has(w) || (k + 1 < words.length && pairOpeners(list).has(w) && list.has(`${w} ${words[k + 1]!}`));
}

// Per list (the pack's lists and each trigger's object words, compiled once), the words before the first space of its
// entries: a view's words hold no space, so only these can open a listed pair.
const openers = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

// The list read last: a scan reads one list at word after word.
let lastList: ReadonlySet<string> | undefined;
let lastOpeners: ReadonlySet<string> = new Set();

function pairOpeners(list: ReadonlySet<string>): ReadonlySet<string> {
  if (list === lastList) return lastOpeners;
  let first = openers.get(list);
  if (first === undefined) {
    const words = new Set<string>();
    for (const entry of list) {
      const space = entry.indexOf(' ');
      if (space >= 0) words.add(entry.slice(0, space));
    }
    openers.set(list, (first = words));
  }
  lastList = list;
  lastOpeners = first;
  return first;
}

/**
 * The preposition governing a mention that starts at word `a`, looking back over at most three
 * non-function words ("with the Chinese leader Xi" → "with", a hyphened compound counted once) and not before
 * word `floor`; null when none.
 * A pronoun takes no words before it in its phrase: "On Thursday he held talks" is no "on … he".
 */
export function prepBefore(ctx: ScanContext, a: number, floor = 0): string | null {
  const { view, lex } = ctx;
  const reach = ctx.mentions[view.mention[a]!]?.resolution === 'pronoun' ? 1 : 3;
  for (let k = a - 1, seen = 0; k >= floor && seen < reach; k--, seen++) {
    const w = view.words[k]!;
    const leads = view.leads[k]!;
    // most words are none of the six preposition lists: one bit says so
    if ((leads & LEAD.preposition) !== 0) {
      // "on the sidelines of the G20": a venue noun before "of" makes the phrase a place
      if (lex.objectPreps.has(w) && k > 0 && lex.locativePreps.has(view.words[k - 1]!) && view.mention[k - 1]! < 0) return view.words[k - 1]!;
      // "Thousands of Chilean troops held drills": a count before "of" leaves the actor bare, the clause's subject
      if (k > 0 && k === a - 1 && lex.quantities.has(view.words[k - 1]!)) return null;
      return w;
    }
    // "said on Monday that Bolivia had …": a clause opened by "that" starts a new subject
    if ((leads & (LEAD.clauseBreak | LEAD.coordinator)) !== 0 || isPunct(w) || lex.relativePronouns.has(w)) return null;
    // "of the Israeli-occupied West Bank": a hyphened compound is one word of the phrase
    if ((leads & LEAD.hyphenBefore) !== 0) seen--;
  }
  return null;
}

/**
 * The actors named by the mention at word `j` (group mentions name several). The list is made once per
 * mention and shared by every scan and candidate that reads it: copy it to change it. (Not frozen: a
 * frozen array's for-of allocates an iterator step per element.)
 */
export function partiesAt(ctx: ScanContext, j: number): Party[] {
  const mi = ctx.view.mention[j]!;
  const lists = partyListsOf(ctx.mentions);
  let parties = lists[mi];
  if (parties === undefined) {
    const ids = ctx.mentions[mi]?.actorIds ?? NO_IDS;
    // one actor, the common case: a list of its exact size, where a push into an empty list reserves room for 17
    if (ids.length === 1) parties = [{ actorId: ids[0]!, mention: mi }];
    else {
      // pushed, not mapped: an optimised map() makes a holey list, whose map the scans reading lists deoptimise on
      parties = [];
      for (const actorId of ids) parties.push({ actorId, mention: mi });
      if (parties.length === 0) parties = NO_PARTIES;
    }
    if (mi >= 0 && mi < lists.length) lists[mi] = parties;
  }
  return parties;
}

const NO_IDS: readonly string[] = [];

// The doc being read (its mentions layer, set once by the actors stage) and the parties of each of its mentions:
// every scan of its sentences reads them, and the next doc's replace them (a map by doc cost a look-up per call).
let listsFor: readonly Mention[] | undefined;
let docLists: Array<Party[] | undefined> = [];

function partyListsOf(mentions: readonly Mention[]): Array<Party[] | undefined> {
  if (mentions !== listsFor) {
    listsFor = mentions;
    docLists = new Array(mentions.length);
  }
  return docLists;
}

/**
 * The nearest coordinated group ending before word `end` and after `floor`, skipping actors in
 * prepositional phrases ("in Beijing", "with Xi") and attributions.
 * @example "Xi and Putin held talks" (end = 3) → [Xi, Putin]
 */
export function groupBefore(ctx: ScanContext, end: number, floor: number): Group | null {
  const { view } = ctx;
  // a subject sits within a clause's reach: bounded, so a giant unsplit sentence stays linear
  for (let j = end - 1; j >= Math.max(floor, end - SUBJECT_REACH); j--) {
    // 'posted his "warm congratulations"': a quote mark opening a phrase after its determiner quotes words, not a speaker
    if (QUOTE_MARKS.has(view.words[j]!) && j > 0 && quotedPhrase(ctx, j)) continue;
    // "Faki, Rabu (3/1), menyerukan …": a date in brackets right before the verb closes no clause
    const opened = view.words[j] === ')' && (j === end - 1 || (j === end - 2 && view.words[end - 1] === ',')) ? datedBracketStart(view, j) : -1;
    if (opened >= 0) {
      j = opened;
      continue;
    }
    if ((view.leads[j]! & LEAD.clauseBreak) !== 0) return null;
    if (view.mention[j]! < 0 || view.attributed[j]) continue;
    const [a, b] = mentionRange(view, j);
    if (compoundModifier(ctx, b)) {
      j = a;
      continue;
    }
    // "Faye's main rival conceded": the possessor of someone else is not the one who acts, and that one has no name
    // here (an empty group: no subject to carry over either)
    if (ownsOther(ctx, b, end)) return { parties: [], from: a, to: b, prep: null };
    // "Chile on Monday accused Peru of an attack": a preposition before the last verb is not Peru's; one ending
    // the verb's phrase is ("berkunjung ke China")
    const group = extendBackward(ctx, { parties: partiesAt(ctx, j), from: a, to: b, prep: prepBefore(ctx, a, Math.max(0, floor - 1)) }, floor);
    // "visits from French and German ministers": a group inside a prepositional phrase is no subject
    if (group.prep !== null) {
      j = group.from;
      continue;
    }
    return group;
  }
  return null;
}

/** The quote mark at word `j` opens a quoted phrase: a determiner or a possessive pronoun stands right before it. */
function quotedPhrase(ctx: ScanContext, j: number): boolean {
  const w = ctx.view.words[j - 1]!;
  return ctx.lex.determiners.has(w) || ctx.lex.possessivePronouns.has(w);
}

/** Words after an actor's possessive, before `end`, name another person of the actor's ("Faye's main rival"). */
function ownsOther(ctx: ScanContext, b: number, end: number): boolean {
  const { view, lex } = ctx;
  if (b >= end || !lex.possessives.has(view.words[b]!)) return false;
  for (let k = b + 1; k < end; k++) if (lex.othersOf.has(view.words[k]!)) return true;
  return false;
}

/** "A, B and C", "A, B, and C": walks back over coordinators; a comma counts only once an "and" was crossed. */
function extendBackward(ctx: ScanContext, group: Group, floor: number): Group {
  const { view, lex } = ctx;
  let sawAnd = view.title; // headlines coordinate with commas alone: "Xi, Macron discuss Ukraine"

  for (;;) {
    let k = group.from - 1;
    // "the Chile-Peru talks": a mention joined by a hyphen to the one before names the other side of a pair
    if (hyphenPair(ctx, group.from) && k >= floor) {
      const [a] = mentionRange(view, k);
      group.parties = [...partiesAt(ctx, k), ...group.parties];
      group.from = a;
      group.prep = prepBefore(ctx, a, Math.max(0, floor - 1));
      continue;
    }
    // "Modi and his British counterpart Keir Starmer": a possessive title stands between "and" and the name
    k = afterPossessiveTitle(ctx, k, floor);
    if (k - 1 < floor) return group;
    const w = view.words[k]!;
    const isComma = w === ',';
    if ((view.leads[k]! & LEAD.coordinator) === 0 || (isComma && !sawAnd)) return group;
    if (!isComma && view.words[k - 1] === ',' && k - 2 >= floor) k--; // the serial comma before "and"
    if (view.mention[k - 1]! < 0) return group;
    const [a] = mentionRange(view, k - 1);
    const prep = prepBefore(ctx, a, Math.max(0, floor - 1));
    if (prep !== null && (lex.locativePreps.has(prep) || lex.topicPreps.has(prep))) return group;
    if (!isComma) sawAnd = true;
    group.parties = [...partiesAt(ctx, k - 1), ...group.parties];
    group.from = a;
    group.prep = prep;
  }
}

/** Words of a title after a possessive pronoun ("his British counterpart"). */
const TITLE_WORDS = 3;

/** The word before "his … counterpart" when words k, k-1 … hold such a title; else k. */
function afterPossessiveTitle(ctx: ScanContext, k: number, floor: number): number {
  const { view, lex } = ctx;
  for (let j = k; j >= Math.max(floor, k - TITLE_WORDS); j--) {
    const w = view.words[j]!;
    if (lex.possessivePronouns.has(w)) return j - 1 >= floor && lex.coordinators.hasWord(view.words[j - 1]!) && view.words[j - 1] !== ',' ? j - 1 : k;
    if (isPunct(w) || lex.coordinators.hasWord(w) || (view.mention[j]! >= 0 && ctx.mentions[view.mention[j]!]?.modifier !== true)) return k;
  }
  return k;
}

/**
 * The first group after word `start` (before `ceiling`), within `reach` words, outside locative
 * phrases; with `needPrep` only a group introduced by a preposition ("talks with X"); prepositions before
 * `prepFloor` govern none of them.
 */
export function groupAfter(ctx: ScanContext, start: number, ceiling: number, needPrep: boolean, reach = 12, targetPreps = false, prepFloor = 0): Group | null {
  const { view, lex } = ctx;
  const stop = Math.min(ceiling, start + reach, view.words.length);
  for (let j = start; j < stop; j++) {
    const w = view.words[j]!;
    // "membatalkan nota kesepahaman (MoU) antara Ethiopia dan …": a short aside in brackets opens no clause
    const bracket = w === '(' ? bracketEnd(view, j) : -1;
    if (bracket >= 0) {
      j = bracket;
      continue;
    }
    if ((view.leads[j]! & LEAD.clauseBreak) !== 0 && j > start) return null;
    // "criticised the raid, and the OAS said …": a comma and a coordinator before any actor open a new clause
    // ("…, bersama Prabowo" is a companion, not a clause)
    if (w === ',' && j > start && j + 1 < stop && view.words[j + 1] !== ',' && lex.coordinators.hasWord(view.words[j + 1]!) && !lex.companions.has(view.words[j + 1]!)) return null;
    // "exchanged views on their ties with the US": a "with" after a topic belongs to the topic
    // "imposed new sanctions on Khamenei": a hostile noun's target may follow "on" or "against"
    if (needPrep && lex.topicPreps.has(w) && !(targetPreps && lex.targetPreps.has(w))) return null;
    if (view.mention[j]! < 0 || view.attributed[j]) continue;
    const [a, b] = mentionRange(view, j);
    // "met in Rio de Janeiro, Brazil": the country after a place in a locative phrase is part of that place;
    // "met his Japanese counterpart": the possessor is not the one met, the actor it determines is
    if ((a > 0 && view.words[a - 1] === ',' && placeBeforeComma(ctx, a - 1)) || compoundModifier(ctx, b) || prefixedModifier(ctx, a, b) || possessiveDeterminer(ctx, a, b)) {
      j = b - 1;
      continue;
    }
    const prep = prepBefore(ctx, a, prepFloor);
    // "in Beijing", "on Ukraine" are asides; "fired at Russia" names the target of an attack or threat
    const aside = prep !== null && (lex.locativePreps.has(prep) || lex.topicPreps.has(prep)) && !(targetPreps && lex.targetPreps.has(prep));
    if (aside || (needPrep && (prep === null || !(lex.nounPreps.has(prep) || (targetPreps && lex.targetPreps.has(prep)))))) {
      j = b - 1;
      continue;
    }
    // "leaders of Egypt's Muslim Brotherhood": the possessor names whose the actor after it is
    const owned = b + 1 < view.words.length && lex.possessives.has(view.words[b]!) && view.mention[b + 1]! >= 0 && !view.attributed[b + 1] && !joined(ctx, b + 1) ? b + 1 : -1;
    if (owned >= 0) return extendForward(ctx, { parties: partiesAt(ctx, owned), from: a, to: mentionRange(view, owned)[1], prep }, stop + 4);
    return extendForward(ctx, { parties: partiesAt(ctx, j), from: a, to: b, prep }, stop + 4);
  }
  return null;
}

/** Words a bracketed aside may hold and still be one: an abbreviation or a short gloss ("(MoU)", "(IEU-CEPA)"). */
const ASIDE_WORDS = 3;

/**
 * The closing bracket of a short aside opened at word `open`, else -1. A bracketed date ("Rabu (14/5) malam bersama …")
 * is no aside: it closes the act's clause, and what follows it is not the act's object.
 */
function bracketEnd(view: SentenceView, open: number): number {
  for (let k = open + 1; k < view.words.length && k <= open + ASIDE_WORDS + 1; k++) {
    const w = view.words[k]!;
    if (w === ')') return k > open + 1 ? k : -1;
    if (w === '(' || w === '.' || w === ',' || isDigit(w.charCodeAt(0))) return -1;
  }
  return -1;
}

/** Words a bracketed date holds ("(3/1)", "(21/10/2024)", "( 3 / 1 )"). */
const DATE_WORDS = 5;

/** The "(" opening the bracket closed at `close` when only numbers and their separators stand inside; else -1. */
function datedBracketStart(view: SentenceView, close: number): number {
  for (let k = close - 1; k >= 0 && k >= close - DATE_WORDS - 1; k--) {
    const w = view.words[k]!;
    if (w === '(') return k < close - 1 ? k : -1;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!isDigit(c) && c !== 0x2f && c !== 0x2d && c !== 0x2e) return -1; // digits, "/", "-", "."
    }
  }
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The mention at word `k` only names the body a noun of joining is about ("Sweden's NATO bid"). */
function joined(ctx: ScanContext, k: number): boolean {
  const after = mentionRange(ctx.view, k)[1];
  return after < ctx.view.words.length && ctx.lex.joinNouns.has(ctx.view.words[after]!);
}

/** "met X, Y and Z" / "antara X dan Y": walks forward over coordinators. */
function extendForward(ctx: ScanContext, group: Group, ceiling: number): Group {
  const { view, lex } = ctx;
  for (;;) {
    const k = group.to;
    // "perundingan Rusia-Ukraina": the mention after a joining hyphen is the other side of a pair
    if (k < Math.min(ceiling, view.words.length) && hyphenPair(ctx, k)) {
      const [, b] = mentionRange(view, k);
      group.parties = [...group.parties, ...partiesAt(ctx, k)];
      group.to = b;
      continue;
    }
    if (k + 1 >= Math.min(ceiling, view.words.length)) return group;
    const w = view.words[k]!;
    // "Norwegia, Irlandia, dan Spanyol", "X, Y, and Z": the list's last comma stands before its coordinator
    if (w === ',' && group.parties.length > 1 && k + 2 < Math.min(ceiling, view.words.length) && oxfordCoordinator(ctx, k + 1)) {
      group.to = k + 1;
      continue;
    }
    if (!lex.coordinators.hasWord(w) || lex.companions.has(w) || view.mention[k + 1]! < 0) return group;
    const [, b] = mentionRange(view, k + 1);
    // "protest notes to Zagreb, Tirana over …": a headline lists with commas alone, up to a preposition or its end
    if (w === ',' && !lex.coordinators.hasWord(view.words[b] ?? '') && !(view.title && (b >= view.words.length || (view.leads[b]! & LEAD.preposition) !== 0))) return group;
    group.parties = [...group.parties, ...partiesAt(ctx, k + 1)];
    group.to = b;
  }
}

/** Word `k` is a coordinator word (no comma, no companion) right before a name: the end of a list after its last comma. */
function oxfordCoordinator(ctx: ScanContext, k: number): boolean {
  const { view, lex } = ctx;
  const w = view.words[k]!;
  return w !== ',' && lex.coordinators.hasWord(w) && !lex.companions.has(w) && view.mention[k]! < 0 && view.mention[k + 1]! >= 0;
}

/**
 * "a government-held town", "Iran-backed militias": a mention ending at word `b` joined by a hyphen to a plain word
 * modifies what follows and is no party ("US-China talks" joins two actors, and "the US-led coalition" acts, so both stay).
 */
function compoundModifier(ctx: ScanContext, b: number): boolean {
  const { view } = ctx;
  return b < view.words.length && (view.leads[b]! & LEAD.hyphenBefore) !== 0 && view.mention[b]! < 0 && !isPunct(view.words[b]!) && !ctx.lex.actingCompounds.has(view.words[b]!);
}

/**
 * "by pro-Russia rebels", "anti-government protesters": a mention [a, b) joined by a hyphen to a plain word before it,
 * right before another mention, tells what that actor stands for and is no party itself.
 */
function prefixedModifier(ctx: ScanContext, a: number, b: number): boolean {
  const { view } = ctx;
  return a > 0 && (view.leads[a]! & LEAD.hyphenBefore) !== 0 && view.mention[a - 1]! < 0 && !isPunct(view.words[a - 1]!) && b < view.words.length && view.mention[b]! >= 0;
}

/**
 * The one-word mention [a, b) is a possessive pronoun right before another actor ("his Japanese counterpart"):
 * it names whose the actor is. Before a plain noun it stays the party ("praised her leadership").
 */
function possessiveDeterminer(ctx: ScanContext, a: number, b: number): boolean {
  const { view } = ctx;
  return b === a + 1 && b < view.words.length && view.mention[b]! >= 0 && ctx.lex.possessivePronouns.has(view.words[a]!);
}

/**
 * Word `j` opens a mention joined by a hyphen to another mention right before it ("US-China", "RI-Australia"):
 * two sides named as a pair, unlike an actor joined to a plain word ("US-led", "Iran-backed").
 */
export function hyphenPair(ctx: ScanContext, j: number): boolean {
  const { view } = ctx;
  if (j === 0 || (view.leads[j]! & LEAD.hyphenBefore) === 0) return false;
  const m = view.mention[j]!;
  const before = view.mention[j - 1]!;
  return m >= 0 && before >= 0 && m !== before && !view.attributed[j] && !view.attributed[j - 1];
}

/** True for a punctuation key. */
export function isPunct(w: string): boolean {
  // most keys start with an ASCII letter or digit: no regex call for them
  const c = w.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) return false;
  return !LETTER_OR_DIGIT.test(w);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words of a place name between a locative preposition and a comma ("in Rio de Janeiro ,"). */
const PLACE_WORDS = 4;

/** A locative phrase naming no actor ends at the comma at `comma` ("in Kananaskis ,", "di Gyeongju ,"). */
function placeBeforeComma(ctx: ScanContext, comma: number): boolean {
  const { view, lex } = ctx;
  for (let m = comma - 1, n = 0; m >= 0 && n <= PLACE_WORDS; m--, n++) {
    const w = view.words[m]!;
    if (view.mention[m]! >= 0 || isPunct(w)) return false;
    if (lex.locativePreps.has(w)) return n > 0;
  }
  return false;
}

/** Words (adjectives, determiners, a count) that may stand between a framing preposition and its event noun ("after two days of talks"). */
const FRAME_GAP = 3;

/**
 * A framing preposition of the pack ends at most `FRAME_GAP` words before the event noun at `from`, within the clause
 * ("setelah perundingan", "at a meeting", "during a video call"); with `namesStop`, an actor named in between ends the
 * search too.
 */
export function framedNoun(view: SentenceView, lex: EventLexicon, from: number, namesStop: boolean): boolean {
  const words = view.words;
  for (let end = from; end >= Math.max(0, from - FRAME_GAP); end--) {
    if (end < from && (isPunct(words[end]!) || (namesStop && view.mention[end]! >= 0))) return false;
    for (let start = end - 1; start >= Math.max(0, end - 2); start--) if (lex.framingPreps.lengthAt(words, start) === end - start) return true;
  }
  return false;
}

/** Quotation marks as match keys. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»']);

