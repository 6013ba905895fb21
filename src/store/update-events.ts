import type { Kysely } from 'kysely';
import type { ActorRef, Event } from '../core/doc.js';
import { addMember, linkedBy, mergeBlock, mergeInto, openEvent, type OpenEvent } from '../cluster/merge-events.js';
import type { Disagreement, MergedFields } from '../cluster/summarise-event.js';
import { addDays, dateRange } from './date-range.js';
import { EventCache, type CachedEvent } from './event-cache.js';
import { insertRows } from './insert-rows.js';
import { padded, placeholders, runStatement } from './run-statement.js';
import type { StoreSchema } from './schema.js';

/** Where stored events must be re-derived: a block and the days touched (null: the undated events). */
export interface EventWindow {
  block: string;
  start: string | null;
  end: string | null;
}

/** An article event just written for a new article, to merge into the stored events. */
export interface AddedEvent {
  block: string;
  articleId: string;
  /** The article's language. */
  lang: string | null;
  /** The `article_events` row's data (the Event as JSON). */
  data: string;
  /** The first and last day its date can mean (null when undated). */
  start: string | null;
  end: string | null;
}

/** What a batch of writes asks of the stored events. */
export interface EventChanges {
  /** Days around stored events that lost reports (deleted or replaced articles). */
  windows: EventWindow[];
  /** The article events of new articles. */
  added: AddedEvent[];
}

/**
 * Brings the stored events up to date with a batch of written articles, inside its transaction.
 * Any ingest order (and any crash and rerun) ends in the same rows.
 *
 * New reports are merged into the stored events they link (see `mergeInto`): only the stored
 * events of their block within a day of them are looked at, and those `cache` holds from earlier
 * batches are not read again, so an event reported thousands of times costs a batch its new
 * reports and one rewrite of its row, not a re-summary of every report.
 *
 * Blocks that lost reports (an article deleted or replaced) are re-derived around each window from
 * the article events there, new reports of the block included (see `rederive`).
 */
export async function updateEvents(trx: Kysely<StoreSchema>, changes: EventChanges, cache = new EventCache()): Promise<void> {
  const { count } = await trx.updateTable('event_writes').set((eb) => ({ count: eb('count', '+', 1) })).where('id', '=', 1)
    .returning('count').executeTakeFirstOrThrow();
  cache.sync(Number(count));
  const windows = [...changes.windows];
  const rederived = new Set(windows.map((w) => w.block));
  const added = new Map<string, AddedEvent[]>();
  for (const a of changes.added) {
    if (rederived.has(a.block)) windows.push({ block: a.block, start: a.start, end: a.end });
    else {
      const list = added.get(a.block);
      if (list) list.push(a);
      else added.set(a.block, [a]);
    }
  }
  const derived = await rederiveWindows(trx, windows);
  for (const id of derived.stale) cache.delete(id);
  const merged: MergedRows[] = [];
  for (const [block, list] of [...added].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    merged.push(...(await addToBlock(trx, block, list, cache)));
  }
  // Written once for all blocks: large multi-row statements instead of a few rows per block.
  const stale = [...derived.stale];
  for (let i = 0; i < stale.length; i += 500) await trx.deleteFrom('event_articles').where('event_id', 'in', stale.slice(i, i + 500)).execute();
  const rows = [...derived.added.values(), ...merged.map((m) => m.rows)];
  const replaced = [...stale, ...merged.flatMap((m) => m.replaces)];
  // An event written again under its id is updated in place (see `REWRITE`): only the others go.
  const rewritten = new Set(rows.map((f) => f.event.id));
  const gone = replaced.filter((id) => !rewritten.has(id));
  for (let i = 0; i < replaced.length; i += 500) await trx.deleteFrom('event_actors').where('event_id', 'in', replaced.slice(i, i + 500)).execute();
  for (let i = 0; i < gone.length; i += 500) await trx.deleteFrom('events').where('id', 'in', gone.slice(i, i + 500)).execute();
  for (const m of merged) {
    // The reports of stored events a merged event takes in keep their rows, under its id.
    const moved = m.replaces.filter((id) => id !== m.rows.event.id);
    for (let i = 0; i < moved.length; i += 500) {
      await trx.updateTable('event_articles').set({ event_id: m.rows.event.id }).where('event_id', 'in', moved.slice(i, i + 500)).execute();
    }
  }
  await insertRows(trx, 'events', rows.map((f) => f.event), { max: 32, onConflict: REWRITE });
  await insertRows(trx, 'event_articles', rows.flatMap((f) => f.links), { max: 256 });
  await insertRows(trx, 'event_actors', rows.flatMap((f) => f.actors), { max: 128 });
  cache.trim();
}

