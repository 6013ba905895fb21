import type { ActorRef, Event } from '../core/doc.js';

/**
 * The block an event can merge within: same modality, same PLOVER type (the type family) and
 * the same participant set; canonical actor ids make the key the same in every language.
 * Events with no actor at all never merge: their key names the article.
 *
 * @example
 * eventBlockKey({ plover: 'CONSULT', modality: 'actual', participants: [putin, xi], … }, 'a1')
 * // 'actual|CONSULT|vladimir-putin+xi-jinping'
 */
export function eventBlockKey(event: Event, articleId: string): string {
  const ids = coreParticipants(event).map((a) => a.id);
  const type = event.plover || `cameo-${event.cameo_root}`;
  const modality = event.modality ?? 'actual';
  if (ids.length === 0) return `${modality}|${type}|solo:${articleId}:${event.id}`;
  return `${modality}|${type}|${[...new Set(ids)].sort().join('+')}`;
}

/**
 * The participants that identify an occurrence: every participant; source and target only when
 * the event lists no participants. (A misread side, "Putin → Russia" in a Putin–Xi call, must not
 * split one call into two.)
 */
export function coreParticipants(event: Event): ActorRef[] {
  if (event.participants && event.participants.length > 0) return event.participants;
  const out: ActorRef[] = [];
  if (event.source) out.push(event.source);
  if (event.target) out.push(event.target);
  return out;
}

/**
 * Dates agree when, at the coarser of the two precisions, they are the same, or, both being
 * days, they are at most one day apart (a late-night meeting reported the next morning).
 * A missing date agrees only with another missing date, so it never bridges two occurrences.
 *
 * @example
 * datesAgree('2024-05-16', '2024-05-17') // true
 * datesAgree('2024-05', '2024-05-30')    // true
 * datesAgree('2024-05-16', '2024-05-19') // false
 */
export function datesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const len = Math.min(a.length, b.length);
  if (a.slice(0, len) === b.slice(0, len)) return true;
  if (a.length === 10 && b.length === 10) return Math.abs(dayNumber(a) - dayNumber(b)) <= 1;
  return false;
}

/**
 * Places are compatible when either is unknown or both lie in the same country (a city and
 * its country, or two readings of one venue). Different countries never merge.
 */
export function placesAgree(a: Event['location'], b: Event['location']): boolean {
  if (!a || !b) return true;
  if (a.country && b.country) return a.country === b.country;
  // A place whose country is unknown ("the summit venue") cannot contradict the other.
  return true;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` string. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}
