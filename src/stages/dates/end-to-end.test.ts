import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDefaultPipeline } from '../../pipeline.js';

// Fixture folders test/fixtures/dates/<lang>-<case>/: input.txt, config.json ({published, lang}), expected.json
// (the dates layer, reduced). `UPDATE=1` rewrites expected.json; read the diff before committing it.
const root = fileURLToPath(new URL('../../../test/fixtures/dates/', import.meta.url));
const pipeline = await createDefaultPipeline();

for (const name of readdirSync(root).filter((n) => existsSync(join(root, n, 'input.txt'))).sort()) {
  test(`dates end to end: ${name}`, async () => {
    const dir = join(root, name);
    const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { published: string | null; lang: string };
    const raw = readFileSync(join(dir, 'input.txt'), 'utf8');
    const doc = await pipeline.run({
      meta: { sourcePath: `${name}/input.txt`, format: 'txt', lang: config.lang, ...(config.published ? { publishedRaw: config.published } : {}) },
      raw,
      diagnostics: [],
    });
    assert.ok(!('label' in doc), `rejected: ${JSON.stringify(doc.diagnostics)}`);
    const dates = (doc.dates ?? []).map((d) => ({
      text: d.text,
      value: d.value,
      precision: d.precision,
      basis: d.basis,
      ...(d.until ? { until: d.until } : {}),
      ...(d.partial ? { partial: d.partial } : {}),
      ...(d.future ? { future: true } : {}),
    }));
    for (const d of doc.dates ?? []) assert.equal(doc.text.slice(d.start, d.end), d.text);
    const file = join(dir, 'expected.json');
    if (process.env.UPDATE === '1') writeFileSync(file, JSON.stringify(dates, null, 2) + '\n');
    assert.deepEqual(dates, JSON.parse(readFileSync(file, 'utf8')));
  });
}
