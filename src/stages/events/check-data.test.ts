import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_DATA_DIR, loadPacks } from '../../lang/pack.js';
import { checkData } from './check-data.js';

/** A data folder with the real ontology and one small pack `xx` holding the given event files. */
function dataDirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'events-data-'));
  cpSync(join(DEFAULT_DATA_DIR, 'ontology'), join(dir, 'ontology'), { recursive: true });
  mkdirSync(join(dir, 'lang', 'xx'), { recursive: true });
  writeFileSync(join(dir, 'lang', 'xx', 'pack.yml'), 'code: xx\nname: Test\nlocale: en\n');
  for (const name of ['event-modality.yml', 'attribution-cues.yml', 'quote-verbs.yml', 'event-topics.yml']) writeFileSync(join(dir, 'lang', 'xx', name), '{}\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'lang', 'xx', name), text);
  return dir;
}

test('events checkData accepts the project’s event data', () => {
  assert.deepEqual(checkData(loadPacks()), []);
});

test('events checkData lets words be listed again for another object list, and only so', () => {
  const dir = dataDirWith({
    'event-arguments.yml': 'memberships: [membership]\nrelief: [aid]\n',
    'event-triggers.yml': [
      'triggers:',
      '  - {plover: SANCTION, cameo: "160", mode: null, pattern: svo, object: memberships, words: [suspended]}',
      '  - {plover: SANCTION, cameo: "162", mode: null, pattern: svo, object: relief, words: [suspended]}',
      '  - {plover: SANCTION, cameo: "162", mode: null, pattern: svo, words: [froze, froze]}',
    ].join('\n'),
  });
  const problems = checkData(loadPacks(dir));
  assert.deepEqual(problems.filter((p) => p.includes('already listed')).map((p) => p.replace(/^.*: phrase/, 'phrase')), ['phrase "froze" is already listed (entry 3)']);
});

test('events checkData lets words with object lists be listed once more with none, as their fallback, and only once', () => {
  const dir = dataDirWith({
    'event-arguments.yml': 'responses: [retaliation]\n',
    'event-triggers.yml': [
      'triggers:',
      '  - {plover: THREATEN, cameo: "130", mode: null, pattern: svo, object: responses, words: [vowed]}',
      '  - {plover: AGREE, cameo: "030", mode: null, pattern: svo, words: [vowed]}',
      '  - {plover: AGREE, cameo: "030", mode: null, pattern: svo, words: [vowed]}',
      '  - {plover: AGREE, cameo: "030", mode: null, pattern: svo, words: [pledged]}',
      '  - {plover: THREATEN, cameo: "130", mode: null, pattern: svo, object: responses, words: [pledged]}',
    ].join('\n'),
  });
  const problems = checkData(loadPacks(dir));
  assert.deepEqual(problems.filter((p) => p.includes('already listed')).map((p) => p.replace(/^.*: entry (\d+): phrase/, 'entry $1: phrase')), [
    'entry 3: phrase "vowed" is already listed (entry 1)',
    'entry 5: phrase "pledged" is already listed (entry 4)',
  ]);
});
