import { addDays } from '../../../core/add-days.js';
import type { Actor, ActorRef, Doc, Event, Mention, PlaceMention, Sentence } from '../../../core/doc.js';
import { actorsById } from '../actors-by-id.js';
import type { Ontology } from '../ontology.js';
import type { EventSpan, PickedDate, Pickers } from '../pickers.js';
import type { Candidate, Party } from '../types.js';

/** An event being built, with what the merge and headline steps need to know about it. */
export interface Draft {
  event: Event;
  /** Sentence indexes of its evidence. */
  sentences: number[];
  background: boolean;
  carried: boolean;
  /** The trigger took both sides alike (talks, agreements). */
  reciprocal: boolean;
  /** Every telling is the object of a criticism or rejection (see `Candidate.governed`). */
  governed: boolean;
  /** Every telling is the scene of another act (see `Candidate.framed`). */
  framed: boolean;
  /** The first sentence telling it as an act of its own, not the scene of another; Infinity when none does. */
  firstUnframed: number;
  /** The first sentence telling it as an act of its own, not the object of a criticism; Infinity when none does. */
  firstUngoverned: number;
  /** Told in the title as an act of its own, neither beside another (see `Candidate.aside`) nor as its scene. */
  titleMain: boolean;
  /** Trigger spans of every mention of the event, in text order: where its place is looked for. */
  spans: EventSpan[];
}

/** Positions each state of a list takes on its own (criticism, rejection). */
const SEVERAL_VOICES = new Set(['ACCUSE', 'REJECT']);

/** Types whose act tells something with no actor named: a protest, an attack. */
const ACTORLESS = new Set(['PROTEST', 'ASSAULT']);

/** Types that react to another's act: criticism, rejection, protest, praise. */
const REACTS = new Set(['ACCUSE', 'REJECT', 'PROTEST', 'SUPPORT']);

/** Characters after a visit trigger within which a place names what was visited ("trip to the Russian capital"). */
const VISIT_REACH = 30;

/** The same after a visit told by the gathering attended, whose name comes first ("attended the Pacific Alliance summit in Lima"). */
const GATHERING_REACH = 60;

/** Characters after a criticism within which a place abroad names where the criticised act happened. */
const ACT_REACH = 60;

/** CAMEO codes of acts aimed at the country they happen in: visits and attendance (042), aid (07), demonstrations (14), shows of force (15), force and violence (18–20). */
const ABROAD = /^(042|07|14[0-4]|15|1[89]|20)/;

/** CAMEO codes of sympathy (018): it goes to those who suffered the loss it names. */
const SYMPATHY = /^018/;

/** Date bases that come from the article's own words rather than its dateline or publication. */
export const TOLD_DATE = new Set(['explicit', 'relative']);

/** The states (or, for actors of none, the actors) acting in the lead's acts. */
function actingSides(candidates: readonly Candidate[], lead: number, actors: ReadonlyMap<string, Actor>): Set<string> {
  const acting = new Set<string>();
  for (const c of candidates) if (c.sentence === lead) for (const p of c.source) acting.add(actors.get(p.actorId)?.country ?? p.actorId);
  return acting;
}

/** `c` is a statement whose speakers are all of the acting sides. */
function saidBy(c: Candidate, acting: ReadonlySet<string>, actors: ReadonlyMap<string, Actor>): boolean {
  return c.trigger.pattern === 'speech' && c.source.length > 0 && c.source.every((p) => acting.has(actors.get(p.actorId)?.country ?? p.actorId));
}

/** The sentence after the lead, in its paragraph, when no trigger stands in it: it can only tell more of the lead. */
function elaboration(doc: Doc, candidates: readonly Candidate[], lead: number, acting: ReadonlySet<string>, actors: ReadonlyMap<string, Actor>): Sentence | null {
  const sentences = doc.sentences ?? [];
  const next = sentences[lead + 1];
  if (lead < 0 || !next || next.paragraph !== sentences[lead]!.paragraph) return null;
  // "Rubio mengumumkan keputusan itu … pada Jumat (14/3/2025)": the acting side announcing the act tells more of it
  for (const c of candidates) if (c.sentence === lead + 1 && !saidBy(c, acting, actors)) return null;
  return next;
}

