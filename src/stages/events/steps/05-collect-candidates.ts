import type { Actor, Doc, Token } from '../../../core/doc.js';
import { actorsById } from '../actors-by-id.js';
import { LEAD, type EventLexicon } from '../lexicon.js';
import type { Candidate, Party, SentenceView } from '../types.js';
import { endsWithAny } from '../ends-with-any.js';
import { framedNoun, groupAfter, isPunct, listedAt, NO_PARTIES, QUOTE_MARKS, SUBJECT_REACH, type ScanContext } from './arguments-scan.js';
import { findTriggers, OBJECT_REACH, type TriggerHit } from './02-find-triggers.js';
import { agentEnd, definiteUse, type Inherited } from './03-find-arguments.js';
import { linkedAfter, readModality } from './04-read-modality.js';
import { readClaims } from './revise-claims.js';
import { readCensures } from './revise-censures.js';
import { readVariant, stateTest } from './trigger-variants.js';

/**
 * Finds every trigger with its arguments and modality, sentence by sentence, carrying the last
 * subject forward so "Li … Telah tiba di Hanoi" keeps Li as the traveller.
 * Statements are kept only where the sentence reports nothing else ("X said Y met Z" codes the meeting).
 */
export function collectCandidates(doc: Doc, views: readonly SentenceView[], lex: EventLexicon): Candidate[] {
  const out: Candidate[] = [];
  const mentions = doc.mentions ?? [];
  const tokens = doc.tokens ?? [];
  let carry: Party[] = NO_PARTIES;
  // the last two sides named together: what "the two" and "keduanya" point back to
  let pair: Party[] = NO_PARTIES;
  // the headline and the lead's two sentences may report a statement that is itself the news
  const firstBody = views.find((v) => !v.title)?.index ?? 0;
  const leadEnd = firstBody + 1;
  const isState = stateTest(doc);
  const actors = actorsById(doc);
  const stateOf = (id: string): string | null => stateActing(actors.get(id));
  // what each trigger may fall back on, rewritten for each: the scans read it and keep nothing of it
  const inherited: Inherited = { parties: NO_PARTIES, sameSentence: false };
  for (const view of views) {
    const ctx: ScanContext = { view, lex, mentions };
    const hits = absorbObjectNouns(findTriggers(view, lex), view, lex);
    // a sentence without a trigger only passes on who it is about
    if (hits.length === 0) {
      const own = topicSubject(ctx);
      if (own.length > 0) carry = own;
      continue;
    }
    let speaker: Party[] | undefined;
    let anaphorSeen = false;
    // read only for a statement past the lead: most sentences never need the scan
    let quoted: boolean | undefined;
    const found: Candidate[] = [];
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      // "Dalam pertemuan itu, kedua pemimpin menyaksikan penandatanganan": a bare event noun names nobody to inherit
      const last = lastActing(found);
      const afterAnaphor = anaphorSeen;
      // "Chile said they had shelled Peru": a reported act falls back on the speaker (verbs only)
      const speakerFirst = hit.trigger.noun ? undefined : firstSpeaker(found);
      // "The two last met in June": a plural subject no actor mention covers means the last two sides named together
      // "Israel announced it would free …": a verb reported right after its speaker's verb falls back on the speaker
      const reporter = hit.trigger.noun ? announcedBy(found, view, hit, lex) : reportedBy(found, view, hit, lex) ?? speakerParticiple(found, view, hit, lex);
      const inherit = reporter ? reporter.source : last ? inheritedFrom(last) : speakerFirst ? speakerFirst.source : pair.length > 1 && pluralSubject(view, hit, lex) ? pair : carry;
      // a title names its own actors, but "Trump pauses tariffs after call with Sheinbaum": an event noun framed after the
      // title's act shares that act's subject
      const framedInTitle = view.title && hit.trigger.noun && framedNoun(view, lex, hit.from, true);
      inherited.parties = view.title ? (framedInTitle ? last ? inherit : titleSubject(ctx, hit.from) : NO_PARTIES) : inherit;
      inherited.sameSentence = last !== undefined || speakerFirst !== undefined || reporter !== undefined || afterAnaphor || framedInTitle;
      const args = readVariant(ctx, hit, hits, inherited, isState, actors);
      if (!args) continue;
      // "a powerful earthquake late on Sunday killed more than 800 people": nature is no actor
      if (hit.trigger.plover === 'ASSAULT' && naturalCause(view, lex, hit.from)) continue;
      // "held a virtual meeting to discuss …": the purpose restates the event
      // "Terima Telepon Menlu Iran, Bahas Serangan Israel": a discussion after a comma is what the call talked about
      if (last && restates(last, hit) && hit.from > 0 && (lex.purposeMarkers.has(view.words[hit.from - 1]!) || (hit.trigger.objectPrep && !hit.trigger.noun && view.words[hit.from - 1] === ','))) continue;
      const purpose = afterPurpose(view, lex, hit.from);
      // "summoned the envoy to convey a protest": a statement only intended, by a speaker the scan cannot tell
      if (purpose && hit.trigger.pattern === 'speech') continue;
      // "summoned the Japanese envoy to lodge a protest": the purpose is the subject's, not the object's
      if (purpose && last && SUBJECT_PURPOSE.has(last.trigger.plover) && !args.carried && sameParties(args.source, last.target)) {
        args.source = last.source;
        args.target = args.target.filter((t) => !last.source.some((s) => s.actorId === t.actorId));
        if (args.target.length === 0) args.target = last.target;
      }
      // a statement needs a speaker named in its own sentence
      if (hit.trigger.pattern === 'speech' && args.carried) continue;
      // "\"…,\" Kishida told reporters": a quote past the lead goes to `quotes`, not to an event of its own
      if (hit.trigger.pattern === 'speech' && view.index > leadEnd && (quoted ??= hasQuoteMark(view))) {
        // '"…," Macron said. He also invited Lula …': the speaker is still who the next sentence is about
        if (args.source.length > 0 && !args.carried) speaker ??= args.source;
        continue;
      }
      const governed = governedBy(hits, h, view, lex);
      // "Japan protested to China over the incursion": the act complained about is not the complainer's
      if (governed && args.carried) {
        args.source = NO_PARTIES;
        args.carried = false;
      }
      const anaphor = args.source.length === 0 && args.target.length === 0;
      // a verb whose actors the article does not name ("Demonstrators blocked roads") is still an event; a bare statement is not
      if (anaphor && !hit.trigger.noun && hit.trigger.pattern === 'speech') continue;
      // modality and history are read only for a trigger that stays an event
      const reading = readModality(view, hit, lex);
      let { modality } = reading;
      // "will fly to Canberra on Friday before meeting Albanese": an act hung on a planned one by "before" is planned too
      const before = found.length > 0 ? found[found.length - 1]! : undefined;
      if (modality === 'actual' && before?.modality === 'planned' && hit.from > 0 && lex.modality.sequenceLinks.has(view.words[hit.from - 1]!)) modality = 'planned';
      // "a letter inviting him for a second state visit", "an invitation for talks": what an invitation offers is not done
      if (modality === 'actual' && before !== undefined && offeredBy(before, hit, view, lex)) modality = 'planned';
      const linked = linkedAfter(found, hit, view, lex);
      const background = reading.background || (linked && before!.background);
      // "a day after Beijing summoned …", "after Modi held talks": the framing link opening the act's clause
      const link = hit.trigger.noun ? heldInFrame(view, lex, hit.from) : framingClause(view, lex, hit.from);
      // "… as Marcos meets Modi": a meeting or visit at the same time is an occasion; "Zelensky thanks Scholz as Germany
      // pledges a Patriot system": any other act then is news of its own; what came "after" is a setting whatever it is
      const frame = link >= 0 && (hit.trigger.plover === 'CONSULT' || lex.modality.sequenceLinks.has(view.words[link]!)) ? link : -1;
      const sequence = frame >= 0 && lex.modality.sequenceLinks.has(view.words[frame]!);
      const shared = sequence ? -1 : sameClauseFrame(view, lex, before, hit.from);
      found.push({
        trigger: hit.trigger, sentence: view.index, from: hit.from, to: hit.to,
        span: { start: tokens[view.tok[hit.from]!]!.start, end: tokens[view.tok[hit.to - 1]!]!.end },
        source: args.source, target: args.target, reciprocal: args.reciprocal, carried: args.carried,
        modality, background, linked, governed, clauseAt: clauseAfter(view, lex, tokens, hit), framed: frame >= 0 || (hit.trigger.noun && (framedNoun(view, lex, hit.from, false) || appositionOf(view, lex, before, hit))) || frontedPassive(ctx, hit, hits), frameAt: sequence ? tokens[view.tok[frame]!]!.start : shared, frameDays: sequence ? frameDays(view, lex, frame) : shared >= 0 ? before!.frameDays : null, anaphor: anaphor && (hit.trigger.noun || governed || definiteUse(view, lex, hit.from)),
        aside: link >= 0 && frame < 0,
      });
      if (anaphor && (hit.trigger.noun || governed)) anaphorSeen = true;
    }
    // "Russia said Sudan must return the helicopter": the speaker makes the demand
    const demander = firstSpeaker(found)?.source;
    const spoken = hits.some((h) => h.trigger.pattern === 'speech');
    for (let i = found.length - 1; i >= 0; i--) {
      const c = found[i]!;
      if (c.trigger.pattern !== 'demand') continue;
      // "The administration declared that China must …": a demand needs a speech verb, if not a known speaker
      if (spoken && c.target.length > 0) c.source = demander ?? speaker ?? NO_PARTIES;
      else found.splice(i, 1);
    }
    // "Chile claimed that Bolivia shelled Peru": the claim is the event, not the act it asserts
    readClaims(found, stateOf);
    // "Brown said he was disappointed by New Zealand's decision": words that condemn another side criticise it
    readCensures(ctx, found, stateOf);
    // "Chile said it would help Peru": what only an appeal's content can be reports nothing more
    const reportsMore = found.some((c) => c.trigger.pattern !== 'speech' && !c.anaphor && !c.trigger.content);
    for (const c of found) if (c.trigger.pattern !== 'speech' || (!reportsMore && c.modality !== 'negated')) out.push(c);
    const first = found.find((c) => !c.carried && c.source.length > 0);
    const own = first ? (first.reciprocal ? [...first.source, ...first.target] : first.source) : speaker ?? topicSubject(ctx);
    if (own.length > 0) carry = own;
    const both = firstNamingTwo(found);
    if (both) pair = [...both.source, ...both.target];
  }
  return out;
}

