import type { Unit } from './lexicon.js';

/** Shapes of the pack files, as read (validated by check-data.ts). */
export interface NamesFile {
  capitalised?: boolean;
  bare?: boolean;
  betweenCommas?: boolean;
  names?: Record<string, string[]>;
  short?: Record<string, string[]>;
  ambiguous?: string[];
}
export interface RelativeFile {
  days?: Record<string, number>;
  units?: Partial<Record<Unit, string[]>>;
  counted?: Record<string, [number, Unit]>;
  numbers?: Record<string, number>;
  ago?: string[];
  fromNow?: string[];
  before?: Record<string, number>;
  after?: Record<string, number>;
  parts?: string[];
  weekend?: string[];
  weekendCues?: string[];
  later?: string[];
  earlier?: string[];
  previousDays?: Record<string, number>;
  stretches?: string[];
}
export interface CuesFile {
  before?: { month?: string[]; year?: string[]; weekday?: string[] };
  heads?: { day?: string[]; month?: string[]; year?: string[]; weekday?: string[] };
  [list: string]: unknown;
}

/** The pack files the dates stage reads. */
export const DATE_FILES = ['months.yml', 'weekdays.yml', 'relative-dates.yml', 'tense-cues.yml', 'date-cues.yml'] as const;