/** The kind of act a PLOVER type and CAMEO code tell, a signing (SUPPORT 057) being an agreement. */
export function actKind(plover: string, cameo: string): string {
  return plover === 'SUPPORT' && cameo.startsWith('057') ? 'AGREE' : plover;
}

function kindOfTrigger(c: Candidate): string {
  return actKind(c.trigger.plover, c.trigger.cameo);
}

/** Words a restating sentence opens with before its event noun ("The Comprehensive Strategic Partnership Treaty"). */
const OPENING_WORDS = 6;

/**
 * Sentence `s`, which opens by referring back to an event, opens with no trigger, or with one of `c`'s kind: it may
 * restate `c` ("The remarks were made during a visit …" restates a threat; "The declaration was signed …" no protest).
 */
function restatesKind(candidates: readonly Candidate[], s: number, c: Candidate): boolean {
  for (const o of candidates) if (o.sentence === s && o.from < OPENING_WORDS) return kindOfTrigger(o) === kindOfTrigger(c);
  return true;
}

/** Sentences after the lead searched for the acting side's words about its act. */
const SAID_REACH = 2;

/**
 * The told date of the first thing the lead's acting side says in the sentences just after the lead ("kata Tykhyi …,
 * Selasa (3/9)", "Frederiksen told TV2 late on Tuesday"), else null: a side speaking right after its act is news
 * speaks of it, and the day it spoke is the best the text gives.
 */
function ownSideSaid(doc: Doc, candidates: readonly Candidate[], lead: number, acting: ReadonlySet<string>, actors: ReadonlyMap<string, Actor>, pickers: Pickers, leadLimit: number | undefined): PickedDate | null {
  if (acting.size === 0) return null;
  for (const c of candidates) {
    if (c.sentence <= lead || c.sentence > lead + SAID_REACH || !saidBy(c, acting, actors)) continue;
    const said = pickers.pickDate(doc, { start: c.span.start, end: c.span.end, sentence: c.sentence, limit: undefined, clauseLimit: undefined, floor: undefined, leadSentence: lead, leadLimit, restated: undefined }, false);
    if (TOLD_DATE.has(said.date_basis)) return said;
  }
  return null;
}

/** CAMEO codes of acts that reduce relations with another state, expelling envoys included (16). */
export const REDUCES = /^16/;

/** CAMEO codes of disapproval: criticism, denunciation, accusation (110–112). */
const DISAPPROVES = /^11[0-2]/;

/** `r` is the country itself of one of `source`'s actors. */
function ownState(r: ActorRef, source: readonly ActorRef[]): boolean {
  return r.kind === 'country' && source.some((s) => s.country === r.id);
}

/** Mentions of one event searched for its place. */
const PLACE_TRIES = 5;

/** Days before publication after which an explicitly dated event is history, not news. */
const BACKGROUND_DAYS = 60;

/**
 * Turns candidates with at least one known actor into draft events: CAMEO code, PLOVER type and
 * mode, quad class and Goldstein from the ontology, actor refs with CAMEO actor codes, date and
 * place from the pickers, one evidence sentence, a confidence.
 */
