import type { Doc } from '../../../core/doc.js';
import { actorsById } from '../actors-by-id.js';
import { actKind, REDUCES, TOLD_DATE, type Draft } from './06-build-drafts.js';

/** How much each PLOVER type tends to be what a diplomatic article is about (a Map: see `MODE_RANK` in the merge step). */
const TYPE_WEIGHT = new Map<string, number>(Object.entries({
  CONSULT: 3, AGREE: 2, SUPPORT: 1.6, COOPERATE: 1.8, AID: 2, ACCUSE: 1.8, REJECT: 1.6, THREATEN: 1.8,
  REQUEST: 1.4, SANCTION: 2.2, ASSAULT: 2.2, COERCE: 2, PROTEST: 2, MOBILIZE: 1.8, RETREAT: 1.8,
  CONCEDE: 1.5, STATEMENT: 0.3,
}));

/** A signing is a formal agreement (CAMEO 057, under SUPPORT); an invitation only an intent to meet (036, under AGREE). */
const SIGNING_WEIGHT = 2.2;
const INVITATION_WEIGHT = 1.5;

function typeWeight(e: Draft['event']): number {
  if (e.plover === 'SUPPORT' && e.cameo.startsWith('057')) return SIGNING_WEIGHT;
  if (e.plover === 'AGREE' && invitation(e)) return INVITATION_WEIGHT;
  return TYPE_WEIGHT.get(e.plover) ?? 1.5;
}

/**
 * Marks exactly one headline event: the best mix of title and lead salience, type, and the
 * prominence of its actors (how often the article names them); planned, negated and background
 * events only win when nothing else happened. An agreement yields to the talks that produced it.
 */
