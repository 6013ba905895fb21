import { LEAD, type EventLexicon } from '../lexicon.js';
import { endsWithAny } from '../ends-with-any.js';
import type { Party, SentenceView } from '../types.js';
import type { TriggerHit } from './02-find-triggers.js';
import { framedNoun, groupAfter, groupBefore, hyphenPair, isPunct, mentionRange, NO_PARTIES, partiesAt, SUBJECT_REACH, type Group, type ScanContext } from './arguments-scan.js';

/** Types whose target may follow "at", "against" or "on" ("fired at Russia", "lift the sanctions on Iran"). */
const HOSTILE = new Set(['ASSAULT', 'THREATEN', 'COERCE', 'ACCUSE', 'PROTEST', 'SANCTION', 'MOBILIZE', 'REJECT', 'RETREAT', 'CONCEDE']);

/** The subject an event may fall back on: the sentence's previous event's, or the previous sentence's. */
export interface Inherited {
  parties: Party[];
  /** It comes from an earlier event of the same sentence. */
  sameSentence: boolean;
}

/** Who did what to whom around one trigger. */
export interface Arguments {
  source: Party[];
  target: Party[];
  reciprocal: boolean;
  carried: boolean;
  passive: boolean;
}

/**
 * Reads the arguments of a trigger without a parser: subject–trigger–object order, coordination,
 * passives (`was received by`, `diterima oleh`), nominal events (`the meeting between X and Y`,
 * `Putin's visit to China`), fronted clauses (`During the call, Putin …`) and, failing all, the
 * subject carried from the previous sentence.
 */
