import type { Kysely } from 'kysely';
import type { StoreSchema } from '../schema.js';
import type { EventRow } from '../query-events.js';
import type { GdeltData } from './gdelt-data.js';
import { dateAdded, gdeltEventId } from './gdelt-events.js';

/**
 * Turns a stored event into GDELT 2.0 Mentions rows: one per reporting article, 16 values each in
 * the published column order, with the sentence and character offsets where the article reports it.
 */
export async function toGdeltMentionRows(db: Kysely<StoreSchema>, row: EventRow, gdelt: GdeltData): Promise<string[][]> {
  const out: string[][] = [];
  const added = dateAdded(row);
  for (const a of row.articles) {
    const link = await db.selectFrom('article_events').innerJoin('articles', 'articles.id', 'article_events.article_id')
      .select(['article_events.data', 'articles.text'])
      .where('article_events.article_id', '=', a.id).where('article_events.event_id', '=', a.articleEventId)
      .executeTakeFirst();
    if (!link) continue;
    const event = JSON.parse(link.data) as { source: { id: string } | null; target: { id: string } | null; evidence: Array<{ start: number }>; confidence: number; sentence_id?: number };
    const v: Record<string, string> = {
      GLOBALEVENTID: String(gdeltEventId(row.event.id)),
      EventTimeDate: added,
      MentionTimeDate: a.published ? `${a.published.replace(/-/g, '')}000000` : added,
      MentionType: a.url ? '1' : '2',
      MentionSourceName: a.outlet ?? '',
      MentionIdentifier: a.url ?? a.sourcePath ?? a.id,
      SentenceID: String(event.sentence_id ?? 1),
      Actor1CharOffset: String(await firstMention(db, a.id, event.source?.id)),
      Actor2CharOffset: String(await firstMention(db, a.id, event.target?.id)),
      ActionCharOffset: String(event.evidence[0]?.start ?? -1),
      InRawText: '1',
      Confidence: String(Math.max(10, Math.min(100, Math.round(event.confidence * 100)))),
      MentionDocLen: String(link.text.length),
    };
    out.push(gdelt.mentionColumns.map((c) => (v[c] ?? '').replace(/[\t\r\n]+/g, ' ')));
  }
  return out;
}

async function firstMention(db: Kysely<StoreSchema>, articleId: string, actorId: string | undefined): Promise<number> {
  if (!actorId) return -1;
  const row = await db.selectFrom('mentions').select((eb) => eb.fn.min('start').as('start'))
    .where('article_id', '=', articleId).where('actor_id', '=', actorId).executeTakeFirst();
  return row?.start === null || row?.start === undefined ? -1 : Number(row.start);
}
