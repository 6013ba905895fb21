// Fixtures: test/fixtures/sentences/<lang>-<case>/input.txt → expected.json (after clean and language).
// `UPDATE=1` rewrites expected.json; read the diff before committing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCleanStage } from '../clean/index.js';
import { createLanguageStage } from '../language/index.js';
import { createSentencesStage } from './index.js';
import { loadPacks } from '../../lang/pack.js';
import { createDoc } from '../../core/create-doc.js';

const DIR = 'test/fixtures/sentences';
const packs = loadPacks();
const stages = [createCleanStage({}, packs), await createLanguageStage({}, packs), createSentencesStage({}, packs)];

for (const name of existsSync(DIR) ? readdirSync(DIR).sort() : []) {
  test(`sentences fixture ${name}`, async () => {
    const raw = readFileSync(join(DIR, name, 'input.txt'), 'utf8');
    const doc = createDoc({ meta: { sourcePath: `${name}/input.txt`, format: 'txt' }, raw, diagnostics: [] });
    for (const s of stages) await s.run(doc, { packs });
    assert.equal(doc.lang, name.split('-')[0]);
    const actual = {
      lang: doc.lang,
      dateline: doc.dateline ? doc.text.slice(doc.dateline.start, doc.dateline.end) : null,
      sentences: doc.sentences!.map((s) => `${s.paragraph}${s.title ? 'T' : ''} ${doc.text.slice(s.start, s.end)}`),
      tokens: doc.tokens!.length,
    };
    const file = join(DIR, name, 'expected.json');
    if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')));
  });
}