export function buildDrafts(doc: Doc, candidates: readonly Candidate[], ontology: Ontology, pickers: Pickers, countries: ReadonlyMap<string, ActorRef> = new Map(), topics: TopicWords = NO_TOPIC_WORDS): Draft[] {
  const actors = actorsById(doc);
  // read only for an event whose target is looked for among the places: many articles need none
  let places: Map<number, PlaceMention[]> | undefined;
  // whether each date is history, judged against this article's publication day
  const judged = historyOf(doc.published);
  // refs are plain data nobody changes: one per actor and mention, shared by the events that name it
  const refs: Array<ActorRef | undefined> = new Array((doc.mentions ?? []).length);
  const mentions = doc.mentions ?? [];
  const drafts: Draft[] = [];
  // "Indonesia Kecam Keras Serangan Israel" over "mengecam keras serangan udara Israel …, Selasa (9/9)": the lead's
  // dates from the act it criticises on are that act's, also for the title's telling that falls back on the lead
  const lead = (doc.sentences ?? []).findIndex((s) => !s.title);
  let leadLimit: number | undefined;
  for (const c of candidates) {
    if (c.sentence !== lead || !c.governed) continue;
    leadLimit = c.span.start;
    break;
  }
  // "mengirimkan bantuan untuk korban gempa yang mengguncang Myanmar pada Jumat": nor are those of a clause opening
  // after the lead's first act
  for (const c of candidates) {
    if (c.sentence !== lead) continue;
    if (c.clauseAt >= 0 && (leadLimit === undefined || c.clauseAt < leadLimit)) leadLimit = c.clauseAt;
    break;
  }
  // the sentence after the lead when it tells more of the lead's act, found once when first needed (null: none)
  let elaborated: Sentence | null | undefined;
  // the lead's acting sides, found at the first lead act left undated
  let acting: Set<string> | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.anaphor) continue;
    const next = candidates[i + 1];
    const source = refsOf(c.source, actors, mentions, refs);
    // refsOf's and visitedCountry's lists are the event's own, or the shared empty one: replaced when empty, never added to
    let target = refsOf(c.target, actors, mentions, refs);
    if (target.length === 0 && c.trigger.mode === 'visit') target = visitedCountry((places ??= placesBySentence(doc)), c, actors, source[0]?.country ?? null, c.trigger.objectWords ? GATHERING_REACH : VISIT_REACH, countries, doc.text, topics);
    // "attended a summit in Chile", "staged a protest in Lima", "held military drills off Peru": an act abroad targets the country it happens in
    else if (target.length === 0 && source[0]?.country && ABROAD.test(c.trigger.cameo)) target = visitedCountry((places ??= placesBySentence(doc)), c, actors, source[0].country, VISIT_REACH, countries, doc.text, topics);
    // "condemned the burning of a Koran in Stockholm": criticism of an act abroad targets the country it happened in
    if (target.length === 0 && c.trigger.plover === 'ACCUSE' && source.length > 0) {
      // "dikecam oleh Turki, Arab Saudi …": a country among the critics is not where the act happened
      const abroad = visitedCountry((places ??= placesBySentence(doc)), c, actors, source[0]!.country, ACT_REACH).filter((r) => !source.some((s) => s.id === r.id || s.country === r.id));
      // a filtered empty list has the small-integer map (see NO_REFS): only a found country replaces the shared one
      if (abroad.length > 0) target = abroad;
    }
    // "expressed condolences over the earthquake in Turkey", "expressed sorrow for the shootings in South Carolina":
    // sympathy goes to the country where the loss happened, the speaker's own too, when the speaker is not that state itself
    if (target.length === 0 && SYMPATHY.test(c.trigger.cameo) && source.length > 0) {
      const mourned = visitedCountry((places ??= placesBySentence(doc)), c, actors, null, ACT_REACH, countries).filter((r) => !source.some((s) => s.id === r.id));
      if (mourned.length > 0) target = mourned;
    }
    // "Putin suspends Russia's participation in the treaty": a state reduces its relations with others, never with itself;
    // "Sugiono menyampaikan keprihatinan Indonesia": the concern it voices is its own, not one it has about itself
    if ((REDUCES.test(c.trigger.cameo) || DISAPPROVES.test(c.trigger.cameo)) && target.some((r) => ownState(r, source))) {
      const others = target.filter((r) => !ownState(r, source));
      target = others.length > 0 ? others : NO_REFS;
    }
    const participants = uniqueRefs(source, target);
    // no actor the article names: a protest or an attack still happened ("Thousands protest outside parliament"), barely
    // trusted; any other act needs someone to do it or have it done to ("Warga diminta tetap waspada" asks nothing of a state)
    if (participants.length === 0 && (c.trigger.noun || c.modality === 'negated' || !ACTORLESS.has(c.trigger.plover))) continue;
    const entry = ontology.lookup(c.trigger.cameo);
    if (!entry) throw new RangeError(`Unknown CAMEO code "${c.trigger.cameo}" in the events lexicon`);
    // "condemned the strike on Doha on Tuesday": a date after the act criticised is that act's
    const limited = next !== undefined && next.sentence === c.sentence && (next.modality !== c.modality || next.governed);
    let limit = limited ? next.span.start : undefined;
    let clauseLimit = false;
    // a reaction's relative clause tells the act reacted to, and a date closing the sentence is that act's
    // ("mengecam keras aksi pembakaran … yang dilakukan …, Sabtu (21/1)")
    if (c.clauseAt >= 0 && (limit === undefined || c.clauseAt < limit)) (limit = c.clauseAt), (clauseLimit = !limited && !REACTS.has(c.trigger.plover));
    const span: EventSpan = { start: c.span.start, end: c.span.end, sentence: c.sentence, limit, clauseLimit, floor: c.frameAt >= 0 ? c.frameAt : undefined, leadSentence: lead, leadLimit, restated: undefined };
    let picked = pickers.pickDate(doc, span, c.modality === 'planned');
    // "Serbia handed protest notes …" then "The declaration was signed in Tirana on Tuesday": a later sentence restating
    // another kind of act does not date this one
    if (picked.restatedIn !== undefined && picked.restatedIn >= 0 && !restatesKind(candidates, picked.restatedIn, c)) {
      span.restated = false;
      picked = pickers.pickDate(doc, span, c.modality === 'planned');
    }
    // "Indonesia sent aid to Gaza. The 60 tonnes left Jakarta on Wednesday.": the lead's act undated in its own words
    // takes the date of the next sentence of its paragraph when that one only tells more of it (no act of its own)
    if (c.sentence === lead && !TOLD_DATE.has(picked.date_basis) && (elaborated ??= elaboration(doc, candidates, lead, (acting ??= actingSides(candidates, lead, actors)), actors)) !== null) {
      const next = pickers.pickDate(doc, { start: elaborated.start, end: elaborated.start, sentence: lead + 1, limit: undefined, clauseLimit: undefined, floor: undefined, leadSentence: lead, leadLimit, restated: undefined }, c.modality === 'planned');
      if (TOLD_DATE.has(next.date_basis)) picked = next;
    }
    // "Frederiksen has rejected …" then, a paragraph on, "… Frederiksen told TV2 late on Tuesday": the acting side's
    // own words just after the lead are dated when the lead is not
    if (c.sentence === lead && !TOLD_DATE.has(picked.date_basis)) picked = ownSideSaid(doc, candidates, lead, (acting ??= actingSides(candidates, lead, actors)), actors, pickers, leadLimit) ?? picked;
    // "Putin's speech came a day after Biden made a surprise visit to Kyiv": an act its own clause leaves undated lies
    // the frame's days from the main clause's time
    if (c.frameDays !== null && picked.toldIn !== c.sentence) picked = shiftedFrom(doc, span, c.frameDays, pickers) ?? picked;
    let modality = c.modality;
    if (modality === 'actual' && picked.date && doc.published && picked.date_basis !== 'published' && dayAfter(picked.date, doc.published)) modality = 'planned';
    const event: Event = {
      id: '', main: false, plover: c.trigger.plover, mode: c.trigger.mode, cameo: c.trigger.cameo,
      cameo_root: rootOf(c.trigger.cameo), quad: entry.quad, goldstein: entry.goldstein,
      source: source[0] ?? null, target: target[0] ?? (c.reciprocal ? source[1] ?? null : null), participants,
      date: picked.date, date_precision: picked.date_precision, date_basis: picked.date_basis,
      location: null, // placed once the restatements are merged (placeDrafts)
      evidence: NOT_YET_EVIDENCE, // read from the draft's sentences once the restatements are merged (mergeDrafts)
      confidence: confidence(c, source.length > 0, target.length > 0 || participants.length > 1),
      modality, topics: NOT_YET_TOPICS, // read from its sentences by finishEvents
    };
    if (c.reciprocal) event.reciprocal = true;
    const old = picked.date_basis !== 'published' && judged !== undefined && longBefore(judged, picked.date, doc.published!);
    // "travelled to Beijing last November, when he met Xi": the "when" clause shares its history
    const prev = drafts.at(-1);
    const linked = c.linked && prev !== undefined && prev.sentences[0] === c.sentence && prev.background;
    // every field set here, in one order: drafts keep one shape through the merge and the headline pick
    drafts.push({ event, sentences: [c.sentence], background: c.background || old || linked, carried: c.carried, reciprocal: c.reciprocal, governed: c.governed, framed: c.framed, firstUnframed: c.framed ? Infinity : c.sentence, firstUngoverned: c.governed ? Infinity : c.sentence, titleMain: !c.aside && !c.framed && doc.sentences?.[c.sentence]?.title === true, spans: [span] });
    // "Brazil, Colombia and Argentina condemned the raid": each state takes its own position, one event each
    if (!c.reciprocal && SEVERAL_VOICES.has(event.plover) && target.length > 0 && source.length > 1 && source.every((r) => r.kind === 'country')) {
      const last = drafts.pop()!;
      for (const r of source) {
        const own: Event = { ...event, source: r, participants: uniqueRefs([r], target) };
        drafts.push({ ...last, event: own, sentences: [c.sentence], spans: [span] });
      }
    }
  }
  return drafts;
}

