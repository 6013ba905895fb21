import type { LanguagePack, PackRegistry } from '../../lang/pack.js';
import { DATE_FILES, type CuesFile, type NamesFile, type RelativeFile } from './date-files.js';
import { compileLexicon } from './lexicon.js';
import { phraseNorms } from './tokenize.js';

const UNITS = new Set(['day', 'week', 'month', 'year']);
const CUE_LISTS = ['dayPrefix', 'ordinals', 'of', 'rangeJoin', 'rangeOpen', 'rangeAnd', 'blockers', 'timeWords', 'meridiem', 'zones', 'dayParts', 'decadeSuffixes', 'background', 'reporting', 'relativizers', 'restatingDeterminers', 'restatingNouns', 'restatingAfter', 'restatingVerbs'];

/**
 * Validates the dates stage's pack files: all present together, each opening with a header comment,
 * months 1–12 and weekdays 1–7 complete, no name on two months or weekdays, ambiguous names listed,
 * shifts in −1…1, units known. Problems read `<pack>/<file>:<line>: <rule>: <entry>`.
 */
export function checkData(packs: PackRegistry): string[] {
  const problems: string[] = [];
  for (const code of packs.codes()) {
    const pack = packs.get(code)!;
    const present = DATE_FILES.filter((f) => pack.has(f));
    if (present.length === 0) continue;
    const say = (file: string, rule: string, entry: unknown) => problems.push(`${code}/${file}:${lineOf(pack, file, entry)}: ${rule}: ${String(entry)}`);
    for (const file of DATE_FILES) {
      if (!pack.has(file)) say(file, 'file missing (date files come together)', file);
      else if (!pack.text(file)!.startsWith('#')) say(file, 'no header comment (source, licence, date)', file);
    }
    try {
      checkNames(pack, 'months.yml', 12, say);
      checkNames(pack, 'weekdays.yml', 7, say);
      checkRelative(pack.yaml<RelativeFile>('relative-dates.yml') ?? {}, say);
      checkCues(pack.yaml<CuesFile>('date-cues.yml') ?? {}, say);
      const future = pack.yaml<{ future?: unknown }>('tense-cues.yml')?.future;
      if (!isWordList(future)) say('tense-cues.yml', 'future must be a list of words', 'future');
      compileLexicon(pack);
    } catch (error) {
      problems.push(`${code}: ${(error as Error).message}`);
    }
  }
  return problems;
}

type Say = (file: string, rule: string, entry: unknown) => void;

function checkNames(pack: LanguagePack, file: string, count: number, say: Say): void {
  const data = pack.yaml<NamesFile>(file) ?? {};
  const seen = new Map<string, string>();
  const all = new Set<string>();
  for (const group of ['names', 'short'] as const) {
    for (const [n, words] of Object.entries(data[group] ?? {})) {
      const num = Number(n);
      if (!Number.isInteger(num) || num < 1 || num > count) say(file, `${group} key must be 1–${count}`, n);
      if (!isWordList(words)) say(file, `${group} entry must be a list of words`, n);
      for (const w of words ?? []) {
        const key = phraseNorms(String(w)).join(' ');
        if (seen.has(key) && seen.get(key) !== n) say(file, 'name used for two different entries', w);
        seen.set(key, n);
        all.add(String(w).toLowerCase());
      }
    }
  }
  for (let n = 1; n <= count; n++) if (!data.names?.[String(n)]?.length) say(file, 'missing names', n);
  for (const w of data.ambiguous ?? []) if (!all.has(String(w).toLowerCase())) say(file, 'ambiguous name not listed in names or short', w);
}

function checkRelative(rel: RelativeFile, say: Say): void {
  const file = 'relative-dates.yml';
  for (const [w, n] of Object.entries(rel.days ?? {})) if (!Number.isInteger(n)) say(file, 'day offset must be an integer', w);
  for (const u of Object.keys(rel.units ?? {})) if (!UNITS.has(u)) say(file, 'unknown unit', u);
  for (const [w, v] of Object.entries(rel.counted ?? {})) {
    if (!Array.isArray(v) || !Number.isInteger(v[0]) || !UNITS.has(v[1])) say(file, 'counted must be [count, unit]', w);
  }
  for (const [w, n] of Object.entries(rel.numbers ?? {})) if (!Number.isInteger(n) || n < 1) say(file, 'number must be a positive integer', w);
  for (const side of ['before', 'after'] as const) {
    for (const [w, n] of Object.entries(rel[side] ?? {})) if (![-1, 0, 1].includes(n)) say(file, `${side} shift must be -1, 0 or 1`, w);
  }
  for (const [w, n] of Object.entries(rel.previousDays ?? {})) if (!Number.isInteger(n)) say(file, 'previous-day offset must be an integer', w);
  for (const list of ['ago', 'fromNow', 'parts', 'weekend', 'weekendCues', 'later', 'earlier'] as const) if (rel[list] !== undefined && !isWordList(rel[list])) say(file, `${list} must be a list of words`, list);
}

function checkCues(cues: CuesFile, say: Say): void {
  for (const group of ['before', 'heads'] as const) {
    for (const [k, v] of Object.entries(cues[group] ?? {})) if (!isWordList(v)) say('date-cues.yml', `${group}.${k} must be a list of words`, k);
  }
  for (const list of CUE_LISTS) if (cues[list] !== undefined && !isWordList(cues[list])) say('date-cues.yml', `${list} must be a list of words`, list);
}

function isWordList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((w) => (typeof w === 'string' || typeof w === 'number') && phraseNorms(String(w)).length > 0);
}

function lineOf(pack: LanguagePack, file: string, entry: unknown): number {
  const lines = (pack.text(file) ?? '').split('\n');
  const i = lines.findIndex((l) => !l.startsWith('#') && l.includes(String(entry)));
  return i + 1;
}