/**
 * Where a relative or complement clause opens after a verb's object ("condemned the burning of the Koran that a
 * politician staged on Saturday", "mengirimkan bantuan untuk korban gempa yang mengguncang Myanmar pada Jumat"), as a
 * text offset; -1 for event nouns and statements, whose clause after is their own content, or when none opens before
 * the clause ends.
 */
function clauseAfter(view: SentenceView, lex: EventLexicon, tokens: readonly Token[], hit: TriggerHit): number {
  if (hit.trigger.noun || hit.trigger.pattern === 'speech') return -1;
  const words = view.words;
  for (let k = hit.to + 1; k < words.length; k++) {
    if (lex.relativePronouns.has(words[k]!)) return tokens[view.tok[k]!]!.start;
    // the view's bit, not the pack's set: this reads every word to the clause's end
    if ((view.leads[k]! & LEAD.clauseBreak) !== 0) return -1;
  }
  return -1;
}

/** A disaster noun in the clause before the trigger, with no actor named after it (the disaster is the subject). */
function naturalCause(view: SentenceView, lex: EventLexicon, from: number): boolean {
  for (let k = from - 1; k >= 0; k--) {
    const w = view.words[k]!;
    if (view.mention[k]! >= 0 || isPunct(w) || (view.leads[k]! & LEAD.clauseBreak) !== 0) return false;
    if (lex.disasters.has(w)) return true;
  }
  return false;
}

