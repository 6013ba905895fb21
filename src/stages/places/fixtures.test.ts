import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, PlaceMention } from '../../core/doc.js';
import { pickPlace } from '../../core/pick-place.js';
import { createDefaultPipeline } from '../../pipeline.js';

interface Expected {
  lang: string;
  /** Places that must be found, as `text→Name,ISO3,role`. */
  places: string[];
  /** Words that must not be (part of) any place. */
  absent: string[];
  /** [a word of the event, the name pickPlace must give (null: no location)]. */
  pick: Array<[string, string | null]>;
}

const root = new URL('../../../test/fixtures/places/', import.meta.url).pathname;
const pipeline = await createDefaultPipeline();

for (const name of readdirSync(root).sort()) {
  const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
  const raw = readFileSync(join(root, name, 'input.txt'), 'utf8');
  test(`places fixture ${name}: whole pipeline finds its places`, async () => {
    const doc = (await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang: expected.lang }, raw, diagnostics: [] })) as Doc;
    assert.ok(doc.places, `${name} was rejected`);
    const found = doc.places.map((p) => `${p.text}→${p.name},${p.country},${p.role}`);
    for (const want of expected.places) assert.ok(found.includes(want), `missing ${want}; found ${found.join(' | ')}`);
    for (const word of expected.absent) {
      const hit: PlaceMention | undefined = doc.places.find((p) => p.text.split(/\s+/).includes(word));
      assert.equal(hit, undefined, `"${word}" must not be a place`);
    }
    for (const p of doc.places) assert.equal(doc.text.slice(p.start, p.end), p.text);
    const starts = doc.places.map((p) => p.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    for (const [word, place] of expected.pick) {
      const start = doc.text.indexOf(word, doc.dateline?.end ?? 0);
      const sentence = (doc.sentences ?? []).findIndex((s) => start >= s.start && start < s.end);
      assert.equal(pickPlace(doc, { sentence, start, end: start + word.length })?.name ?? null, place, `location of "${word}"`);
    }
  });
}
