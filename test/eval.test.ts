import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { Event } from '../src/core/doc.js';
import { isRejection } from '../src/core/pipeline.js';
import { eventFamily, typeAgrees } from '../src/eval/event-family.js';
import { parseGoldLine, readGold, type GoldEvent } from '../src/eval/gold.js';
import { matchesGold, mismatch, placeAgrees } from '../src/eval/match-gold.js';
import { scoreArticles } from '../src/eval/score-articles.js';
import { evalId, runEval } from '../src/eval/run-eval.js';
import { readInputs } from '../src/readers/read-inputs.js';
import { createDefaultPipeline } from '../src/pipeline.js';

const ARTICLES = fileURLToPath(new URL('./articles/', import.meta.url));
const GOLD = fileURLToPath(new URL('./articles/gold.jsonl', import.meta.url));

/** A system event with only the fields the matching rule reads. */
function sys(plover: string, mode: string | null, cameo: string, people: Array<[string, string | null]>, date: string | null): Event {
  return {
    id: 'x', main: true, plover, mode, cameo, cameo_root: cameo.slice(0, 2), quad: 1, goldstein: 0, source: null, target: null,
    participants: people.map(([name, country]) => ({ id: name, name, kind: country === name ? 'country' : 'person', country, code: country })),
    date, date_precision: 'day', date_basis: 'explicit', location: { name: 'Moscow', country: 'RUS', lat: 0, lon: 0 },
    evidence: [], confidence: 1, modality: 'actual', topics: [],
  };
}

const meet: GoldEvent = { type: 'MEET', participants: ['Vladimir Putin', 'Li Qiang'], countries: ['RUS', 'CHN'], date: '2024-08-21', location: 'Moscow, RUS', format: 'in-person' };
const people: Array<[string, string | null]> = [['Vladimir Putin', 'RUS'], ['Li Qiang', 'CHN']];

