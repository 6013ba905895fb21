import type { Event } from '../core/doc.js';
import type { GoldType } from './gold.js';

/**
 * The gold type family of a system event: CONSULT splits by mode into MEET, VISIT and CALL;
 * SUPPORT is PRAISE except signings (AGREE) and apologies and forgiveness (055, 056: OTHER, no praise of
 * anyone); ACCUSE and REJECT are CRITICIZE; CAMEO 036
 * (intent to meet: invitations and their acceptance) is INVITE; CAMEO 01 is STATEMENT.
 * @example eventFamily({ plover: 'CONSULT', mode: 'video', cameo: '040' }) // 'CALL'
 */
export function eventFamily(event: Pick<Event, 'plover' | 'mode' | 'cameo'>): GoldType {
  switch (event.plover) {
    case 'CONSULT':
      if (event.mode === 'phone' || event.mode === 'video') return 'CALL';
      if (event.mode === 'visit' || event.mode === 'host') return 'VISIT';
      return 'MEET';
    case 'SUPPORT':
      if (event.cameo.startsWith('057')) return 'AGREE';
      return event.cameo.startsWith('055') || event.cameo.startsWith('056') ? 'OTHER' : 'PRAISE';
    case 'AGREE':
      return event.cameo.startsWith('036') ? 'INVITE' : 'AGREE';
    case 'ACCUSE':
    case 'REJECT':
      return 'CRITICIZE';
    case 'THREATEN':
      return 'THREATEN';
    case 'AID':
      return 'AID';
    case 'STATEMENT':
      return 'STATEMENT';
    default:
      return 'OTHER';
  }
}

/**
 * Whether a system event's type family is the gold's or one of its `alt_types`. A hosting (mode `host`) is both the
 * guest's visit and the two sides' meeting: it answers a gold VISIT and a gold MEET alike.
 */
export function typeAgrees(gold: { type: GoldType; alt_types?: GoldType[] | undefined }, event: Pick<Event, 'plover' | 'mode' | 'cameo'>): boolean {
  const family = eventFamily(event);
  const accepts = (t: GoldType) => t === gold.type || (gold.alt_types ?? []).includes(t);
  return accepts(family) || (event.plover === 'CONSULT' && event.mode === 'host' && accepts('MEET'));
}
