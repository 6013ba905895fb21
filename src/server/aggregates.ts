import type { Kysely } from 'kysely';
import { eventConditions, type EventFilter } from '../store/event-filter.js';
import type { StoreSchema } from '../store/schema.js';

/** Events per day and PLOVER type, for the timeline. */
export async function timeline(db: Kysely<StoreSchema>, filter: EventFilter): Promise<Array<{ date: string; plover: string; n: number }>> {
  const rows = await db.selectFrom('events')
    .select(['date_start', 'plover', (eb) => eb.fn.countAll().as('n')])
    .where((eb) => eb.and([...eventConditions(eb, filter), eb('date_start', 'is not', null)]))
    .groupBy(['date_start', 'plover']).orderBy('date_start').execute();
  // PostgreSQL returns count(*) as a bigint string.
  return rows.map((r) => ({ date: r.date_start!, plover: r.plover, n: Number(r.n) }));
}

/** Source→target country pairs with event counts and mean Goldstein score, most frequent first. */
export async function dyads(db: Kysely<StoreSchema>, filter: EventFilter, limit = 50): Promise<Array<{ source: string; target: string; n: number; goldstein: number }>> {
  const rows = await db.selectFrom('events')
    .select(['source_country', 'target_country', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.avg('goldstein').as('g')])
    .where((eb) => eb.and([...eventConditions(eb, filter), eb('source_country', 'is not', null), eb('target_country', 'is not', null)]))
    .groupBy(['source_country', 'target_country']).orderBy('n', 'desc').orderBy('source_country').orderBy('target_country')
    .limit(limit).execute();
  return rows.map((r) => ({ source: r.source_country!, target: r.target_country!, n: Number(r.n), goldstein: Math.round(Number(r.g) * 100) / 100 }));
}

/** Actors as nodes and co-participation in events as weighted edges, over at most `maxEvents` events. */
export async function network(db: Kysely<StoreSchema>, filter: EventFilter, maxEvents = 2000): Promise<{
  nodes: Array<{ id: string; name: string; country: string | null; n: number }>;
  edges: Array<{ a: string; b: string; n: number }>;
}> {
  const ids = db.selectFrom('events').select('id').where((eb) => eb.and(eventConditions(eb, filter))).orderBy('sort_key', 'desc').limit(maxEvents);
  // event_actors keeps names lower-cased for filtering; the actors table has them as written.
  const rows = await db.selectFrom('event_actors').leftJoin('actors', 'actors.id', 'event_actors.actor_id')
    .select(['event_actors.event_id', 'event_actors.actor_id', 'event_actors.country', (eb) => eb.fn.coalesce('actors.name', 'event_actors.name').as('name')])
    .where('event_actors.event_id', 'in', ids).orderBy('event_actors.event_id').orderBy('event_actors.actor_id').execute();
  const nodes = new Map<string, { id: string; name: string; country: string | null; n: number }>();
  const byEvent = new Map<string, Set<string>>();
  for (const r of rows) {
    const actors = byEvent.get(r.event_id) ?? new Set<string>();
    if (!actors.has(r.actor_id)) {
      actors.add(r.actor_id);
      const node = nodes.get(r.actor_id) ?? { id: r.actor_id, name: r.name, country: r.country, n: 0 };
      node.n++;
      nodes.set(r.actor_id, node);
    }
    byEvent.set(r.event_id, actors);
  }
  const edges = new Map<string, { a: string; b: string; n: number }>();
  for (const actors of byEvent.values()) {
    const list = [...actors].sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}\u0000${list[j]}`;
        const edge = edges.get(key) ?? { a: list[i]!, b: list[j]!, n: 0 };
        edge.n++;
        edges.set(key, edge);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Located events for the map: one point per event with coordinates. */
export async function mapPoints(db: Kysely<StoreSchema>, filter: EventFilter, maxEvents = 2000): Promise<Array<{ id: string; plover: string; name: string; country: string | null; lat: number; lon: number }>> {
  const rows = await db.selectFrom('events').select(['id', 'plover', 'data'])
    .where((eb) => eb.and([...eventConditions(eb, filter), eb('location_country', 'is not', null)]))
    .orderBy('sort_key', 'desc').limit(maxEvents).execute();
  const points = [];
  for (const r of rows) {
    const location = (JSON.parse(r.data) as { location?: { name: string; country: string | null; lat: number | null; lon: number | null } | null }).location;
    if (location && typeof location.lat === 'number' && typeof location.lon === 'number') {
      points.push({ id: r.id, plover: r.plover, name: location.name, country: location.country, lat: location.lat, lon: location.lon });
    }
  }
  return points;
}
