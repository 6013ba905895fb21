#!/usr/bin/env node
// Benchmarks `readout ingest` and the event store. Never run as a test.
//   node bench/ingest.bench.mjs [--articles N] [--events N] [--jobs N] [--only e2e|path|store]
//                               [--store-db PATH] [--prepared PATH]
// READOUT_BENCH_INGEST_ARTICLES=N and READOUT_BENCH_EVENTS=N set the two sizes (under `npm run bench` too,
// where the first overrides the size of the extraction corpus, which is passed as --articles).
// 1. end to end: `readout ingest` (worker threads, SQLite) on a generated corpus of N articles
//    (default 5,000; --articles 100000 is the full check of the memory bound): articles/s, per
//    CPU-second, and peak RSS of the whole process (every thread);
// 2. the store path alone on the same articles: their store rows are extracted first into a file
//    (--prepared PATH keeps it, or reuses it when it exists), then a process of its own writes them
//    into a fresh store: articles/s and per CPU-second (reading the file not counted), peak RSS;
// 3. store only at scale: synthetic extracted articles with two events each (default 120,000
//    article events, about 105,000 stored events), its peak RSS, then the median and 95th
//    percentile latency of the common `events` queries on that store (20 runs each).
// Ends with a summary of the store issue's three figures (ingest rate, peak RSS, `events` latency) on
// stderr, with the machine's load beside them; run alone, also one JSON line on stdout. Needs `npm run build`.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;