/** Plain words besides actors allowed between a framing link and its verb ("as the two leaders met"). */
const FRAMING_SUBJECT_GAP = 3;

/**
 * The verb at `from` opens a clause that sets the scene of another act: a framing link, then only its subject
 * ("… raise ties to a strategic partnership as Marcos meets Modi", "setelah kedua pemimpin menggelar pertemuan").
 * Returns the link's word index, -1 when there is none.
 */
function framingClause(view: SentenceView, lex: EventLexicon, from: number): number {
  const words = view.words;
  let plain = 0;
  for (let k = from - 1; k >= 0; k--) {
    const w = words[k]!;
    if (lex.framingLinks.has(w)) return k < from - 1 ? k : -1;
    // "after a schoolboy dies in a knife attack": an attack someone died in is told in the clause of the dying
    if (k > 0 && lex.locativePreps.has(w) && lex.deaths.has(words[k - 1]!)) {
      k--;
      plain = 0;
      continue;
    }
    if (isPunct(w) || (view.leads[k]! & LEAD.clauseBreak) !== 0) return -1;
    if (view.mention[k]! < 0 && (view.leads[k]! & LEAD.coordinator) === 0 && ++plain > FRAMING_SUBJECT_GAP) return -1;
  }
  return -1;
}

/**
 * "… at the start of talks held at Argyle airport, a meeting brokered by the host": an event noun in apposition (a comma
 * and a determiner before it) restates the framed act of its type before it, and is framed as that one is.
 */
