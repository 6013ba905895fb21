import type { Store } from '../../src/store/open-store.js';
import { ingestRecords, type IngestItem } from '../../src/store/ingest-records.js';
import { ACTORS, PLACES, makeRecord, meeting } from '../store/make-record.js';

/** Text of a hostile article: markup that must reach the dashboard only as text. */
export const HOSTILE = 'Xi Jinping met <img src=x onerror="window.__owned=1"> Vladimir Putin in Beijing.';

/** Stores three reports of one Putin–Xi meeting (two outlets, one repost) and a Prabowo–Albanese meeting. */
export async function seedStore(store: Store): Promise<void> {
  const records = [
    makeRecord({
      id: 'wire-1', source: 'wire', lang: 'en', published: '2024-05-16', text: HOSTILE,
      events: [meeting('wire-1-e1', ACTORS.xi!, ACTORS.putin!, '2024-05-16', PLACES.beijing, { evidence: [{ sentence: HOSTILE, start: 0, end: HOSTILE.length }] })],
    }),
    makeRecord({
      id: 'koran-1', source: 'koran', lang: 'id', published: '2024-05-16', text: 'Presiden Xi bertemu Presiden Putin di Beijing pada Kamis.',
      events: [meeting('koran-1-e1', ACTORS.putin!, ACTORS.xi!, '2024-05-16', PLACES.beijing)],
    }),
    makeRecord({
      id: 'canberra-1', source: 'daily', lang: 'en', published: '2024-11-12', text: 'Prabowo Subianto held talks with Anthony Albanese in Jakarta.',
      events: [meeting('canberra-1-e1', ACTORS.prabowo!, ACTORS.albanese!, '2024-11-12', PLACES.jakarta)],
    }),
  ];
  async function* items(): AsyncGenerator<IngestItem> {
    yield* records;
  }
  await ingestRecords(store, items());
}