/**
 * Writes a stored event again over its old row: most merges keep the event's id (a new report
 * seldom comes first), and a row updated in place costs less than one deleted and inserted again.
 */
const REWRITE = (() => {
  // Every column but the id: the type checks that none is missing.
  const columns: Record<Exclude<keyof StoreSchema['events'], 'id'>, true> = {
    block: true, plover: true, mode: true, cameo: true, quad: true, goldstein: true, modality: true, sort_key: true,
    source_id: true, source_country: true, target_id: true, target_country: true, date: true, date_start: true, date_end: true,
    location_country: true, span_start: true, span_end: true, langs: true, data: true,
  };
  return `on conflict ("id") do update set ${Object.keys(columns).map((c) => `"${c}" = "excluded"."${c}"`).join(', ')}`;
})();

/** A merged event to write (links only for its new reports) and the stored events it replaces. */
interface MergedRows {
  rows: EventRows;
  replaces: string[];
}

/**
 * Merges a block's new article events into its stored events. A stored event that links a new
 * report has a report at most a day from it, so its span reaches within a day of the new one; and
 * each stored event is a whole connected group already, which `mergeInto` relies on.
 */
async function addToBlock(trx: Kysely<StoreSchema>, block: string, list: readonly AddedEvent[], cache: EventCache): Promise<MergedRows[]> {
  const spans = new Map<string, CachedEvent['span']>();
  type Near = { id: string; span_start: string | null; span_end: string | null };
  const found: Near[] = [];
  if (list.some((a) => a.start === null || a.end === null)) found.push(...(await runStatement<Near>(trx, NEAR_UNDATED, [block])));
  for (const range of joinRanges(list)) found.push(...(await runStatement<Near>(trx, NEAR_DATED, [block, addDays(range.end, 1), addDays(range.start, -1)])));
  for (const r of found) spans.set(r.id, r.span_start !== null && r.span_end !== null ? { start: r.span_start, end: r.span_end } : null);
  const members = list.map((a) => ({ dated: a.start !== null && a.end !== null, member: { articleId: a.articleId, event: JSON.parse(a.data) as Event } }));
  // Undated reports link only undated ones: a stored event is tested against the reports of its kind.
  const links = [false, true].map((dated) => linkedBy(members.filter((m) => m.dated === dated).map((m) => m.member)));
  const stored: CachedEvent[] = [];
  const missing: string[] = [];
  for (const [id, span] of spans) {
    const cached = cache.get(id);
    if (cached) stored.push(cached);
    else {
      // Known by its link points: read whole only when a new report links it.
      const points = cache.points(id);
      if (!points || links[span === null ? 0 : 1]!(points.values())) missing.push(id);
    }
  }
  for (const [id, { open, langs }] of await readEvents(trx, missing)) {
    stored.push({ open, langs, span: spans.get(id)! });
    cache.setPoints(id, open.points);
  }
  const langOf = new Map(list.map((a) => [a.articleId, a.lang]));
  const out: MergedRows[] = [];
  // Undated reports link only undated ones, as re-deriving a block's undated events does.
  for (const dated of [false, true]) {
    const adding = members.filter((m) => m.dated === dated).map((m) => m.member);
    if (adding.length === 0) continue;
    const events = stored.filter((e) => (e.span !== null) === dated);
    const byId = new Map(events.map((e) => [e.open.id, e]));
    for (const { event: open, replaces, added } of mergeInto(block, events.map((e) => e.open), adding)) {
      const langs = new Set<string>();
      let span: CachedEvent['span'] = null;
      for (const id of replaces) {
        const e = byId.get(id)!;
        for (const l of e.langs) langs.add(l);
        span = widen(span, e.span);
        cache.delete(id);
      }
      for (const m of added) {
        const lang = langOf.get(m.articleId);
        if (lang) langs.add(lang);
        span = widen(span, dateRange(m.event.date));
      }
      const { fields, disagreements } = open.tally.summary(null);
      const links = added.map((m) => ({ articleId: m.articleId, eventId: m.event.id, main: m.event.main }));
      out.push({ rows: eventRows(open.id, block, fields, disagreements, langs, span, links), replaces });
      cache.set(open.id, { open, langs, span });
    }
  }
  return out;
}

