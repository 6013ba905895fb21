import type { ActorRef, Doc, Event } from '../../../core/doc.js';
import type { Candidate } from '../types.js';
import type { Draft } from './06-build-drafts.js';

/** Earlier events of the same type a new one is compared with. */
const MERGE_REACH = 200;

// Maps, not records: a record read by a key it was not written with looks the key up in the string table first
const MODE_RANK = new Map<string | null, number>([['video', 4], ['phone', 4], ['visit', 3], ['host', 3], ['in-person', 1]]);
const BASIS_RANK = new Map<string, number>([['explicit', 4], ['relative', 3], ['dateline', 2], ['published', 1], ['none', 0]]);

/**
 * Makes restatements one event: drafts of the same type, compatible mode and modality, whose
 * parties agree (the same actors, or a country standing for one of its people: "a Chinese official"
 * then "Li Qiang") merge, keeping every evidence sentence. Bare event nouns ("during the call")
 * join the nearest earlier event of their type as evidence.
 */
export function mergeDrafts(doc: Doc, drafts: Draft[], anaphors: readonly Candidate[]): Draft[] {
  const out: Draft[] = [];
  // only drafts of one type and modality can merge: bucket them so long articles stay near-linear
  const buckets = new Map<string, Map<string, Draft[]>>();
  for (const d of drafts) {
    // an event with no named actor merges with nothing ("Demonstrators blocked roads")
    if (d.event.participants.length === 0) {
      out.push(d);
      continue;
    }
    let byModality = buckets.get(d.event.plover);
    if (!byModality) buckets.set(d.event.plover, (byModality = new Map()));
    let bucket = byModality.get(d.event.modality);
    if (!bucket) byModality.set(d.event.modality, (bucket = []));
    let into: Draft | undefined;
    // restatements sit among an article's last few hundred events: a bounded look keeps giant inputs linear
    for (let i = bucket.length - 1; i >= Math.max(0, bucket.length - MERGE_REACH) && !into; i--) if (canMerge(bucket[i]!, d)) into = bucket[i];
    if (into) absorb(into, d);
    else {
      bucket.push(d);
      out.push(d);
    }
  }
  for (const a of anaphors) {
    // `out` is in text order: start from the last event told by then, look back a bounded way
    let host: Draft | undefined;
    const last = lastAtOrBefore(out, a.sentence);
    for (let i = last; i >= Math.max(0, last - MERGE_REACH) && !host; i--) {
      const o = out[i]!;
      if (o.event.plover === a.trigger.plover && modesAgree(o.event.mode, a.trigger.mode) && o.event.participants.length > 0) host = o;
    }
    if (host) {
      host.sentences.push(a.sentence);
      shareDate(doc, out, host, a.sentence, last);
      if (a.governed) aimReaction(out, a, host, last);
    }
  }
  // restatements share their sentences: each one's text is cut once
  const sentences = doc.sentences ?? [];
  // sized at once: filled out of order, a list grown one index at a time would be copied as it grows
  const texts: Array<string | undefined> = new Array(sentences.length);
  for (const d of out) {
    tidy(d);
    // evidence is made here, for the events that stay, not for every restatement merged away
    const evidence: Event['evidence'] = new Array(d.sentences.length);
    for (let i = 0; i < d.sentences.length; i++) {
      const n = d.sentences[i]!;
      const s = sentences[n]!;
      evidence[i] = { sentence: texts[n] ??= doc.text.slice(s.start, s.end), start: s.start, end: s.end };
    }
    d.event.evidence = evidence;
  }
  return out;
}

/**
 * "Dalam pertemuan itu keduanya sepakat …", "During the call, Xi urged …": a sentence about an event told
 * before that dates nothing itself tells of that event's time, and of its history.
 */
function shareDate(doc: Doc, out: readonly Draft[], host: Draft, sentence: number, last: number): void {
  const h = host.event;
  if (h.date === null) return;
  for (const d of doc.dates ?? []) if (d.sentence === sentence) return;
  for (let i = last; i >= 0 && out[i]!.sentences[0] === sentence; i--) {
    const d = out[i]!;
    if (d === host || d.event.modality !== 'actual' || h.modality !== 'actual') continue;
    d.event.date = h.date;
    d.event.date_precision = h.date_precision;
    d.event.date_basis = h.date_basis;
    d.background = host.background;
  }
}