function appositionOf(view: SentenceView, lex: EventLexicon, before: Candidate | undefined, hit: TriggerHit): boolean {
  if (!before || !before.framed || before.trigger.plover !== hit.trigger.plover || hit.from < 2) return false;
  let k = hit.from - 1;
  if (lex.determiners.has(view.words[k]!)) k--;
  return view.words[k] === ',';
}

/**
 * "Dimediasi China, Arab Saudi dan Iran sepakat …", "Brokered by Qatar, the two sides agreed …": a passive opening the
 * sentence with its agent and a comma, before another act, is that act's setting.
 */
function frontedPassive(ctx: ScanContext, hit: TriggerHit, hits: readonly TriggerHit[]): boolean {
  if (hit.from !== 0 || !hit.trigger.passive) return false;
  const end = agentEnd(ctx, hit);
  return end > hit.to && hits.some((h) => h.from >= end);
}

/**
 * "a day after Biden visited Kyiv", "sehari setelah": the days from the main clause's time to the framed act's, negative
 * when the act came first, 0 for hours; null when the words before the link count none.
 */
function frameDays(view: SentenceView, lex: EventLexicon, link: number): number | null {
  const { sequenceSpans, earlierLinks } = lex.modality;
  let phrase = '';
  for (let k = link - 1; k >= 0 && k >= link - 3; k--) {
    phrase = phrase === '' ? view.words[k]! : `${view.words[k]!} ${phrase}`;
    const days = sequenceSpans.get(phrase);
    if (days !== undefined) return earlierLinks.has(view.words[link]!) ? -days : days;
  }
  return null;
}

/** "a day after Beijing summoned Tokyo's ambassador to lodge a protest": an act later in a framed clause shares its frame. */
function sameClauseFrame(view: SentenceView, lex: EventLexicon, before: Candidate | undefined, from: number): number {
  if (before === undefined || before.frameAt < 0) return -1;
  for (let k = before.to; k < from; k++) {
    if (!isPunct(view.words[k]!) && (view.leads[k]! & LEAD.clauseBreak) === 0) continue;
    // "a day after Biden visited Kyiv, where he met Zelensky": a clause of the act's place shares its time
    const opener = view.words[k] === ',' ? placeClauseAt(view, lex, k + 1) : -1;
    if (opener < 0) return -1;
    k = opener - 1;
  }
  return before.frameAt;
}

