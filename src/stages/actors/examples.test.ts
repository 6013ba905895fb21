import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isRejection } from '../../core/pipeline.js';
import type { Doc } from '../../core/doc.js';
import { createDefaultPipeline } from '../../pipeline.js';
import { readInputs } from '../../readers/read-inputs.js';

// The shared example articles (outside the repository) through the whole pipeline with the real actor
// data: their people, with the roles they held on each article's date.
const EXAMPLES = new URL('../../../../shared/examples/', import.meta.url).pathname;
const present = existsSync(`${EXAMPLES}manifest.jsonl`);

/** Expected actors: id → [role title, CAMEO code] on the article's date. */
const EXPECTED: Record<string, Record<string, [string | null, string | null]>> = {
  '001_e1baf0bd9236a5d1': { 'xi-jinping': ['President', 'CHNGOV'], 'vladimir-putin': ['President', 'RUSGOV'], 'dmitry-peskov': ['Government Spokesperson', 'RUSGOV'], CHN: [null, 'CHN'] },
  '002_4f2820755084c25b': { 'vladimir-putin': ['President', 'RUSGOV'], 'xi-jinping': ['President', 'CHNGOV'], 'guo-jiakun': ['Foreign Ministry Spokesperson', 'CHNGOV'], 'yuri-ushakov': ['Presidential Aide', 'RUSGOV'], 'united-nations': [null, 'IGOUNO'] },
  '004_40313bc9128e2f1a': { 'vladimir-putin': ['President', 'RUSGOV'], 'li-qiang': ['Prime Minister', 'CHNGOV'], 'mikhail-mishustin': ['Prime Minister', 'RUSGOV'], 'xi-jinping': ['President', 'CHNGOV'] },
};

describe('actors stage: shared example articles', { skip: present ? false : `skipped: ${EXAMPLES} is absent` }, async () => {
  const docs = new Map<string, Doc>();
  if (present) {
    const pipeline = await createDefaultPipeline();
    for (const line of readFileSync(`${EXAMPLES}manifest.jsonl`, 'utf8').split('\n').filter(Boolean)) {
      const { id, file, published } = JSON.parse(line) as { id: string; file: string; published: string };
      for await (const doc of pipeline.stream(readInputs([EXAMPLES + file], { published }))) if (!isRejection(doc)) docs.set(id, doc);
    }
  }
  for (const [id, actors] of Object.entries(EXPECTED)) {
    it(`${id}: its actors with their roles and codes on the date`, () => {
      const doc = docs.get(id);
      assert.ok(doc, `${id} was rejected`);
      const got = Object.fromEntries(doc.actors!.map((a) => [a.id, [a.role?.title ?? null, a.code]]));
      for (const [actor, expected] of Object.entries(actors)) assert.deepEqual(got[actor], expected, `${id}: ${actor}`);
      for (const m of doc.mentions!) assert.equal(doc.text.slice(m.start, m.end), m.text);
    });
  }
  it('004_40313bc9128e2f1a: "Li" is always Li Qiang, never Li Keqiang', () => {
    const doc = docs.get('004_40313bc9128e2f1a')!;
    const lis = doc.mentions!.filter((m) => m.text === 'Li');
    assert.ok(lis.length > 0);
    assert.ok(lis.every((m) => m.actorIds.join() === 'li-qiang'));
  });
  it('001_e1baf0bd9236a5d1: a capital as speaker is its government, a capital in a compound is not', () => {
    const doc = docs.get('001_e1baf0bd9236a5d1')!;
    const capitals = doc.mentions!.filter((m) => m.resolution === 'metonym').map((m) => `${m.text}=${m.code}`);
    assert.ok(capitals.includes('Beijing=CHNGOV'));
    assert.ok(!doc.mentions!.some((m) => m.text === 'Moscow'));
  });
});
