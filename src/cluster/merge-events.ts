import type { Event } from '../core/doc.js';
import { datesAgree, eventBlockKey, placesAgree } from './event-key.js';
import { fnv1a } from './minhash.js';
import { summariseEvent, type Disagreement, type MergedFields } from './summarise-event.js';

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
  const parent = sorted.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (i: number, j: number): void => {
    const ri = find(i);
    const rj = find(j);
    // The smaller index becomes the root, so roots do not depend on link order.
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  sorted.forEach((m, i) => {
    const key = linkKey(m.event);
    const first = keys.get(key);
    if (first === undefined) keys.set(key, i);
    else union(first, i); // same date and country: always linked
  });
  const reps = [...keys.values()];
  for (let x = 0; x < reps.length; x++) {
    for (let y = x + 1; y < reps.length; y++) {
      const a = sorted[reps[x]!]!.event;
      const b = sorted[reps[y]!]!.event;
      if (datesAgree(a.date, b.date) && placesAgree(a.location, b.location)) union(reps[x]!, reps[y]!);
    }
  }
  const groups = new Map<number, MemberEvent[]>();
  sorted.forEach((m, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(m);
    else groups.set(root, [m]);
  });
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const id = `ev-${fnv1a(block).toString(16).padStart(8, '0')}${fnv1a(`${first.articleId}\u0000${first.event.id}`).toString(16).padStart(8, '0')}`;
    const { fields, disagreements } = summariseEvent(group);
    return { ...fields, id, block, members: group, disagreements };
  });
}

/** What decides linking: the date and the place's country ("no place" and "place, country unknown" differ from a country). */
function linkKey(e: Event): string {
  const place = e.location === null ? '-' : e.location.country ?? '?';
  return `${e.date ?? ''}\u0000${place}`;
}

/** Orders members by article id, then event id. */
export function compareMembers(a: MemberEvent, b: MemberEvent): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}
