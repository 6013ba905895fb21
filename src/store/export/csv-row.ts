import type { ActorRef } from '../../core/doc.js';
import type { StoredEvent } from '../stored-event.js';

/** Columns of the CSV export, in order (the header line). */
export const CSV_COLUMNS = [
  'id', 'date', 'date_precision', 'date_basis', 'plover', 'mode', 'cameo', 'cameo_root', 'quad', 'goldstein', 'modality',
  'source_id', 'source_name', 'source_country', 'source_code', 'target_id', 'target_name', 'target_country', 'target_code',
  'participants', 'location_name', 'location_country', 'lat', 'lon', 'num_articles', 'num_sources', 'num_mentions',
  'articles', 'confidence', 'topics', 'disagreements',
] as const;

/**
 * Flattens a stored event into CSV values (lists joined with `;`), in `CSV_COLUMNS` order.
 *
 * @example
 * csvLine(toCsvValues(event)) // 'ev-…,2024-05-16,day,explicit,CONSULT,in-person,040,…'
 */
export function toCsvValues(e: StoredEvent): string[] {
  const actor = (a: ActorRef | null): string[] => [a?.id ?? '', a?.name ?? '', a?.country ?? '', a?.code ?? ''];
  return [
    e.id, e.date ?? '', e.date_precision ?? '', e.date_basis, e.plover, e.mode ?? '', e.cameo, e.cameo_root, String(e.quad),
    String(e.goldstein), e.modality, ...actor(e.source), ...actor(e.target), e.participants.map((p) => p.id).join(';'),
    e.location?.name ?? '', e.location?.country ?? '', e.location?.lat == null ? '' : String(e.location.lat),
    e.location?.lon == null ? '' : String(e.location.lon), String(e.num_articles), String(e.num_sources), String(e.num_mentions),
    e.articles.map((a) => a.id).join(';'), String(e.confidence), e.topics.join(';'), e.disagreements.map((d) => d.field).join(';'),
  ];
}

/** Joins values into one RFC 4180 line: fields with commas, quotes or line breaks are quoted. */
export function csvLine(values: readonly string[]): string {
  return values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
}
