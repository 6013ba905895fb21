import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ActorRef, Event } from '../core/doc.js';
import { datesAgree, placesAgree } from './event-key.js';
import { mergeEvents, type MemberEvent } from './merge-events.js';

const ref = (id: string, country: string): ActorRef => ({ id, name: id, kind: 'person', country, code: `${country}GOV` });
const PUTIN = ref('vladimir-putin', 'RUS');
const XI = ref('xi-jinping', 'CHN');
const LAVROV = ref('sergey-lavrov', 'RUS');
const BEIJING = { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 };
const MOSCOW = { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 };

function ev(id: string, over: Partial<Event> = {}): Event {
  return {
    id, main: true, plover: 'CONSULT', mode: 'in-person', cameo: '040', cameo_root: '04', quad: 1, goldstein: 1,
    source: PUTIN, target: XI, participants: [PUTIN, XI], date: '2024-05-16', date_precision: 'day', date_basis: 'explicit',
    location: BEIJING, evidence: [{ sentence: 's', start: 0, end: 1 }], confidence: 0.8, modality: 'actual', topics: [], ...over,
  };
}
const m = (articleId: string, event: Event): MemberEvent => ({ articleId, event });

describe('datesAgree() and placesAgree()', () => {
  const dates: Array<[string | null, string | null, boolean]> = [
    ['2024-05-16', '2024-05-16', true], ['2024-05-16', '2024-05-17', true], ['2024-05-31', '2024-06-01', true],
    ['2024-05', '2024-05-30', true], ['2024', '2024-05-30', true], [null, null, true],
    ['2024-05-16', '2024-05-18', false], ['2024-05', '2024-06-01', false], [null, '2024-05-16', false],
  ];
  for (const [a, b, expected] of dates) it(`dates ${a} and ${b} ${expected ? 'agree' : 'differ'}`, () => assert.equal(datesAgree(a, b), expected));

  it('places agree within a country or when one is unknown, never across countries', () => {
    assert.equal(placesAgree(BEIJING, { name: 'China', country: 'CHN', lat: null, lon: null }), true);
    assert.equal(placesAgree(BEIJING, null), true);
    assert.equal(placesAgree(BEIJING, MOSCOW), false);
  });
});

describe('mergeEvents()', () => {
  // [description, members, expected number of merged events]
  const table: Array<[string, MemberEvent[], number]> = [
    ['one meeting told in two languages, sides swapped', [m('en', ev('e1')), m('id', ev('e1', { source: XI, target: PUTIN }))], 1],
    ['a report dated the next day', [m('a', ev('e1')), m('b', ev('e1', { date: '2024-05-17' }))], 1],
    ['a month-precision report of the same meeting', [m('a', ev('e1')), m('b', ev('e1', { date: '2024-05', date_precision: 'month' }))], 1],
    // false positives: must stay apart
    ['two meetings a week apart', [m('a', ev('e1')), m('b', ev('e1', { date: '2024-05-23' }))], 2],
    ['a meeting in Beijing and one in Moscow', [m('a', ev('e1')), m('b', ev('e1', { location: MOSCOW }))], 2],
    ['a meeting and a criticism the same day', [m('a', ev('e1')), m('b', ev('e1', { plover: 'ACCUSE', cameo: '112', cameo_root: '11' }))], 2],
    ['other participants', [m('a', ev('e1')), m('b', ev('e1', { source: LAVROV, participants: [LAVROV, XI] }))], 2],
    ['a third participant', [m('a', ev('e1')), m('b', ev('e1', { participants: [PUTIN, XI, LAVROV] }))], 2],
    ['a misread side in one report', [m('a', ev('e1')), m('b', ev('e1', { target: ref('RUS', 'RUS') }))], 1],
    ['a planned visit and the visit', [m('a', ev('e1')), m('b', ev('e1', { modality: 'planned' }))], 2],
    ['events without actors', [m('a', ev('e1', { source: null, target: null, participants: [] })), m('b', ev('e1', { source: null, target: null, participants: [] }))], 2],
  ];
  for (const [name, members, expected] of table) {
    it(`gives ${expected} event(s) for ${name}`, () => assert.equal(mergeEvents(members).length, expected));
  }

  it('gives the same result in every order, chained links included', () => {
    const members = [
      m('a', ev('e1', { date: '2024-05-15' })), m('b', ev('e1', { date: '2024-05-16', mode: 'phone' })),
      m('c', ev('e1', { date: '2024-05-17', location: null })), m('d', ev('e1', { date: '2024-05-30' })), m('e', ev('e2', { participants: [PUTIN, XI, LAVROV] })),
    ];
    const expected = mergeEvents(members);
    for (const order of [[4, 3, 2, 1, 0], [2, 4, 0, 3, 1], [1, 0, 3, 4, 2]]) {
      assert.deepEqual(mergeEvents(order.map((i) => members[i]!)), expected);
    }
  });

  it('makes thousands of reports of one summit one event', () => {
    const members = Array.from({ length: 3000 }, (_, i) =>
      m(`a${i}`, ev('e1', { date: ['2024-05-15', '2024-05-16', '2024-05'][i % 3]!, location: i % 5 === 0 ? null : BEIJING })));
    const [merged, ...rest] = mergeEvents(members);
    assert.equal(rest.length, 0);
    assert.equal(merged!.members.length, 3000);
    assert.equal(merged!.date, '2024-05-15');
  });

  it('lists disagreements with the articles on each side', () => {
    const [merged] = mergeEvents([
      m('en-1', ev('e1', { mode: 'in-person' })), m('en-2', ev('e1', { mode: 'video', location: null })),
      m('id-1', ev('e1', { mode: 'in-person', date: '2024-05-17', target: ref('RUS', 'RUS') })),
      m('id-1', ev('e2', { mode: 'host', main: false, date: '2024-05-17', target: ref('RUS', 'RUS') })),
    ]);
    assert.equal(merged!.mode, 'in-person');
    assert.equal(merged!.date, '2024-05-16');
    assert.deepEqual(merged!.disagreements.find((d) => d.field === 'mode')!.sides, [
      { value: 'in-person', articles: ['en-1', 'id-1'] }, { value: 'video', articles: ['en-2'] },
    ]);
    assert.deepEqual(merged!.disagreements.map((d) => d.field).sort(), ['date', 'mode', 'participants']);
    assert.deepEqual(merged!.participants.map((p) => p.id), ['vladimir-putin', 'xi-jinping']);
    assert.equal(merged!.evidence.length, 4);
  });
});