export function findArguments(ctx: ScanContext, hit: TriggerHit, hits: readonly TriggerHit[], inherit: Inherited): Arguments {
  const carry = inherit.parties;
  const { trigger } = hit;
  // the last trigger ending before this one, the last such verb, the first trigger starting after it
  let prev: TriggerHit | undefined;
  // "Pakistan, an ally in the war on terror, refused …": event nouns in an apposition do not cut the subject off
  let prevVerb: TriggerHit | undefined;
  let next: TriggerHit | undefined;
  for (const h of hits) {
    if (h.to <= hit.from) {
      prev = h;
      if (!h.trigger.noun) prevVerb = h;
    }
    if (next === undefined && h.from >= hit.to) next = h;
  }
  const floor = prevVerb && trigger.pattern !== 'speech' ? agentEnd(ctx, prevVerb) : 0;
  // "sign a pact as Meloni invites Saied": the next act's framed clause, its subject included, is no object of this one
  const ceiling = titleClauseEnd(ctx, hit.to, next ? framedClauseStart(ctx, hit.to, next.from) : ctx.view.words.length);
  // "X said Y must …": Y is the target; the speaker is filled in by the sentence (collectCandidates)
  if (trigger.pattern === 'demand') {
    const demanded = groupBefore(ctx, hit.from, floor);
    return { source: NO_PARTIES, target: demanded?.parties ?? NO_PARTIES, reciprocal: false, carried: false, passive: false };
  }
  // an event noun after another trigger ("signed a deal during the trip") takes that event's subject, not its object
  // ("agreed to upgrade ties, after Modi held talks with Marcos": a clause break between them gives it its own)
  const ownSubject = !(trigger.noun && prev && prev.trigger.pattern !== 'speech' && !breakBetween(ctx, prev.to, hit.from));
  const subjectFloor = trigger.pattern === 'speech' ? Math.max(floor, speechFloor(ctx, hit.from)) : floor;
  let subject = (trigger.noun ? possessor(ctx, hit.from) ?? pairBefore(ctx, hit.from) : null) ?? (ownSubject ? groupBefore(ctx, hit.from, subjectFloor) : null);
  // "Chile, which borders Peru, signed …": an actor inside an apposition before the verb is not its subject
  if (subject && !trigger.noun && trigger.pattern !== 'speech' && hit.from > 0 && ctx.view.words[hit.from - 1] === ',' && subject.to < hit.from) subject = beforeApposition(ctx, hit.from - 1, floor) ?? subject;
  // "held talks with Premier Li, who praised …": after a comma and a relative pronoun, the actor before the comma is the
  // clause's subject, even inside a prepositional phrase
  if (!trigger.noun) subject = relativeAntecedent(ctx, hit.from, floor) ?? subject;
  // "Russia attacked Ukraine, accusing Washington of …": a verb opening a clause after a comma, with only the previous
  // verb's object before that comma, has no subject of its own and shares the previous verb's
  // ("Prabowo thanked Xi for the welcome and invited him …": a verb after "and" is coordinated with the previous one)
  if (subject && !ctx.view.title && !trigger.noun && trigger.pattern !== 'speech' && prevVerb && inherit.sameSentence && subject.from >= prevVerb.to && subject.to < hit.from && (ctx.view.words[hit.from - 1] === ',' || ((ctx.view.leads[hit.from - 1] ?? 0) & LEAD.coordinator) !== 0)) subject = null;
  // "Starmer handed Trump a letter inviting him for a state visit": a participle after a verb's object, with no auxiliary
  // or preposition before it, is the act of that verb's subject, its clause's first actor
  if (subject && subject.from > 0 && !ctx.view.title && !trigger.noun && trigger.pattern !== 'speech' && participleClause(ctx, hit)) subject = clauseSubject(ctx, subject) ?? subject;
  // "Putin told Xi during a video call", "conveyed the decision to Albanese in a telephone call": a meeting noun set in
  // its clause by a framing preposition names its sides before it, the clause's subject and the verb's object
  let told: Group | null = null;
  // ("accompanied the Peruvian troops on a working visit": a visit's traveller is who it is said of, not the subject)
  if (trigger.noun && trigger.plover === 'CONSULT' && trigger.mode !== 'visit' && trigger.mode !== 'host' && !ctx.view.title && framedNoun(ctx.view, ctx.lex, hit.from, true)) {
    if (subject) {
      const first = clauseSubject(ctx, subject);
      if (first) (told = subject), (subject = first);
      else if (subject.to < hit.from) told = groupAfter(ctx, subject.to, hit.from, false);
    } else if (prevVerb && prevVerb.trigger.pattern === 'speech') {
      // "menyampaikan hal itu kepada Anwar dalam percakapan telepon": the speaker and whom it was said to
      subject = groupBefore(ctx, prevVerb.from, verbEndBefore(hits, prevVerb.from));
      if (subject) told = groupAfter(ctx, prevVerb.to, hit.from, false);
    }
  }
  // "menyampaikan ucapan selamat kepada Lee", "conveyed congratulations to Lee": what a speech verb conveys is its speaker's act
  if (!subject && trigger.noun && prev && prev.trigger.pattern === 'speech' && prev.to === hit.from) subject = groupBefore(ctx, prev.from, verbEndBefore(hits, prev.from));
  // "Trump Surati Prabowo, Ancam Tarif …": a headline's predicate after a comma shares the headline's subject
  if (subject && subject.from > 0 && ctx.view.title && !trigger.noun && ctx.view.words[hit.from - 1] === ',') subject = headlineSubject(ctx, subject.from) ?? subject;
  // "kunjungan Prabowo ke Australia", "serangan Rusia terhadap Ukraina": where the possessor follows its noun, the
  // actor right after an event noun with no subject of its own acts, and the other side comes after it
  let objectFrom = hit.to;
  if (!subject && trigger.noun && ctx.lex.possessorAfter && ctx.view.mention[hit.to] !== undefined && ctx.view.mention[hit.to]! >= 0 && !ctx.view.attributed[hit.to]) {
    subject = groupAfter(ctx, hit.to, ceiling, false, 1);
    if (subject) objectFrom = subject.to;
  }
  let invitee: Group | null = null;
  // "Putin accepted Xi's invitation": the possessor acts; a subject further back is the other side
  if (subject && trigger.noun && subject.to === hit.from - possessiveGap(ctx, subject.to, hit.from)) invitee = groupBefore(ctx, subject.from, floor);
  const passive = trigger.passive || (!trigger.noun && !trigger.active && auxBefore(ctx, hit.from) && participle(ctx, hit.from)) || reducedPassive(ctx, hit);
  // "Putin on Friday met Xi": a preposition before a verb governs a phrase of its own, not the verb's object;
  // one before an event noun governs the noun's whole phrase ("di sela KTT G20")
  // "serangan tersebut merupakan pelanggaran terhadap kedaulatan Qatar": a demonstrative closes the noun's phrase,
  // so what follows belongs to the predicate, not to the noun
  const closed = trigger.noun && ctx.lex.anaphorAfter.has(ctx.view.words[objectFrom] ?? '');
  let object = trigger.pattern === 'speech' || closed ? null : trigger.pattern === 'self' ? hostileTarget(ctx, trigger.plover, objectFrom, ceiling) : groupAfter(ctx, objectFrom, ceiling, trigger.objectPrep && !endsWithPrep(ctx, hit), 12, HOSTILE.has(trigger.plover), trigger.noun ? 0 : ownPrep(ctx, hit) || aimedAround(ctx, hit) ? hit.to : hit.from);
  if (!object && told) object = told;
  // "mengecam serangan Rusia": a verb whose object is an event noun acts on that event's possessor
  // ("membahas serangan Israel": what is discussed is a topic, and its possessor no party)
  if (!object && next && next.from === hit.to && next.trigger.noun && trigger.pattern !== 'speech' && trigger.pattern !== 'self' && (trigger.noun || !trigger.objectPrep) && ctx.lex.possessorAfter && (ctx.view.mention[next.to] ?? -1) >= 0) {
    object = groupAfter(ctx, next.to, ctx.view.words.length, false, 1);
  }
  // "menerjunkan bantuan ke Gaza bersama Yordania": a partner of the subject is not the other side of an act;
  // one who accompanies a visitor ("mengunjungi Borobudur bersama Prabowo") is the host, and stays
  if (object && trigger.plover !== 'CONSULT' && object.from > 0 && ctx.lex.companions.has(ctx.view.words[object.from - 1]!)) {
    object = groupAfter(ctx, object.to, ceiling, trigger.objectPrep && !endsWithPrep(ctx, hit), 12, HOSTILE.has(trigger.plover));
  }
  let agent: Group | null = null;
  // "Chile praised the decision by Peru": after an active verb with a subject of its own, "by" names who made the
  // object, and that actor is the target; only event nouns and passives take their source from "by"
  const byAuthor = !trigger.noun && !passive && subject !== null && object !== null && object.from > hit.to + 1;
  if (object && object.prep !== null && !byAuthor && (ctx.lex.agentMarkers.has(object.prep) || (trigger.mode === 'visit' && ctx.lex.visitorPreps.has(object.prep)))) {
    agent = object;
    // "an attack by Bolivian rebels on a Chilean base": a hostile act's target may follow its agent after "on"
    object = passive ? null : groupAfter(ctx, agent.to, ceiling, true, 4, HOSTILE.has(trigger.plover));
  } else if (object && !passive && (trigger.noun || (hit.from > 0 && ctx.lex.determiners.has(ctx.view.words[hit.from - 1]!)))) {
    // "the attack on Peru by Bolivian troops", "the visit to China by Putin": an event noun's agent may follow its object
    const next = groupAfter(ctx, object.to, ceiling, true, AGENT_REACH);
    if (next && next.prep !== null && ctx.lex.agentMarkers.has(next.prep)) agent = next;
  }
  // "…, said Hua Chunying": an inverted attribution after a comma or a closing quote
  // "Chile's navy, which patrols the coast, said …": the speaker stands before an apposition closed by the comma
  if (!subject && trigger.pattern === 'speech' && hit.from > 0 && ctx.view.words[hit.from - 1] === ',') subject = beforeApposition(ctx, hit.from - 1, floor);
  if (!subject && trigger.pattern === 'speech' && hit.from > 0 && isPunct(ctx.view.words[hit.from - 1]!)) subject = groupAfter(ctx, hit.to, ceiling, false, 3);
  // "During the call, Putin …" / "Dalam kunjungan itu, …": a definite event noun points back to an event told before
  // "During the meeting, the leaders witnessed the signing …": after a fronted event of another type, a new event
  // "Lin said the attack was an isolated case": what a statement is about is no new act of the speaker's
  const another = prev !== undefined && prev.trigger.plover !== trigger.plover && prev.trigger.pattern !== 'speech' && inherit.sameSentence;
  // a verb's form after "the" with a subject of its own is that subject's act ("the United States speeded up the withdrawal")
  if ((trigger.noun || (!subject && definiteUse(ctx.view, ctx.lex, hit.from))) && !object && !agent && !another && anaphoric(ctx, hit)) return { source: NO_PARTIES, target: NO_PARTIES, reciprocal: false, carried: false, passive: false };
  if (!subject && frontedClause(ctx, hit.from)) subject = subjectAfterComma(ctx, (object ?? hit).to);
  // "Albanese diterima Prabowo": an Indonesian passive may name its agent without "oleh"; a phrase after a
  // preposition never does ("was stabbed on his way to school": his is the victim's, not the attacker's)
  if (passive && !agent && object && (object.prep === null || trigger.passive) && trigger.pattern !== 'speech') [agent, object] = [object, null];
  let carried = false;
  let source = agent && !passive ? agent.parties : subject?.parties ?? NO_PARTIES;
  let target = object?.parties ?? NO_PARTIES;
  if (passive) {
    source = agent?.parties ?? NO_PARTIES;
    target = subject?.parties ?? NO_PARTIES;
  } else if (agent) {
    target = subject?.parties ?? target;
  }
  if (invitee && target.length === 0) target = invitee.parties;
  // "travelled to Moscow for talks with Mishustin": an event noun takes the subject of its sentence's verb, but
  // "pledged aid on the anniversary of a war": force named with no party of its own is not the peaceful act's doer's
  const bareForce = trigger.noun && trigger.plover === 'ASSAULT' && !object && !agent && !subject && prev !== undefined && !HOSTILE.has(prev.trigger.plover);
  // "Faye's main rival conceded": a subject told but no actor (an empty group) leaves the act's doer unnamed
  const unnamed = subject !== null && subject.parties.length === 0;
  if (source.length === 0 && !passive && !bareForce && !unnamed && (!trigger.noun || hit.owned || inherit.sameSentence) && carry.length > 0) {
    source = carry;
    carried = true;
  }
  const reciprocal = trigger.pattern === 'reciprocal';
  // assigned one by one, not destructured from a new array: this runs for every trigger, cold code included
  if (reciprocal && target.length === 0 && source.length > 1) {
    target = source.slice(1);
    source = source.slice(0, 1);
  }
  // "the meeting between X and Y": both sides after the trigger
  if (reciprocal && source.length === 0 && target.length > 1) {
    source = target.slice(0, 1);
    target = target.slice(1);
  }
  return { source: dedupe(source), target: dedupe(target, source), reciprocal, carried, passive };
}

