import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDay } from './calendar.js';
import { resolveFound, type Resolved } from './resolve-found.js';
import type { Found } from './rules/context.js';

// [what, found, published, forward clause, expected]
const cases: Array<[string, Omit<Found, 'end'>, string | null, boolean, Partial<Resolved>]> = [
  ['a weekday on the publication day is that day', { weekday: 3 }, '2024-08-21', false, { value: '2024-08-21', precision: 'day' }],
  ['a past weekday is the most recent one', { weekday: 1 }, '2024-08-21', false, { value: '2024-08-19' }],
  ['a past weekday later in the week is last week\'s', { weekday: 5 }, '2024-08-21', false, { value: '2024-08-16' }],
  ['a future-clause weekday is the next one', { weekday: 5 }, '2024-08-21', true, { value: '2024-08-23', future: true }],
  ['a future-clause weekday on the publication day is that day', { weekday: 3 }, '2024-08-21', true, { value: '2024-08-21' }],
  ['"Rabu lalu" on a Wednesday is a week before', { weekday: 3, shift: -1 }, '2024-08-21', false, { value: '2024-08-14' }],
  ['"Rabu depan" on a Wednesday is a week after', { weekday: 3, shift: 1 }, '2024-08-21', false, { value: '2024-08-28', future: true }],
  ['"Kamis pekan lalu"', { weekday: 4, weekOffset: -1 }, '2024-08-21', false, { value: '2024-08-15' }],
  ['a day-month takes the nearest year (before)', { m: 5, d: 8 }, '2024-08-21', false, { value: '2024-05-08' }],
  ['a day-month takes the nearest year (across new year)', { m: 12, d: 28 }, '2025-01-03', false, { value: '2024-12-28' }],
  ['a day-month takes the nearest year (just after)', { m: 1, d: 2 }, '2024-12-28', false, { value: '2025-01-02', future: true }],
  ['a future-clause day-month is the next one', { m: 5, d: 8 }, '2024-08-21', true, { value: '2025-05-08', future: true }],
  ['29 February without a year finds a leap year', { m: 2, d: 29 }, '2024-03-10', false, { value: '2024-02-29' }],
  ['a month alone takes the nearest year', { m: 3 }, '2024-08-21', false, { value: '2024-03', precision: 'month' }],
  ['no publication date: a day-month stays partial', { m: 5, d: 8 }, null, false, { value: null, partial: '--05-08', unanchored: true }],
  ['no publication date: a month stays partial', { m: 3 }, null, false, { value: null, partial: '--03', precision: 'month' }],
  ['no publication date: a weekday stays unresolved', { weekday: 3 }, null, false, { value: null, precision: null, unanchored: true }],
  ['no publication date: a full date needs none', { y: 2023, m: 3, d: 20 }, null, false, { value: '2023-03-20', basis: 'explicit' }],
  ['a range across the new year ends in the next year', { y: 2023, m: 12, d: 30, until: { m: 1, d: 2 } }, null, false, { value: '2023-12-30', until: '2024-01-02' }],
  ['a weekday beside the wrong date is a mismatch', { y: 2026, m: 2, d: 5, weekday: 3 }, '2026-02-04', false, { value: '2026-02-05', mismatch: { stated: 3, actual: 4 } }],
  ['a weekday settles day/month order', { m: 9, d: 11, altReading: { m: 11, d: 9 }, weekday: 6 }, '2024-11-10', false, { value: '2024-11-09' }],
  ['the weekend, said on its Sunday, is that weekend', { weekend: true }, '2024-08-25', false, { value: '2024-08-24', until: '2024-08-25' }],
  ['the weekend, said on a Wednesday, is the one before', { weekend: true }, '2024-08-21', false, { value: '2024-08-17', until: '2024-08-18' }],
  ['yesterday', { rel: { unit: 'day', offset: -1 } }, '2024-08-21', false, { value: '2024-08-20', basis: 'relative' }],
  ['last week is its Monday–Sunday range', { rel: { unit: 'week', offset: -1 } }, '2024-08-21', false, { value: '2024-08-12', until: '2024-08-18', precision: 'day' }],
  ['a month ago across the year', { rel: { unit: 'month', offset: -1 } }, '2024-01-15', false, { value: '2023-12', precision: 'month' }],
  ['next year', { rel: { unit: 'year', offset: 1 } }, '2024-01-15', false, { value: '2025', precision: 'year', future: true }],
  ['no publication date: relative keeps its precision only', { rel: { unit: 'month', offset: -1 } }, null, false, { value: null, precision: 'month', unanchored: true }],
];

for (const [what, found, published, forward, expected] of cases) {
  test(`resolveFound(): ${what}`, () => {
    const r = resolveFound({ end: 1, ...found }, parseIsoDay(published), forward);
    const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, r[k as keyof Resolved]]));
    assert.deepEqual(picked, expected);
  });
}

test('resolveFound() never invents a year without a publication date', () => {
  for (const found of [{ m: 5, d: 8 }, { m: 3 }, { weekday: 2 }, { rel: { unit: 'day' as const, offset: -1 } }]) {
    assert.equal(resolveFound({ end: 1, ...found }, null, false).value, null);
  }
});
