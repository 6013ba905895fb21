import { sql, type Kysely } from 'kysely';
import type { StoreSchema } from './schema.js';

/** What `readout stats` prints: counts of what is stored. */
export interface StoreStats {
  articles: number;
  events: number;
  /** Distinct actors mentioned by a stored article or taking part in a stored event. */
  actors: number;
  /** Near-duplicate clusters of two or more articles. */
  clusters: number;
  rejected: number;
}

/** Counts what the store holds. */
export async function storeStats(db: Kysely<StoreSchema>): Promise<StoreStats> {
  const count = async (table: 'articles' | 'events' | 'clusters' | 'rejected'): Promise<number> => {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n); // a bigint string on PostgreSQL
  };
  const actors = await db.selectFrom(
    db.selectFrom('mentions').select('actor_id').union(db.selectFrom('event_actors').select('actor_id')).as('ids'),
  ).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return {
    articles: await count('articles'),
    events: await count('events'),
    actors: Number(actors.n),
    clusters: await count('clusters'),
    rejected: await count('rejected'),
  };
}