/** Types of the reactions whose object may be an act told before ("condemned the attack"). */
const REACTIONS = new Set(['ACCUSE', 'REJECT', 'SUPPORT']);

/**
 * "Peruvian troops attacked a Chilean post. Bolivia condemned the attack.": a reaction with no target, whose object is
 * an act told before, is aimed at who did that act (not at a side of the reaction's own).
 */
function aimReaction(out: readonly Draft[], a: Candidate, host: Draft, last: number): void {
  const doer = host.event.source;
  if (doer === null) return;
  let reaction: Draft | undefined;
  let end = -1;
  for (let i = last; i >= Math.max(0, last - MERGE_REACH); i--) {
    const d = out[i]!;
    if (!REACTIONS.has(d.event.plover)) continue;
    for (const s of d.spans) if (s.sentence === a.sentence && s.end <= a.span.start && s.end > end) (reaction = d), (end = s.end);
  }
  if (reaction === undefined || reaction.event.target !== null) return;
  const e = reaction.event;
  if (e.participants.some((p) => p.id === doer.id || (doer.country !== null && p.country === doer.country))) return;
  e.target = doer;
  e.participants = [...e.participants, doer];
}

/** Index of the last draft first told at or before `sentence` (-1 if none). */
function lastAtOrBefore(out: readonly Draft[], sentence: number): number {
  let lo = 0;
  let hi = out.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (out[mid]!.sentences[0]! <= sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Sentences and spans in text order without repeats (done once: merging only appends). */
function tidy(d: Draft): void {
  // most events are told once: nothing to order
  if (d.sentences.length === 1 && d.spans.length === 1) return;
  d.sentences = sortedUnique(d.sentences, sentenceIndex);
  // restatements arrive in text order: a sort (which allocates even when nothing moves) is rarely needed
  if (!isSorted(d.spans, spanStart)) d.spans.sort((a, b) => a.start - b.start);
}

const sentenceIndex = (s: number): number => s;
const spanStart = (s: { start: number }): number => s.start;

/** Items ordered by `key`, the first of each key kept; an already ordered list is only stripped of repeats. */
function sortedUnique<T>(items: T[], key: (item: T) => number): T[] {
  if (isSorted(items, key)) {
    let repeats = false;
    for (let i = 1; i < items.length && !repeats; i++) repeats = key(items[i]!) === key(items[i - 1]!);
    return repeats ? items.filter((item, i) => i === 0 || key(item) !== key(items[i - 1]!)) : items;
  }
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item))).sort((a, b) => key(a) - key(b));
}

function isSorted<T>(items: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i]!) < key(items[i - 1]!)) return false;
  return true;
}

function canMerge(a: Draft, b: Draft): boolean {
  const x = a.event;
  const y = b.event;
  if (x.plover !== y.plover || x.modality !== y.modality) return false;
  // "Jokowi received Anwar" + "Anwar arrived in Bogor" + "the two held talks": one encounter told as host, visit and meeting
  const agree = modesAgree(x.mode, y.mode);
  const variants = !agree && inPerson(x.mode) && inPerson(y.mode) && x.date !== null && x.date === y.date && sameEncounter(x, y);
  if (!agree && !variants) return false;
  if (a.background !== b.background || x.participants.length === 0 || y.participants.length === 0) return false;
  // "met Xi in Beijing on Monday" is not the forum meeting of Friday: told dates that disagree are two events
  if (!datesCompatible(x, y)) return false;
  if (x.plover === 'STATEMENT') return x.source?.id === y.source?.id;
  // an invitation (036) is not the agreement it accompanies, nor a signing (057) the praise told beside it
  const family = cameoFamily(x.cameo);
  if (family !== cameoFamily(y.cameo)) return false;
  // "Macron invited Prabowo …" then "Prabowo accepted the invitation": one invitation, whoever is the subject
  const invitation = family === INVITATION;
  if (!variants && !invitation && !a.reciprocal && !b.reciprocal && x.source && y.source && !coversRef(y.source, x.source) && !coversRef(x.source, y.source)) return false;
  // "Bakamla Usir Kapal Penjaga Pantai China" then "Bakamla RI mengusir kapal penjaga pantai China": each side told by
  // its country in one telling and by one of its bodies in the other
  return coversAll(y.participants, x.participants) || coversAll(x.participants, y.participants) || pairsUp(x.participants, y.participants);
}