/** A block's stored events around a range of days, and its undated ones; written out, as they run for every block of every batch. */
const NEAR_DATED = 'select "id", "span_start", "span_end" from "events" where "block" = ? and "span_start" <= ? and "span_end" >= ?';
const NEAR_UNDATED = 'select "id", "span_start", "span_end" from "events" where "block" = ? and "span_start" is null';

/** Rows read at once when rebuilding stored events: an event of many thousand reports is read a page at a time. */
const PAGE = 2000;

type MemberRow = { event_id: string; article_id: string; article_event_id: string; data: string; lang: string | null };

/** The reports of stored events, in the order of the `event_articles` index; written out, as the number of events varies from call to call. */
const MEMBERS = 'select "event_articles"."event_id", "event_articles"."article_id", "event_articles"."article_event_id", "article_events"."data", "articles"."lang"'
  + ' from "event_articles" inner join "article_events" on "article_events"."article_id" = "event_articles"."article_id" and "article_events"."event_id" = "event_articles"."article_event_id"'
  + ' inner join "articles" on "articles"."id" = "event_articles"."article_id"';
const MEMBERS_ORDER = `order by "event_articles"."event_id", "event_articles"."article_id", "event_articles"."article_event_id" limit ${PAGE}`;

/**
 * Stored events rebuilt from their article events, with their reports' languages. Rows come in
 * the order of the `event_articles` index on (event, article, article event), a page at a time:
 * the events of a few reports each share pages, an event of thousands is read on from where its
 * page stopped.
 */
async function readEvents(trx: Kysely<StoreSchema>, ids: readonly string[]): Promise<Map<string, { open: OpenEvent; langs: Set<string> }>> {
  const out = new Map<string, { open: OpenEvent; langs: Set<string> }>();
  const take = (rows: readonly MemberRow[]): void => {
    for (const r of rows) {
      let entry = out.get(r.event_id);
      if (!entry) out.set(r.event_id, (entry = { open: openEvent(r.event_id), langs: new Set() }));
      addMember(entry.open, { articleId: r.article_id, event: JSON.parse(r.data) as Event });
      if (r.lang) entry.langs.add(r.lang);
    }
  };
  let pending = [...ids];
  while (pending.length > 0) {
    const some = pending.slice(0, 512);
    const rows = await runStatement<MemberRow>(trx, `${MEMBERS} where "event_articles"."event_id" in (${placeholders(some.length)}) ${MEMBERS_ORDER}`, padded(some));
    take(rows);
    if (rows.length < PAGE) {
      pending = pending.slice(512);
      continue;
    }
    // The page stopped inside its last event: that one is read on alone; the events before it are whole.
    let last = rows.at(-1)!;
    for (;;) {
      const from = last;
      const more = await runStatement<MemberRow>(trx, `${MEMBERS} where "event_articles"."event_id" = ? and ("event_articles"."article_id", "event_articles"."article_event_id") > (?, ?) ${MEMBERS_ORDER}`,
        [from.event_id, from.article_id, from.article_event_id]);
      take(more);
      if (more.length < PAGE) break;
      last = more.at(-1)!;
    }
    pending = pending.filter((id) => !out.has(id));
  }
  return out;
}

/** The days of the dated article events, joined where they overlap or are a day apart. */
function joinRanges(list: readonly AddedEvent[]): Range[] {
  const ranges = list.filter((a) => a.start !== null && a.end !== null).map((a) => ({ start: a.start!, end: a.end! }));
  return joinTouching(ranges);
}

function widen(span: CachedEvent['span'], range: CachedEvent['span']): CachedEvent['span'] {
  if (range === null) return span;
  if (span === null) return { ...range };
  return { start: range.start < span.start ? range.start : span.start, end: range.end > span.end ? range.end : span.end };
}

/** What re-deriving windows changes: stored events to delete, and events to insert. */
interface Changes {
  stale: Set<string>;
  added: Map<string, EventRows>;
}

interface Range {
  start: string;
  end: string;
}

/**
 * Re-derives the stored events around each window from the article events there. Two article
 * events can only merge when their days are at most one apart, so the window is widened until no
 * article event of the block lies within a day of it; the stored events inside are then a function
 * of those article events alone, and a block reported for years costs only the days around the
 * window.
 *
 * The windows of one block are joined where they touch and a window inside one already re-derived
 * is skipped. Only the events that came out different are rewritten.
 */