describe('eval matching rule', () => {
  const TABLE: Array<[string, Event, boolean]> = [
    ['same type, countries, people and day', sys('CONSULT', 'in-person', '040', people, '2024-08-21'), true],
    ['a finer system date agrees at the gold precision', sys('CONSULT', 'in-person', '040', people, '2024-08-21'), true],
    ['a call is not a meeting', sys('CONSULT', 'phone', '040', people, '2024-08-21'), false],
    ['another day is not found', sys('CONSULT', 'in-person', '040', people, '2024-08-20'), false],
    ['a coarser system date is not found', sys('CONSULT', 'in-person', '040', people, '2024-08'), false],
    ['an extra country is not the same set', sys('CONSULT', 'in-person', '040', [...people, ['Belarus', 'BLR']], '2024-08-21'), false],
    ['a missing participant is not found', sys('CONSULT', 'in-person', '040', [['Vladimir Putin', 'RUS'], ['China', 'CHN']], '2024-08-21'), false],
  ];
  for (const [name, event, expected] of TABLE) it(`matchesGold(): ${name}`, () => assert.equal(matchesGold(meet, event), expected));
  it('matchesGold(): "el-Sisi" and "al-Sisi" are one name; "Elsisi" is another word', () => {
    const call: GoldEvent = { type: 'CALL', participants: ['Abdel Fattah al-Sisi'], countries: ['EGY'], date: null, location: null, format: null };
    assert.equal(matchesGold(call, sys('CONSULT', 'phone', '040', [['Abdel Fattah el-Sisi', 'EGY']], null)), true);
    assert.equal(matchesGold(call, sys('CONSULT', 'phone', '040', [['Abdel Fattah Elsisi', 'EGY']], null)), false);
  });
  it('matchesGold(): a name without its middle word is the same person, one with other words is not', () => {
    const agree: GoldEvent = { type: 'AGREE', participants: ['Khawaja Muhammad Asif'], countries: ['PAK'], date: null, location: null, format: null };
    assert.equal(matchesGold(agree, sys('AGREE', null, '030', [['Khawaja Asif', 'PAK']], null)), true);
    assert.equal(matchesGold({ ...agree, participants: ['Khawaja Asif'] }, sys('AGREE', null, '030', [['Khawaja Muhammad Asif', 'PAK']], null)), true);
    assert.equal(matchesGold(agree, sys('AGREE', null, '030', [['Khawaja Hussain', 'PAK']], null)), false);
    assert.equal(matchesGold(agree, sys('AGREE', null, '030', [['Muhammad Asif', 'PAK']], null)), true);
    assert.equal(matchesGold(agree, sys('AGREE', null, '030', [['Asif Khawaja', 'PAK']], null)), false);
    // NFD leaves a stroked letter whole
    assert.equal(matchesGold({ ...agree, participants: ['Radoslaw Sikorski'], countries: ['POL'] }, sys('AGREE', null, '030', [['Radosław Sikorski', 'POL']], null)), true);
  });
  it('mismatch() says why an event is not the gold event, and agrees with matchesGold()', () => {
    const why = TABLE.map(([, event]) => mismatch(meet, event));
    assert.deepEqual(why, [null, null, 'type CALL, not MEET', 'date 2024-08-20, not 2024-08-21', 'date 2024-08, not 2024-08-21', 'countries BLR+CHN+RUS, not CHN+RUS', 'misses Li Qiang']);
    for (const [, event, expected] of TABLE) assert.equal(mismatch(meet, event) === null, expected);
  });
  it('scoreArticles() with details names the missed headline, events not found and wrong places', () => {
    const call: GoldEvent = { type: 'CALL', participants: ['Li Qiang'], countries: ['CHN'], date: null, location: null, format: 'phone' };
    const gold = [{ id: 'a', lang: 'en', main_event: meet, other_events: [call] }];
    const chosen = sys('CONSULT', 'in-person', '040', [['Vladimir Putin', 'RUS'], ['China', 'CHN']], '2024-08-21');
    const report = scoreArticles(gold, new Map([['a', { id: 'a', lang: 'en', events: [chosen, { ...sys('CONSULT', 'in-person', '040', people, '2024-08-21'), main: false, location: null }] }]]), { details: true });
    assert.deepEqual(report.articles[0]!.details, [
      'headline: misses Li Qiang; gold MEET [Vladimir Putin, Li Qiang] RUS+CHN 2024-08-21; chosen CONSULT/in-person 040 [Vladimir Putin, China] 2024-08-21 ""',
      'place: none, not Moscow, RUS, for MEET [Vladimir Putin, Li Qiang] RUS+CHN 2024-08-21',
      'not found: CALL [Li Qiang] CHN -',
    ]);
    assert.equal(scoreArticles(gold, new Map([['a', { id: 'a', lang: 'en', events: [chosen] }]])).articles[0]!.details, undefined);
  });
  it('matchesGold() accepts alt_types', () => assert.equal(matchesGold({ ...meet, alt_types: ['PRAISE'] }, sys('SUPPORT', null, '051', people, '2024-08-21')), true));
  it('matchesGold() does not score dates from outside the text', () => assert.equal(matchesGold({ ...meet, date_basis: 'outside' }, sys('CONSULT', 'in-person', '040', people, null)), true));
  it('placeAgrees() compares city and country', () => {
    assert.equal(placeAgrees(meet, { location: { name: 'Moscow', country: 'RUS', lat: 0, lon: 0 } }), true);
    assert.equal(placeAgrees(meet, { location: { name: 'Moscow', country: 'USA', lat: 0, lon: 0 } }), false);
    assert.equal(placeAgrees(meet, { location: null }), false);
  });
});

