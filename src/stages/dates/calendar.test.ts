import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNum, daysInMonth, isoWeekday, parseIsoDay, ymd } from './calendar.js';

test('dayNum() and ymd() agree with Date over four centuries', () => {
  for (let n = dayNum(1800, 1, 1); n <= dayNum(2200, 12, 31); n += 13) {
    const date = new Date(n * 86_400_000);
    assert.deepEqual(ymd(n), { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
    assert.equal(dayNum(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()), n);
  }
});

test('calendar basics: weekdays, leap years, strict ISO parsing', () => {
  assert.equal(isoWeekday(dayNum(2024, 8, 21)), 3); // a Wednesday
  assert.equal(isoWeekday(dayNum(1970, 1, 1)), 4);
  assert.deepEqual([daysInMonth(2024, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2023, 4)], [29, 28, 29, 30]);
  assert.equal(parseIsoDay('2024-02-30'), null);
  assert.equal(parseIsoDay('not-a-date'), null);
  assert.equal(parseIsoDay('2024-08-21'), dayNum(2024, 8, 21));
});
