import { createHash } from 'node:crypto';
import type { ActorRef, Event } from '../../src/core/doc.js';
import { encodeSignature, lshBands } from '../../src/cluster/lsh.js';
import { minhash } from '../../src/cluster/minhash.js';
import { outletOf } from '../../src/cluster/outlet.js';
import type { ArticleRecord } from '../../src/store/article-record.js';

/** Actors used across store tests. */
export const ACTORS: Record<string, ActorRef> = {
  putin: { id: 'vladimir-putin', name: 'Vladimir Putin', kind: 'person', country: 'RUS', code: 'RUSGOV' },
  xi: { id: 'xi-jinping', name: 'Xi Jinping', kind: 'person', country: 'CHN', code: 'CHNGOV' },
  prabowo: { id: 'prabowo-subianto', name: 'Prabowo Subianto', kind: 'person', country: 'IDN', code: 'IDNGOV' },
  albanese: { id: 'anthony-albanese', name: 'Anthony Albanese', kind: 'person', country: 'AUS', code: 'AUSGOV' },
  lavrov: { id: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', country: 'RUS', code: 'RUSGOV' },
};

/** Places used across store tests. */
export const PLACES = {
  beijing: { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 },
  shanghai: { name: 'Shanghai', country: 'CHN', lat: 31.2, lon: 121.5 },
  jakarta: { name: 'Jakarta', country: 'IDN', lat: -6.2, lon: 106.8 },
  moscow: { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 },
};

/** Builds an article event with sensible defaults for tests. */
export function makeEvent(over: Partial<Event> & { id: string }): Event {
  return {
    main: true, plover: 'CONSULT', mode: 'in-person', cameo: '040', cameo_root: '04', quad: 1, goldstein: 1,
    source: null, target: null, participants: [], date: null, date_precision: null, date_basis: 'none',
    location: null, evidence: [{ sentence: 'They met.', start: 0, end: 9 }], confidence: 0.8, modality: 'actual', topics: [],
    ...over,
  };
}

/** A meeting between two actors on a day, at a place. */
export function meeting(id: string, a: ActorRef, b: ActorRef, date: string, place: Event['location'] = null, over: Partial<Event> = {}): Event {
  return makeEvent({ id, source: a, target: b, participants: [a, b], date, date_precision: 'day', date_basis: 'explicit', location: place, ...over });
}

/** Builds an ArticleRecord by hand, as a worker would after extraction. */
export function makeRecord(spec: { id: string; origin?: string; text: string; title?: string; source?: string; url?: string; lang?: string; published?: string; events?: Event[] }): ArticleRecord {
  const events = spec.events ?? [];
  const actors = new Map<string, ActorRef>();
  for (const e of events) for (const a of [e.source, e.target, ...e.participants]) if (a) actors.set(a.id, a);
  const text = spec.title ? `${spec.title}\n\n${spec.text}` : spec.text;
  const result = {
    id: spec.id, source_path: null, lang: spec.lang ?? 'en', published: spec.published ?? null, title: spec.title ?? null,
    diagnostics: [], quotes: [], events,
    actors: [...actors.values()].map((a) => {
      const at = text.indexOf(a.name.split(' ').pop()!);
      return { ...a, role: null, mentions: at >= 0 ? [{ start: at, end: at + a.name.split(' ').pop()!.length, text: a.name.split(' ').pop()!, resolution: 'name' }] : [] };
    }),
  };
  const signature = minhash(spec.text);
  return {
    kind: 'article', inputHash: createHash('sha1').update(JSON.stringify(spec)).digest('hex'),
    contentHash: createHash('sha1').update(JSON.stringify(result)).update(text).digest('hex'),
    result, raw: text, text, url: spec.url ?? null, source: spec.source ?? null,
    outlet: outletOf({ source: spec.source ?? null, url: spec.url ?? null }), origin: spec.origin ?? null,
    signature: encodeSignature(signature), bands: lshBands(signature), sentenceIds: {},
  };
}
