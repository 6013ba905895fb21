import type { ActorRef } from '../../src/core/doc.js';
import type { ArticleRecord } from '../../src/store/article-record.js';
import { ACTORS, PLACES, makeRecord, meeting } from './make-record.js';

const PEOPLE: ActorRef[] = Object.values(ACTORS);
const PLACE_LIST = Object.values(PLACES);

/**
 * The i-th article of a deterministic synthetic corpus: meetings between pairs of known leaders on
 * dates spread over a year, reported by several outlets (every 5th article repeats an earlier one's
 * occurrence from another outlet, every 7th is a syndicated copy of the one before).
 */
export function syntheticRecord(i: number): ArticleRecord {
  const story = i % 5 === 4 ? i - 3 : i;
  const a = PEOPLE[story % PEOPLE.length]!;
  const b = PEOPLE[(story * 7 + 1) % PEOPLE.length === story % PEOPLE.length ? (story + 1) % PEOPLE.length : (story * 7 + 1) % PEOPLE.length]!;
  const day = new Date(Date.UTC(2024, 0, 1) + (story % 360) * 86_400_000).toISOString().slice(0, 10);
  const place = PLACE_LIST[story % PLACE_LIST.length]!;
  const copyOf = i % 7 === 6 ? i - 1 : i;
  const text = `Report ${copyOf}: ${a.name} and ${b.name} held talks in ${place.name} on ${day} about trade, energy and security ties between their countries, officials said in statement number ${copyOf}.`;
  return makeRecord({
    id: `syn-${String(i).padStart(6, '0')}`, source: `outlet-${i % 11}`, published: day, text,
    events: [meeting('e1', a, b, day, place, { mode: i % 3 === 0 ? 'phone' : 'in-person' })],
  });
}