/** The group ending right before the comma that opens the apposition closed at word `comma`; null when none. */
function beforeApposition(ctx: ScanContext, comma: number, floor: number): Group | null {
  const { view } = ctx;
  for (let k = comma - 1; k > Math.max(floor, comma - SUBJECT_REACH); k--) {
    if ((view.leads[k]! & LEAD.clauseBreak) !== 0) return null;
    if (view.words[k] !== ',') continue;
    // an apposition opens with a determiner or a relative pronoun (", a close ally of Peru,", ", which …,")
    const opener = view.words[k + 1] ?? '';
    if (view.mention[k - 1]! < 0 || !(ctx.lex.determiners.has(opener) || ctx.lex.relativePronouns.has(opener))) return null;
    const group = groupBefore(ctx, k, floor);
    return group && group.to === k ? group : null;
  }
  return null;
}

/**
 * In a headline, a comma after a word that names no one ends the clause ("Nepal, China sign BRI framework, India
 * watches"): what follows is another clause's subject, not this act's object ("talks with China, Japan" still lists).
 */
function titleClauseEnd(ctx: ScanContext, from: number, ceiling: number): number {
  const { view } = ctx;
  if (!view.title) return ceiling;
  for (let k = from + 1; k < ceiling; k++) if (view.words[k] === ',' && view.mention[k - 1]! < 0) return k;
  return ceiling;
}