/** The word past a place clause's opener at word `k` ("where", "di mana"), else -1. */
function placeClauseAt(view: SentenceView, lex: EventLexicon, k: number): number {
  const w = view.words[k];
  if (w === undefined) return -1;
  if (lex.modality.placeClauses.has(w)) return k + 1;
  return k + 1 < view.words.length && lex.modality.placeClauses.has(`${w} ${view.words[k + 1]!}`) ? k + 2 : -1;
}

/** "after Modi held talks with Marcos": an event noun its verb holds, in a framing clause (see `framingClause`). */
function heldInFrame(view: SentenceView, lex: EventLexicon, from: number): number {
  const verb = from - 1;
  return verb > 0 && view.mention[verb]! < 0 && !isPunct(view.words[verb]!) ? framingClause(view, lex, verb) : -1;
}

/** Role suffixes of a CAMEO actor code that act for the state: its government and its forces. */
const STATE_ROLES = new Set(['', 'GOV', 'MIL']);

/** The state an actor acts for: a country itself, or its government, forces and their officials (`RUSGOV`, `RUSMIL`). */
function stateActing(actor: Actor | undefined): string | null {
  if (!actor || actor.country === null) return null;
  if (actor.kind === 'country') return actor.country;
  const code = actor.code ?? '';
  return code.startsWith(actor.country) && STATE_ROLES.has(code.slice(actor.country.length, actor.country.length + 3)) ? actor.country : null;
}

/** The actors a title opens with, before word `to` ("Trump pauses tariffs after call with Sheinbaum" → Trump). */
function titleSubject(ctx: ScanContext, to: number): Party[] {
  const group = groupAfter(ctx, 0, to, false, SUBJECT_REACH);
  return group !== null && group.from === firstWordOf(ctx.view) ? group.parties : NO_PARTIES;
}

/** The first word that is no punctuation (a title may open with a quote mark). */
function firstWordOf(view: SentenceView): number {
  let k = 0;
  while (k < view.words.length && isPunct(view.words[k]!)) k++;
  return k;
}

/** The sentence's last candidate that reports an act (not a statement, not a bare event noun). */
function lastActing(found: readonly Candidate[]): Candidate | undefined {
  for (let i = found.length - 1; i >= 0; i--) {
    const c = found[i]!;
    if (c.trigger.pattern !== 'speech' && !c.anaphor) return c;
  }
  return undefined;
}

/**
 * Types of an act whose purpose clause keeps the act's subject ("summoned X to protest", "met X to
 * discuss"), unlike an appeal or an invitation, whose object does what follows ("urged X to leave").
 */
const SUBJECT_PURPOSE = new Set(['ACCUSE', 'CONSULT', 'SANCTION']);

/** Words between a purpose marker and the act it opens ("to lodge a protest"). */
const PURPOSE_GAP = 2;

/** A purpose marker before word `from`, with only a verb and a determiner or so between ("to lodge a protest"). */
function afterPurpose(view: SentenceView, lex: EventLexicon, from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 1 - PURPOSE_GAP); k--) {
    const w = view.words[k]!;
    if (lex.purposeMarkers.has(w)) return true;
    if (view.mention[k]! >= 0 || isPunct(w) || lex.clauseBreaks.has(w)) return false;
  }
  return false;
}

