import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline, inputLabel } from './pipeline.js';
import type { Stage } from './stage.js';
import type { ArticleInput } from './doc.js';
import { loadPacks } from '../lang/pack.js';

const packs = loadPacks();
const input = (raw: string): ArticleInput => ({ meta: { sourcePath: null, format: 'txt' }, raw, diagnostics: [] });

test('createPipeline() rejects a stage whose required layer no earlier stage provides', () => {
  const needy: Stage = { name: 'needy', requires: ['sentences'], provides: [], run() {} };
  assert.throws(() => createPipeline([needy], { packs }), /requires layer "sentences"/);
});

test('createPipeline() rejects duplicate stage names', () => {
  const a: Stage = { name: 'a', requires: [], provides: ['text'], run() {} };
  assert.throws(() => createPipeline([a, a], { packs }), /appears twice/);
});

test('pipeline.stream() yields results in input order even when later articles finish first', async () => {
  const slow: Stage = {
    name: 'slow',
    requires: [],
    provides: ['text'],
    async run(doc) {
      await new Promise((r) => setTimeout(r, doc.raw.length));
      doc.id = doc.raw;
    },
  };
  const pipeline = createPipeline([slow], { packs });
  async function* inputs() {
    for (const raw of ['xxxxxxxxxxxxxxxxxxxx', 'x', 'xxxxxxxxxx']) yield input(raw);
  }
  const ids: string[] = [];
  for await (const doc of pipeline.stream(inputs(), { batch: 3 })) ids.push('id' in doc ? doc.id : 'rejected');
  assert.deepEqual(ids, ['xxxxxxxxxxxxxxxxxxxx', 'x', 'xxxxxxxxxx']);
});

test('a stage that throws rejects only that article, with a stage-failed diagnostic', async () => {
  const picky: Stage = {
    name: 'picky',
    requires: [],
    provides: ['text'],
    run(doc) {
      if (doc.raw === 'bad') throw new Error('boom');
    },
  };
  const pipeline = createPipeline([picky], { packs });
  const bad = await pipeline.run(input('bad'));
  assert.ok('label' in bad);
  assert.equal(bad.diagnostics.at(-1)?.code, 'stage-failed');
  const good = await pipeline.run(input('good'));
  assert.ok(!('label' in good));
});

test('pipeline.timings() sums the time of each stage when asked, and is null otherwise', async () => {
  const busy: Stage = {
    name: 'busy',
    requires: [],
    provides: ['text'],
    run(doc) {
      let x = 0;
      for (let i = 0; i < 20000; i++) x += i;
      doc.id = String(x);
    },
  };
  const later: Stage = { name: 'later', requires: ['text'], provides: ['paragraphs'], async run() {} };
  const timed = createPipeline([busy, later], { packs }, { timings: true });
  await timed.run(input('a'));
  await timed.run(input('b'));
  const t = timed.timings();
  assert.ok(t);
  assert.deepEqual(Object.keys(t), ['busy', 'later']);
  assert.ok(t['busy']! > 0 && t['later']! >= 0);
  assert.equal(createPipeline([busy], { packs }, { timings: false }).timings(), null);
});

const labels: Array<[Parameters<typeof inputLabel>[0], string]> = [
  [{ sourcePath: 'a.txt', format: 'txt' }, 'a.txt'],
  [{ sourcePath: 'feed.jsonl', format: 'jsonl', line: 12 }, 'feed.jsonl:12'],
  [{ sourcePath: 'batch.json', format: 'json', line: 3 }, 'batch.json[3]'],
  [{ sourcePath: '-', format: 'jsonl', line: 2 }, '-:2'],
  [{ sourcePath: null, format: 'json', recordId: 'art-7' }, 'art-7'],
];
for (const [meta, label] of labels) {
  test(`inputLabel() names ${JSON.stringify(meta)} as ${label}`, () => assert.equal(inputLabel(meta), label));
}

/** Two stages that log each article they run on into `calls`; the first throws on the article `failing`. */
function loggingStages(calls: string[], failing: string): Stage[] {
  const first: Stage = {
    name: 'first',
    requires: [],
    provides: ['text'],
    run(doc) {
      calls.push(`first:${doc.raw}`);
      if (doc.raw === failing) throw new Error('unreadable');
    },
  };
  const second: Stage = { name: 'second', requires: ['text'], provides: ['lang'], run: (doc) => void calls.push(`second:${doc.raw}`) };
  return [first, second];
}

test('pipeline.stream() takes a batch through one stage at a time; an article failing a stage skips the rest, in order', async () => {
  const calls: string[] = [];
  const pipeline = createPipeline(loggingStages(calls, 'bad'), { packs });
  async function* inputs() {
    for (const raw of ['a', 'bad', 'c', 'd']) yield input(raw);
  }
  const out: string[] = [];
  for await (const r of pipeline.stream(inputs(), { batch: 3 })) out.push('raw' in r ? r.raw : `rejected:${r.diagnostics.at(-1)?.code}`);
  assert.deepEqual(out, ['a', 'rejected:stage-failed', 'c', 'd']);
  assert.deepEqual(calls, ['first:a', 'first:bad', 'first:c', 'second:a', 'second:c', 'first:d', 'second:d']);
});

test('pipeline.runBatch() runs each stage over the whole batch before the next, and answers each input in its place', async () => {
  const calls: string[] = [];
  const pipeline = createPipeline(loggingStages(calls, 'torn'), { packs });
  const out = (await pipeline.runBatch([input('p'), input('torn'), input('q')])).map((r) => ('raw' in r ? r.raw : `rejected:${r.label}`));
  assert.deepEqual(out, ['p', 'rejected:<input>', 'q']);
  assert.deepEqual(calls, ['first:p', 'first:torn', 'first:q', 'second:p', 'second:q']);
});
