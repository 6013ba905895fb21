import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../src/server/create-app.js';
import { createDefaultPipeline } from '../../src/pipeline.js';
import { sqliteStore, type TestStore } from '../store/backends.js';
import { HOSTILE, seedStore } from './seed.js';

const TOKEN = 'a-test-token-of-enough-length';

describe('the HTTP API', () => {
  let ts: TestStore;
  let app: ReturnType<typeof createApp>;
  let readOnly: ReturnType<typeof createApp>;
  before(async () => {
    ts = await sqliteStore();
    await seedStore(ts.store);
    app = createApp({ store: ts.store, token: TOKEN, pipeline: await createDefaultPipeline(), maxBodyBytes: 64 * 1024 });
    readOnly = createApp({ store: ts.store });
  });
  after(() => ts.dispose());

  const get = async (path: string, on = app) => {
    const res = await on.request(path);
    return { status: res.status, body: (await res.json()) as any };
  };

  test('GET /api/stats counts what is stored, with the same keys as `readout stats`', async () => {
    const { status, body } = await get('/api/stats');
    assert.equal(status, 200);
    assert.deepEqual(Object.keys(body).sort(), ['actors', 'articles', 'clusters', 'events', 'rejected']);
    assert.equal(body.articles, 3);
  });

  test('GET /api/events merges reports of one meeting across languages and filters by dyad', async () => {
    const all = await get('/api/events');
    assert.equal(all.body.total, 2);
    const { body } = await get('/api/events?dyad=RUS-CHN');
    assert.equal(body.total, 1);
    assert.equal(body.events[0].num_articles, 2);
    assert.deepEqual(body.events[0].articles.map((a: { id: string }) => a.id).sort(), ['koran-1', 'wire-1']);
  });

  test('GET /api/events filters by language, type, country and dates', async () => {
    assert.equal((await get('/api/events?lang=id')).body.total, 1);
    assert.equal((await get('/api/events?type=CONSULT&country=IDN')).body.total, 1);
    assert.equal((await get('/api/events?from=2024-06-01')).body.total, 1);
    assert.equal((await get('/api/events?to=2024-01-01')).body.total, 0);
  });

  for (const [query, why] of [
    ['limit=0', 'a limit below 1'],
    ['limit=5000', 'a limit above 1000'],
    ['country=RUSSIA', 'a country that is not alpha-3'],
    ['dyad=RUS', 'a dyad without two sides'],
    ['from=2024-13-45', 'an impossible date'],
    ["actor=x'%20OR%201=1--", 'SQL in an actor name'],
    ['colour=red', 'an unknown parameter'],
  ] as const) {
    test(`GET /api/events refuses ${why} with 400 and a reason`, async () => {
      const { status, body } = await get(`/api/events?${query}`);
      assert.equal(status, 400);
      assert.match(body.error, /^Cannot run query: /);
    });
  }

  test('GET /api/timeline, /api/dyads, /api/network and /api/map aggregate the filtered events', async () => {
    const timeline = (await get('/api/timeline')).body;
    assert.deepEqual(timeline, [{ date: '2024-05-16', plover: 'CONSULT', n: 1 }, { date: '2024-11-12', plover: 'CONSULT', n: 1 }]);
    const dyads = (await get('/api/dyads')).body;
    assert.equal(dyads.length, 2);
    const network = (await get('/api/network?dyad=RUS-CHN')).body;
    assert.deepEqual(network.nodes.map((n: { id: string }) => n.id).sort(), ['vladimir-putin', 'xi-jinping']);
    assert.deepEqual(network.edges, [{ a: 'vladimir-putin', b: 'xi-jinping', n: 1 }]);
    const points = (await get('/api/map?country=IDN')).body;
    assert.deepEqual(points.map((p: { name: string }) => p.name), ['Jakarta']);
  });

  test('GET /api/articles/:id returns the cleaned text as JSON data, and 404 for an unknown id', async () => {
    const { status, body } = await get('/api/articles/wire-1');
    assert.equal(status, 200);
    assert.equal(body.text, HOSTILE);
    assert.equal((await get('/api/articles/nope')).status, 404);
  });

  test('POST /api/articles needs the bearer token, and a read-only server refuses writes', async () => {
    const record = JSON.stringify({ id: 'posted-1', text: 'Prabowo met Albanese in Jakarta on Tuesday.', published: '2024-11-13' });
    const post = (on: typeof app, auth?: string) =>
      on.request('/api/articles', { method: 'POST', body: record, headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) } });
    assert.equal((await post(readOnly, `Bearer ${TOKEN}`)).status, 403);
    assert.equal((await post(app)).status, 401);
    assert.equal((await post(app, 'Bearer wrong-token-of-the-same-len')).status, 401);
    const ok = await post(app, `Bearer ${TOKEN}`);
    assert.equal(ok.status, 200);
    assert.equal(((await ok.json()) as { stored: number }).stored, 1);
    assert.equal((await get('/api/stats')).body.articles, 4);
  });

  test('POST /api/articles reports bad records and stores the good ones', async () => {
    const res = await app.request('/api/articles', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify([{ id: 'posted-2', text: 'Xi Jinping praised Indonesia.' }, { id: 'bad', text: 42 }]),
    });
    assert.equal(res.status, 207);
    const body = (await res.json()) as { stored: number; rejections: Array<{ label: string }> };
    assert.equal(body.stored, 1);
    assert.equal(body.rejections.length, 1);
  });

  test('POST /api/articles refuses a body over the size cap with 413', async () => {
    const res = await app.request('/api/articles', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text: 'x'.repeat(100 * 1024) }),
    });
    assert.equal(res.status, 413);
  });

  test('the dashboard is served with a strict content security policy, and nothing outside it', async () => {
    const page = await app.request('/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(await page.text(), /<title>readout/);
    assert.equal((await app.request('/vendor/countries-110m.json')).status, 200);
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/web/app.js', '/__proto__', '/src/server/create-app.ts']) {
      assert.equal((await app.request(path)).status, 404, path);
    }
  });
});
