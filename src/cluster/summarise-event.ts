import type { ActorRef, Event, EventLocation } from '../core/doc.js';
import { coreParticipants } from './event-key.js';
import type { MemberEvent } from './merge-events.js';

/** The stored event's own fields: an ArticleResult event minus `id` and `main`. */
export type MergedFields = Omit<Event, 'id' | 'main' | 'evidence'> & {
  /** Evidence from every reporting article; `article` names which. */
  evidence: Array<{ article: string; sentence: string; start: number; end: number }>;
};

/** Merged reports that disagree on one field, with the articles on each side. */
export interface Disagreement {
  field: 'mode' | 'date' | 'location' | 'participants' | 'cameo';
  sides: Array<{ value: string; articles: string[] }>;
}

const PRECISION_RANK: Record<string, number> = { day: 3, month: 2, year: 1 };
const BASIS_RANK: Record<string, number> = { explicit: 4, dateline: 3, relative: 2, published: 1, none: 0 };

/**
 * Summarises a group of article events reporting one occurrence. Every choice is a vote among
 * the members with a fixed tie-break, so the result does not depend on their order.
 */
export function summariseEvent(group: readonly MemberEvent[]): { fields: MergedFields; disagreements: Disagreement[] } {
  const evidence = [...group].sort(compareMembers).flatMap((m) => m.event.evidence.map((e) => ({ article: m.articleId, ...e })));
  return EventTally.of(group).summary(evidence);
}

/**
 * Lists fields on which the reporting articles disagree, naming the articles on each side. Each
 * article speaks once, through its leading event: one article's meeting coded both "in-person" and
 * "host" is not a disagreement between reports.
 */
export function findDisagreements(group: readonly MemberEvent[]): Disagreement[] {
  return EventTally.of(group).summary(null).disagreements;
}

/** The fields a disagreement can be about, in the order they are listed. */
const FIELDS: ReadonlyArray<[Disagreement['field'], (e: Event) => string | null]> = [
  ['mode', (e) => e.mode],
  ['cameo', (e) => e.cameo],
  ['date', (e) => e.date],
  ['location', (e) => (e.location ? e.location.name : null)],
  ['participants', (e) => participantIds(e).join('+') || null],
];

/**
 * Distinct value lists a tally shares at most: beyond them, one event's reports hardly say the same,
 * and the keys would cost more than sharing saves.
 */
const DISTINCT_VALUE_LISTS = 256;

/**
 * An article's voice in disagreements: its leading event's sort keys (but the article id, which
 * is the voice's key) and field values. One is kept for every reporting article, so it is small.
 */
interface Voice {
  main: boolean;
  confidence: number;
  eventId: string;
  values: ReadonlyArray<string | null>;
}

/**
 * The summary of a growing group of article events: counts, firsts and bests that members add to
 * one at a time, or a whole other tally at once. `summary()` gives what `summariseEvent` gives for
 * the same members in any order, so an event reported thousands of times is not re-summarised from
 * all its reports each time one more arrives. It keeps the few events that win a choice and each
 * article's voice in disagreements, not the members: the evidence, a list of every member's, is
 * the caller's to give.
 */
export class EventTally {
  #size = 0;
  #first: MemberEvent | null = null;
  #lead: MemberEvent | null = null;
  #dated: MemberEvent | null = null;
  #cameos = new Map<string, { count: number; first: MemberEvent }>();
  #modes = new Map<string, number>();
  #places = new Map<string, { count: number; best: EventLocation; at: MemberEvent }>();
  #participants = new Map<string, { count: number; ref: ActorRef; at: MemberEvent }>();
  #confidence = -Infinity;
  #topics = new Set<string>();
  #voices = new Map<string, Voice>();
  /**
   * The voices' distinct value lists, each kept once (up to `DISTINCT_VALUE_LISTS`): the reports of
   * one event mostly say the same, and an ingest keeps the tallies of much-reported events (hundreds
   * of thousands of voices) in memory, where a list and its strings for each was most of the writer's heap.
   */
  #valueLists = new Map<string, ReadonlyArray<string | null>>();

  /** A tally of `group`. */
  static of(group: Iterable<MemberEvent>): EventTally {
    const tally = new EventTally();
    for (const m of group) tally.add(m);
    return tally;
  }

  /** Number of members. */
  get size(): number {
    return this.#size;
  }

  /** Number of reporting articles: what the tally's memory grows with. */
  get articles(): number {
    return this.#voices.size;
  }