async function rederiveWindows(trx: Kysely<StoreSchema>, windows: readonly EventWindow[]): Promise<Changes> {
  const changes: Changes = { stale: new Set(), added: new Map() };
  for (const [block, { undated, ranges }] of byBlock(windows)) {
    if (undated) await rederive(trx, block, null, changes);
    const done: Range[] = [];
    for (const range of ranges) {
      if (done.some((d) => d.start <= range.start && range.end <= d.end)) continue;
      done.push((await rederive(trx, block, range, changes))!);
    }
  }
  return changes;
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
  for (const entry of blocks.values()) entry.ranges = joinTouching(entry.ranges);
  return blocks;
}

/** Ranges sorted and joined where they overlap or are a day apart: re-deriving the union of touching windows covers exactly both. */
function joinTouching(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const joined: Range[] = [];
  for (const r of sorted) {
    const last = joined.at(-1);
    if (last && r.start <= addDays(last.end, 1)) {
      if (r.end > last.end) last.end = r.end;
    } else joined.push({ ...r });
  }
  return joined;
}

/** Re-derives one window of a block into `changes`; resolves to the days it closed on (null for the undated events). */
async function rederive(trx: Kysely<StoreSchema>, block: string, range: Range | null, changes: Changes): Promise<Range | null> {
  const { rows, start, end } = await closeWindow(trx, block, range);
  const old = await trx.selectFrom('events').selectAll().where('block', '=', block)
    .where((eb) => (start === null || end === null ? eb('span_start', 'is', null) : eb.and([eb('span_start', '<=', end), eb('span_end', '>=', start)])))
    .execute();
  const langOf = new Map(rows.map((r) => [r.article_id, r.lang]));
  const merged = rows.length === 0 ? [] : mergeBlock(block, rows.map((r) => ({ articleId: r.article_id, event: JSON.parse(r.data) as Event })));
  const fresh = merged.map(({ members, block: _, id, disagreements, ...fields }) => {
    const langs = members.map((m) => langOf.get(m.articleId)).filter((l): l is string => !!l);
    const span = members.reduce<CachedEvent['span']>((s, m) => widen(s, dateRange(m.event.date)), null);
    const links = members.map((m) => ({ articleId: m.articleId, eventId: m.event.id, main: m.event.main }));
    return eventRows(id, block, fields, disagreements, langs, span, links);
  });
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

/**
 * The rows of a merged event: `langs` are its reports' languages, `span` the days they cover,
 * `links` the reports to link (all of them, or only the new ones when the others stay linked).
 * The evidence is not stored with the event: it is every report's, which queries read from the
 * reports (see `queryEvents`), so that one more report does not rewrite all the others' evidence.
 */
function eventRows(id: string, block: string, fields: Omit<MergedFields, 'evidence'>, disagreements: Disagreement[], langs: Iterable<string>, span: CachedEvent['span'], links: ReadonlyArray<{ articleId: string; eventId: string; main: boolean }>): EventRows {
  const reportedIn = [...new Set(langs)].sort();
  const range = dateRange(fields.date);
  const event: EventRow = {
    id, block, plover: fields.plover, mode: fields.mode, cameo: fields.cameo, quad: fields.quad, goldstein: fields.goldstein,
    modality: fields.modality, sort_key: `${range?.start ?? '0000-00-00'}|${id}`, source_id: fields.source?.id ?? null, source_country: fields.source?.country ?? null,
    target_id: fields.target?.id ?? null, target_country: fields.target?.country ?? null,
    date: fields.date, date_start: range?.start ?? null, date_end: range?.end ?? null, location_country: fields.location?.country ?? null,
    span_start: span?.start ?? null,
    span_end: span?.end ?? null,
    langs: reportedIn.length ? `,${reportedIn.join(',')},` : null,
    data: JSON.stringify({ ...fields, evidence: null, disagreements }),
  };
  return {
    event,
    links: links.map((m) => ({ event_id: id, article_id: m.articleId, article_event_id: m.eventId, main: m.main ? 1 : 0 })),
    actors: actorRows(id, fields),
  };
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

function actorRows(eventId: string, e: Omit<MergedFields, 'evidence'>): StoreSchema['event_actors'][] {
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
