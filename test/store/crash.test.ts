import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open-store.js';
import { queryEvents } from '../../src/store/query-events.js';
import { storeStats } from '../../src/store/store-stats.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const TSX = ['--import', 'tsx'];

/** Counts articles committed so far, reading the store as another process would. */
function committedArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('select count(*) as n from articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet, or the schema is still being written
  }
}

/** Starts a child, SIGKILLs it once `atLeast` articles are committed; resolves true if it was killed mid-run. */
async function killMidRun(args: string[], db: string, atLeast: number): Promise<boolean> {
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => (done = true));
  while (!done && committedArticles(db) < atLeast) await new Promise((r) => setTimeout(r, 5));
  if (done) return false;
  child.kill('SIGKILL');
  await exited;
  return true;
}

async function snapshot(db: string): Promise<{ stats: unknown; events: unknown[] }> {
  const store = await openStore(db);
  try {
    const events = [];
    for await (const row of queryEvents(store.db)) events.push(row.event);
    return { stats: await storeStats(store.db), events };
  } finally {
    await store.close();
  }
}

describe('crash safety', () => {
  it('kill -9 during ingestRecords, then a rerun, ends as a clean run does', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-crash-'));
    try {
      const n = '400';
      const clean = join(dir, 'clean.db');
      assert.equal(spawnSync(process.execPath, [...TSX, here('./ingest-child.ts'), clean, n]).status, 0);
      const crashed = join(dir, 'crashed.db');
      // Kill at several points: early, middle, late.
      for (const at of [5, 150, 300]) await killMidRun([...TSX, here('./ingest-child.ts'), crashed, n], crashed, at);
      assert.ok(committedArticles(crashed) < 400, 'the runs were cut off before the end');
      const integrity = new Database(crashed, { readonly: true });
      assert.equal((integrity.prepare('pragma integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
      integrity.close();
      assert.equal(spawnSync(process.execPath, [...TSX, here('./ingest-child.ts'), crashed, n]).status, 0);
      assert.deepEqual(await snapshot(crashed), await snapshot(clean));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('kill -9 during "readout ingest", then a rerun, gives the clean run\'s counts', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-crash-cli-'));
    try {
      const corpus = join(dir, 'corpus');
      mkdirSync(corpus);
      for (let f = 0; f < 4; f++) {
        const lines = [];
        for (let i = 0; i < 150; i++) {
          const k = f * 150 + i;
          lines.push(JSON.stringify({ id: `n${k}`, published: '2024-03-01', source: `s${k % 9}`, text: `Minister number ${k} met envoy ${k % 17} in the capital to discuss trade and fisheries, the ministry said on Friday.` }));
        }
        if (f === 2) lines.splice(10, 0, '{"broken": ');
        writeFileSync(join(corpus, `part-${f}.jsonl`), lines.join('\n') + '\n');
      }
      const cli = [...TSX, here('./run-cli.ts'), 'ingest', corpus, '--jobs', '2', '--db'];
      const clean = join(dir, 'clean.db');
      assert.equal(spawnSync(process.execPath, [...cli, clean]).status, 1, 'exit 1: one input rejected');
      const crashed = join(dir, 'crashed.db');
      const killed = await killMidRun([...cli, crashed], crashed, 50);
      if (killed) assert.ok(committedArticles(crashed) < 600);
      assert.equal(spawnSync(process.execPath, [...cli, crashed]).status, 1);
      assert.deepEqual((await snapshot(crashed)).stats, (await snapshot(clean)).stats);
      const stats = (await snapshot(clean)).stats as { articles: number; rejected: number };
      assert.equal(stats.articles, 600);
      assert.equal(stats.rejected, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
