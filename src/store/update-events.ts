import type { Kysely } from 'kysely';
import type { ActorRef, Event } from '../core/doc.js';
import { mergeBlock, type MergedEvent } from '../cluster/merge-events.js';
import { addDays, dateRange } from './date-range.js';
import { insertRows } from './insert-rows.js';
import type { StoreSchema } from './schema.js';

/** Where stored events must be re-derived: a block and the days touched (null: the undated events). */
export interface EventWindow {
  block: string;
  start: string | null;
  end: string | null;
}

/**
 * Re-derives the stored events around each window from the article events there. Two article
 * events can only merge when their days are at most one apart, so the window is widened until no
 * article event of the block lies within a day of it; the stored events inside are then a function
 * of those article events alone. Any ingest order (and any crash and rerun) ends in the same rows,
 * and a block reported for years costs only the days around the new report.
 *
 * Called once for a whole batch of articles: the windows of one block are joined where they touch
 * and a window inside one already re-derived is skipped, so a block that a hundred articles of the
 * batch report is merged once, not a hundred times. Only the events that came out different are
 * rewritten.
 */
export async function updateEvents(trx: Kysely<StoreSchema>, windows: readonly EventWindow[]): Promise<void> {
  const changes: Changes = { stale: new Set(), added: new Map() };
  for (const [block, { undated, ranges }] of byBlock(windows)) {
    if (undated) await rederive(trx, block, null, changes);
    const done: Range[] = [];
    for (const range of ranges) {
      if (done.some((d) => d.start <= range.start && range.end <= d.end)) continue;
      done.push((await rederive(trx, block, range, changes))!);
    }
  }
  // Written once for all windows: large multi-row statements instead of a few rows per window.
  // Windows that overlap derive the same events there (each holds whole merge groups), so the
  // map keeps one copy.
  const stale = [...changes.stale];
  for (let i = 0; i < stale.length; i += 500) {
    const ids = stale.slice(i, i + 500);
    await trx.deleteFrom('event_articles').where('event_id', 'in', ids).execute();
    await trx.deleteFrom('event_actors').where('event_id', 'in', ids).execute();
    await trx.deleteFrom('events').where('id', 'in', ids).execute();
  }
  const added = [...changes.added.values()];
  await insertRows(trx, 'events', added.map((f) => f.event), 32);
  await insertRows(trx, 'event_articles', added.flatMap((f) => f.links), 256);
  await insertRows(trx, 'event_actors', added.flatMap((f) => f.actors), 128);
}

/** What re-deriving the windows changes: stored events to delete, and events to insert. */
interface Changes {
  stale: Set<string>;
  added: Map<string, EventRows>;
}

interface Range {
  start: string;
  end: string;
}

/** Windows grouped by block (in block order), dated ones joined where they overlap or are a day apart. */
function byBlock(windows: readonly EventWindow[]): Map<string, { undated: boolean; ranges: Range[] }> {
  const blocks = new Map<string, { undated: boolean; ranges: Range[] }>();
  for (const w of [...windows].sort((a, b) => (a.block < b.block ? -1 : a.block > b.block ? 1 : 0))) {
    let entry = blocks.get(w.block);
    if (!entry) blocks.set(w.block, (entry = { undated: false, ranges: [] }));
    if (w.start === null || w.end === null) entry.undated = true;
    else entry.ranges.push({ start: w.start, end: w.end });
  }
  for (const entry of blocks.values()) {
    const sorted = entry.ranges.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const joined: Range[] = [];
    for (const r of sorted) {
      const last = joined.at(-1);
      // The union of touching windows has no gap, so re-deriving it covers exactly both.
      if (last && r.start <= addDays(last.end, 1)) {
        if (r.end > last.end) last.end = r.end;
      } else joined.push({ ...r });
    }
    entry.ranges = joined;
  }
  return blocks;
}

/** Re-derives one window of a block into `changes`; resolves to the days it closed on (null for the undated events). */
async function rederive(trx: Kysely<StoreSchema>, block: string, range: Range | null, changes: Changes): Promise<Range | null> {
  const { rows, start, end } = await closeWindow(trx, block, range);
  const old = await trx.selectFrom('events').selectAll().where('block', '=', block)
    .where((eb) => (start === null || end === null ? eb('span_start', 'is', null) : eb.and([eb('span_start', '<=', end), eb('span_end', '>=', start)])))
    .execute();
  const langs = new Map(rows.map((r) => [r.article_id, r.lang]));
  const merged = rows.length === 0 ? [] : mergeBlock(block, rows.map((r) => ({ articleId: r.article_id, event: JSON.parse(r.data) as Event })));
  const fresh = merged.map((e) => eventRows(e, langs));
  const unchanged = await unchangedEvents(trx, old, fresh);
  for (const r of old) if (!unchanged.has(r.id)) changes.stale.add(r.id);
  for (const f of fresh) if (!unchanged.has(f.event.id)) changes.added.set(f.event.id, f);
  return start === null || end === null ? null : { start, end };
}

