import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Doc } from '../../core/doc.js';
import { loadPacks } from '../../lang/pack.js';
import { makeDoc, TEST_PEOPLE_DIR } from '../../../test/fixtures/actors/make-doc.js';
import { createActorsStage } from './index.js';

const FIXTURES = new URL('../../../test/fixtures/actors/', import.meta.url).pathname;
const packs = loadPacks();
const stage = await createActorsStage({ peopleDir: TEST_PEOPLE_DIR }, packs);

interface Fixture { name: string; doc: Doc; gold: Set<string> }

/** Gold mentions are listed in text order as [text, "id+id"]; each is found after the previous one. */
function load(name: string): Fixture {
  const dir = join(FIXTURES, name);
  const text = readFileSync(join(dir, 'input.txt'), 'utf8').trimEnd();
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as { lang: string; published: string | null };
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { mentions: Array<[string, string]> };
  const gold = new Set<string>();
  let cursor = 0;
  for (const [quote, ids] of expected.mentions) {
    const at = findWord(text, quote, cursor);
    assert.ok(at >= 0, `${name}: gold mention "${quote}" not found after offset ${cursor}`);
    gold.add(`${at}:${at + quote.length}:${ids}`);
    cursor = at + quote.length;
  }
  const doc = makeDoc(text, config);
  stage.run(doc, { packs });
  return { name, doc, gold };
}

function findWord(text: string, quote: string, from: number): number {
  for (let at = text.indexOf(quote, from); at >= 0; at = text.indexOf(quote, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + quote.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at;
  }
  return -1;
}

/** Agent mentions as `start:end:id+id` (modifiers such as "Russian delegation" are not scored). */
function predicted(doc: Doc): Set<string> {
  return new Set((doc.mentions ?? []).filter((m) => !m.modifier).map((m) => `${m.start}:${m.end}:${[...m.actorIds].sort().join('+')}`));
}

describe('actors stage: fixture articles', () => {
  const fixtures = readdirSync(FIXTURES, { withFileTypes: true }).filter((e) => e.isDirectory() && /^[a-z]{2}-/.test(e.name)).map((e) => load(e.name));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const f of fixtures) {
    const got = predicted(f.doc);
    const hits = [...got].filter((g) => f.gold.has(g)).length;
    tp += hits;
    fp += got.size - hits;
    fn += f.gold.size - hits;
    it(`${f.name}: mentions are sorted, inside the text, and quote it`, () => {
      let last = -1;
      for (const m of f.doc.mentions ?? []) {
        assert.ok(m.start >= last && m.end > m.start && m.end <= f.doc.text.length);
        assert.equal(f.doc.text.slice(m.start, m.end), m.text);
        assert.equal(m.sentence, f.doc.sentences!.findIndex((s) => s.start <= m.start && m.end <= s.end));
        last = m.start;
      }
    });
  }
  it('precision and recall on agent mentions are at least 0.9', () => {
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const misses = fixtures.flatMap((f) => {
      const got = predicted(f.doc);
      const text = (k: string) => { const [s, e, ids] = k.split(':'); return `"${f.doc.text.slice(Number(s), Number(e))}"=${ids}`; };
      return [...[...f.gold].filter((g) => !got.has(g)).map((g) => `${f.name} missed ${text(g)}`), ...[...got].filter((g) => !f.gold.has(g)).map((g) => `${f.name} wrong ${text(g)}`)];
    });
    process.stdout.write(`# actors fixtures: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} right, ${fp} wrong, ${fn} missed)\n`);
    process.stdout.write(misses.map((m) => `# ${m}\n`).join(""));
    assert.ok(precision >= 0.9 && recall >= 0.9, misses.join('\n'));
  });
});