export function pickMain(doc: Doc, drafts: readonly Draft[]): void {
  if (drafts.length === 0) return;
  const sentences = doc.sentences ?? [];
  const lead = sentences.findIndex((s) => !s.title);
  const actors = actorsById(doc);
  let maxCount = 1;
  for (const a of actors.values()) maxCount = Math.max(maxCount, a.mentions.length);
  let best: Draft = drafts[0]!;
  let bestScore = -Infinity;
  const scores = new Map<Draft, number>();
  for (const d of drafts) {
    const e = d.event;
    let best1 = 0;
    // "EU and Tunisia sign pact as Meloni invites Saied": a title tells first what it reports, then what goes with it
    for (const s of d.sentences) best1 = Math.max(best1, sentences[s]?.title === true && !d.titleMain ? ASIDE_SALIENCE : salience(sentences[s]?.title === true, s - lead));
    let score = best1 + 0.3 * Math.min(3, d.sentences.length - 1);
    score += typeWeight(e);
    score += 0.5 * Math.min(3, e.participants.length);
    // summed apart, then added, in participant order: the float result stays that of the sum it replaced
    let prominence = 0;
    for (const p of e.participants) prominence += (actors.get(p.id)?.mentions.length ?? 0) / maxCount;
    score += prominence;
    if (e.participants.some((p) => p.kind === 'person')) score += 0.5;
    if (d.carried) score -= 0.5;
    if (e.participants.length === 0) score *= 0.2;
    // "Poland to shut last Russian consulate": a measure a state says it will take is decided, the news itself
    if (e.modality === 'planned') score *= REDUCES.test(e.cameo) ? 0.8 : 0.4;
    if (e.modality === 'negated') score *= 0.1;
    if (d.background) score *= 0.1;
    // "Indonesia condemns Israeli attack": the reaction is the news, the act it is about its topic, however much the
    // story goes on to tell of it
    if (d.governed || (toldUpFront(d, lead) && d.firstUngoverned > lead + 1)) score *= 0.5;
    // "… raise ties as Putin meets Xi", "agreed a truce after talks": an act the front of the story tells only as
    // another's setting is its scene
    if (framedUpFront(d, lead)) score *= 0.5;
    // '"He was the one who received the Pope at the palace," the spokesman said': what a quote recalls is the speaker's
    // words, not what the article reports
    if (quotedOnly(doc, d, lead)) score *= 0.5;
    scores.set(d, score);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  best = fullerTelling(best, drafts, scores) ?? best;
  best = datedTelling(best, drafts, scores) ?? best;
  (meetingOf(best, drafts, scores, lead) ?? best).event.main = true;
}

/**
 * "Albanese hosts China's Li" with Li unresolved, then "Albanese and Li Qiang held talks": a one-sided
 * headline event, or one of countries alone, yields to the best event of its type (a signing being an agreement),
 * modality and time that names its actors and more, or their people.
 */
function fullerTelling(best: Draft, drafts: readonly Draft[], scores: Map<Draft, number>): Draft | null {
  const e = best.event;
  // "Australia and Indonesia agree …" then "Albanese and Prabowo signed …": countries alone yield to their people
  const bare = e.participants.length < 2;
  if (!bare && !e.participants.every((p) => p.kind === 'country')) return null;
  let found: Draft | null = null;
  for (const d of drafts) {
    const o = d.event;
    if (d === best || d.background || kindOf(o) !== kindOf(e) || invitation(o) !== invitation(e) || o.modality !== e.modality || o.participants.length < 2) continue;
    if (!bare && !o.participants.some((q) => q.kind === 'person')) continue;
    if (o.date !== e.date || !e.participants.every((p) => o.participants.some((q) => q.id === p.id || q.country === p.id))) continue;
    if (!found || scores.get(d)! > scores.get(found)!) found = d;
  }
  return found;
}

/**
 * "Chile and Peru have agreed to end their dispute" dated only by the dateline, then "the two presidents signed the
 * accord late on Tuesday": the agreement yields to the signing of the same countries that the text itself dates.
 */
function datedTelling(best: Draft, drafts: readonly Draft[], scores: Map<Draft, number>): Draft | null {
  const e = best.event;
  if (kindOf(e) !== 'AGREE' || invitation(e) || e.modality !== 'actual' || TOLD_DATE.has(e.date_basis)) return null;
  const countries = countriesOf(e);
  if (countries.size < 2) return null;
  let found: Draft | null = null;
  for (const d of drafts) {
    const o = d.event;
    if (d === best || d.background || kindOf(o) !== 'AGREE' || invitation(o) || o.modality !== 'actual' || !TOLD_DATE.has(o.date_basis)) continue;
    if (o.date === null || e.date === null || o.date > e.date) continue;
    const theirs = countriesOf(o);
    if (theirs.size !== countries.size || ![...countries].every((c) => theirs.has(c))) continue;
    if (!found || scores.get(d)! > scores.get(found)!) found = d;
  }
  return found;
}

/** An invitation (AGREE 036) is only an intent to meet: no agreement is told fuller by one, nor one by an agreement. */
function invitation(e: Draft['event']): boolean {
  return e.cameo.startsWith('036');
}

/** "Australia offers refuge under a new treaty" then "Australia and Tuvalu signed a treaty": a signing is an agreement told fuller. */
function kindOf(e: Draft['event']): string {
  return actKind(e.plover, e.cameo);
}

/** The outcomes of talks: what the parties agree, sign or pledge there. */
const OUTCOME = new Set(['AGREE', 'COOPERATE']);
const SUMMIT = '044';
/** A mediator's act is not the talks of the parties it brings together. */
const MEDIATION = '045';

/**
 * "X and Y pledge deeper ties" over "X and Y held talks": an agreement is what a meeting produced, and
 * the meeting of the same countries on the same day is the news; an agreement whose parties differ from
 * the meeting's (two neighbours signing at a summit of many) stays the news itself, and so does one signed
 * by named people or by countries alone whose meeting only a later paragraph tells ("Ministers sign pact" … "Before
 * the signing, the leaders held talks"; "Indonesia and Australia raise ties" … "Later in the day Albanese met Prabowo").
 */
function meetingOf(best: Draft, drafts: readonly Draft[], scores: Map<Draft, number>, lead: number): Draft | null {
  const e = best.event;
  if (!(OUTCOME.has(e.plover) && !invitation(e)) && !e.cameo.startsWith('057')) return null;
  const countries = countriesOf(e);
  if (countries.size < 2) return null;
  let found: Draft | null = null;
  for (const d of drafts) {
    const o = d.event;
    // a summit is the gathering where the agreement was made, not the talks of its parties
    // "agreed a ceasefire after talks in Doha": talks told only as the agreement's setting are not the news
    // "Prabowo dan Putin Teken Deklarasi …" … "ditandatangani … usai pertemuan bilateral": talks the front of the story
    // tells only as the setting are not its news, however a later paragraph tells them
    if (d.background || framedUpFront(d, lead) || o.plover !== 'CONSULT' || o.cameo === SUMMIT || o.cameo === MEDIATION || o.modality !== 'actual' || e.modality !== 'actual' || o.date !== e.date) continue;
    // "India and Pakistan agree ceasefire" … "after their army chiefs spoke by phone": talks told only later leave the
    // agreement the news
    if (!toldUpFront(d, lead)) continue;
    const theirs = countriesOf(o);
    if (theirs.size !== countries.size || ![...countries].every((c) => theirs.has(c))) continue;
    if (!found || scores.get(d)! > scores.get(found)!) found = d;
  }
  return found;
}

/** Every telling is another act's setting, or every telling in the title and the lead's two sentences is. */
function framedUpFront(d: Draft, lead: number): boolean {
  return d.framed || (toldUpFront(d, lead) && d.firstUnframed > lead + 1);
}

/** Every telling is inside a direct quote past the lead. */
function quotedOnly(doc: Doc, d: Draft, lead: number): boolean {
  const sentences = doc.sentences ?? [];
  for (const span of d.spans) {
    const s = sentences[span.sentence];
    if (s === undefined || span.sentence <= lead || !insideQuote(doc.text, s.start, s.end, span.start)) return false;
  }
  return d.spans.length > 0;
}

/**
 * Offset `at` of a sentence [from, to) is inside a quotation: one opened before it in the sentence, or one the sentence
 * only closes after it (a quote begun sentences before: 'The Pope came. He was received here," the minister said').
 */
function insideQuote(text: string, from: number, to: number, at: number): boolean {
  let open = 0;
  let straightBefore = 0;
  let straightAfter = 0;
  let closesFirst = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (i < at) straightBefore++;
      else straightAfter++;
    } else if (i < at) {
      if (c === 0x201c) open++;
      else if (c === 0x201d) open = Math.max(0, open - 1);
    } else if (c === 0x201c) break;
    else if (c === 0x201d) {
      closesFirst = true;
      break;
    }
  }
  if (open > 0 || straightBefore % 2 === 1) return true;
  return (closesFirst && open === 0) || (straightBefore === 0 && straightAfter % 2 === 1);
}

/** Told in the title or the lead's two sentences, where an article says what it reports. */
function toldUpFront(d: Draft, lead: number): boolean {
  for (const s of d.sentences) if (s <= lead + 1) return true;
  return false;
}

function countriesOf(e: Draft['event']): Set<string> {
  const out = new Set<string>();
  for (const p of e.participants) if (p.country !== null) out.add(p.country);
  return out;
}

/** A title's act told beside the one it opens with: between the title's own and the lead's. */
const ASIDE_SALIENCE = 4;

/** Title 5 (the title tells what the article reports), lead 2.5, then decaying with distance from the lead. */
function salience(title: boolean, fromLead: number): number {
  if (title) return 5;
  if (fromLead <= 0) return 2.5;
  return 2 / (1 + 0.5 * fromLead);
}