/** Every one of `xs` covers or is covered by one of `ys`, and the other way round: the same sides, named finer or coarser. */
function pairsUp(xs: readonly ActorRef[], ys: readonly ActorRef[]): boolean {
  return matchedIn(xs, ys) && matchedIn(ys, xs);
}

function matchedIn(ps: readonly ActorRef[], refs: readonly ActorRef[]): boolean {
  outer: for (const p of ps) {
    for (const r of refs) if (coversRef(r, p) || coversRef(p, r)) continue outer;
    return false;
  }
  return true;
}

const INVITATION = 1;
const SIGNING = 2;
const MEDIATION = 3;

/**
 * `INVITATION` for a CAMEO code under 036, `SIGNING` under 057, `MEDIATION` under 045 (the mediator's act, not the talks
 * it brokered), else 0: read for every pair compared, so no string search.
 */
function cameoFamily(cameo: string): number {
  // '0', then '3' '6', '5' '7' or '4' '5'
  if (cameo.charCodeAt(0) !== 48) return 0;
  const b = cameo.charCodeAt(1);
  const c = cameo.charCodeAt(2);
  if (b === 51 && c === 54) return INVITATION;
  if (b === 53 && c === 55) return SIGNING;
  if (b === 52 && c === 53) return MEDIATION;
  return 0;
}

/**
 * Two events' dates agree at the coarser precision ("2024-05" and "2024-05-15"), or one was not told (the
 * publication day stands in for it, or there is none).
 */
function datesCompatible(x: Event, y: Event): boolean {
  if (x.date === null || y.date === null || x.date_basis === 'published' || y.date_basis === 'published') return true;
  return x.date.length <= y.date.length ? y.date.startsWith(x.date) : x.date.startsWith(y.date);
}

/** `p` is among `refs`, or is a country one of `refs` belongs to. */
function covers(refs: readonly ActorRef[], p: ActorRef): boolean {
  for (const r of refs) if (coversRef(r, p)) return true;
  return false;
}

/** `p` is `r`, or the country `r` belongs to (`covers([r], p)` without a list made for every pair compared). */
function coversRef(r: ActorRef, p: ActorRef): boolean {
  return r.id === p.id || (p.kind === 'country' && r.kind !== 'country' && r.country === p.id);
}

/** Every one of `ps` is covered by `refs` (loops, not closures: this runs for every pair of drafts compared). */
function coversAll(refs: readonly ActorRef[], ps: readonly ActorRef[]): boolean {
  for (const p of ps) if (!covers(refs, p)) return false;
  return true;
}

/**
 * A host and a visit of the same people are one visit; talks are the visit only when they name the
 * same sides ("Putin's visit to China" stays beside "Putin met Xi": the gold codes both).
 */
function sameEncounter(x: Event, y: Event): boolean {
  if (x.mode !== 'in-person' && y.mode !== 'in-person') return true;
  return coversAll(y.participants, x.participants) && coversAll(x.participants, y.participants);
}

/** Modes of meeting face to face: a visit, its hosting and the talks held during it. */
function inPerson(mode: string | null): boolean {
  return mode === 'visit' || mode === 'host' || mode === 'in-person';
}

/** A person of a country beats the country itself ("China" then "Xi" → Xi). */
function better(ref: ActorRef | null, alt: ActorRef | null): ActorRef | null {
  return ref && ref.kind === 'country' && alt && alt.kind !== 'country' && alt.country === ref.id ? alt : ref ?? alt;
}

function remote(mode: string): boolean {
  return mode === 'phone' || mode === 'video';
}

function modesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return true;
  // "talks" (in person) restated as "a phone call": the specific medium wins
  return (remote(a) && remote(b)) || (a === 'in-person' && remote(b)) || (b === 'in-person' && remote(a));
}

