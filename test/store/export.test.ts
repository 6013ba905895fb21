import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestRecords, type IngestItem } from '../../src/store/ingest-records.js';
import { writeEvents, type EventFormat } from '../../src/store/export/write-events.js';
import { CSV_COLUMNS } from '../../src/store/export/csv-row.js';
import { BACKENDS, type TestStore } from './backends.js';
import { ACTORS, PLACES, makeRecord, meeting } from './make-record.js';

const reference = fileURLToPath(new URL('../../../shared/reference/', import.meta.url));

/** Reads the published GDELT column list (index,column,…) from the reference CSV. */
function publishedColumns(file: string): string[] | null {
  const path = `${reference}${file}`;
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[1]!);
}

/** A reader of GDELT TSV: each line becomes an object keyed by the published column names. */
function readTsv(lines: string[], columns: string[]): Array<Record<string, string>> {
  return lines.map((line) => {
    const cells = line.split('\t');
    assert.equal(cells.length, columns.length, `a GDELT row has ${columns.length} cells`);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i]!]));
  });
}

const localColumns = (file: string): string[] =>
  readFileSync(new URL(`../../data/export/${file}`, import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

for (const backend of BACKENDS) {
describe(`export from ${backend.name}`, async () => {
  const skip = await backend.skip();
  if (skip) console.log(`# skipped: ${skip}`);
  let t: TestStore;
  const dump = async (format: EventFormat, filter = {}): Promise<string[]> => {
    const lines: string[] = [];
    await writeEvents(t.store, filter, format, async (l) => void lines.push(l));
    return lines;
  };

  before(async () => {
    if (skip) return;
    t = await backend.open();
    const { putin, xi, prabowo, albanese } = ACTORS;
    const items: IngestItem[] = [
      makeRecord({ id: 'a1', url: 'https://news.example.org/1', published: '2024-05-16', text: 'Putin met Xi in Beijing, tab\there.',
        events: [meeting('e1', putin, xi, '2024-05-16', PLACES.beijing)] }),
      makeRecord({ id: 'a2', source: 'Kabar', lang: 'id', published: '2024-05-17', text: 'Putin bertemu Xi di Beijing.',
        events: [meeting('e1', putin, xi, '2024-05-16', PLACES.beijing)] }),
      makeRecord({ id: 'a3', source: 'Kabar', lang: 'id', published: '2024-11-05', text: 'Prabowo menelepon Albanese.',
        events: [meeting('e1', prabowo, albanese, '2024-11-04', null, { mode: 'phone' })] }),
      makeRecord({ id: 'a4', source: 'Monthly', text: 'Prabowo and Xi met in June.',
        events: [meeting('e1', prabowo, xi, '2024-06', null, { date_precision: 'month' })] }),
      makeRecord({ id: 'a5', source: 'Monthly', text: 'Albanese criticised Putin.',
        events: [meeting('e1', albanese, putin, '2024-01-01', null, { date: null, date_precision: null, date_basis: 'none', plover: 'ACCUSE', cameo: '112', cameo_root: '11', mode: null })] }),
    ];
    await ingestRecords(t.store, (async function* () { yield* items; })());
  });
  after(async () => t?.dispose());

  it('writes GDELT 2.0 Events rows that read back with the published columns', { skip }, async () => {
    const columns = publishedColumns('gdelt2_events_schema.csv');
    if (!columns) console.log('# ../shared/reference is absent: checking against data/export only');
    const expectedColumns = columns ?? localColumns('gdelt2-events-columns.txt');
    assert.equal(expectedColumns.length, 61);
    assert.deepEqual(localColumns('gdelt2-events-columns.txt'), expectedColumns);
    const rows = readTsv(await dump('gdelt'), expectedColumns);
    assert.equal(rows.length, 4);
    const summit = rows.find((r) => r.Actor2Code === 'CHNGOV')!;
    assert.equal(summit.SQLDATE, '20240516');
    assert.equal(summit.MonthYear, '202405');
    assert.equal(summit.Actor1Code, 'RUSGOV');
    assert.equal(summit.Actor1Name, 'VLADIMIR PUTIN');
    assert.equal(summit.Actor1CountryCode, 'RUS');
    assert.equal(summit.Actor1Type1Code, 'GOV');
    assert.equal(summit.EventCode, '040');
    assert.equal(summit.EventRootCode, '04');
    assert.equal(summit.NumArticles, '2');
    assert.equal(summit.NumSources, '2');
    assert.equal(summit.ActionGeo_CountryCode, 'CH', 'FIPS, not ISO');
    assert.equal(summit.ActionGeo_FullName, 'Beijing, China');
    assert.equal(summit.ActionGeo_Type, '4');
    assert.equal(summit.DATEADDED, '20240516000000');
    assert.equal(summit.SOURCEURL, 'https://news.example.org/1');
    assert.match(summit.GLOBALEVENTID!, /^\d+$/);
  });

  it('writes GDELT 2.0 Mentions rows, one per reporting article', { skip }, async () => {
    const columns = publishedColumns('gdelt2_mentions_schema.csv') ?? localColumns('gdelt2-mentions-columns.txt');
    assert.equal(columns.length, 16);
    const events = readTsv(await dump('gdelt'), publishedColumns('gdelt2_events_schema.csv') ?? localColumns('gdelt2-events-columns.txt'));
    const mentions = readTsv(await dump('gdelt-mentions'), columns);
    assert.equal(mentions.length, 5);
    const ids = new Set(events.map((e) => e.GLOBALEVENTID));
    for (const m of mentions) assert.ok(ids.has(m.GLOBALEVENTID), 'every mention names an exported event');
    const kabar = mentions.find((m) => m.MentionIdentifier === 'a2')!;
    assert.equal(kabar.MentionSourceName, 'kabar');
    assert.equal(kabar.MentionTimeDate, '20240517000000');
    assert.equal(kabar.Actor1CharOffset, '0');
  });

  it('writes CSV with a header and JSONL in the stored-event shape', { skip }, async () => {
    const csv = await dump('csv');
    assert.equal(csv[0], CSV_COLUMNS.join(','));
    assert.equal(csv.length, 5);
    const jsonl = (await dump('jsonl')).map((l) => JSON.parse(l));
    for (const e of jsonl) {
      assert.equal('main' in e, false);
      for (const key of ['id', 'plover', 'mode', 'cameo', 'cameo_root', 'quad', 'goldstein', 'source', 'target', 'participants', 'date',
        'date_precision', 'date_basis', 'location', 'evidence', 'confidence', 'articles', 'num_articles', 'num_sources', 'num_mentions']) {
        assert.ok(key in e, `stored event has "${key}"`);
      }
    }
  });

  it('filters by actor, country, dyad, type, dates and language', { skip }, async () => {
    const count = async (filter: object): Promise<number> => (await dump('jsonl', filter)).length;
    const table: Array<[object, number]> = [
      [{}, 4], [{ actor: 'vladimir-putin' }, 2], [{ actor: 'RUSGOV' }, 2], [{ actor: 'xi jinping' }, 2], [{ actor: 'nobody' }, 0],
      [{ country: 'IDN' }, 2], [{ country: 'CHN' }, 2], [{ dyad: 'RUS-CHN' }, 1], [{ dyad: 'CHN-RUS' }, 1], [{ dyad: 'RUS-IDN' }, 0],
      [{ type: 'CONSULT' }, 3], [{ type: '04' }, 3], [{ type: 'ACCUSE' }, 1], [{ from: '2024-06-01' }, 2], [{ to: '2024-05-16' }, 1],
      [{ from: '2024-05-17', to: '2024-11-03' }, 1], [{ from: '2024-06-15', to: '2024-06-20' }, 1], [{ from: '2024-07-01', to: '2024-10-31' }, 0],
      [{ lang: 'id' }, 2], [{ lang: 'en' }, 3], [{ lang: 'fr' }, 0], [{ lang: 'id', type: 'CONSULT', from: '2024-11-01' }, 1],
    ];
    for (const [filter, expected] of table) assert.equal(await count(filter), expected, JSON.stringify(filter));
  });
});
}