/** The same actors, in any order. */
function sameParties(a: readonly Party[], b: readonly Party[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((p) => b.some((q) => q.actorId === p.actorId));
}

/** The sentence's first statement with a speaker. */
/** Words between a verb of saying and the verb it reports ("announced it would free", "said that they will"). */
const REPORT_GAP = 4;

/**
 * The statement just before `hit`, with a speaker, when only plain words stand between them (no actor, no punctuation),
 * or only a comma before a participle ("…, Sikorski said on Tuesday, accusing Moscow of …": the speaker accuses).
 */
function reportedBy(found: readonly Candidate[], view: SentenceView, hit: TriggerHit, lex: EventLexicon): Candidate | undefined {
  const c = found.at(-1);
  if (!c || c.trigger.pattern !== 'speech' || c.source.length === 0 || hit.from - c.to > REPORT_GAP) return undefined;
  // the participle's comma is read as the end of the statement's clause
  const end = commaParticiple(view, hit, lex) ? hit.from - 1 : hit.from;
  for (let k = c.to; k < end; k++) {
    const w = view.words[k]!;
    if (view.mention[k]! >= 0 || isPunct(w) || ((view.leads[k]! & LEAD.clauseBreak) !== 0 && !lex.quotePronouns.has(w))) return undefined;
  }
  return c;
}

/**
 * "Blinken announced new visa restrictions on …", "mengumumkan kebijakan pembatasan visa": an event noun a verb of
 * announcing takes as its object is the announcer's act.
 */
function announcedBy(found: readonly Candidate[], view: SentenceView, hit: TriggerHit, lex: EventLexicon): Candidate | undefined {
  const c = found.at(-1);
  // "announced that attack was …": a noun told before is what the words are about, no new act
  if (!c || c.trigger.pattern !== 'speech' || !lex.announceVerbs.has(view.words[c.to - 1]!) || lex.anaphorAfter.has(view.words[hit.to] ?? '')) return undefined;
  return reportedBy(found, view, hit, lex);
}

/**
 * "Putin said that Russia was suspending the treaty, accusing Washington of …": a participle after a comma, closing a
 * sentence that opens with a statement, is the speaker's, not the reported clause's subject's.
 */
function speakerParticiple(found: readonly Candidate[], view: SentenceView, hit: TriggerHit, lex: EventLexicon): Candidate | undefined {
  const c = found[0];
  if (!c || c.trigger.pattern !== 'speech' || c.source.length === 0 || found.length < 2 || !commaParticiple(view, hit, lex)) return undefined;
  return c;
}

/** A verb in its -ing form right after a comma ("…, accusing Moscow of …"). */
function commaParticiple(view: SentenceView, hit: TriggerHit, lex: EventLexicon): boolean {
  return view.words[hit.from - 1] === ',' && endsWithAny(view.words[hit.from]!, lex.progressiveEndings, 3);
}

function firstSpeaker(found: readonly Candidate[]): Candidate | undefined {
  for (const c of found) if (c.trigger.pattern === 'speech' && c.source.length > 0) return c;
  return undefined;
}

/**
 * "signed an agreement", "praised the talks": a noun trigger right after a verb trigger (one word
 * between at most, no actor) is its object, not an event of its own.
 */
function absorbObjectNouns(hits: TriggerHit[], view: SentenceView, lex: EventLexicon): TriggerHit[] {
  if (hits.length < 2) return hits;
  // the hits are this sentence's own: kept ones move down in place, each judged against the hit before it as found
  let kept = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (i === 0 || !absorbed(h, hits[i - 1]!, view, lex)) hits[kept++] = h;
  }
  hits.length = kept;
  return hits;
}