/** The date of the main clause a framed act is told in (its dates before the frame, else the lead's…) moved by `days`. */
function shiftedFrom(doc: Doc, span: EventSpan, days: number, pickers: Pickers): PickedDate | null {
  const main = pickers.pickDate(doc, { ...span, limit: span.floor, clauseLimit: false, floor: undefined }, false);
  if (main.date === null || main.date_precision !== 'day') return null;
  return { date: addDays(main.date, days), date_precision: 'day', date_basis: 'relative', restatedIn: -1, toldIn: -1 };
}

/** Gives each merged event the place of its first mention that has one (one picker call per event, not per restatement). */
export function placeDrafts(doc: Doc, drafts: readonly Draft[], pickers: Pickers): void {
  for (const d of drafts) {
    // a call by telephone or video joins two places and happens in neither ("discussed Ukraine" is its topic)
    if (d.event.mode === 'phone' || d.event.mode === 'video') continue;
    const home = actsAtHome(d.event) ? d.event.source!.country : hostCountry(d.event);
    // the first few mentions decide: a place named only in the 500th restatement is not worth a quadratic search
    for (let k = 0; k < d.spans.length && k < PLACE_TRIES; k++) {
      d.event.location = pickers.pickPlace(doc, d.spans[k]!, home);
      if (d.event.location) break;
    }
  }
}

