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
  const lead = [...group].sort(compareLead)[0]!;
  const cameo = vote(group, (e) => e.cameo)!;
  const withCameo = group.find((m) => m.event.cameo === cameo)!.event;
  const dated = [...group].sort(compareDate)[0]!.event;
  const location = pickLocation(group);
  const fields: MergedFields = {
    plover: lead.event.plover,
    mode: vote(group, (e) => e.mode),
    cameo,
    cameo_root: withCameo.cameo_root,
    quad: withCameo.quad,
    goldstein: withCameo.goldstein,
    source: lead.event.source,
    target: lead.event.target,
    participants: pickParticipants(group),
    date: dated.date,
    date_precision: dated.date_precision,
    date_basis: dated.date_basis,
    location,
    evidence: group.flatMap((m) => m.event.evidence.map((e) => ({ article: m.articleId, ...e }))),
    confidence: Math.max(...group.map((m) => m.event.confidence)),
    modality: lead.event.modality ?? 'actual',
    topics: [...new Set(group.flatMap((m) => m.event.topics ?? []))].sort(),
  };
  return { fields, disagreements: findDisagreements(group) };
}

/**
 * Lists fields on which the reporting articles disagree, naming the articles on each side. Each
 * article speaks once, through its leading event: one article's meeting coded both "in-person" and
 * "host" is not a disagreement between reports.
 */
export function findDisagreements(group: readonly MemberEvent[]): Disagreement[] {
  const out: Disagreement[] = [];
  const voices = new Map<string, MemberEvent>();
  for (const m of [...group].sort(compareLead)) if (!voices.has(m.articleId)) voices.set(m.articleId, m);
  const add = (field: Disagreement['field'], value: (e: Event) => string | null): void => {
    const sides = new Map<string, Set<string>>();
    for (const m of voices.values()) {
      const v = value(m.event);
      if (v === null) continue; // "not said" is not a contradiction
      const s = sides.get(v) ?? new Set<string>();
      s.add(m.articleId);
      sides.set(v, s);
    }
    if (sides.size > 1) {
      out.push({ field, sides: [...sides].sort(([a], [b]) => (a < b ? -1 : 1)).map(([v, s]) => ({ value: v, articles: [...s].sort() })) });
    }
  };
  add('mode', (e) => e.mode);
  add('cameo', (e) => e.cameo);
  add('date', (e) => e.date);
  add('location', (e) => (e.location ? e.location.name : null));
  add('participants', (e) => participantIds(e).join('+') || null);
  return out;
}

/** Most frequent non-null value; ties go to the smallest value. */
function vote(group: readonly MemberEvent[], value: (e: Event) => string | null): string | null {
  const counts = new Map<string, number>();
  for (const m of group) {
    const v = value(m.event);
    if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && best !== null && v < best)) [best, bestCount] = [v, c];
  return best;
}

/** Headline events first, then the most confident, then the smallest (article, event) id. */
function compareLead(a: MemberEvent, b: MemberEvent): number {
  if (a.event.main !== b.event.main) return a.event.main ? -1 : 1;
  if (a.event.confidence !== b.event.confidence) return b.event.confidence - a.event.confidence;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
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

/** The place most members name; ties go to one with coordinates, then the smallest name. */
function pickLocation(group: readonly MemberEvent[]): EventLocation | null {
  const name = vote(group, (e) => (e.location ? e.location.name : null));
  if (name === null) return null;
  const candidates = group.map((m) => m.event.location).filter((l): l is EventLocation => l !== null && l.name === name);
  candidates.sort((a, b) => Number(b.lat !== null) - Number(a.lat !== null) || (a.country ?? '').localeCompare(b.country ?? ''));
  return candidates[0]!;
}

/** Core participants always; others when at least half the members report them. */
function pickParticipants(group: readonly MemberEvent[]): ActorRef[] {
  const seen = new Map<string, { ref: ActorRef; count: number }>();
  const core = new Set(coreParticipants(group[0]!.event).map((a) => a.id));
  for (const m of group) {
    for (const ref of m.event.participants) {
      const entry = seen.get(ref.id);
      if (entry) entry.count++;
      else seen.set(ref.id, { ref, count: 1 });
    }
  }
  return [...seen.values()]
    .filter((e) => core.has(e.ref.id) || e.count * 2 >= group.length)
    .map((e) => e.ref)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Everyone the report makes a party: participants, source and target. */
function participantIds(e: Event): string[] {
  const ids = e.participants.map((p) => p.id);
  if (e.source) ids.push(e.source.id);
  if (e.target) ids.push(e.target.id);
  return [...new Set(ids)].sort();
}
