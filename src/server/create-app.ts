import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Pipeline } from '../core/pipeline.js';
import { queryEvents, countEvents } from '../store/query-events.js';
import { storeStats } from '../store/store-stats.js';
import type { Store } from '../store/open-store.js';
import { dyads, mapPoints, network, timeline } from './aggregates.js';
import { pickEventFilter } from '../store/event-filter.js';
import { describeIssues, eventQuerySchema, type EventQuery } from './event-query.js';
import { ingestPosted } from './ingest-posted.js';
import { loadAsset } from './web-assets.js';

/** Options of `createApp`. */
export interface AppOptions {
  store: Store;
  /** Bearer token that write requests must carry; without one, the API is read-only. */
  token?: string | null;
  /** Pipeline for posted articles (needed only when `token` is set). */
  pipeline?: Pipeline;
  /** Largest request body accepted, in bytes (default 5 MB). */
  maxBodyBytes?: number;
  /** Most records accepted in one POST (default 200). */
  maxRecords?: number;
}

/**
 * The HTTP API and dashboard. Reads are open (the server binds to loopback by default); writes need
 * the bearer token. Every query parameter is validated, unknown ones refused; SQL is parameterised
 * in the store; article text only ever travels as JSON and the dashboard renders it as text.
 *
 * @example
 * const app = createApp({ store: await openStore('readout.db') });
 * const res = await app.request('/api/events?dyad=RUS-CHN');
 */
export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const app = new Hono();
  app.use('*', secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'none'"],
    },
  }));
  app.use('/api/*', bodyLimit({
    maxSize: options.maxBodyBytes ?? 5 * 1024 * 1024,
    onError: (c) => c.json({ error: 'Cannot accept request: body is larger than the limit' }, 413),
  }));

  app.get('/api/stats', async (c) => c.json(await storeStats(store.db)));
  app.get('/api/events', (c) => withQuery(c, async (q) => {
    const filter = pickEventFilter(q);
    const events = [];
    for await (const row of queryEvents(store.db, filter, { limit: q.limit ?? 100 })) events.push(row.event);
    return { total: await countEvents(store.db, filter), events };
  }));
  app.get('/api/timeline', (c) => withQuery(c, (q) => timeline(store.db, pickEventFilter(q))));
  app.get('/api/dyads', (c) => withQuery(c, (q) => dyads(store.db, pickEventFilter(q), q.limit ?? 50)));
  app.get('/api/network', (c) => withQuery(c, (q) => network(store.db, pickEventFilter(q), q.limit ?? 1000)));
  app.get('/api/map', (c) => withQuery(c, (q) => mapPoints(store.db, pickEventFilter(q), q.limit ?? 1000)));
  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    if (id.length > 200) return c.json({ error: 'Cannot find article: id is too long' }, 400);
    const article = await store.db.selectFrom('articles')
      .select(['id', 'title', 'published', 'lang', 'source', 'url', 'text']).where('id', '=', id).executeTakeFirst();
    return article ? c.json(article) : c.json({ error: `Cannot find article "${id}"` }, 404);
  });
  app.post('/api/articles', async (c) => {
    const denied = checkToken(c, options.token ?? null);
    if (denied) return denied;
    if (!options.pipeline) return c.json({ error: 'Cannot store articles: this server has no pipeline' }, 503);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'Cannot read request: body is not valid JSON' }, 400);
    }
    const records = Array.isArray(body) ? body : [body];
    const max = options.maxRecords ?? 200;
    if (records.length === 0 || records.length > max) return c.json({ error: `Cannot store articles: send 1 to ${max} records` }, 400);
    const result = await ingestPosted(store, options.pipeline, records);
    return c.json(result, result.rejections.length > 0 ? 207 : 200);
  });
  app.all('/api/*', (c) => c.json({ error: 'Cannot find this API endpoint' }, 404));
  app.get('*', async (c) => {
    const asset = await loadAsset(new URL(c.req.url).pathname);
    if (!asset) return c.text('Not found', 404);
    return c.body(new Uint8Array(asset.body), 200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
  });
  app.onError((error, c) => {
    process.stderr.write(`readout serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${error.message}\n`);
    return c.json({ error: 'Internal error' }, 500);
  });
  return app;
}

async function withQuery(c: Context, handle: (query: EventQuery) => Promise<unknown>): Promise<Response> {
  const parsed = eventQuerySchema.safeParse(c.req.query());
  if (!parsed.success) return c.json({ error: `Cannot run query: ${describeIssues(parsed.error)}` }, 400);
  return c.json(await handle(parsed.data));
}

function checkToken(c: Context, token: string | null): Response | null {
  if (!token) return c.json({ error: 'Cannot write: this server is read-only (start it with a token to allow writes)' }, 403);
  const given = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return c.json({ error: 'Cannot write: missing or wrong bearer token' }, 401);
  return null;
}
