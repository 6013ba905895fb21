import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isRejection } from '../core/pipeline.js';
import { describeRejection, toArticleResult } from '../core/result.js';
import { createDefaultPipeline } from '../pipeline.js';
import { readInputs, readInputsDeferring } from '../readers/read-inputs.js';
import { extractLines, extractInOrder, workerExecArgv, type ExtractedLine, type ExtractLinesReport } from './extract-pool.js';

/** Examples plus a corpus file with a bad line in the middle: every output kind, in a known order. */
function inputs(dir: string): string[] {
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, [
    JSON.stringify({ id: 'a1', published: '2024-05-16', text: 'President Prabowo Subianto met Prime Minister Anthony Albanese in Jakarta on Thursday.' }),
    '{"broken": ',
    JSON.stringify({ id: 'a2', published: '2024-05-17', lang: 'id', text: 'Presiden Prabowo Subianto bertemu Perdana Menteri Anthony Albanese di Jakarta pada hari Kamis.' }),
  ].join('\n') + '\n');
  return ['examples', corpus];
}

describe('extract on worker threads', () => {
  it('gives, in input order, exactly the lines one thread gives', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-pool-'));
    try {
      const paths = inputs(dir);
      const pipeline = await createDefaultPipeline();
      const expected: ExtractedLine[] = [];
      for await (const r of pipeline.stream(readInputs(paths))) {
        expected.push(isRejection(r) ? { kind: 'rejected', message: describeRejection(r) } : { kind: 'line', line: JSON.stringify(toArticleResult(r)) });
      }
      const got: ExtractedLine[] = [];
      // A window of 3 makes the order matter: later articles finish while earlier ones wait.
      for await (const line of extractLines(readInputs(paths), { jobs: 2, window: 3, batch: 2 })) got.push(line);
      assert.ok(expected.filter((e) => e.kind === 'rejected').length === 1);
      assert.deepEqual(got, expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same lines when the workers read whole files themselves', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-pool-'));
    try {
      const paths = inputs(dir);
      writeFileSync(join(dir, 'page.html'), '<html><head><title>Talks resume</title></head><body><article><p>The two foreign ministers met in Hanoi on Tuesday to resume the border talks.</p></article></body></html>');
      writeFileSync(join(dir, 'records.json'), JSON.stringify([{ id: 'j1', text: 'Troops withdrew from the northern town on Friday.' }, { id: 'j2', text: 7 }]));
      writeFileSync(join(dir, 'empty.txt'), '  \n');
      paths.push(join(dir, 'page.html'), join(dir, 'records.json'), join(dir, 'empty.txt'));
      const read = { published: '2024-03-05' };
      const pipeline = await createDefaultPipeline();
      const expected: ExtractedLine[] = [];
      for await (const r of pipeline.stream(readInputs(paths, read))) {
        expected.push(isRejection(r) ? { kind: 'rejected', message: describeRejection(r) } : { kind: 'line', line: JSON.stringify(toArticleResult(r)) });
      }
      const deferred: string[] = [];
      const wholeFiles = (path: string): boolean => {
        const whole = !path.endsWith('.jsonl');
        if (whole) deferred.push(path);
        return whole;
      };
      const got: ExtractedLine[] = [];
      for await (const line of extractLines(readInputsDeferring(paths, read, wholeFiles), { jobs: 2, window: 3, batch: 2, read })) got.push(line);
      assert.ok(deferred.length >= 3);
      assert.equal(expected.filter((e) => e.kind === 'rejected').length, 3);
      assert.deepEqual(got, expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('sends the store the same rows from workers as from the calling thread', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-pool-'));
    try {
      const paths = inputs(dir);
      const here = [];
      for await (const item of extractInOrder(readInputs(paths), { jobs: 0, pipeline: await createDefaultPipeline() })) here.push(item);
      const pooled = [];
      for await (const item of extractInOrder(readInputs(paths), { jobs: 2, window: 3, batch: 2 })) pooled.push(item);
      assert.deepEqual(pooled, here);
      assert.ok(here.some((item) => item.kind === 'prepared'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports, when timings are asked for, the time the workers spent serialising with their stages', { timeout: 300_000 }, async () => {
    async function* one() {
      yield { meta: { sourcePath: null, recordId: 'a1', format: 'txt' as const, publishedRaw: '2024-05-02' }, raw: 'Chile and Peru signed a trade deal in Lima on Monday.', diagnostics: [] };
    }
    const report: ExtractLinesReport = { setup: 0, stages: null, read: 0 };
    const previous = process.env['READOUT_TIMINGS'];
    process.env['READOUT_TIMINGS'] = '1';
    try {
      for await (const line of extractLines(one(), { jobs: 1 }, report)) assert.equal(line.kind, 'line');
    } finally {
      if (previous === undefined) delete process.env['READOUT_TIMINGS'];
      else process.env['READOUT_TIMINGS'] = previous;
    }
    assert.deepEqual(Object.keys(report.stages ?? {}), ['clean', 'language', 'sentences', 'actors', 'dates', 'places', 'events', 'serialise']);
    assert.ok(report.stages!['serialise']! > 0);
  });

  it('loses only the article that kills its worker: the others of its batch are extracted, it is rejected with a reason', { timeout: 300_000 }, async () => {
    // a heap the pipeline starts in, and that one article of half a million words exhausts
    const big = 'Presiden Joko Widodo bertemu Perdana Menteri Li Qiang di Jakarta pada Senin. '.repeat(50_000);
    const input = (i: number) => ({
      meta: { sourcePath: null, recordId: `a${i}`, format: 'txt' as const, lang: i === 2 ? 'id' : 'en', publishedRaw: '2024-05-02' },
      raw: i === 2 ? big : `Chile and Peru signed a trade deal in Lima on Monday (report ${i}).`,
      diagnostics: [],
    });
    async function* five() {
      for (let i = 0; i < 5; i++) yield input(i);
    }
    const items = [];
    for await (const item of extractInOrder(five(), { jobs: 1, batch: 5, workerHeapMb: 64 })) items.push(item);
    assert.deepEqual(items.map((item) => item.kind), ['prepared', 'prepared', 'rejection', 'prepared', 'prepared']);
    const rejected = items[2]!;
    assert.ok(rejected.kind === 'rejection' && rejected.code === 'extraction-crashed' && rejected.label === 'a2', JSON.stringify(rejected));
    const lines = [];
    for await (const line of extractLines(five(), { jobs: 1, batch: 5, workerHeapMb: 64 })) lines.push(line);
    assert.deepEqual(lines.map((l) => l.kind), ['line', 'line', 'rejected', 'line', 'line']);
    assert.match((lines[2] as { message: string }).message, /^a2: .*\[extraction-crashed\]$/);
  });
});

describe('worker options', () => {
  it('passes module loading on and leaves out V8 and process-wide options, which a worker refuses', () => {
    assert.deepEqual(
      workerExecArgv(['--max-old-space-size=4096', '--import', 'tsx', '--stack-size=2000', '--require=./hook.cjs', '--input-type=module', '--enable-source-maps', '--title', 'x']),
      ['--import', 'tsx', '--require=./hook.cjs', '--enable-source-maps'],
    );
  });
});