/** Where the clause of the trigger at `next` starts when a framing link and only its subject stand before it ("as Meloni invites"); else `next`. */
function framedClauseStart(ctx: ScanContext, from: number, next: number): number {
  const { view, lex } = ctx;
  let k = next - 1;
  while (k > from && view.mention[k]! >= 0) k--;
  return k < next - 1 && k >= from && lex.framingLinks.has(view.words[k]!) ? k : next;
}

/** Words allowed between a relative pronoun and its verb ("who has also praised"). */
const RELATIVE_GAP = 3;

/** The actor right before ", who"/", which"/", yang" opening the clause of the verb at `from`, when nothing else stands between. */
function relativeAntecedent(ctx: ScanContext, from: number, floor: number): Group | null {
  const { view, lex } = ctx;
  let k = from - 1;
  for (let gap = 0; k > floor && gap < RELATIVE_GAP && !lex.relativePronouns.has(view.words[k]!); gap++, k--) {
    if (view.mention[k]! >= 0 || isPunct(view.words[k]!) || (view.leads[k]! & (LEAD.clauseBreak | LEAD.coordinator | LEAD.trigger)) !== 0) return null;
  }
  if (k - 2 < floor || !lex.relativePronouns.has(view.words[k]!) || view.words[k - 1] !== ',' || view.mention[k - 2]! < 0 || view.attributed[k - 2]) return null;
  const [a, b] = mentionRange(view, k - 2);
  return { parties: partiesAt(ctx, k - 2), from: a, to: b, prep: null };
}

