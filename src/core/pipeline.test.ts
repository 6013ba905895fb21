import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPipeline } from './pipeline.js';
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
  for await (const doc of pipeline.stream(inputs(), { concurrency: 3 })) ids.push('id' in doc ? doc.id : 'rejected');
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