/**
 * An act done where its source is, not by telephone or video and not a journey ("Niger ordered the envoy out",
 * "Beijing condemned"): the source's own country may place it.
 */
function actsAtHome(e: Event): boolean {
  return e.source !== null && e.source.country !== null && e.mode !== 'phone' && e.mode !== 'video' && e.mode !== 'visit';
}

/** Cooperative acts, done where the side they go to is when a side comes to it: aid, agreements, signings, meetings. */
const HOSTED = new Set(['AID', 'AGREE', 'COOPERATE', 'CONSULT']);

/**
 * "CHISINAU — von der Leyen unveiled a package for Moldova": a cooperative act of a side with no home of its own
 * here, aimed at a state, may be placed at that state's dateline city.
 */
function hostCountry(e: Event): string | null {
  if (e.target === null || e.target.country === null || e.mode === 'phone' || e.mode === 'video') return null;
  return HOSTED.has(actKind(e.plover, e.cameo)) ? e.target.country : null;
}

/** The contract's ActorRef; the mention's own code wins (`the Kremlin` → RUSGOV beside Russia's RUS). */
export function toRef(actor: Actor, mentionCode?: string): ActorRef {
  const code = mentionCode ?? actor.code ?? actor.country ?? null;
  // an official of a body of states acts for it, not for the state of their birth (the EU's trade commissioner)
  const country = actor.kind === 'person' && code !== null && code.startsWith('IGO') ? null : actor.country;
  return { id: actor.id, name: actor.name, kind: actor.kind, country, code };
}

/**
 * "travelled to Moscow", "perjalanan ke Moskow": the country of the place visited, as the article's actor,
 * else (with `countries`) as a country ref of its own.
 */