/** Words after a protest or boycott searched for what it is aimed at ("protested outside and against the Chilean embassy"). */
const AIM_REACH = 5;

/**
 * "protested against the Chilean embassy", "demonstrated at the Kremlin": an act with no object of its own is
 * aimed at an actor after a target preposition, when it is hostile (CAMEO 14: a protest has a target).
 */
function hostileTarget(ctx: ScanContext, plover: string, from: number, ceiling: number): Group | null {
  if (!HOSTILE.has(plover)) return null;
  const group = groupAfter(ctx, from, ceiling, true, AIM_REACH, true);
  return group && group.prep !== null && ctx.lex.targetPreps.has(group.prep) ? group : null;
}

/** Words after an event noun's object searched for its agent ("the attack on Peru by Bolivian troops"). */
const AGENT_REACH = 4;

/** Where the last verb trigger ending by word `end` ends (0: none), so a subject scan stops at that clause. */
function verbEndBefore(hits: readonly TriggerHit[], end: number): number {
  let floor = 0;
  for (const h of hits) if (h.to <= end && !h.trigger.noun) floor = h.to;
  return floor;
}

/** The actors opening a headline before word `end`, when it opens with them ("Trump Surati …"). */
function headlineSubject(ctx: ScanContext, end: number): Group | null {
  const first = groupAfter(ctx, 0, end, false, 1);
  return first && first.from === 0 ? first : null;
}

/** "throughout Putin's visit": the possessor of an event noun acts, whatever preposition governs it. */
function possessor(ctx: ScanContext, from: number): Group | null {
  const { view } = ctx;
  const gap = from > 0 && ctx.lex.possessives.has(view.words[from - 1]!) ? 1 : 0;
  const j = from - 1 - gap;
  if (j < 0 || view.mention[j]! < 0 || (gap === 0 && !POSSESSIVE_END.test(view.words[j]!))) return null;
  const [a, b] = mentionRange(view, j);
  return { parties: partiesAt(ctx, j), from: a, to: b, prep: null };
}

/**
 * "at the India-Pakistan summit", "hosted the Chile-Peru talks": a pair joined by a hyphen right before an event
 * noun names its sides, whatever governs the noun's phrase; null when none.
 */
function pairBefore(ctx: ScanContext, from: number): Group | null {
  const { view } = ctx;
  if (from < 2 || view.mention[from - 1]! < 0 || view.attributed[from - 1]) return null;
  let [a] = mentionRange(view, from - 1);
  if (!hyphenPair(ctx, a)) return null;
  let parties = partiesAt(ctx, from - 1);
  // "the Chile-Peru-Bolivia talks": every side of the chain
  while (a > 0 && hyphenPair(ctx, a)) {
    parties = [...partiesAt(ctx, a - 1), ...parties];
    [a] = mentionRange(view, a - 1);
  }
  return { parties, from: a, to: from, prep: null };
}