/** Runs the benchmark; resolves to its figures. */
export async function run(options = {}) {
  if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run "npm run build" first');
  // The variable before `articles`: `npm run bench` passes the extraction corpus's size, which would hide it.
  const articles = options.ingestArticles ?? envNumber('READOUT_BENCH_INGEST_ARTICLES') ?? options.articles ?? 5000;
  const events = options.events ?? envNumber('READOUT_BENCH_EVENTS') ?? 120000;
  const jobs = options.jobs ?? availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
  try {
    const only = options.only;
    const e2e = only === undefined || only === 'e2e' ? await endToEnd(dir, articles, jobs) : {};
    const path = only === undefined || only === 'path' ? await storePath(dir, articles, jobs, options.prepared) : {};
    const store = only === undefined || only === 'store' ? await storeOnly(dir, events, options.storeDb) : {};
    const figures = { articles, jobs, load: +loadavg()[0].toFixed(1), cores: availableParallelism(), ...e2e, ...path, ...store };
    process.stderr.write(summary(figures));
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function endToEnd(dir, n, jobs) {
  const corpus = join(dir, 'corpus.jsonl');
  await writeCorpus(corpus, n);
  const db = join(dir, 'e2e.db');
  const code = `const { main } = await import(${JSON.stringify(dist('cli/main.js'))});
    const t = performance.now(); const status = await main(['ingest', ${JSON.stringify(corpus)}, '--db', ${JSON.stringify(db)}, '--jobs', '${jobs}', '--no-progress']);
    const u = process.resourceUsage();
    process.stdout.write(JSON.stringify({ status, ms: performance.now() - t, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));`;
  const out = await runNode(['--input-type=module', '-e', code]);
  const r = JSON.parse(out);
  if (r.status !== 0) throw new Error(`ingest exited ${r.status}`);
  return {
    ingest_articles_per_s: Math.round((n / r.ms) * 1000), ingest_seconds: +(r.ms / 1000).toFixed(1),
    // CPU time of every thread: on a shared machine, articles per CPU-second is the steadier figure.
    ingest_articles_per_cpu_s: Math.round((n / r.cpuMs) * 1000), peak_rss_mb: Math.round(r.maxRssKb / 1024),
  };
}

/**
 * The store path alone on real extraction output: the corpus's store rows (as the workers send
 * them) are written to a file first, then a process of its own reads them back into a fresh SQLite
 * store with `ingestRecords`. It reads the file once untimed, to tell reading it from storing it.
 */
async function storePath(dir, n, jobs, keep) {
  const prepared = keep ?? join(dir, 'store-path.jsonl');
  if (!existsSync(prepared)) {
    const corpus = join(dir, 'store-path-corpus.jsonl');
    await writeCorpus(corpus, n);
    const { extractInOrder } = await import(dist('store/extract-pool.js'));
    const { readInputs } = await import(dist('readers/read-inputs.js'));
    const partial = `${prepared}.partial`;
    const out = createWriteStream(partial);
    for await (const item of extractInOrder(readInputs([corpus]), { jobs })) {
      if (!out.write(JSON.stringify(item) + '\n')) await new Promise((r) => out.once('drain', r));
    }
    await new Promise((r) => out.end(r));
    renameSync(partial, prepared);
  }
  const code = `import { createReadStream } from 'node:fs';
    import { createInterface } from 'node:readline';
    const { openStore } = await import(${JSON.stringify(dist('store/open-store.js'))});
    const { ingestRecords } = await import(${JSON.stringify(dist('store/ingest-records.js'))});
    const lines = () => createInterface({ input: createReadStream(${JSON.stringify(prepared)}), crlfDelay: Infinity });
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    let c = cpu(); let articles = 0; let events = 0;
    for await (const line of lines()) { const item = JSON.parse(line); articles++; events += item.events?.length ?? 0; }
    const readMs = cpu() - c;
    const store = await openStore(${JSON.stringify(join(dir, 'store-path.db'))});
    const t = performance.now(); c = cpu();
    await ingestRecords(store, (async function* () { for await (const line of lines()) yield JSON.parse(line); })());
    const ms = performance.now() - t; const cpuMs = cpu() - c;
    await store.close();
    process.stdout.write(JSON.stringify({ articles, events, ms, storeCpuMs: cpuMs - readMs, maxRssKb: process.resourceUsage().maxRSS }));`;
  const r = JSON.parse(await runNode(['--input-type=module', '-e', code]));
  return {
    store_path_articles: r.articles, store_path_events_per_article: +(r.events / r.articles).toFixed(1),
    store_path_articles_per_s: Math.round((r.articles / r.ms) * 1000), store_path_articles_per_cpu_s: Math.round((r.articles / r.storeCpuMs) * 1000),
    store_path_peak_rss_mb: Math.round(r.maxRssKb / 1024),
  };
}

async function storeOnly(dir, n, reuse) {
  const { openStore } = await import(dist('store/open-store.js'));
  const { ingestRecords } = await import(dist('store/ingest-records.js'));
  const { queryEvents, countEvents } = await import(dist('store/query-events.js'));
  const { storeStats } = await import(dist('store/store-stats.js'));
  const { minhash } = await import(dist('cluster/minhash.js'));
  const { lshBands, encodeSignature } = await import(dist('cluster/lsh.js'));
  const sqlTimes = new Map();
  const profile = process.env.READOUT_BENCH_SQL ? { onQuery: (q, ms) => { const e = sqlTimes.get(q) ?? [0, 0]; e[0]++; e[1] += ms; sqlTimes.set(q, e); } } : {};
  // --store-db PATH keeps the store (or reuses it when it exists) to time queries again.
  const path = reuse ?? join(dir, 'store.db');
  const fresh = !existsSync(path);
  let store = await openStore(path, profile);
  const perArticle = 2;
  const total = fresh ? Math.ceil(n / perArticle) : 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  if (fresh) await ingestRecords(store, (async function* () {
    for (let i = 0; i < total; i++) yield syntheticRecord(i, perArticle, { minhash, lshBands, encodeSignature });
  })(), { batchSize: 256 });
  const storeMs = performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  const storeCpuMs = (c1.user + c1.system) / 1000;
  // As in real use: `ingest` closes the store (SQLite then refreshes planner statistics), `events` reopens it.
  await store.close();
  store = await openStore(path);
  const stats = await storeStats(store.db);
  for (const [q, [n, ms]] of [...sqlTimes].sort((a, b) => b[1][1] - a[1][1]).slice(0, 12)) process.stderr.write(`${ms.toFixed(0)} ms ${n}× ${q.slice(0, 220)}\n`);
  const queries = {
    'first page (50)': {},
    'dyad RUS-CHN': { dyad: 'RUS-CHN' },
    'actor xi-jinping': { actor: 'xi-jinping' },
    'country IDN, one month': { country: 'IDN', from: '2024-03-01', to: '2024-03-31' },
    'from-to one week': { from: '2020-06-01', to: '2020-06-07' },
    'type ACCUSE, lang id': { type: 'ACCUSE', lang: 'id' },
  };
  const latency = {};
  const counts = {};
  // Median and 95th percentile of 20 runs, after one warm-up run.
  const timesOf = async (f) => {
    await f();
    const times = [];
    for (let k = 0; k < 20; k++) {
      const t = performance.now();
      await f();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { median: +times[10].toFixed(1), p95: +times[18].toFixed(1) };
  };
  for (const [name, filter] of Object.entries(queries)) {
    // What `readout events` waits for: the first page of 50 (as a table or JSONL would show it).
    latency[name] = await timesOf(async () => {
      for await (const _ of queryEvents(store.db, filter, { limit: 50 }));
    });
    counts[name] = { matches: await countEvents(store.db, filter), count_ms: (await timesOf(() => countEvents(store.db, filter))).median };
  }
  await store.close();
  return { store_articles: total, store_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024), store_articles_per_s: Math.round((total / storeMs) * 1000), store_articles_per_cpu_s: Math.round((total / storeCpuMs) * 1000), stored_events: stats.events, events_query_ms: latency, events_count: counts };
}

const PEOPLE = [
  ['vladimir-putin', 'Vladimir Putin', 'RUS'], ['xi-jinping', 'Xi Jinping', 'CHN'], ['prabowo-subianto', 'Prabowo Subianto', 'IDN'],
  ['anthony-albanese', 'Anthony Albanese', 'AUS'], ['narendra-modi', 'Narendra Modi', 'IND'], ['recep-tayyip-erdogan', 'Recep Tayyip Erdogan', 'TUR'],
  ['sergey-lavrov', 'Sergey Lavrov', 'RUS'], ['wang-yi', 'Wang Yi', 'CHN'], ['lula-da-silva', 'Luiz Inacio Lula da Silva', 'BRA'],
  ['cyril-ramaphosa', 'Cyril Ramaphosa', 'ZAF'], ['anwar-ibrahim', 'Anwar Ibrahim', 'MYS'], ['shigeru-ishiba', 'Shigeru Ishiba', 'JPN'],
].map(([id, name, country]) => ({ id, name, kind: 'person', country, code: `${country}GOV` }));
const TYPES = [['CONSULT', '040', '04', 1, 1], ['ACCUSE', '112', '11', 3, -2], ['AGREE', '057', '05', 1, 8], ['SUPPORT', '051', '05', 1, 3.4]];

const COUNTRIES = ['RUS', 'CHN', 'IDN', 'AUS', 'IND', 'TUR', 'BRA', 'ZAF', 'MYS', 'JPN', 'USA', 'FRA', 'DEU', 'GBR', 'KOR', 'VNM', 'PHL', 'THA', 'SGP', 'SAU'];

/** The k-th actor: a dozen named leaders, then generated officials of twenty countries. */
function actorAt(k) {
  if (k < PEOPLE.length) return PEOPLE[k];
  const country = COUNTRIES[k % COUNTRIES.length];
  return { id: `official-${k}`, name: `Official ${k}`, kind: 'person', country, code: `${country}GOV` };
}

/**
 * An extracted article with `perArticle` events. Most pairs and days are spread over 500 actors and
 * ten years (stored events grow with the corpus); every fourth article re-reports an earlier one's
 * first occurrence, from another outlet, so merging is exercised too.
 */
function syntheticRecord(i, perArticle, { minhash, lshBands, encodeSignature }) {
  const text = articleText(i);
  const events = [];
  for (let k = 0; k < perArticle; k++) {
    const seed = k === 0 && i % 4 === 3 ? i - 2 : i * perArticle + k;
    const x = Math.imul(seed + 1, 2654435761) >>> 0;
    const a = actorAt(seed % 500 < 60 ? seed % PEOPLE.length : x % 500);
    let b = actorAt((x >>> 9) % 500);
    if (b.id === a.id) b = actorAt((x % 499) + 1 === 500 ? 1 : (x % 499) + 1);
    const [plover, cameo, root, quad, goldstein] = TYPES[seed % TYPES.length];
    const date = new Date(Date.UTC(2016, 0, 1) + ((x >>> 5) % 3650) * 86_400_000).toISOString().slice(0, 10);
    events.push({ id: `e${k}`, main: k === 0, plover, mode: null, cameo, cameo_root: root, quad, goldstein, source: a, target: b,
      participants: [a, b], date, date_precision: 'day', date_basis: 'explicit', location: null,
      evidence: [{ sentence: text.slice(0, 60), start: 0, end: 60 }], confidence: 0.7, modality: 'actual', topics: [] });
  }
  const id = `bench-${i}`;
  const result = { id, source_path: null, lang: i % 2 ? 'id' : 'en', published: events[0].date, title: null, diagnostics: [], actors: [], events, quotes: [] };
  const signature = minhash(text);
  const hash = createHash('sha1').update(text).digest('hex');
  return { kind: 'article', inputHash: hash, contentHash: hash, result, raw: text, text, url: null, source: `outlet-${i % 40}`,
    outlet: `outlet-${i % 40}`, origin: null, signature: encodeSignature(signature), bands: lshBands(signature), sentenceIds: {} };
}

const WORDS = 'minister talks trade border security delegation agreement summit energy investment cooperation statement visit capital officials parliament economy election port fisheries grain'.split(' ');

/** About 1,200 characters of varied news-like prose, unique per article. */
function articleText(i) {
  let s = `Report ${i}.`;
  let x = i * 2654435761 >>> 0;
  for (let w = 0; w < 170; w++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    s += ` ${WORDS[x % WORDS.length]}`;
    if (w % 17 === 16) s += '.';
  }
  return s + '.';
}

async function writeCorpus(path, n) {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    const p = PEOPLE[i % PEOPLE.length];
    const q = PEOPLE[(i * 5 + 1) % PEOPLE.length];
    const line = JSON.stringify({ id: `a${i}`, source: `outlet-${i % 40}`, published: '2024-05-16', lang: i % 2 ? 'id' : 'en',
      title: `${p.name} meets ${q.name}`, text: `${p.name} met ${q.name} in the capital on Thursday. ${articleText(i)}` });
    if (!out.write(line + '\n')) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

function runNode(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`benchmark child exited ${code}`))));
  });
}

