import type { Event } from '../core/doc.js';
import { eventBlockKey } from '../cluster/event-key.js';
import type { ArticleRecord } from './article-record.js';
import { dateRange } from './date-range.js';
import type { ActorsTable, ArticleEventsTable, ArticlesTable, MentionsTable } from './schema.js';

/**
 * An extracted article as the rows the store writes, every JSON column already serialised. Built
 * where extraction ran (a worker thread): the thread that writes the store then only writes, and
 * posting flat rows and strings between threads costs a fraction of posting the result's object tree.
 */
export interface PreparedArticle {
  kind: 'prepared';
  id: string;
  contentHash: string;
  inputHash: string;
  origin: string | null;
  signature: string;
  bands: number[];
  /** The `articles` row, but for what only the store knows (cluster, run, time of writing). */
  article: Omit<ArticlesTable, 'cluster_id' | 'run_id' | 'ingested_at'>;
  mentions: MentionsTable[];
  /** Every actor the article names or its events involve, once each. */
  actors: ActorsTable[];
  events: ArticleEventsTable[];
}

/** Turns an ArticleRecord into the rows the store writes for it. */
export function prepareArticle(record: ArticleRecord): PreparedArticle {
  const r = record.result;
  const id = r.id;
  const refs = new Map<string, ActorsTable>();
  for (const a of r.actors) refs.set(a.id, { id: a.id, name: a.name, kind: a.kind, country: a.country, code: a.code });
  for (const e of r.events) for (const ref of eventRefs(e)) if (!refs.has(ref.id)) refs.set(ref.id, ref);
  return {
    kind: 'prepared', id, contentHash: record.contentHash, inputHash: record.inputHash, origin: record.origin,
    signature: record.signature, bands: record.bands,
    article: {
      id, input_hash: record.inputHash, content_hash: record.contentHash,
      source_path: r.source_path, origin: record.origin, url: record.url, source: record.source, outlet: record.outlet,
      lang: r.lang, published: r.published, title: r.title, raw: record.raw, text: record.text,
      diagnostics: JSON.stringify(r.diagnostics), result: JSON.stringify(r), signature: record.signature,
    },
    mentions: r.actors.flatMap((a) => a.mentions.map((m) => ({
      article_id: id, actor_id: a.id, start: m.start, end: m.end, text: m.text, resolution: m.resolution,
    }))),
    actors: [...refs.values()],
    events: r.events.map((event) => {
      const range = dateRange(event.date);
      return {
        article_id: id, event_id: event.id, block: eventBlockKey(event, id), main: event.main ? 1 : 0,
        date_start: range?.start ?? null, date_end: range?.end ?? null,
        data: JSON.stringify({ ...event, sentence_id: record.sentenceIds[event.id] ?? 1 }),
      };
    }),
  };
}

function eventRefs(e: Event): ActorsTable[] {
  const out = [...e.participants];
  if (e.source) out.push(e.source);
  if (e.target) out.push(e.target);
  return out.map((x) => ({ id: x.id, name: x.name, kind: x.kind, country: x.country, code: x.code }));
}