/** "Putin's", "Putin’s", "leaders'": a word that ends as a possessor. */
const POSSESSIVE_END = /['’]s?$/;

/** Words between a possessor and its noun: 0 ("Putin’s visit" as one token) or the "'s" token. */
function possessiveGap(ctx: ScanContext, end: number, from: number): number {
  const w = ctx.view.words[end - 1] ?? '';
  if (POSSESSIVE_END.test(w)) return 0;
  return from - end === 1 && ctx.lex.possessives.has(ctx.view.words[end]!) ? 1 : -1;
}

/** "was received", not "is providing": the trigger's first word has a participle ending from the pack. */
function participle(ctx: ScanContext, from: number): boolean {
  const w = ctx.view.words[from]!;
  return endsWithAny(w, ctx.lex.participleEndings);
}

/** "support for", "visit to", "dukungan terhadap": the trigger already holds the preposition of its object. */
function endsWithPrep(ctx: ScanContext, hit: TriggerHit): boolean {
  const last = ctx.view.words[hit.to - 1]!;
  return ctx.lex.nounPreps.has(last) || ctx.lex.objectPreps.has(last);
}

/** ", an aide added" / ", kata juru bicara": a speaker sits in the short segment after the last comma. */
function speechFloor(ctx: ScanContext, from: number): number {
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) if (ctx.view.words[k] === ',') return k + 1;
  return 0;
}

/** "the attack happened near the gate": a trigger that is also a verb is a noun after a definite article. */
export function definiteUse(view: SentenceView, lex: EventLexicon, from: number): boolean {
  const before = from > 0 ? view.words[from - 1]! : '';
  return lex.determiners.has(before) && lex.anaphorBefore.has(before);
}

/** "the call", "this visit", "kunjungan itu", "pertemuan tersebut". */
function anaphoric(ctx: ScanContext, hit: TriggerHit): boolean {
  const { view, lex } = ctx;
  return (hit.from > 0 && lex.anaphorBefore.has(view.words[hit.from - 1]!)) || lex.anaphorAfter.has(view.words[hit.to] ?? '');
}

/** "Ten Chilean soldiers killed in Peru", "victims killed by the crash": a participle of what befell the actor right before it, no object after. */
function reducedPassive(ctx: ScanContext, hit: TriggerHit): boolean {
  const { view, lex } = ctx;
  if (hit.to - hit.from !== 1 || hit.from === 0 || view.mention[hit.from - 1]! < 0 || !lex.reducedPassives.has(view.words[hit.from]!)) return false;
  const next = view.words[hit.to];
  return next === undefined || isPunct(next) || lex.locativePreps.has(next) || lex.agentMarkers.has(next);
}

/** A verb in a form of `progressiveEndings` ("inviting") with neither an auxiliary nor a preposition right before it. */
function participleClause(ctx: ScanContext, hit: TriggerHit): boolean {
  const { view, lex } = ctx;
  const w = view.words[hit.from]!;
  if (!endsWithAny(w, lex.progressiveEndings, 3)) return false;
  const before = view.words[hit.from - 1];
  return before !== undefined && !lex.passiveAux.has(before) && (view.leads[hit.from - 1]! & LEAD.preposition) === 0 && !isPunct(before);
}

/**
 * The clause's first actor outside a prepositional phrase, when it stands before `found` with a plain word (a verb)
 * between them and no coordinator; null otherwise. The clause opens after the last punctuation or clause break.
 */
function clauseSubject(ctx: ScanContext, found: Group): Group | null {
  const { view, lex } = ctx;
  let start = found.from;
  while (start > 0 && !isPunct(view.words[start - 1]!) && (view.leads[start - 1]! & LEAD.clauseBreak) === 0) start--;
  const first = groupAfter(ctx, start, found.from, false, SUBJECT_REACH);
  if (!first || first.to >= found.from) return null;
  let plain = false;
  for (let k = first.to; k < found.from; k++) {
    const w = view.words[k]!;
    if (isPunct(w) || (view.leads[k]! & (LEAD.clauseBreak | LEAD.coordinator)) !== 0 || lex.relativePronouns.has(w)) return null;
    if (view.mention[k]! < 0) plain = true;
  }
  return plain ? first : null;
}