function visitedCountry(places: ReadonlyMap<number, PlaceMention[]>, c: Candidate, actors: ReadonlyMap<string, Actor>, home: string | null, reach: number, countries?: ReadonlyMap<string, ActorRef>, text?: string, topics?: TopicWords): ActorRef[] {
  const place = places.get(c.sentence)?.find((p) => p.sentence === c.sentence && p.start >= c.span.end && p.start - c.span.end <= reach && p.country !== null && p.country !== home);
  // "to attend a summit on the unrest in Iran": a place inside the act's topic is what it is about, not where it happens
  if (!place || (text !== undefined && topics !== undefined && topicBefore(text.slice(c.span.end, place.start), topics))) return NO_REFS;
  const actor = actors.get(place.country!);
  if (actor) return [toRef(actor)];
  const ref = countries?.get(place.country!);
  return ref ? [ref] : NO_REFS;
}

/** Words opening a topic phrase: a topic preposition and the determiners that may follow it. */
export interface TopicWords {
  preps: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
}

const NO_TOPIC_WORDS: TopicWords = { preps: new Set(), determiners: new Set() };

/**
 * `between` (the text from an act to a place) opens a topic phrase: a topic preposition then a determiner ("on the
 * unrest in"); a preposition before a date ("on Monday in Lima") opens none.
 */
function topicBefore(between: string, topics: TopicWords): boolean {
  const words = between.toLowerCase().split(/[^\p{L}]+/u);
  for (let i = 0; i + 1 < words.length; i++) if (topics.preps.has(words[i]!) && topics.determiners.has(words[i + 1]!)) return true;
  return false;
}

/** The refs of parties whose actor the article knows; the mention's own code wins. */
function refsOf(parties: readonly Party[], actors: ReadonlyMap<string, Actor>, mentions: readonly Mention[], cache: Array<ActorRef | undefined>): ActorRef[] {
  // most sides are one actor: a list made at its size, where a push into an empty list reserves room for 17
  if (parties.length === 1) {
    const ref = refOf(parties[0]!, actors, mentions, cache);
    return ref === undefined ? NO_REFS : [ref];
  }
  // no party: the shared empty list, not a new one for every one-sided candidate
  if (parties.length === 0) return NO_REFS;
  const out = NO_REFS.slice();
  for (const p of parties) {
    const ref = refOf(p, actors, mentions, cache);
    if (ref !== undefined) out.push(ref);
  }
  return out;
}

/** The ref of a party whose actor the article knows, else undefined. */
function refOf(p: Party, actors: ReadonlyMap<string, Actor>, mentions: readonly Mention[], cache: Array<ActorRef | undefined>): ActorRef | undefined {
  // a mention names one actor but for groups: the cached ref serves when it is this party's actor
  const cached = cache[p.mention];
  if (cached !== undefined && cached.id === p.actorId) return cached;
  const actor = actors.get(p.actorId);
  if (!actor) return undefined;
  const ref = toRef(actor, mentions[p.mention]?.code);
  if (p.mention >= 0) cache[p.mention] = ref;
  return ref;
}

/**
 * The placeholders of a draft's evidence and topics, shared by every draft: both lists are replaced, never
 * added to (mergeDrafts, finishEvents), and most drafts are restatements merged away before then, so an empty
 * list of their own for each of the bench corpus's 228k candidates was garbage.
 */
const NOT_YET_EVIDENCE: Event['evidence'] = [];
const NOT_YET_TOPICS: string[] = [];

const roots = new Map<string, string>();

/** The CAMEO root of a code ("0431" → "04"), one string per code. */
function rootOf(cameo: string): string {
  let root = roots.get(cameo);
  if (root === undefined) roots.set(cameo, (root = cameo.slice(0, 2)));
  return root;
}

/**
 * The empty ref list: shared as every empty side or participant list (never added to: an event's lists are
 * only replaced, and a ref is only written over one found in its list), and the list a new list is copied
 * from: a copy has the map of a list of objects even while empty (an empty literal has the small-integer map,
 * and the merge and headline loops would deoptimise on it).
 */
const NO_REFS: ActorRef[] = refList();

function refList(): ActorRef[] {
  const list: ActorRef[] = [{ id: '', name: '', kind: 'country', country: null, code: null }];
  list.pop();
  return list;
}

/** The doc's places by sentence, in text order. */
function placesBySentence(doc: Doc): Map<number, PlaceMention[]> {
  const out = new Map<number, PlaceMention[]>();
  for (const p of doc.places ?? []) {
    const list = out.get(p.sentence);
    if (list) list.push(p);
    else out.set(p.sentence, [p]);
  }
  return out;
}

