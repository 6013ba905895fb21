import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isRejection } from '../../src/core/pipeline.js';
import { readGold } from '../../src/eval/gold.js';
import { evalId } from '../../src/eval/run-eval.js';
import { readInputs } from '../../src/readers/read-inputs.js';

// The second blind set: 30 articles written without looking at what readout makes of them. This file only
// checks that the set is whole and well-formed; it holds no accuracy floor, so that nobody is tempted to tune
// towards it (see README.md beside this file).
const ARTICLES = ['en/', 'id/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
const GOLD = fileURLToPath(new URL('./gold.jsonl', import.meta.url));
const MANIFEST = fileURLToPath(new URL('./manifest.jsonl', import.meta.url));

const TYPES = new Set(['MEET', 'VISIT', 'CALL', 'STATEMENT', 'PRAISE', 'CRITICIZE', 'AGREE', 'INVITE', 'THREATEN', 'AID', 'OTHER']);
const BASES = new Set(['text', 'text+pubdate', 'pubdate', 'inferred', 'outside']);

interface RawEvent {
  type: string; participants: string[]; countries: string[]; date: string | null; location: string | null
  format: string | null; date_basis?: string | null; modality?: string; alt_types?: string[]
}
interface RawLine { id: string; lang: string; published: string; main_event: RawEvent; other_events: RawEvent[] }

const rawLines = (): RawLine[] => readFileSync(GOLD, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as RawLine);

/** A calendar date or month that exists: `2025-02-30` and `2025-13` are typing slips, not dates. */
function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 1 : Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

describe('blind2 set integrity', () => {
  it('the gold parses with the eval reader and holds 15 articles per language', () => {
    const gold = readGold(GOLD);
    assert.equal(gold.length, 30);
    for (const lang of ['en', 'id']) assert.equal(gold.filter((g) => g.lang === lang).length, 15, lang);
    assert.equal(new Set(gold.map((g) => g.id)).size, gold.length, 'duplicate ids');
  });

  it('every article file has exactly one gold line and every gold line a file, in text, HTML and JSON alike', async () => {
    const ids: string[] = [];
    const formats = new Set<string>();
    for await (const input of readInputs(ARTICLES)) {
      assert.ok(!isRejection(input), `rejected input: ${JSON.stringify(input)}`);
      if (isRejection(input)) continue;
      ids.push(evalId(input.meta));
      formats.add(input.meta.format);
    }
    assert.deepEqual(ids.sort(), rawLines().map((g) => g.id).sort());
    assert.deepEqual([...formats].sort(), ['html', 'json', 'txt']);
  });

  it('each id sits in the folder of its language and the manifest agrees with the gold', () => {
    const gold = rawLines();
    const manifest = readFileSync(MANIFEST, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; file: string; lang: string; published: string });
    assert.equal(manifest.length, gold.length);
    const byId = new Map(gold.map((g) => [g.id, g]));
    for (const m of manifest) {
      const g = byId.get(m.id);
      assert.ok(g, m.id);
      assert.deepEqual([m.lang, m.published], [g.lang, g.published], m.id);
      assert.ok(m.id.startsWith(`${g.lang}-`) && m.file.startsWith(`${g.lang}/`), m.id);
    }
  });

  it('publication and event dates are real dates, and no actual event is dated after its article', () => {
    for (const g of rawLines()) {
      assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(g.published) && isRealDate(g.published), `${g.id} published ${g.published}`);
      for (const e of [g.main_event, ...g.other_events]) {
        if (e.date === null) continue;
        assert.ok(isRealDate(e.date), `${g.id}: ${e.date}`);
        if (e.modality !== 'planned') assert.ok(e.date <= g.published, `${g.id}: ${e.date} after ${g.published}`);
      }
    }
  });

  it('a JSON record carries the same publication day as its gold line', () => {
    for (const m of readFileSync(MANIFEST, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; file: string; published: string })) {
      if (!m.file.endsWith('.json')) continue;
      const record = JSON.parse(readFileSync(fileURLToPath(new URL(m.file, import.meta.url)), 'utf8')) as { published: string; title: string; text: string };
      assert.ok(record.title && record.text, m.id);
      assert.equal(record.published.slice(0, 10), m.published, m.id);
    }
  });

  it('events use the contract vocabulary: types, ISO3 countries, formats, date bases and modalities', () => {
    for (const g of rawLines()) {
      assert.equal(g.main_event.modality, 'actual', `${g.id}: the headline event happened`);
      assert.ok(g.main_event.date !== null, `${g.id}: the headline event is dated`);
      for (const e of [g.main_event, ...g.other_events]) {
        assert.ok(TYPES.has(e.type), `${g.id}: ${e.type}`);
        for (const t of e.alt_types ?? []) assert.ok(TYPES.has(t) && t !== e.type, `${g.id}: alt ${t}`);
        assert.ok(e.countries.length > 0 && e.countries.every((c) => /^[A-Z]{3}$/.test(c)), `${g.id}: ${e.countries.join(',')}`);
        assert.ok([null, 'in-person', 'phone', 'video'].includes(e.format), `${g.id}: ${e.format}`);
        assert.ok(['actual', 'planned'].includes(e.modality ?? ''), `${g.id}: ${e.modality}`);
        assert.ok(e.date_basis == null || BASES.has(e.date_basis), `${g.id}: ${e.date_basis}`);
        assert.ok(e.location === null || /^[^,]+, [A-Z]{3}$/.test(e.location), `${g.id}: ${e.location}`);
        assert.ok(Array.isArray(e.participants), g.id);
      }
    }
  });
});