  /** The member that comes first in (article id, event id) order. */
  get first(): MemberEvent {
    if (!this.#first) throw new RangeError('Cannot read the first member of an empty tally');
    return this.#first;
  }

  /** Adds one article event. */
  add(m: MemberEvent): void {
    const e = m.event;
    this.#size++;
    if (!this.#first || compareMembers(m, this.#first) < 0) this.#first = m;
    if (!this.#lead || compareLead(m, this.#lead) < 0) this.#lead = m;
    if (!this.#dated || compareDate(m, this.#dated) < 0) this.#dated = m;
    if (e.cameo !== null) {
      const c = this.#cameos.get(e.cameo);
      if (!c) this.#cameos.set(e.cameo, { count: 1, first: m });
      else {
        c.count++;
        if (compareMembers(m, c.first) < 0) c.first = m;
      }
    }
    if (e.mode !== null) this.#modes.set(e.mode, (this.#modes.get(e.mode) ?? 0) + 1);
    if (e.location && e.location.name !== null) this.#addPlace(e.location.name, 1, e.location, m);
    for (const ref of e.participants) this.#addParticipant(ref, 1, m);
    this.#confidence = Math.max(this.#confidence, e.confidence);
    for (const t of e.topics ?? []) this.#topics.add(t);
    this.#addVoice(m.articleId, { main: e.main, confidence: e.confidence, eventId: e.id, values: FIELDS.map(([, value]) => value(e)) });
  }

  /** Adds every member of `other` (which must share none with this one). */
  absorb(other: EventTally): void {
    this.#size += other.#size;
    const min = <T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): T | null => (a === null || (b !== null && compare(b, a) < 0) ? b : a);
    this.#first = min(this.#first, other.#first, compareMembers);
    this.#lead = min(this.#lead, other.#lead, compareLead);
    this.#dated = min(this.#dated, other.#dated, compareDate);
    for (const [cameo, c] of other.#cameos) {
      const mine = this.#cameos.get(cameo);
      if (!mine) this.#cameos.set(cameo, { ...c });
      else {
        mine.count += c.count;
        if (compareMembers(c.first, mine.first) < 0) mine.first = c.first;
      }
    }
    for (const [mode, n] of other.#modes) this.#modes.set(mode, (this.#modes.get(mode) ?? 0) + n);
    for (const [name, p] of other.#places) this.#addPlace(name, p.count, p.best, p.at);
    for (const p of other.#participants.values()) this.#addParticipant(p.ref, p.count, p.at);
    this.#confidence = Math.max(this.#confidence, other.#confidence);
    for (const t of other.#topics) this.#topics.add(t);
    for (const [articleId, voice] of other.#voices) this.#addVoice(articleId, voice);
  }

  /** The merged fields (with `evidence` as given) and disagreements, as `summariseEvent` gives them. */
  summary<E>(evidence: E): { fields: Omit<MergedFields, 'evidence'> & { evidence: E }; disagreements: Disagreement[] } {
    const lead = this.#lead!.event;
    const dated = this.#dated!.event;
    const cameo = vote(this.#cameos, (c) => c.count);
    // With no cameo at all, the first member is the first one "with" it.
    const withCameo = (cameo === null ? this.#first! : this.#cameos.get(cameo)!.first).event;
    const place = vote(this.#places, (p) => p.count);
    const fields = {
      plover: lead.plover,
      mode: vote(this.#modes, (n) => n),
      cameo: cameo!,
      cameo_root: withCameo.cameo_root,
      quad: withCameo.quad,
      goldstein: withCameo.goldstein,
      source: lead.source,
      target: lead.target,
      participants: this.#pickParticipants(),
      date: dated.date,
      date_precision: dated.date_precision,
      date_basis: dated.date_basis,
      location: place === null ? null : this.#places.get(place)!.best,
      evidence,
      confidence: this.#confidence,
      modality: lead.modality ?? 'actual',
      topics: [...this.#topics].sort(),
    };
    return { fields, disagreements: this.#disagreements() };
  }

  /** The place a name stands for: one with coordinates, then the smallest country, then the first member's. */
  #addPlace(name: string, count: number, location: EventLocation, at: MemberEvent): void {
    const p = this.#places.get(name);
    if (!p) {
      this.#places.set(name, { count, best: location, at });
      return;
    }
    p.count += count;
    const order = compareLocations(location, p.best);
    if (order < 0 || (order === 0 && compareMembers(at, p.at) < 0)) [p.best, p.at] = [location, at];
  }

  /** Counts a participant; its reference is the one the first member gives. */
  #addParticipant(ref: ActorRef, count: number, at: MemberEvent): void {
    const p = this.#participants.get(ref.id);
    if (!p) this.#participants.set(ref.id, { count, ref, at });
    else {
      p.count += count;
      if (compareMembers(at, p.at) < 0) [p.ref, p.at] = [ref, at];
    }
  }

  /** An article speaks through its leading event: a better one replaces its voice. */
  #addVoice(articleId: string, voice: Voice): void {
    const old = this.#voices.get(articleId);
    if (old && compareVoices(voice, old) >= 0) return;
    const key = JSON.stringify(voice.values);
    const values = this.#valueLists.get(key);
    if (values) this.#voices.set(articleId, values === voice.values ? voice : { ...voice, values });
    else {
      if (this.#valueLists.size < DISTINCT_VALUE_LISTS) this.#valueLists.set(key, voice.values);
      this.#voices.set(articleId, voice);
    }
  }

  /** Core participants always; others when at least half the members report them. */
  #pickParticipants(): ActorRef[] {
    const core = new Set(coreParticipants(this.#first!.event).map((a) => a.id));
    const size = this.#size;
    return [...this.#participants.values()]
      .filter((p) => core.has(p.ref.id) || p.count * 2 >= size)
      .map((p) => p.ref)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * Sides are worked out from the voices when asked, not kept: an event of thousands of articles
   * would keep each article on five sides.
   */
  #disagreements(): Disagreement[] {
    const values = FIELDS.map(() => new Set<string>());
    for (const voice of this.#voices.values()) {
      voice.values.forEach((v, i) => {
        // "not said" is not a contradiction
        if (v !== null) values[i]!.add(v);
      });
    }
    const split = FIELDS.flatMap((_, i) => (values[i]!.size > 1 ? [i] : []));
    if (split.length === 0) return [];
    const sides = split.map(() => new Map<string, string[]>());
    // In article order, so that each side's list comes out sorted.
    for (const articleId of [...this.#voices.keys()].sort()) {
      const voice = this.#voices.get(articleId)!;
      split.forEach((field, k) => {
        const v = voice.values[field]!;
        if (v === null) return;
        const list = sides[k]!.get(v);
        if (list) list.push(articleId);
        else sides[k]!.set(v, [articleId]);
      });
    }
    return split.map((field, k) => ({
      field: FIELDS[field]![0],
      sides: [...sides[k]!].sort(([a], [b]) => (a < b ? -1 : 1)).map(([value, articles]) => ({ value, articles })),
    }));
  }
}

/** Most frequent value; ties go to the smallest value. */
function vote<T>(counts: ReadonlyMap<string, T>, count: (entry: T) => number): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, entry] of counts) {
    const c = count(entry);
    if (c > bestCount || (c === bestCount && best !== null && v < best)) [best, bestCount] = [v, c];
  }
  return best;
}

/** Orders members by article id, then event id. */
function compareMembers(a: MemberEvent, b: MemberEvent): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

/** Headline events first, then the most confident, then the smallest (article, event) id. */
function compareLead(a: MemberEvent, b: MemberEvent): number {
  if (a.event.main !== b.event.main) return a.event.main ? -1 : 1;
  if (a.event.confidence !== b.event.confidence) return b.event.confidence - a.event.confidence;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

/** `compareLead` of two events of one article. */
function compareVoices(a: Voice, b: Voice): number {
  if (a.main !== b.main) return a.main ? -1 : 1;
  if (a.confidence !== b.confidence) return b.confidence - a.confidence;
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

/** Finest precision first, then the strongest basis, then the earliest value. */
function compareDate(a: MemberEvent, b: MemberEvent): number {
  const pa = precisionOf(a.event);
  const pb = precisionOf(b.event);
  if (pa !== pb) return pb - pa;
  const ba = BASIS_RANK[a.event.date_basis] ?? 0;
  const bb = BASIS_RANK[b.event.date_basis] ?? 0;
  if (ba !== bb) return bb - ba;
  const da = a.event.date ?? '';
  const db = b.event.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return compareLead(a, b);
}

/** Precision as the date itself shows it (`2024-05-16` day, `2024-05` month), else as declared. */
function precisionOf(e: Event): number {
  const byLength: Record<number, number> = { 10: 3, 7: 2, 4: 1 };
  return (e.date ? byLength[e.date.length] : undefined) ?? PRECISION_RANK[e.date_precision ?? ''] ?? 0;
}

/** Places with coordinates first, then by country. */
function compareLocations(a: EventLocation, b: EventLocation): number {
  return Number(b.lat !== null) - Number(a.lat !== null) || (a.country ?? '').localeCompare(b.country ?? '');
}

/** Everyone the report makes a party: participants, source and target. */
function participantIds(e: Event): string[] {
  const ids = e.participants.map((p) => p.id);
  if (e.source) ids.push(e.source.id);
  if (e.target) ids.push(e.target.id);
  return [...new Set(ids)].sort();
}