/** The article events of the block around the window, and the span of days they cover. */
async function closeWindow(trx: Kysely<StoreSchema>, block: string, range: Range | null): Promise<{ rows: Array<{ article_id: string; data: string; lang: string | null }>; start: string | null; end: string | null }> {
  const base = trx.selectFrom('article_events').innerJoin('articles', 'articles.id', 'article_events.article_id')
    .select(['article_events.article_id', 'article_events.data', 'article_events.date_start', 'article_events.date_end', 'articles.lang'])
    .where('article_events.block', '=', block);
  if (range === null) {
    const rows = await base.where('article_events.date_start', 'is', null).execute();
    return { rows, start: null, end: null };
  }
  let lo = range.start;
  let hi = range.end;
  for (;;) {
    const rows = await base.where('article_events.date_start', '<=', addDays(hi, 1)).where('article_events.date_end', '>=', addDays(lo, -1)).execute();
    let nextLo = range.start;
    let nextHi = range.end;
    for (const r of rows) {
      if (r.date_start! < nextLo) nextLo = r.date_start!;
      if (r.date_end! > nextHi) nextHi = r.date_end!;
    }
    if (nextLo === lo && nextHi === hi) return { rows, start: lo, end: hi };
    [lo, hi] = [nextLo < lo ? nextLo : lo, nextHi > hi ? nextHi : hi];
  }
}

type EventRow = StoreSchema['events'];
type LinkRow = StoreSchema['event_articles'];

/** The rows one merged event is stored as. */
interface EventRows {
  event: EventRow;
  links: LinkRow[];
  actors: Array<StoreSchema['event_actors']>;
}

function eventRows(e: MergedEvent, langs: Map<string, string | null>): EventRows {
  const reportedIn = [...new Set(e.members.map((m) => langs.get(m.articleId)).filter((l): l is string => !!l))].sort();
  const range = dateRange(e.date);
  const spans = e.members.map((m) => dateRange(m.event.date)).filter((r) => r !== null);
  const { members, block, id, ...fields } = e;
  const event: EventRow = {
    id, block, plover: e.plover, mode: e.mode, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein,
    modality: e.modality, sort_key: `${range?.start ?? '0000-00-00'}|${id}`, source_id: e.source?.id ?? null, source_country: e.source?.country ?? null,
    target_id: e.target?.id ?? null, target_country: e.target?.country ?? null,
    date: e.date, date_start: range?.start ?? null, date_end: range?.end ?? null, location_country: e.location?.country ?? null,
    span_start: spans.length ? spans.map((s) => s.start).sort()[0]! : null,
    span_end: spans.length ? spans.map((s) => s.end).sort().at(-1)! : null,
    langs: reportedIn.length ? `,${reportedIn.join(',')},` : null,
    data: JSON.stringify(fields),
  };
  const links = members.map((m) => ({ event_id: id, article_id: m.articleId, article_event_id: m.event.id, main: m.event.main ? 1 : 0 }));
  return { event, links, actors: actorRows(id, e) };
}

/**
 * Ids of stored events that re-deriving gives back exactly (same row, same reporting articles):
 * they stay as they are. In a long-reported block most events are untouched by a new article.
 */
async function unchangedEvents(trx: Kysely<StoreSchema>, old: readonly EventRow[], fresh: readonly EventRows[]): Promise<Set<string>> {
  const oldById = new Map(old.map((r) => [r.id, r]));
  const same = fresh.filter((f) => {
    const o = oldById.get(f.event.id);
    return o !== undefined && sameRow(o, f.event);
  });
  const out = new Set<string>();
  if (same.length === 0) return out;
  const stored = new Map<string, string[]>();
  for (let i = 0; i < same.length; i += 500) {
    const ids = same.slice(i, i + 500).map((f) => f.event.id);
    const rows = await trx.selectFrom('event_articles').select(['event_id', 'article_id', 'article_event_id', 'main']).where('event_id', 'in', ids).execute();
    for (const r of rows) {
      const list = stored.get(r.event_id) ?? [];
      list.push(linkKey(r));
      stored.set(r.event_id, list);
    }
  }
  for (const f of same) {
    const had = (stored.get(f.event.id) ?? []).sort();
    const has = f.links.map(linkKey).sort();
    if (had.length === has.length && had.every((k, i) => k === has[i])) out.add(f.event.id);
  }
  return out;
}

function sameRow(a: EventRow, b: EventRow): boolean {
  for (const key of Object.keys(b) as Array<keyof EventRow>) {
    const x = a[key];
    const y = b[key];
    // Numbers may come back as strings from some drivers; compare them as numbers.
    if (x !== y && !(typeof y === 'number' && x !== null && Number(x) === y)) return false;
  }
  return true;
}

function linkKey(r: LinkRow): string {
  return `${r.article_id}\u0000${r.article_event_id}\u0000${Number(r.main)}`;
}

function actorRows(eventId: string, e: MergedEvent): StoreSchema['event_actors'][] {
  const rows = new Map<string, StoreSchema['event_actors']>();
  const add = (ref: ActorRef | null, side: string): void => {
    if (!ref) return;
    const key = `${ref.id}\u0000${side}`;
    if (!rows.has(key)) rows.set(key, { event_id: eventId, actor_id: ref.id, country: ref.country, code: ref.code, name: ref.name.toLowerCase(), side });
  };
  add(e.source, 'source');
  add(e.target, 'target');
  for (const p of e.participants) add(p, 'participant');
  return [...rows.values()];
}