function absorbed(h: TriggerHit, prev: TriggerHit, view: SentenceView, lex: EventLexicon): boolean {
  if (h.trigger.noun && venueAfter(h, prev, view, lex)) return true;
  // "nota kesepahaman (MoU)", "memorandum of understanding (MoU)": a noun's abbreviation in brackets restates it
  if (h.trigger.noun && prev.trigger.noun && h.trigger.plover === prev.trigger.plover && h.from === prev.to + 1 && view.words[prev.to] === '(' && view.words[h.to] === ')') return true;
  // "attended the G20 summit", "menghadiri KTT G20": the object a verb's rule asks for is part of the verb's event
  if (h.trigger.noun && prev.trigger.objectWords !== null && h.from - prev.to <= OBJECT_REACH && listedAt(prev.trigger.objectWords, view.words, h.from)) return true;
  if (!h.trigger.noun || prev.trigger.pattern === 'speech' || h.from - prev.to > OBJECT_GAP) return false;
  // "the signing of three agreements", "penandatanganan perjanjian": a signing governs what was signed
  const signing = prev.trigger.cameo.startsWith('057');
  if (prev.trigger.noun && !signing) return false;
  // "protested against the deal", "opposed the treaty": what a hostile act is about is no event of its own
  const about = signing || TOPICAL.has(prev.trigger.plover);
  // "mengecam serangan Rusia": an actor after the noun is its possessor, as "the Russian attack" keeps two events
  if (lex.possessorAfter && (view.mention[h.to] ?? -1) >= 0) return false;
  // "mengecam serangan tersebut": an act told before, whose doer the reaction is aimed at (an accusation denied is
  // only what the denial is about)
  if (!signing && (lex.anaphorAfter.has(view.words[h.to] ?? '') || toldBefore(h, prev, view, lex))) return false;
  // "ratified a sweeping agreement": only plain words between; an actor, a comma or "to" keeps two events
  for (let k = prev.to; k < h.from; k++) {
    const w = view.words[k]!;
    if (view.mention[k]! >= 0 || isPunct(w)) return false;
    if (!about && (lex.purposeMarkers.has(w) || lex.objectPreps.has(w) || lex.locativePreps.has(w))) return false;
  }
  return true;
}

/** Words between a venue phrase's "sidelines of" and the gathering noun it names ("the Pacific forum's annual leaders' meeting"). */
const VENUE_REACH = 8;

/**
 * "signed the pact on the sidelines of the forum's leaders' meeting": a gathering named as where the act before
 * it happened is its venue, not a meeting of the act's parties.
 */
function venueAfter(h: TriggerHit, prev: TriggerHit, view: SentenceView, lex: EventLexicon): boolean {
  for (let k = h.from - 1; k > prev.to && k >= h.from - VENUE_REACH; k--) {
    const w = view.words[k]!;
    if (w === ',' || w === ';' || lex.clauseBreaks.has(w)) return false;
    if (lex.objectPreps.has(w) && lex.locativePreps.has(view.words[k - 1]!) && view.mention[k - 1]! < 0) return true;
  }
  return false;
}

function hasQuoteMark(view: SentenceView): boolean {
  for (const w of view.words) if (QUOTE_MARKS.has(w)) return true;
  return false;
}

/** "condemned the Russian attack", "mengecam serangan Israel": an event noun right after a criticism or rejection is its object. */
function governedBy(hits: readonly TriggerHit[], i: number, view: SentenceView, lex: EventLexicon): boolean {
  const hit = hits[i]!;
  const prev = i > 0 ? hits[i - 1]! : undefined;
  if (!prev || prev.trigger.noun || !TOPICAL.has(prev.trigger.plover) || hit.from - prev.to > GOVERNED_GAP) return false;
  // "condemned the air strike": an attack word listed as a verb is a noun after a determiner
  // ("Indonesia condemns attack on …": a headline drops the determiner)
  if (!hit.trigger.noun && !(hit.from > prev.to && lex.determiners.has(view.words[prev.to]!)) && !(view.title && hit.from === prev.to)) return false;
  // "criticised the US and attacked …": a coordinated verb is an act of its own
  for (let k = prev.to; k < hit.from; k++) if (isPunct(view.words[k]!) || lex.coordinators.hasWord(view.words[k]!)) return false;
  return true;
}

/**
 * "rejected the accusation.", "criticised the raid, saying …": after a criticism or a rejection, a determiner right after
 * the verb and nothing after the noun but the clause's end name an act told before, not a new one its object describes
 * ("welcomed the sanctions" praises them: no act told before is needed).
 */
function toldBefore(h: TriggerHit, prev: TriggerHit, view: SentenceView, lex: EventLexicon): boolean {
  if (!TOPICAL.has(prev.trigger.plover) || h.from !== prev.to + 1 || !lex.anaphorBefore.has(view.words[prev.to]!)) return false;
  const next = view.words[h.to];
  return next === undefined || isPunct(next) || (view.leads[h.to]! & (LEAD.clauseBreak | LEAD.coordinator)) !== 0;
}