describe('eventFamily()', () => {
  const TABLE: Array<[Pick<Event, 'plover' | 'mode' | 'cameo'>, string]> = [
    [{ plover: 'CONSULT', mode: 'video', cameo: '040' }, 'CALL'], [{ plover: 'CONSULT', mode: 'host', cameo: '043' }, 'VISIT'],
    [{ plover: 'CONSULT', mode: 'in-person', cameo: '040' }, 'MEET'], [{ plover: 'SUPPORT', mode: null, cameo: '057' }, 'AGREE'],
    [{ plover: 'SUPPORT', mode: null, cameo: '051' }, 'PRAISE'], [{ plover: 'AGREE', mode: null, cameo: '036' }, 'INVITE'],
    [{ plover: 'REJECT', mode: null, cameo: '120' }, 'CRITICIZE'], [{ plover: 'ASSAULT', mode: null, cameo: '190' }, 'OTHER'],
    // an apology praises no one
    [{ plover: 'SUPPORT', mode: null, cameo: '055' }, 'OTHER'],
  ];
  for (const [event, family] of TABLE) it(`maps ${event.plover}/${event.mode}/${event.cameo} to ${family}`, () => assert.equal(eventFamily(event), family));
  it('a hosting answers a gold meeting as well as a gold visit; a plain visit answers no meeting', () => {
    const host = { plover: 'CONSULT', mode: 'host', cameo: '043' };
    assert.ok(typeAgrees({ type: 'MEET' }, host));
    assert.ok(typeAgrees({ type: 'VISIT' }, host));
    assert.ok(!typeAgrees({ type: 'MEET' }, { plover: 'CONSULT', mode: 'visit', cameo: '042' }));
    assert.ok(!typeAgrees({ type: 'CALL' }, host));
  });
});

describe('gold file and ids', () => {
  it('parseGoldLine() reads AGREE/SIGN as AGREE and rejects unknown types', () => {
    const line = { id: 'a', lang: 'en', main_event: { ...meet, type: 'AGREE/SIGN' }, other_events: [] };
    assert.equal(parseGoldLine(line).main_event.type, 'AGREE');
    assert.throws(() => parseGoldLine({ ...line, main_event: { ...meet, type: 'DANCE' } }), /unknown event type/);
  });
  it('evalId() uses the record id, else the basename without extension', () => {
    assert.equal(evalId({ sourcePath: 'x/001_ab.txt', format: 'txt' }), '001_ab');
    assert.equal(evalId({ sourcePath: 'x/a.jsonl', format: 'jsonl', line: 3, recordId: 'r1' }), 'r1');
    assert.equal(evalId({ sourcePath: 'x/a.jsonl', format: 'jsonl', line: 3 }), 'a:3');
  });
  it('the project gold names every article in test/articles exactly once', async () => {
    const ids = readGold(GOLD).map((g) => g.id).sort();
    const files: string[] = [];
    for await (const input of readInputs([ARTICLES])) if (!isRejection(input) && input.meta.format === 'txt') files.push(evalId(input.meta));
    assert.deepEqual(files.sort(), ids);
  });
});

describe('readout eval on our annotated articles', async () => {
  const pipeline = await createDefaultPipeline();
  const report = await runEval({ gold: readGold(GOLD), goldPath: GOLD, paths: [ARTICLES], pipeline });
  // Floors: measured 100 % headline, 95 % recall, 100 % dates and places (10 articles, both languages)
  for (const lang of ['en', 'id']) {
    it(`${lang}: headline-event accuracy stays at or above 0.8`, () => assert.ok(report.languages[lang]!.headline_accuracy >= 0.8, JSON.stringify(report.articles)));
    it(`${lang}: event recall stays at or above 0.75`, () => assert.ok(report.languages[lang]!.recall >= 0.75, String(report.languages[lang]!.recall)));
    it(`${lang}: date accuracy stays at or above 0.8`, () => assert.ok(report.languages[lang]!.date_accuracy >= 0.8, String(report.languages[lang]!.date_accuracy)));
    it(`${lang}: place accuracy stays at or above 0.66`, () => assert.ok(report.languages[lang]!.place_accuracy >= 0.66, String(report.languages[lang]!.place_accuracy)));
  }
  it('no article is missing or rejected', () => {
    assert.equal(report.rejected, 0);
    assert.deepEqual(report.articles.filter((a) => a.missing), []);
  });
  it('every article has exactly one headline event, and evidence and quotes slice the text', async () => {
    for await (const doc of pipeline.stream(readInputs([ARTICLES]))) {
      if (isRejection(doc)) continue;
      const events = doc.events ?? [];
      if (events.length > 0) assert.equal(events.filter((e) => e.main).length, 1, doc.input.sourcePath ?? '');
      for (const e of events) for (const ev of e.evidence) assert.equal(doc.text.slice(ev.start, ev.end), ev.sentence);
      for (const q of doc.quotes ?? []) assert.equal(doc.text.slice(q.start, q.end), q.text);
      assert.equal(new Set(events.map((e) => e.id)).size, events.length);
    }
  });
});
