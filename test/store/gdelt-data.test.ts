import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadGdeltData } from '../../src/store/export/gdelt-data.js';

describe('GDELT export data', () => {
  it('data/geo/fips.tsv opens with its origin and maps each ISO3 once to a FIPS code', () => {
    const text = readFileSync(new URL('../../data/geo/fips.tsv', import.meta.url), 'utf8');
    assert.match(text.split('\n')[1]!, /^# Source: /);
    assert.match(text, /^# .*Licence: /m);
    const seen = new Set<string>();
    for (const line of text.split('\n').filter((l) => l && !l.startsWith('#'))) {
      const [iso3, fips, name] = line.split('\t');
      assert.match(iso3!, /^[A-Z]{3}$/, line);
      assert.match(fips!, /^[A-Z0-9]{2}$/, line);
      assert.ok(name, line);
      assert.ok(!seen.has(iso3!), `duplicate ${iso3}`);
      seen.add(iso3!);
    }
  });

  // [ISO3, FIPS]: the codes where FIPS and ISO differ are the point of the crosswalk.
  const table: Array<[string, string]> = [['IDN', 'ID'], ['CHN', 'CH'], ['RUS', 'RS'], ['ZAF', 'SF'], ['AUS', 'AS'], ['DEU', 'GM'], ['USA', 'US']];
  for (const [iso3, fips] of table) {
    it(`maps ${iso3} to FIPS ${fips}`, () => assert.equal(loadGdeltData().fips.get(iso3)?.fips, fips));
  }

  it('lists 61 event and 16 mention columns', () => {
    const { eventColumns, mentionColumns } = loadGdeltData();
    assert.equal(eventColumns.length, 61);
    assert.equal(eventColumns[0], 'GLOBALEVENTID');
    assert.equal(eventColumns[60], 'SOURCEURL');
    assert.equal(mentionColumns.length, 16);
  });
});
