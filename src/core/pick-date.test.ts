import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention, Doc } from './doc.js';
import { identityMap } from './offset-map.js';
import { pickDate } from './pick-date.js';

function doc(dates: Array<Partial<DateMention> & Pick<DateMention, 'start' | 'sentence'>>, published: string | null = '2024-08-21'): Doc {
  return {
    id: 't',
    input: { sourcePath: null, format: 'txt' },
    raw: '',
    text: '',
    toRaw: identityMap(),
    title: 'Headline',
    published,
    diagnostics: [],
    sentences: [
      { start: 0, end: 10, paragraph: 0, title: true },
      { start: 11, end: 60, paragraph: 1 },
      { start: 61, end: 120, paragraph: 1 },
    ],
    dates: dates.map((d) => ({ end: d.start + 5, text: 'x', value: '2024-08-20', precision: 'day', basis: 'explicit', ...d })),
  };
}

test('pickDate() takes the date in the event sentence nearest the event', () => {
  const d = doc([
    { start: 62, sentence: 2, value: '2024-08-19' },
    { start: 100, sentence: 2, value: '2024-08-20', basis: 'relative' },
  ]);
  assert.deepEqual(pickDate(d, { sentence: 2, span: { start: 95, end: 99 } }).date, '2024-08-20');
  assert.deepEqual(pickDate(d, { sentence: 2, span: { start: 63, end: 70 } }).date, '2024-08-19');
});

test('pickDate() prefers a day to a nearby background year in the same sentence', () => {
  const d = doc([
    { start: 70, sentence: 2, value: '2022', precision: 'year' },
    { start: 100, sentence: 2, value: '2024-08-20' },
  ]);
  assert.equal(pickDate(d, { sentence: 2, span: { start: 80, end: 85 } }).date, '2024-08-20');
});

test('pickDate() falls back to the lead, then the dateline, then the publication date', () => {
  assert.deepEqual(pickDate(doc([{ start: 20, sentence: 1, value: '2024-08-19', basis: 'relative' }]), { sentence: 2 }), {
    date: '2024-08-19', precision: 'day', basis: 'relative', mention: doc([{ start: 20, sentence: 1, value: '2024-08-19', basis: 'relative' }]).dates![0],
  });
  assert.equal(pickDate(doc([{ start: 0, sentence: -1, value: '2024-08-18', basis: 'dateline' }]), { sentence: 2 }).basis, 'dateline');
  assert.deepEqual(pickDate(doc([]), { sentence: 2 }), { date: '2024-08-21', precision: 'day', basis: 'published' });
  assert.deepEqual(pickDate(doc([], null), { sentence: 2 }), { date: null, precision: null, basis: 'none' });
});

test('pickDate() skips unresolved and future dates for actual events, takes future ones for planned events', () => {
  const d = doc([
    { start: 62, sentence: 2, value: null, precision: null, basis: 'relative' },
    { start: 90, sentence: 2, value: '2026', precision: 'year', future: true },
  ]);
  assert.equal(pickDate(d, { sentence: 2 }).basis, 'published');
  assert.equal(pickDate(d, { sentence: 2, planned: true }).date, '2026');
});

test('pickDate() leaves dates past the limit to the later event of the sentence', () => {
  const d = doc([{ start: 100, sentence: 1, value: '2026', precision: 'year' }], '2026-02-04');
  assert.equal(pickDate(d, { sentence: 1, span: { start: 20, end: 28 } }).date, '2026');
  assert.deepEqual(pickDate(d, { sentence: 1, span: { start: 20, end: 28 }, limit: 90 }).basis, 'published');
});

test('pickDate() skips a background date unless the event sits in its clause', () => {
  const d = doc([{ start: 100, sentence: 2, value: '2024-03', precision: 'month', background: { start: 90, end: 120 } }]);
  assert.equal(pickDate(d, { sentence: 2, span: { start: 70, end: 75 } }).basis, 'published');
  assert.equal(pickDate(d, { sentence: 2, span: { start: 95, end: 99 } }).date, '2024-03');
});