/**
 * The three figures the store issue asks for, each beside its goal: articles/s into SQLite, peak RSS
 * and the latency of the common `events` queries. The load average stands beside them: on a shared
 * machine the clock rates fall with it, the per-CPU-second ones much less.
 */
function summary(r) {
  const n = (x) => x.toLocaleString('en');
  const lines = [`ingest summary (${n(r.articles)} articles, ${r.jobs} jobs, ${r.cores} cores, load ${r.load} at the end):`];
  const rate = [];
  if (r.ingest_articles_per_s !== undefined) rate.push(`end to end ${n(r.ingest_articles_per_s)} articles/s (${n(r.ingest_articles_per_cpu_s)} per CPU-second of all threads)`);
  if (r.store_path_articles_per_s !== undefined) rate.push(`store path alone ${n(r.store_path_articles_per_s)} articles/s (${n(r.store_path_articles_per_cpu_s)} per CPU-second)`);
  if (r.store_articles_per_s !== undefined) rate.push(`synthetic store only ${n(r.store_articles_per_s)} articles/s (${n(r.store_articles_per_cpu_s)} per CPU-second)`);
  lines.push(`  1. ingest rate into SQLite (goal >= 1,000 articles/s on 2 cores): ${rate.join('; ')}`);
  const rss = [];
  if (r.peak_rss_mb !== undefined) rss.push(`end to end ${r.peak_rss_mb} MB (every thread)`);
  if (r.store_path_peak_rss_mb !== undefined) rss.push(`store path alone ${r.store_path_peak_rss_mb} MB`);
  // The store-only part runs in this process, after the store path's extraction threads ran here too.
  if (r.store_peak_rss_mb !== undefined) rss.push(`synthetic store only ${r.store_peak_rss_mb} MB (${n(r.store_articles)} articles${r.store_path_articles === undefined ? '' : '; with the store path\'s extraction before it: run --only store for its own'})`);
  lines.push(`  2. peak RSS over ${n(r.articles)} articles (goal < 500 MB over 100,000): ${rss.join('; ')}`);
  if (r.events_query_ms !== undefined) {
    lines.push(`  3. \`events\` first page of 50 on ${n(r.stored_events)} stored events, median/p95 ms (count of all matches, median ms):`);
    for (const [name, v] of Object.entries(r.events_query_ms)) {
      const c = r.events_count[name];
      lines.push(`     ${name.padEnd(24)} ${String(v.median).padStart(6)} / ${String(v.p95).padEnd(6)} (${n(c.matches)} matches, ${c.count_ms} ms)`);
    }
  } else lines.push('  3. `events` latency: not measured (run with --only store, or without --only)');
  return lines.join('\n') + '\n';
}

function envNumber(name) {
  const v = process.env[name];
  return v ? Number(v) : undefined;
}

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const options = {};
  for (const k of ['events', 'jobs']) if (arg(k) !== undefined) options[k] = arg(k);
  for (const k of ['articles', 'ingest-articles']) if (arg(k) !== undefined) options.ingestArticles = arg(k);
  const storeDb = process.argv.indexOf('--store-db');
  if (storeDb > 0) options.storeDb = process.argv[storeDb + 1];
  const prepared = process.argv.indexOf('--prepared');
  if (prepared > 0) options.prepared = process.argv[prepared + 1];
  const only = process.argv.indexOf('--only');
  if (only > 0) options.only = process.argv[only + 1]; // "e2e", "path" or "store"
  const r = await run(options);
  process.stdout.write(JSON.stringify({ bench: 'ingest', ...r }) + '\n');
}
