import type { Actor, ActorRef, Doc } from '../../../core/doc.js';
import { actorsById } from '../actors-by-id.js';
import type { Draft } from './06-build-drafts.js';
import { toRef } from './06-build-drafts.js';
import { STATE_CODE } from './trigger-variants.js';
import type { EventLexicon } from '../lexicon.js';
import type { SentenceView } from '../types.js';

/**
 * Body sentences after the title where a news story names who acted for each side: the lead and the
 * paragraph after it, counted in sentences because a standfirst or a byline line may stand as a paragraph.
 */
const FRONT_SENTENCES = 4;

/** Acts done by states' officials in person; force, crowds and mobilisations are not any one official's. */
const OFFICIAL_ACTS = new Set(['CONSULT', 'AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'SANCTION', 'COERCE', 'CONCEDE', 'RETREAT', 'STATEMENT']);

/**
 * CAMEO codes of joint acts, whatever their trigger: talks (040), meetings at a third place (044),
 * negotiations (046) and signings (057); both sides are parties alike, so each has its official. A visit's
 * host country stays the place visited.
 */
const JOINT_CODES = new Set(['040', '044', '046', '057']);

/** Diplomats expelled, relations cut (CAMEO 161): the side acted on is represented by its envoys. */
const EXPULSION = '161';

/**
 * "UK pledges £120m for Sudan" … "Foreign Secretary David Lammy told the conference …": the headline event
 * told of a country alone takes, for that side, the first official of that country the title and the first
 * body sentences name, in the country's place among the participants (the person carries the country).
 * The acting side (both sides of talks and signings) looks in the front of the story; the side acted on
 * only in the event's own sentences ("Trump Surati Prabowo, Ancam Tarif 32 Persen"). The words' own source and
 * target stay as written. An analyst asking for Lammy's events finds this one, and a report
 * that names the country and one that names its minister become the same participants.
 */
export function nameRepresentatives(doc: Doc, drafts: readonly Draft[], views: readonly SentenceView[], lex: EventLexicon): void {
  const main = drafts.find((d) => d.event.main === true);
  if (!main || main.background) return;
  const e = main.event;
  if (!OFFICIAL_ACTS.has(e.plover)) return;
  // an agreement's trigger may be reciprocal and still be one side's pledge to the other: only its signing is joint
  const joint = JOINT_CODES.has(e.cameo.slice(0, 3));
  const sides: ActorRef[] = [];
  const acting: boolean[] = [];
  for (const p of e.participants) {
    // a body of states acts by its organs' decisions ("the AU condemned", "the EU adopted sanctions"): only in talks
    // and signings does one of its officials take part for it
    const body = intergovernmental(p);
    if (body ? !joint : p.kind !== 'country' || p.country === null) continue;
    // a side already named by one of its people or bodies has its representative
    if (e.participants.some((q) => q !== p && (body ? q.code === p.code : q.country === p.country))) continue;
    const acts = joint || e.source?.id === p.id;
    // the country a visit goes to is where it went, not a party waiting for its official
    if (!acts && e.mode === 'visit') continue;
    sides.push(p);
    acting.push(acts);
  }
  if (sides.length === 0) return;
  const front = frontSentences(doc);
  // "Trump Surati Prabowo, Ancam Tarif": the other side takes an official only where the event's own words name one
  const own = ownSentences(doc, main);
  const actors = actorsById(doc);
  for (let k = 0; k < sides.length; k++) {
    const side = sides[k]!;
    // diplomats expelled are named wherever the story first names them ("… the six, including High Commissioner X")
    const official = firstOfficial(doc, acting[k] || e.cameo === EXPULSION ? front : own, actors, side, views, lex);
    if (!official) continue;
    const at = e.participants.indexOf(side);
    e.participants[at] = toRef(official);
  }
}

/** Flags by sentence index: the event's evidence sentences. */
function ownSentences(doc: Doc, d: Draft): boolean[] {
  const out: boolean[] = new Array((doc.sentences ?? []).length).fill(false);
  for (const s of d.sentences) out[s] = true;
  return out;
}

/** Flags by sentence index: the title's sentences and the first body sentences. */
function frontSentences(doc: Doc): boolean[] {
  const sentences = doc.sentences ?? [];
  const out: boolean[] = new Array(sentences.length).fill(false);
  let body = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.title === true || doc.paragraphs?.[s.paragraph]?.title === true) out[i] = true;
    else if (body < FRONT_SENTENCES) (body++, (out[i] = true));
  }
  return out;
}

/**
 * The first person in the front sentences who acts for `side` on the date: for a country one whose code is a sector of
 * its state, for an intergovernmental body one who holds its code (the EU's trade commissioner for the EU).
 */
function firstOfficial(doc: Doc, front: readonly boolean[], actors: ReadonlyMap<string, Actor>, side: ActorRef, views: readonly SentenceView[], lex: EventLexicon): Actor | undefined {
  const body = intergovernmental(side);
  const mentions = doc.mentions ?? [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!front[m.sentence] || m.modifier === true || m.actorIds.length !== 1) continue;
    const a = actors.get(m.actorIds[0]!);
    if (!a || a.kind !== 'person') continue;
    // the word before the name is read only for one who would otherwise represent the side
    if (body ? a.code === side.code : a.country === side.country && actsForState(a.code)) {
      if (!inEra(viewOf(views, m.sentence), i, lex)) return a;
    }
  }
  return undefined;
}

/** The view of sentence `index` (views are in sentence order; a sentence may have none). */
function viewOf(views: readonly SentenceView[], index: number): SentenceView | undefined {
  for (const v of views) if (v.index === index) return v;
  return undefined;
}

/** "first talks under Trump": mention `i` of the sentence names a period, not someone acting in it. */
function inEra(view: SentenceView | undefined, i: number, lex: EventLexicon): boolean {
  if (view === undefined || lex.eraMarkers.size === 0) return false;
  const k = view.mention.indexOf(i);
  return k > 0 && lex.eraMarkers.has(view.words[k - 1]!);
}

/** An organisation of states (`IGOEEC`, `IGOUNO`): a side whose officials hold its own code. */
function intergovernmental(p: ActorRef): boolean {
  return p.kind === 'organization' && p.code !== null && p.code.startsWith('IGO');
}

/** A state's code with a sector (`GBRGOV`, `PAKMIL`): a country's bare code is the state, not an official of it. */
function actsForState(code: string | null): boolean {
  return code !== null && code.length >= 6 && STATE_CODE.test(code);
}
