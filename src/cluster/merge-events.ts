import type { Event } from '../core/doc.js';
import { dayNumber, eventBlockKey, placesAgree } from './event-key.js';
import { fnv1a } from './minhash.js';
import { EventTally, summariseEvent, type Disagreement, type MergedFields } from './summarise-event.js';

/** One article's event, as input to merging. */
export interface MemberEvent {
  articleId: string;
  event: Event;
}

/** One real-world occurrence: the merged fields and every article event that reports it. */
export interface MergedEvent extends MergedFields {
  /** Stable id: a hash of the block key and the smallest member. */
  id: string;
  /** The block the event was merged within (see `eventBlockKey`). */
  block: string;
  /** Members in (article id, event id) order. */
  members: MemberEvent[];
  disagreements: Disagreement[];
}

/**
 * Merges article events into occurrences. Within a block (same modality, type family and core
 * participants), two events are linked when their dates agree and their places are compatible;
 * each connected group of links is one occurrence. The result depends only on the set of
 * members, never on their order: the same corpus ingested in any order gives the same events.
 *
 * @example
 * mergeEvents([{ articleId: 'a', event: meetEn }, { articleId: 'b', event: meetId }]) // one MergedEvent
 */
export function mergeEvents(members: readonly MemberEvent[]): MergedEvent[] {
  const blocks = new Map<string, MemberEvent[]>();
  for (const m of members) {
    const key = eventBlockKey(m.event, m.articleId);
    const list = blocks.get(key);
    if (list) list.push(m);
    else blocks.set(key, [m]);
  }
  const out: MergedEvent[] = [];
  for (const [block, list] of blocks) out.push(...mergeBlock(block, list));
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Merges the members of one block (all sharing `block`) into occurrences. Whether two members link
 * depends only on their date and their place's country, so members are linked through those keys:
 * a summit reported by thousands of articles costs the square of its distinct (date, country)
 * pairs, not of its reports.
 */
export function mergeBlock(block: string, list: readonly MemberEvent[]): MergedEvent[] {
  const sorted = [...list].sort(compareMembers);
  const keys = new Map<string, number>(); // link key → first member index with it
  const links = new LinkSets(sorted.length);
  const points: LinkPoint[] = [];
  sorted.forEach((m, i) => {
    const key = linkKey(m.event);
    const first = keys.get(key);
    if (first === undefined) {
      keys.set(key, i);
      points.push(linkPoint(m.event));
    } else links.union(first, i); // same date and country: always linked
  });
  const reps = [...keys.values()];
  for (let x = 0; x < reps.length; x++) {
    for (let y = x + 1; y < reps.length; y++) {
      if (pointsAgree(points[x]!, points[y]!)) links.union(reps[x]!, reps[y]!);
    }
  }
  const groups = new Map<number, MemberEvent[]>();
  sorted.forEach((m, i) => {
    const root = links.find(i);
    const g = groups.get(root);
    if (g) g.push(m);
    else groups.set(root, [m]);
  });
  return [...groups.values()].map((group) => {
    const { fields, disagreements } = summariseEvent(group);
    return { ...fields, id: mergedEventId(block, group[0]!), block, members: group, disagreements };
  });
}

/** A stored occurrence of a block as `mergeInto` grows it: its id, its summary so far and the points its members link by. */
export interface OpenEvent {
  id: string;
  tally: EventTally;
  /** One point for each link key of its members. */
  points: Map<string, LinkPoint>;
}

/**
 * Adds new members of a block to its stored occurrences (`events`, each a connected group of the
 * members stored so far): the occurrences the new members link, joined through them, become one,
 * with the new members; new members that link none make new ones. Gives the same groups and
 * summaries as `mergeBlock` over all members, at the cost of the new members and the points of the
 * occurrences they touch. Returns each changed occurrence with the ids of the stored ones it
 * replaces and its new members; the stored occurrences' tallies are reused and changed.
 */
export function mergeInto(block: string, events: readonly OpenEvent[], added: readonly MemberEvent[]): Array<{ event: OpenEvent; replaces: string[]; added: MemberEvent[] }> {
  // Nodes: the stored occurrences, then one per link key of the new members.
  const newKeys = new Map<string, { point: LinkPoint; members: MemberEvent[] }>();
  for (const m of added) {
    const key = linkKey(m.event);
    const entry = newKeys.get(key);
    if (entry) entry.members.push(m);
    else newKeys.set(key, { point: linkPoint(m.event), members: [m] });
  }
  const fresh = [...newKeys.values()];
  const n = events.length;
  const links = new LinkSets(n + fresh.length);
  for (let x = 0; x < fresh.length; x++) {
    const p = fresh[x]!.point;
    for (let y = x + 1; y < fresh.length; y++) if (pointsAgree(p, fresh[y]!.point)) links.union(n + x, n + y);
    // Stored occurrences are never linked to each other: each is a whole connected group.
    for (let e = 0; e < n; e++) {
      if (links.find(e) === links.find(n + x)) continue;
      for (const q of events[e]!.points.values()) {
        if (pointsAgree(p, q)) {
          links.union(e, n + x);
          break;
        }
      }
    }
  }
  const groups = new Map<number, { events: OpenEvent[]; keys: Array<[string, LinkPoint, MemberEvent[]]> }>();
  const groupOf = (i: number): { events: OpenEvent[]; keys: Array<[string, LinkPoint, MemberEvent[]]> } => {
    const root = links.find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { events: [], keys: [] }));
    return g;
  };
  [...newKeys].forEach(([key, { point, members }], x) => groupOf(n + x).keys.push([key, point, members]));
  events.forEach((e, i) => {
    // Occurrences no new member reaches stay as they are.
    if (groups.has(links.find(i))) groupOf(i).events.push(e);
  });
  return [...groups.values()].map((g) => {
    // The largest occurrence takes the others in: its members are not visited again.
    const stored = [...g.events].sort((a, b) => b.tally.size - a.tally.size);
    const base = stored[0];
    const tally = base?.tally ?? new EventTally();
    const points = base?.points ?? new Map<string, LinkPoint>();
    for (const e of stored.slice(1)) {
      tally.absorb(e.tally);
      for (const [k, p] of e.points) points.set(k, p);
    }
    const fresh: MemberEvent[] = [];
    for (const [key, point, members] of g.keys) {
      if (!points.has(key)) points.set(key, point);
      for (const m of members) tally.add(m);
      fresh.push(...members);
    }
    return { event: { id: mergedEventId(block, tally.first), tally, points }, replaces: stored.map((e) => e.id), added: fresh };
  });
}