function absorb(into: Draft, other: Draft): void {
  const x = into.event;
  const y = other.event;
  // "is on a two-day trip to the Philippines and Malaysia": an itinerary adds no country to a two-sided event; a
  // telling with no source ("Sahel juntas recall ambassadors from Algeria") takes its sides from the fuller one
  const joining = x.target !== null && x.source !== null ? withoutNewCountries(y.participants, x.participants) : y.participants;
  x.participants = joinParticipants(x.participants, joining);
  x.source = better(x.source, y.source);
  x.target = better(x.target, y.target);
  if (x.target && x.source && x.target.id === x.source.id) x.target = y.target && y.target.id !== x.source.id ? y.target : null;
  // a visit told after the talks held during it leaves them talks: the first telling names the encounter
  if (modesAgree(x.mode, y.mode) && (MODE_RANK.get(y.mode) ?? 0) > (MODE_RANK.get(x.mode) ?? 0)) x.mode = y.mode;
  // a better basis wins; on the same basis, a day inside the month told elsewhere ("15/5/2025" and "Mei")
  const rankX = BASIS_RANK.get(x.date_basis) ?? 0;
  const rankY = BASIS_RANK.get(y.date_basis) ?? 0;
  if (rankY > rankX || (rankY === rankX && finerWithin(y.date, x.date))) {
    x.date = y.date;
    x.date_precision = y.date_precision;
    x.date_basis = y.date_basis;
  }
  x.confidence = Math.max(x.confidence, y.confidence);
  // merging only appends; tidy() orders and dedupes once, so long articles stay linear
  for (const n of other.sentences) into.sentences.push(n);
  for (const span of other.spans) into.spans.push(span);
  into.carried = into.carried && other.carried;
  if (!other.governed) into.governed = false;
  if (!other.framed) into.framed = false;
  if (other.firstUnframed < into.firstUnframed) into.firstUnframed = other.firstUnframed;
  if (other.firstUngoverned < into.firstUngoverned) into.firstUngoverned = other.firstUngoverned;
  if (other.titleMain) into.titleMain = true;
}

/**
 * `a` then `b`, each id once, without a country when one of its people is among them ("China" beside
 * "Xi"); `a` itself when that changes nothing (the usual restatement).
 */
function joinParticipants(a: ActorRef[], b: readonly ActorRef[]): ActorRef[] {
  if (joinsNothing(a, b)) return a;
  const out: ActorRef[] = [];
  joinInto(out, a, a, b);
  joinInto(out, b, a, b);
  if (out.length === a.length && samePeople(out, a)) return a;
  return out;
}

/**
 * `b` names only actors of `a`, and `a` holds no repeat and no country beside one of its people: the join
 * is `a` as it is (refs of one actor id share its kind and country, so `b` can drop nothing from `a`).
 */
function joinsNothing(a: readonly ActorRef[], b: readonly ActorRef[]): boolean {
  for (const p of b) if (!hasId(a, p.id)) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    for (let k = 0; k < i; k++) if (a[k]!.id === p.id) return false;
    if (p.kind === 'country' && hasPersonOf(a, p.id)) return false;
  }
  return true;
}

function joinInto(out: ActorRef[], list: readonly ActorRef[], a: readonly ActorRef[], b: readonly ActorRef[]): void {
  for (const p of list) {
    if (hasId(out, p.id)) continue;
    if (p.kind === 'country' && (hasPersonOf(a, p.id) || hasPersonOf(b, p.id))) continue;
    out.push(p);
  }
}

function hasId(refs: readonly ActorRef[], id: string): boolean {
  for (const r of refs) if (r.id === id) return true;
  return false;
}

function samePeople(a: readonly ActorRef[], b: readonly ActorRef[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function hasPersonOf(refs: readonly ActorRef[], country: string): boolean {
  // null ruled out first: a comparison that has seen only strings is thrown back to the interpreter by a null
  for (const r of refs) if (r.kind !== 'country' && r.country !== null && r.country === country) return true;
  return false;
}

/** `refs` without the countries `held` does not cover; `refs` itself when none goes (the usual restatement). */
function withoutNewCountries(refs: ActorRef[], held: readonly ActorRef[]): ActorRef[] {
  let drop = false;
  for (const p of refs) if (p.kind === 'country' && !covers(held, p)) drop = true;
  if (!drop) return refs;
  const out: ActorRef[] = [];
  for (const p of refs) if (p.kind !== 'country' || covers(held, p)) out.push(p);
  return out;
}

/** `inner` is a finer date inside `outer`: 2025-05-15 inside 2025-05, 2025-05 inside 2025. */
function finerWithin(inner: string | null, outer: string | null): boolean {
  return inner !== null && outer !== null && inner.length > outer.length && inner.charCodeAt(outer.length) === 45 && inner.startsWith(outer);
}
