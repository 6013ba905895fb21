// Stage fixtures: test/fixtures/clean/<lang>-<case>/input.txt → expected.json. `UPDATE=1` rewrites
// expected.json; read the diff before committing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCleanStage } from './index.js';
import { loadPacks } from '../../lang/pack.js';
import { createDoc } from '../../core/create-doc.js';
import { toRawSpan } from '../../core/offset-map.js';

const DIR = 'test/fixtures/clean';
const packs = loadPacks();
const stage = createCleanStage({}, packs);

for (const name of existsSync(DIR) ? readdirSync(DIR).sort() : []) {
  test(`clean fixture ${name}`, () => {
    const raw = readFileSync(join(DIR, name, 'input.txt'), 'utf8');
    const doc = createDoc({ meta: { sourcePath: `${name}/input.txt`, format: 'txt' }, raw, diagnostics: [] });
    stage.run(doc, { packs });
    const actual = {
      text: doc.text,
      title: doc.title,
      dateline: doc.dateline ? doc.text.slice(doc.dateline.start, doc.dateline.end) : null,
      paragraphs: doc.paragraphs!.length,
      diagnostics: doc.diagnostics.map((d) => `${d.code} ${d.start}-${d.end}${d.actual ? ` ${JSON.stringify(d.actual.slice(0, 40))}` : ''}`),
    };
    const file = join(DIR, name, 'expected.json');
    if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')));
    // Every paragraph maps back to raw text holding the same words.
    for (const p of doc.paragraphs!) {
      const span = toRawSpan(doc.toRaw, p);
      assert.ok(span.start >= 0 && span.end <= raw.length && span.start <= span.end);
    }
  });
}