/**
 * Whether new members of a block link a stored occurrence with these points: `mergeInto` joins
 * exactly those with them and leaves the others as they are, so only those need their tallies.
 */
export function linkedBy(added: readonly MemberEvent[]): (points: Iterable<LinkPoint>) => boolean {
  const fresh = new Map<string, LinkPoint>();
  for (const m of added) {
    const key = linkKey(m.event);
    if (!fresh.has(key)) fresh.set(key, linkPoint(m.event));
  }
  const list = [...fresh.values()];
  return (points) => {
    for (const q of points) for (const p of list) if (pointsAgree(p, q)) return true;
    return false;
  };
}

/** A stored occurrence rebuilt from all its members (or, added one by one with `addMember`), for `mergeInto`. */
export function openEvent(id: string, members: Iterable<MemberEvent> = []): OpenEvent {
  const open: OpenEvent = { id, tally: new EventTally(), points: new Map() };
  for (const m of members) addMember(open, m);
  return open;
}

/** Adds a member to a stored occurrence being rebuilt. */
export function addMember(open: OpenEvent, m: MemberEvent): void {
  open.tally.add(m);
  const key = linkKey(m.event);
  if (!open.points.has(key)) open.points.set(key, linkPoint(m.event));
}

/** Stable id of a merged event: a hash of its block and its first member. */
function mergedEventId(block: string, first: MemberEvent): string {
  return `ev-${fnv1a(block).toString(16).padStart(8, '0')}${fnv1a(`${first.articleId}\u0000${first.event.id}`).toString(16).padStart(8, '0')}`;
}

/** What decides linking: the date and the place's country ("no place" and "place, country unknown" differ from a country). */
function linkKey(e: Event): string {
  const place = e.location === null ? '-' : e.location.country ?? '?';
  return `${e.date ?? ''}\u0000${place}`;
}

/** A member's date and place, its day number worked out once. */
export interface LinkPoint {
  date: string | null;
  /** Day number of a day date (NaN for any other). */
  day: number;
  location: Event['location'];
}

function linkPoint(e: Event): LinkPoint {
  return { date: e.date, day: e.date !== null && e.date.length === 10 ? dayNumber(e.date) : NaN, location: e.location };
}

/** `datesAgree` and `placesAgree` of two points. */
function pointsAgree(a: LinkPoint, b: LinkPoint): boolean {
  if (!placesAgree(a.location, b.location)) return false;
  if (a.date === null || b.date === null) return a.date === b.date;
  const len = Math.min(a.date.length, b.date.length);
  if (a.date.slice(0, len) === b.date.slice(0, len)) return true;
  if (a.date.length === 10 && b.date.length === 10) return Math.abs(a.day - b.day) <= 1;
  return false;
}

/** Union-find over indexes; the smaller index becomes the root, so roots do not depend on link order. */
class LinkSets {
  readonly #parent: number[];

  constructor(size: number) {
    this.#parent = Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    const parent = this.#parent;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  }

  union(i: number, j: number): void {
    const ri = this.find(i);
    const rj = this.find(j);
    if (ri !== rj) this.#parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
}

/** Orders members by article id, then event id. */
export function compareMembers(a: MemberEvent, b: MemberEvent): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}