test('pickDate() takes a restating sentence\'s date before the sentence\'s reporting date and the lead', () => {
  const d = doc([
    { start: 12, sentence: 1, value: '2024-08-15', reporting: { start: 11, end: 12 } },
    { start: 90, sentence: 2, value: '2024-08-20', restated: true },
  ]);
  assert.equal(pickDate(d, { sentence: 1, span: { start: 40, end: 45 } }).date, '2024-08-20');
  // the reporting verb is the event's own: its date is the event's
  assert.equal(pickDate(d, { sentence: 1, span: { start: 11, end: 12 } }).date, '2024-08-15');
});

test('pickDate() treats a dateline left in the lead as the dateline', () => {
  const d = doc([
    { start: 12, sentence: 1, value: '2024-08-21', basis: 'dateline' },
    { start: 50, sentence: 1, value: '2024-08-17', basis: 'relative' },
  ]);
  assert.equal(pickDate(d, { sentence: 0 }).date, '2024-08-17');
  assert.equal(pickDate(doc([{ start: 12, sentence: 1, value: '2024-08-21', basis: 'dateline' }]), { sentence: 2 }).basis, 'dateline');
});

test('pickDate() gives a background event the background date just before it, else none', () => {
  const d = doc([{ start: 20, sentence: 1, value: '2024-07', precision: 'month', background: { start: 15, end: 60 } }]);
  assert.equal(pickDate(d, { sentence: 2, background: true }).date, '2024-07');
  assert.equal(pickDate(doc([]), { sentence: 2, background: true }).basis, 'none');
});

test('pickDate() with no sentence (-2) goes straight to the lead and the fallbacks', () => {
  const d = doc([{ start: 20, sentence: 1, value: '2024-08-19', restated: true }]);
  assert.equal(pickDate(d, { sentence: -2 }).date, '2024-08-19');
});

test('pickDate() leaves the lead\'s dates past its lead limit to the act the lead criticises, for a title falling back on it', () => {
  // title "X condemns Y's strike"; lead "X condemned the strike by Y …, on Tuesday": Tuesday is the strike's
  const d = doc([{ start: 40, sentence: 1, value: '2024-08-20' }]);
  assert.equal(pickDate(d, { sentence: 0, span: { start: 0, end: 8 } }).date, '2024-08-20');
  assert.equal(pickDate(d, { sentence: 0, span: { start: 0, end: 8 }, leadSentence: 1, leadLimit: 25 }).basis, 'published');
  // the lead's own event still takes it when it lies before its own limit
  assert.equal(pickDate(d, { sentence: 1, span: { start: 30, end: 35 }, leadSentence: 1, leadLimit: 25 }).date, '2024-08-20');
  // a date before the lead limit still serves the title
  assert.equal(pickDate(doc([{ start: 15, sentence: 1, value: '2024-08-19' }]), { sentence: 0, span: { start: 0, end: 8 }, leadSentence: 1, leadLimit: 25 }).date, '2024-08-19');
});

test('pickDate() gives a date closing the sentence after a comma to the event whose relative clause the limit opens', () => {
  const text = 'Bakamla mengusir kapal yang memasuki perairan Natuna, Kamis (24/10).';
  const base: Doc = {
    id: 't', input: { sourcePath: null, format: 'txt' }, raw: text, text, toRaw: identityMap(), title: null, published: '2024-10-25', diagnostics: [],
    sentences: [{ start: 0, end: text.length, paragraph: 0 }],
    dates: [{ start: text.indexOf('Kamis'), end: text.length - 1, text: 'Kamis (24/10)', value: '2024-10-24', precision: 'day', basis: 'explicit', sentence: 0 }],
  };
  const limit = text.indexOf('yang');
  assert.equal(pickDate(base, { sentence: 0, limit, clauseLimit: true }).date, '2024-10-24');
  // a limit that opens another act keeps the closing date for that act
  assert.equal(pickDate(base, { sentence: 0, limit }).basis, 'published');
});