/**
 * An invitation (CAMEO 036) shortly before an event noun in the same clause, nothing but its invitee and plain words
 * between: the noun is what it invites to (a verb after it is an act of its own: "invited Putin and visited Canberra").
 */
function offeredBy(invitation: Candidate, hit: TriggerHit, view: SentenceView, lex: EventLexicon): boolean {
  if (!hit.trigger.noun || !invitation.trigger.cameo.startsWith('036') || hit.from < invitation.to || hit.from - invitation.to > INVITED_GAP) return false;
  // "menyampaikan undangan itu di akhir pertemuan": a meeting the invitation was made at is its setting
  for (let k = invitation.to; k < hit.from; k++) {
    const w = view.words[k]!;
    if (isPunct(w) || (view.leads[k]! & LEAD.clauseBreak) !== 0 || lex.locativePreps.has(w) || lex.framingPreps.lengthAt(view.words, k) > 0) return false;
  }
  return true;
}

/** Words allowed between an invitation and the act it invites to ("invited the Indonesian president for a state visit"). */
const INVITED_GAP = 8;

/** Words allowed between a criticism and the event noun it is about ("condemned the deadly Russian attack"). */
const GOVERNED_GAP = 5;

/** "The two last met", "Keduanya sepakat": a plural subject phrase of the pack before the trigger, with no actor named between. */
function pluralSubject(view: SentenceView, hit: TriggerHit, lex: EventLexicon): boolean {
  for (let k = 0; k < hit.from; k++) {
    if (view.mention[k]! >= 0) return false;
    const n = lex.pluralSubjects.lengthAt(view.words, k);
    if (n > 0 && k + n <= hit.from) {
      for (let j = k + n; j < hit.from; j++) if (view.mention[j]! >= 0 || isPunct(view.words[j]!)) return false;
      return true;
    }
  }
  return false;
}


/** Types whose object noun after a preposition is their topic ("protested against the deal"). */
const TOPICAL = new Set(['ACCUSE', 'PROTEST', 'REJECT']);

/** Words allowed between a verb trigger and the event noun it governs. */
const OBJECT_GAP = 3;

/**
 * Who a later event of the sentence falls back on: the invitee of an invitation and the guest of a
 * hosting ("received X … for a visit"), both sides of a reciprocal event, else the subject.
 */
function inheritedFrom(last: Candidate): Party[] {
  const cameo = last.trigger.cameo;
  if ((cameo.startsWith('036') || cameo.startsWith('043')) && last.target.length > 0) return last.target;
  return last.reciprocal ? [...last.source, ...last.target] : last.source;
}

/** The first candidate that is no bare event noun and names two actors or more (a loop: this runs for every sentence). */
function firstNamingTwo(found: readonly Candidate[]): Candidate | undefined {
  for (const c of found) if (!c.anaphor && namesTwo(c)) return c;
  return undefined;
}

/** Two actors or more among the candidate's sides (a Set of their ids would hold more than one). */
function namesTwo(c: Candidate): boolean {
  const first = c.source.length > 0 ? c.source[0]!.actorId : c.target.length > 0 ? c.target[0]!.actorId : undefined;
  if (first === undefined) return false;
  for (const p of c.source) if (p.actorId !== first) return true;
  for (const p of c.target) if (p.actorId !== first) return true;
  return false;
}

/** Same type, and the same mode or a plain meeting inside a call ("video call to discuss"). */
function restates(last: Candidate, hit: TriggerHit): boolean {
  const a = last.trigger;
  const b = hit.trigger;
  return a.plover === b.plover && (a.mode === b.mode || ((b.mode === 'in-person' || b.mode === null) && (a.mode === 'phone' || a.mode === 'video')));
}

/** The sentence's first actor outside a prepositional phrase: who the next sentence may still be about. */
function topicSubject(ctx: ScanContext): Party[] {
  return groupAfter(ctx, 0, ctx.view.words.length, false, SUBJECT_REACH)?.parties ?? NO_PARTIES;
}
