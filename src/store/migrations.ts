import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** Database kinds the store runs on. */
export type DialectName = 'sqlite' | 'postgres';

/**
 * Versioned migrations, in order. Never edit a released one: add the next. Each runs in a
 * transaction on PostgreSQL; on SQLite Kysely runs them one by one under its migration lock.
 */
export function storeMigrations(dialect: DialectName): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-initial': { up: (db) => initial(db, dialect) },
    '0002-article-origin': { up: addOrigin },
    '0003-query-indexes': { up: queryIndexes },
    '0004-drop-covered-indexes': { up: dropCoveredIndexes },
    '0005-type-in-date-order': { up: typeInDateOrder },
    '0006-event-writes': { up: eventWrites },
    '0007-evidence-from-reports': { up: evidenceFromReports },
    '0008-event-articles-in-order': { up: eventArticlesInOrder },
    '0009-recent-bands': { up: recentBands },
    '0010-article-clusters': { up: (db) => articleClusters(db, dialect) },
  };
  return { getMigrations: async () => migrations };
}

async function initial(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const real = sql`double precision`;
  await db.schema.createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('input_hash', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('source_path', 'text').addColumn('url', 'text').addColumn('source', 'text').addColumn('outlet', 'text')
    .addColumn('lang', 'text').addColumn('published', 'text').addColumn('title', 'text')
    .addColumn('raw', 'text', (c) => c.notNull()).addColumn('text', 'text', (c) => c.notNull())
    .addColumn('diagnostics', 'text', (c) => c.notNull()).addColumn('result', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull()).addColumn('cluster_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer').addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('articles_input_hash').on('articles').column('input_hash').execute();
  await db.schema.createIndex('articles_cluster').on('articles').column('cluster_id').execute();
  await db.schema.createIndex('articles_lang').on('articles').column('lang').execute();

  await db.schema.createTable('article_bands')
    .addColumn('article_id', 'text', (c) => c.notNull()).addColumn('band', 'integer', (c) => c.notNull())
    .addColumn('hash', 'integer', (c) => c.notNull()).execute();
  await db.schema.createIndex('article_bands_hash').on('article_bands').column('hash').execute();
  await db.schema.createIndex('article_bands_article').on('article_bands').column('article_id').execute();

  await db.schema.createTable('actors')
    .addColumn('id', 'text', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()).addColumn('country', 'text').addColumn('code', 'text').execute();

  await db.schema.createTable('mentions')
    .addColumn('article_id', 'text', (c) => c.notNull()).addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull()).addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull()).addColumn('resolution', 'text', (c) => c.notNull()).execute();
  await db.schema.createIndex('mentions_article').on('mentions').column('article_id').execute();
  await db.schema.createIndex('mentions_actor').on('mentions').column('actor_id').execute();

  await db.schema.createTable('article_events')
    .addColumn('article_id', 'text', (c) => c.notNull()).addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull()).addColumn('main', 'integer', (c) => c.notNull())
    .addColumn('date_start', 'text').addColumn('date_end', 'text').addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_events_pk', ['article_id', 'event_id']).execute();
  await db.schema.createIndex('article_events_block').on('article_events').columns(['block', 'date_start']).execute();

  await db.schema.createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey()).addColumn('block', 'text', (c) => c.notNull())
    .addColumn('plover', 'text', (c) => c.notNull()).addColumn('mode', 'text').addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('quad', 'integer', (c) => c.notNull()).addColumn('goldstein', real, (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text').addColumn('source_country', 'text').addColumn('target_id', 'text').addColumn('target_country', 'text')
    .addColumn('sort_key', 'text', (c) => c.notNull())
    .addColumn('date', 'text').addColumn('date_start', 'text').addColumn('date_end', 'text').addColumn('location_country', 'text')
    .addColumn('span_start', 'text').addColumn('span_end', 'text')
    .addColumn('data', 'text', (c) => c.notNull()).execute();
  await db.schema.createIndex('events_block').on('events').columns(['block', 'span_start']).execute();
  await db.schema.createIndex('events_sort').on('events').column('sort_key').execute();
  await db.schema.createIndex('events_date').on('events').columns(['date_start', 'date_end']).execute();
  await db.schema.createIndex('events_location_country').on('events').column('location_country').execute();
  await db.schema.createIndex('events_plover').on('events').column('plover').execute();
  await db.schema.createIndex('events_dyad').on('events').columns(['source_country', 'target_country']).execute();

  await db.schema.createTable('event_articles')
    .addColumn('event_id', 'text', (c) => c.notNull()).addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('article_event_id', 'text', (c) => c.notNull()).addColumn('main', 'integer', (c) => c.notNull()).execute();
  await db.schema.createIndex('event_articles_event').on('event_articles').column('event_id').execute();
  await db.schema.createIndex('event_articles_article').on('event_articles').column('article_id').execute();

  await db.schema.createTable('event_actors')
    .addColumn('event_id', 'text', (c) => c.notNull()).addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text').addColumn('code', 'text').addColumn('name', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull()).execute();
  await db.schema.createIndex('event_actors_event').on('event_actors').column('event_id').execute();
  await db.schema.createIndex('event_actors_actor').on('event_actors').column('actor_id').execute();
  await db.schema.createIndex('event_actors_country').on('event_actors').column('country').execute();

  await db.schema.createTable('clusters')
    .addColumn('id', 'text', (c) => c.primaryKey()).addColumn('size', 'integer', (c) => c.notNull()).execute();

  await db.schema.createTable('rejected')
    .addColumn('label', 'text', (c) => c.primaryKey()).addColumn('source_path', 'text').addColumn('record_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull()).addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer').addColumn('rejected_at', 'text', (c) => c.notNull()).execute();

  await db.schema.createTable('ingest_runs')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('started_at', 'text', (c) => c.notNull()).addColumn('finished_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull()).addColumn('paths', 'text', (c) => c.notNull())
    .addColumn('stored', 'integer', (c) => c.notNull()).addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull()).execute();
}

/** Where an article without a record id came from (`path:line`), so an edited file replaces its article. */
async function addOrigin(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('origin', 'text').execute();
  await db.schema.createIndex('articles_origin').on('articles').column('origin').execute();
}

/**
 * Indexes for the `events` filters: actor names and codes, coarse dates (months, years) apart
 * from day dates, and the languages that report an event (`,en,id,`) on the event itself.
 */
async function queryIndexes(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('event_actors_name').on('event_actors').column('name').execute();
  await db.schema.createIndex('event_actors_code').on('event_actors').column('code').execute();
  // Covering indexes for the dyad self-join (country → events, event → countries).
  await db.schema.createIndex('event_actors_country_event').on('event_actors').columns(['country', 'event_id']).execute();
  await db.schema.createIndex('event_actors_event_country').on('event_actors').columns(['event_id', 'country']).execute();
  await db.schema.createIndex('events_coarse').on('events').column('sort_key').where(sql.ref('date_start'), '<>', sql.ref('date_end')).execute();
  await db.schema.alterTable('events').addColumn('langs', 'text').execute();
}

/**
 * `event_actors (event_id)` and `(country)` lead the covering indexes of 0003: every lookup they
 * served is served as well by those, and each index is one more B-tree every stored event writes.
 */
async function dropCoveredIndexes(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('event_actors_event').execute();
  await db.schema.dropIndex('event_actors_country').execute();
}

/**
 * `events --type ACCUSE` reads its first page in date order: on (plover, sort_key) that is the first
 * 50 entries of one index run, where the plover index alone made it fetch and sort every event of
 * the type (a quarter of the store). The new index leads with plover, so it replaces the old one.
 */
async function typeInDateOrder(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('events_plover_sort').on('events').columns(['plover', 'sort_key']).execute();
  await db.schema.dropIndex('events_plover').execute();
}

/**
 * A counter every re-derivation of stored events increments in its transaction. An ingest keeps the
 * events it merged last in memory; the counter tells it whether anyone else wrote events since.
 */
async function eventWrites(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('event_writes')
    .addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('count', 'integer', (c) => c.notNull()).execute();
  await db.insertInto('event_writes').values({ id: 1, count: 0 }).execute();
}

/**
 * A stored event's evidence is every report's: queries now read it from the reports, so that one
 * more report no longer rewrites the evidence of all the others. The copies in `events.data` go.
 */
async function evidenceFromReports(db: Kysely<any>): Promise<void> {
  let after = '';
  for (;;) {
    const rows: Array<{ id: string; data: string }> = await db.selectFrom('events').select(['id', 'data']).where('id', '>', after).orderBy('id').limit(500).execute();
    if (rows.length === 0) return;
    for (const row of rows) {
      const data = JSON.parse(row.data) as { evidence: unknown };
      if (data.evidence === null) continue;
      data.evidence = null;
      await db.updateTable('events').set({ data: JSON.stringify(data) }).where('id', '=', row.id).execute();
    }
    after = rows.at(-1)!.id;
  }
}

/**
 * An ingest reads a stored event's reports back in (article, article event) order, a page at a
 * time; with them in the index, a page of an event of thousands of reports needs no sort of all
 * of them. The new index leads with the event, so it replaces the old one.
 */
async function eventArticlesInOrder(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('event_articles_event_article').on('event_articles').columns(['event_id', 'article_id', 'article_event_id']).execute();
  await db.schema.dropIndex('event_articles_event').execute();
}

/**
 * New articles' LSH bands go to a small table of their own first, and move to `article_bands` in
 * one sorted pass now and then (see `settleBands`). Band hashes are random: each batch's bands,
 * written straight into the large hash index, touched a page of it for nearly every band, and a
 * commit wrote half that index again, a cost that grew with the store.
 */
async function recentBands(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('recent_bands')
    .addColumn('article_id', 'text', (c) => c.notNull()).addColumn('band', 'integer', (c) => c.notNull())
    .addColumn('hash', 'integer', (c) => c.notNull()).execute();
  await db.schema.createIndex('recent_bands_hash').on('recent_bands').column('hash').execute();
  await db.schema.createIndex('recent_bands_article').on('recent_bands').column('article_id').execute();
}

/**
 * Near-duplicate lookups read the clusters of an article's near duplicates, a few hundred of them
 * for a story syndicated widely. On SQLite the cluster sits at the end of the article's row, behind
 * its texts, in overflow pages: each read walked the row's chain of pages. A small covering index
 * holds it. PostgreSQL keeps long texts out of the row, so there the row is as cheap to read.
 */
async function articleClusters(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  await db.schema.createIndex('articles_id_cluster').on('articles').columns(['id', 'cluster_id']).execute();
}
