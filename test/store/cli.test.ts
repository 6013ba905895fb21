import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestRecords } from '../../src/store/ingest-records.js';
import { sqliteStore, type TestStore } from './backends.js';
import { ACTORS, PLACES, makeRecord, meeting } from './make-record.js';

const cli = fileURLToPath(new URL('./run-cli.ts', import.meta.url));

function readout(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('events, stats and export commands', () => {
  let t: TestStore;
  before(async () => {
    t = await sqliteStore();
    const { putin, xi, prabowo, albanese } = ACTORS;
    const records = [
      makeRecord({ id: 'k1', source: 'A', text: 'Putin met Xi in Beijing.', events: [meeting('e1', putin, xi, '2024-05-16', PLACES.beijing)] }),
      makeRecord({ id: 'k2', source: 'B', lang: 'id', text: 'Putin bertemu Xi.', events: [meeting('e1', xi, putin, '2024-05-16', PLACES.beijing)] }),
      makeRecord({ id: 'k3', source: 'B', lang: 'id', text: 'Prabowo menelepon Albanese.', events: [meeting('e1', prabowo, albanese, '2024-11-04', null, { mode: 'phone' })] }),
    ];
    await ingestRecords(t.store, (async function* () { yield* records; })());
  });
  after(async () => t.dispose());

  it('stats prints the counts as one JSON object', () => {
    const r = readout('stats', '--db', t.target);
    assert.equal(r.status, 0);
    assert.deepEqual(JSON.parse(r.stdout), { articles: 3, events: 2, actors: 4, clusters: 0, rejected: 0 });
  });

  it('events prints stored events as JSON Lines, filtered', () => {
    const r = readout('events', '--db', t.target, '--format', 'jsonl', '--dyad', 'rus-chn');
    assert.equal(r.status, 0, r.stderr);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(events.length, 1);
    assert.equal(events[0].num_articles, 2);
    assert.equal(events[0].num_sources, 2);
  });

  it('events prints a table by default', () => {
    const r = readout('events', '--db', t.target);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0]!, /^date\s+type\s+mode/);
    assert.equal(lines.length, 3);
  });

  it('export writes GDELT TSV to a file', () => {
    const out = join(t.target, '..', 'events.tsv');
    const r = readout('export', '--db', t.target, '--format', 'gdelt', '--out', out);
    assert.equal(r.status, 0, r.stderr);
    const rows = readFileSync(out, 'utf8').trim().split('\n');
    assert.equal(rows.length, 2);
    for (const row of rows) assert.equal(row.split('\t').length, 61);
  });

  // [args, exit status, stderr pattern]: usage errors exit 2, a missing store exits 1, never a stack trace.
  const errors: Array<[string[], number, RegExp]> = [
    [['events', '--dyad', 'RUS'], 2, /RUS-CHN/],
    [['events', '--format', 'xml'], 2, /xml/],
    [['events', '--from', '2024-13-01'], 2, /YYYY-MM-DD/],
    [['stats', '--db', '/nonexistent/readout.db'], 1, /does not exist/],
  ];
  for (const [args, status, pattern] of errors) {
    it(`exits ${status} for "${args.join(' ')}"`, () => {
      const r = readout(...args);
      assert.equal(r.status, status);
      assert.match(r.stderr, pattern);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    });
  }
});