/** `a` then `b` without repeated ids, in order (a few refs: no Set); `a` itself when `b` is empty and `a` repeats no id. */
function uniqueRefs(a: ActorRef[], b: readonly ActorRef[]): ActorRef[] {
  // the usual one-sided event: its participants are its source list (made for this event alone, never changed)
  if (b.length === 0 && !repeatsId(a)) return a;
  const out = NO_REFS.slice();
  for (const r of a) if (!hasId(out, r.id)) out.push(r);
  for (const r of b) if (!hasId(out, r.id)) out.push(r);
  return out;
}

function repeatsId(refs: readonly ActorRef[]): boolean {
  for (let i = 1; i < refs.length; i++) for (let k = 0; k < i; k++) if (refs[k]!.id === refs[i]!.id) return true;
  return false;
}

function hasId(refs: readonly ActorRef[], id: string): boolean {
  for (const r of refs) if (r.id === id) return true;
  return false;
}

/** Arguments found in the clause make a sure event; carried subjects and one-sided events less so. */
function confidence(c: Candidate, hasSource: boolean, hasOther: boolean): number {
  let score = 0.3 + (hasSource ? 0.35 : 0) + (hasOther ? 0.25 : 0);
  if (c.carried) score -= 0.15;
  if (c.trigger.pattern === 'speech') score -= 0.1;
  if (c.modality !== 'actual') score -= 0.05;
  return Math.round(Math.max(0.05, Math.min(0.95, score)) * 100) / 100;
}

// Per publication day, whether each date is history: articles date most of their events alike, and a corpus
// shares its publication days, so each pair is judged once (each judgement parses two dates).
const history = new Map<string, Map<string, boolean>>();
const HISTORY_LIMIT = 2_000;

/** The judgements made for the publication day `published` (looked up once per article); undefined when there is none. */
function historyOf(published: string | null | undefined): Map<string, boolean> | undefined {
  if (published === null || published === undefined) return undefined;
  let byDate = history.get(published);
  if (byDate === undefined) {
    if (history.size >= HISTORY_LIMIT) history.clear();
    history.set(published, (byDate = new Map()));
  }
  return byDate;
}

/** `isLongBefore`, remembered in the publication day's judgements. */
function longBefore(byDate: Map<string, boolean>, date: string | null, published: string): boolean {
  if (date === null) return false;
  let old = byDate.get(date);
  if (old === undefined) {
    old = isLongBefore(date, published);
    if (byDate.size < HISTORY_LIMIT) byDate.set(date, old);
  }
  return old;
}

function isLongBefore(date: string | null, published: string | null): boolean {
  if (!date || !published) return false;
  // "first spoke by telephone in 2021", "fought a border war in 1979": a year before publication's is history
  if (/^\d{4}$/.test(date)) return date < published.slice(0, 4);
  if (date.length < 7) return false;
  // "in November" read in January: a month two or more before publication's is history, whatever the day
  if (date.length === 7) return monthIndex(published) - monthIndex(date) >= 2 || monthsLongBefore(date, published);
  const d = Date.parse(date.length === 7 ? `${date}-28` : date.slice(0, 10));
  const p = Date.parse(published);
  return Number.isFinite(d) && Number.isFinite(p) && (p - d) / 86_400_000 > BACKGROUND_DAYS;
}

/** `date.slice(0, 10) > published`, compared in place: no day string cut for every draft. */
function dayAfter(date: string, published: string): boolean {
  const n = Math.min(date.length, 10);
  for (let i = 0; i < n && i < published.length; i++) {
    const a = date.charCodeAt(i);
    const b = published.charCodeAt(i);
    if (a !== b) return a > b;
  }
  return n > published.length;
}

/** Months since year 0 of a `YYYY-MM…` date. */
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
}

function monthsLongBefore(date: string, published: string): boolean {
  const d = Date.parse(`${date}-28`);
  const p = Date.parse(published);
  return Number.isFinite(d) && Number.isFinite(p) && (p - d) / 86_400_000 > BACKGROUND_DAYS;
}
