import { readFileSync } from 'node:fs';
import { ReadoutError } from '../core/errors.js';

/** Event types of the gold format. */
export const GOLD_TYPES = ['MEET', 'VISIT', 'CALL', 'STATEMENT', 'PRAISE', 'CRITICIZE', 'AGREE', 'INVITE', 'THREATEN', 'AID', 'OTHER'] as const;

/** A gold type (`AGREE/SIGN` is read as `AGREE`). */
export type GoldType = (typeof GOLD_TYPES)[number];

/** One annotated event (the contract's GoldEvent). */
export interface GoldEvent {
  type: GoldType;
  participants: string[];
  countries: string[];
  date: string | null;
  location: string | null;
  format: string | null;
  alt_types?: GoldType[];
  date_basis?: string | null;
  modality?: string | null;
  source?: string[];
  target?: string[];
}

/** One gold line: an article's headline event and its other events. */
export interface GoldArticle {
  id: string;
  lang: string;
  published?: string;
  main_event: GoldEvent;
  other_events: GoldEvent[];
}

/** Reads a gold JSON Lines file; a bad line is a usage error naming the line. */
export function readGold(path: string): GoldArticle[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ReadoutError(`Cannot read gold file "${path}": ${(error as Error).message}`, 2);
  }
  const out: GoldArticle[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(parseGoldLine(JSON.parse(line) as Record<string, unknown>));
    } catch (error) {
      throw new ReadoutError(`Cannot read gold file "${path}": line ${i + 1}: ${(error as Error).message}`, 2);
    }
  });
  return out;
}

/** Validates one parsed gold line. */
export function parseGoldLine(raw: Record<string, unknown>): GoldArticle {
  if (typeof raw.id !== 'string' || raw.id === '') throw new Error('"id" must be a non-empty string');
  if (typeof raw.lang !== 'string') throw new Error('"lang" must be a string');
  if (typeof raw.main_event !== 'object' || raw.main_event === null) throw new Error('"main_event" is missing');
  const article: GoldArticle = {
    id: raw.id, lang: raw.lang,
    main_event: parseGoldEvent(raw.main_event as Record<string, unknown>),
    other_events: Array.isArray(raw.other_events) ? raw.other_events.map((e) => parseGoldEvent(e as Record<string, unknown>)) : [],
  };
  if (typeof raw.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.published)) article.published = raw.published;
  return article;
}

function parseGoldEvent(raw: Record<string, unknown>): GoldEvent {
  const type = normaliseType(raw.type);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const event: GoldEvent = {
    type,
    participants: strings(raw.participants),
    countries: strings(raw.countries),
    date: typeof raw.date === 'string' ? raw.date : null,
    location: typeof raw.location === 'string' ? raw.location : null,
    format: typeof raw.format === 'string' ? raw.format : null,
  };
  if (Array.isArray(raw.alt_types)) event.alt_types = raw.alt_types.map(normaliseType);
  if (raw.date_basis !== undefined) event.date_basis = typeof raw.date_basis === 'string' ? raw.date_basis : null;
  if (typeof raw.modality === 'string') event.modality = raw.modality;
  if (raw.source !== undefined) event.source = strings(raw.source);
  if (raw.target !== undefined) event.target = strings(raw.target);
  return event;
}

function normaliseType(value: unknown): GoldType {
  const t = String(value ?? '').toUpperCase().split('/')[0]!;
  if (!(GOLD_TYPES as readonly string[]).includes(t)) throw new Error(`unknown event type "${String(value)}"`);
  return t as GoldType;
}
