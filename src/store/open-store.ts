import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type KyselyConfig, type LogEvent } from 'kysely';
import pg from 'pg';
import { ReadoutError } from '../core/errors.js';
import { storeMigrations, type DialectName } from './migrations.js';
import type { StoreSchema } from './schema.js';

/** An open store: a Kysely handle on SQLite or PostgreSQL with the schema migrated. */
export interface Store {
  readonly db: Kysely<StoreSchema>;
  readonly dialect: DialectName;
  /** Where the store lives, for messages (a path or a URL without password). */
  readonly target: string;
  close(): Promise<void>;
}

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** PostgreSQL schema to use (created when missing); default: the server's search path. */
  schema?: string;
  /** Open without running migrations. */
  migrate?: boolean;
  /** Fail when a SQLite file does not exist yet (query commands), instead of creating it. */
  mustExist?: boolean;
  /** Called after each query with its SQL and duration (profiling). */
  onQuery?: (sql: string, ms: number) => void;
}

/**
 * Opens (and migrates) the store at `target`: a SQLite file path (default `./readout.db`, WAL) or a
 * `postgres://` URL. The same query code runs on both.
 *
 * @example
 * const store = await openStore('postgres://127.0.0.1:5432/test', { schema: 'readout' });
 */
export async function openStore(target = './readout.db', options: OpenStoreOptions = {}): Promise<Store> {
  const isPostgres = /^postgres(ql)?:\/\//i.test(target);
  const dialect: DialectName = isPostgres ? 'postgres' : 'sqlite';
  const log = options.onQuery ? queryLogger(options.onQuery) : undefined;
  const db = isPostgres ? await openPostgres(target, options.schema, log) : openSqlite(target, options.mustExist === true, log);
  if (options.migrate !== false) {
    // Kysely looks for its migration tables in every schema: name ours, or another schema's
    // tables (a second readout store on the same server) would be taken for this one's.
    const schema = isPostgres ? options.schema ?? (await currentSchema(db)) : undefined;
    const migrator = new Migrator({ db, provider: storeMigrations(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
    const { error } = await migrator.migrateToLatest();
    if (error) {
      await db.destroy();
      throw new ReadoutError(`Cannot prepare store "${redact(target)}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const close = async (): Promise<void> => {
    // Lets SQLite refresh the statistics its query planner chooses indexes by.
    if (!isPostgres) await sql`pragma optimize`.execute(db).catch(() => undefined);
    await db.destroy();
  };
  return { db, dialect, target: redact(target), close };
}

function openSqlite(path: string, mustExist: boolean, log: KyselyConfig['log']): Kysely<StoreSchema> {
  if (mustExist && !existsSync(path)) throw new ReadoutError(`Cannot open store "${path}": it does not exist (run "readout ingest" first)`);
  let database: Database.Database;
  try {
    database = new Database(path);
  } catch (error) {
    throw new ReadoutError(`Cannot open store "${path}": ${(error as Error).message}`);
  }
  // WAL lets readers see only committed articles while an ingest writes; NORMAL is durable at
  // each WAL checkpoint and never corrupts on a crash.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  // An ingest batch writes several MB of articles: at the default 4 MB every commit copied the log
  // back into the file, rewriting the same index pages each time. 64 MB: a copy every ten batches or
  // so, a fifth less time in commits (and fewer waits for the disk).
  database.pragma('wal_autocheckpoint = 16384');
  // A batch touches pages of a dozen indexes all over the file: at the default 2 MB of page cache it
  // read many of them back from the file (and spilled dirty ones) within each batch. 16 MB: about a
  // tenth less CPU storing the bench corpus, as much as 32 MB gave, for at most 16 MB more memory.
  database.pragma('cache_size = -16384');
  // Each multi-row insert or update inside a batch keeps a statement journal (the pages it changed,
  // to undo it alone), which SQLite writes to a temporary file beyond 64 KB: on the bench corpus,
  // more bytes than the store itself, and a quarter of the CPU storing it was the system's. In
  // memory, a journal holds only the pages of one statement.
  database.pragma('temp_store = memory');
  database.pragma('busy_timeout = 10000');
  return new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database: cachingStatements(database) }), ...(log ? { log } : {}) });
}

async function openPostgres(url: string, schema: string | undefined, log: KyselyConfig['log']): Promise<Kysely<StoreSchema>> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new RangeError(`Cannot use schema "${schema}": not a plain identifier`);
  const config: pg.PoolConfig = { connectionString: url, max: 4 };
  if (schema) config.options = `-c search_path=${schema}`;
  const pool = new pg.Pool(config);
  const db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    else await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new ReadoutError(`Cannot connect to store "${redact(url)}": ${(error as Error).message}`);
  }
  return db;
}

/** Hides a password in a connection URL. */
function redact(target: string): string {
  return target.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

function queryLogger(onQuery: (sql: string, ms: number) => void): (event: LogEvent) => void {
  return (event) => onQuery(event.query.sql, event.queryDurationMillis);
}

async function currentSchema(db: Kysely<StoreSchema>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? 'public';
}

/** Most prepared statements kept per connection. */
const STATEMENT_CACHE_SIZE = 512;

/**
 * Kysely prepares every query afresh; ingest runs the same few dozen statements for every
 * article, so preparing each SQL text once saves about a fifth of the store's time.
 */
function cachingStatements(database: Database.Database): Database.Database {
  const cache = new Map<string, Database.Statement>();
  const prepare = database.prepare.bind(database);
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (source: string): Database.Statement => {
        let statement = cache.get(source);
        if (!statement) {
          statement = prepare(source);
          if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}
