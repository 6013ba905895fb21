import type { Event } from '../core/doc.js';
import { eventFamily, typeAgrees } from './event-family.js';
import type { GoldEvent } from './gold.js';

/** Options of `matchesGold`. */
export interface MatchOptions {
  /** Check the date (default true). */
  date?: boolean;
}

/**
 * The contract's rule: a gold event is found by a system event with the same type family (or an
 * `alt_types` one; a hosting answers a meeting too), the same set of countries, every named participant among its participants, and
 * a date that agrees at the gold's precision (dates from outside the text are not scored).
 */
export function matchesGold(gold: GoldEvent, event: Event, options: MatchOptions = {}): boolean {
  if (!typeAgrees(gold, event)) return false;
  const countries = new Set(event.participants.map((p) => p.country).filter((c): c is string => c !== null));
  if (countries.size !== new Set(gold.countries).size || !gold.countries.every((c) => countries.has(c))) return false;
  const names = event.participants.map((p) => normaliseName(p.name));
  if (!gold.participants.every((g) => names.some((n) => sameName(n, normaliseName(g))))) return false;
  return options.date === false || datesAgree(gold, event);
}

/**
 * Why a system event is not the gold event, in words ("type CRITICIZE, not MEET", "misses Li Qiang"), or
 * null when it matches: what `readout eval --details` prints for a missed headline.
 */
export function mismatch(gold: GoldEvent, event: Event): string | null {
  if (!typeAgrees(gold, event)) return `type ${eventFamily(event)}, not ${gold.type}`;
  const countries = [...new Set(event.participants.map((p) => p.country).filter((c): c is string => c !== null))].sort();
  const wanted = [...new Set(gold.countries)].sort();
  if (countries.join() !== wanted.join()) return `countries ${countries.join('+') || 'none'}, not ${wanted.join('+') || 'none'}`;
  const names = event.participants.map((p) => normaliseName(p.name));
  const absent = gold.participants.filter((g) => !names.some((n) => sameName(n, normaliseName(g))));
  if (absent.length > 0) return `misses ${absent.join(', ')}`;
  if (!datesAgree(gold, event)) return `date ${event.date ?? 'none'}, not ${gold.date}`;
  return null;
}

/** True when the gold date is not scored, or the system date agrees at the gold's precision. */
export function datesAgree(gold: GoldEvent, event: Pick<Event, 'date'>): boolean {
  if (!dateScored(gold)) return true;
  return event.date !== null && event.date.length >= gold.date!.length && event.date.startsWith(gold.date!);
}

/** A gold date is scored unless absent or from outside the text. */
export function dateScored(gold: GoldEvent): boolean {
  return gold.date !== null && gold.date_basis !== 'outside';
}

/** The system location agrees with the gold's `City, ISO3`. */
export function placeAgrees(gold: GoldEvent, event: Pick<Event, 'location'>): boolean {
  if (gold.location === null) return event.location === null;
  if (!event.location) return false;
  const [city, country] = gold.location.split(',').map((s) => s.trim());
  return normaliseName(event.location.name) === normaliseName(city ?? '') && (country === undefined || event.location.country === country);
}

/** Latin letters with a stroke or ligature that NFD leaves whole: "Radosław" is written "Radoslaw" too. */
const UNSPLIT: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

function normaliseName(name: string): string {
  // "el-Sisi" = "al-Sisi": one Arabic article, two transliterations
  return name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[łøđħıßæœþ]/g, (c) => UNSPLIT[c]!).replace(/\bel-/g, 'al-').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * "xi jinping" = "xi jinping"; "li qiang" also matches "premier li qiang" (whole words), and "khawaja asif" matches
 * "khawaja muhammad asif": a middle name left out, the first and last words kept.
 */
function sameName(system: string, gold: string): boolean {
  return system === gold || ` ${system} `.includes(` ${gold} `) || ` ${gold} `.includes(` ${system} `) || middleOmitted(system, gold) || middleOmitted(gold, system);
}

/** `short`'s words, first and last the same as `long`'s, are `long`'s in order with middle words left out. */
function middleOmitted(short: string, long: string): boolean {
  const a = short.split(' ');
  const b = long.split(' ');
  if (a.length < 2 || a.length >= b.length || a[0] !== b[0] || a.at(-1) !== b.at(-1)) return false;
  let j = 1;
  for (let i = 1; i < a.length - 1; i++) {
    while (j < b.length - 1 && b[j] !== a[i]) j++;
    if (j >= b.length - 1) return false;
    j++;
  }
  return true;
}