/**
 * Where a verb's phrase ends for the subject scan of the act after it: past its agent and a comma when it is a passive
 * opening with its agent ("Dimediasi China, Arab Saudi dan Iran sepakat …", "Brokered by Qatar, the two sides agreed").
 */
export function agentEnd(ctx: ScanContext, verb: TriggerHit): number {
  const { view } = ctx;
  if (!verb.trigger.passive || (view.mention[verb.to] ?? -1) < 0) return verb.to;
  const [, b] = mentionRange(view, verb.to);
  return view.words[b] === ',' ? b + 1 : verb.to;
}

/** A clause break among the words from `from` to before `to`. */
function breakBetween(ctx: ScanContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((ctx.view.leads[k]! & LEAD.clauseBreak) !== 0) return true;
  return false;
}

/**
 * "called on Russia to …": a phrase ending in a topic preposition governs its object itself; the preposition makes
 * no aside of what follows ("spoke on the phone with X" is read as before).
 */
function ownPrep(ctx: ScanContext, hit: TriggerHit): boolean {
  const last = ctx.view.words[hit.to - 1]!;
  return hit.to - hit.from > 1 && ctx.lex.topicPreps.has(last) && !ctx.lex.nounPreps.has(last);
}

/** "drills around Taiwan", "exercises near Japan": a show of force whose phrase ends in a place preposition is aimed at what follows. */
function aimedAround(ctx: ScanContext, hit: TriggerHit): boolean {
  return hit.trigger.plover === 'MOBILIZE' && hit.to - hit.from > 1 && ctx.lex.locativePreps.has(ctx.view.words[hit.to - 1]!);
}

/** "was received", "were invited", "has been accused" (not "is conducting military exercises"). */
function auxBefore(ctx: ScanContext, from: number): boolean {
  return from > 0 && ctx.lex.passiveAux.has(ctx.view.words[from - 1]!);
}

/** The trigger sits in a fronted phrase: only function words before it ("During the call,"). */
function frontedClause(ctx: ScanContext, from: number): boolean {
  const { view } = ctx;
  if (from > SUBJECT_REACH) return false;
  for (let k = 0; k < from; k++) if (view.mention[k]! >= 0 || isPunct(view.words[k]!)) return false;
  for (let k = from; k < Math.min(view.words.length, from + SUBJECT_REACH); k++) if (view.words[k] === ',') return true;
  return false;
}

/** "During the call, Putin emphasised …" → Putin. */
function subjectAfterComma(ctx: ScanContext, from: number): Group | null {
  const { view } = ctx;
  let k = from;
  while (k < Math.min(view.words.length, from + SUBJECT_REACH) && view.words[k] !== ',') k++;
  return groupAfter(ctx, k + 1, view.words.length, false, 3);
}

/**
 * Parties without repeats, in order, and without any actor of `except`; the lists hold a few parties, so no
 * Set. The list itself when nothing goes (the usual case): lists are shared, never changed in place.
 */
function dedupe(parties: readonly Party[], except: readonly Party[] = NO_PARTIES): Party[] {
  let clean = true;
  for (let i = 0; i < parties.length && clean; i++) clean = !includes(except, parties[i]!.actorId) && !repeated(parties, i);
  if (clean) return parties as Party[];
  const out: Party[] = [];
  for (const p of parties) if (!includes(out, p.actorId) && !includes(except, p.actorId)) out.push(p);
  // an empty literal has the small-integer array map: the scans optimised on party lists would deoptimise on it
  return out.length > 0 ? out : NO_PARTIES;
}


/** The actor of `parties[i]` is named earlier in the list. */
function repeated(parties: readonly Party[], i: number): boolean {
  const id = parties[i]!.actorId;
  for (let k = 0; k < i; k++) if (parties[k]!.actorId === id) return true;
  return false;
}

function includes(parties: readonly Party[], actorId: string): boolean {
  for (const p of parties) if (p.actorId === actorId) return true;
  return false;
}
