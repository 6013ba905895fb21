import type { LanguagePack } from '../../lang/pack.js';
import { DATE_FILES, type CuesFile, type NamesFile, type RelativeFile } from './date-files.js';
import { buildSet, buildTable, keyShapes, type PhraseTable } from './phrase-table.js';

export { keyShapes, maybeKey } from './phrase-table.js';

/** Calendar units of relative dates. */
export type Unit = 'day' | 'week' | 'month' | 'year';

/** A month or weekday name as the lexicon knows it. */
export interface NameEntry {
  /** Month 1–12 or ISO weekday 1–7. */
  n: number;
  /** An abbreviation: a date only beside a day number, year or calendar date. */
  short: boolean;
  /** Also a common word or name: needs a capital and must not follow another capitalised name. */
  ambiguous: boolean;
}

/** Everything the dates stage knows about one language, compiled from its pack files once. */
export interface DateLexicon {
  numericOrder: 'dmy' | 'mdy';
  /** Writers of this language never use the other day/month order, so `9/11` is not worth a diagnostic. */
  numericOrderCertain: boolean;
  months: PhraseTable<NameEntry>;
  monthsCapitalised: boolean;
  weekdays: PhraseTable<NameEntry>;
  weekdaysCapitalised: boolean;
  bareWeekday: boolean;
  weekdayBetweenCommas: boolean;
  relDays: PhraseTable<number>;
  units: PhraseTable<Unit>;
  counted: PhraseTable<[number, Unit]>;
  numbers: PhraseTable<number>;
  ago: PhraseTable<true>;
  fromNow: PhraseTable<true>;
  shiftBefore: PhraseTable<number>;
  shiftAfter: PhraseTable<number>;
  parts: PhraseTable<true>;
  weekend: PhraseTable<true>;
  weekendCues: PhraseTable<true>;
  /** After "<count> <unit>": count from the date told before (`a day later` → 1, `two weeks earlier` → -1). */
  towardPrevious: PhraseTable<number>;
  /** Days named from the date told before (`the next day`, `keesokan harinya`). */
  previousDays: PhraseTable<number>;
  /** Unit words, or words before a unit, that make it a stretch of several (`the coming days`, `beberapa hari mendatang`), lower-case. */
  stretches: Set<string>;
  future: PhraseTable<true>;
  cueMonth: PhraseTable<true>;
  cueYear: PhraseTable<true>;
  cueWeekday: PhraseTable<true>;
  headDay: PhraseTable<true>;
  headMonth: PhraseTable<true>;
  headYear: PhraseTable<true>;
  headWeekday: PhraseTable<true>;
  dayPrefix: PhraseTable<true>;
  /** Phrases before a date that make it a deadline, which looks ahead ("had until Saturday"), lower-case. */
  deadline: string[];
  ordinals: Set<string>;
  of: PhraseTable<true>;
  rangeJoin: PhraseTable<true>;
  rangeOpen: PhraseTable<true>;
  rangeAnd: PhraseTable<true>;
  blockers: Set<string>;
  timeWords: PhraseTable<true>;
  meridiem: PhraseTable<true>;
  zones: PhraseTable<true>;
  dayParts: PhraseTable<true>;
  decadeSuffixes: PhraseTable<true>;
  /** Cues of a background clause (`since`, `previously`, `had met`, `sejak`, `sebelumnya`). */
  background: PhraseTable<true>;
  /** Verbs of saying whose date dates the report (`said`, `kata`). */
  reporting: PhraseTable<true>;
  /** Words opening a relative clause after a comma (`who`, `yang`), lower-case: a date inside one dates only that clause. */
  relativizers: Set<string>;
  /** A sentence referring back to an event opens with a determiner and a noun (`The remarks`), or a noun and a demonstrative (`Ancaman itu`). */
  restatingDeterminers: Set<string>;
  restatingNouns: PhraseTable<true>;
  restatingAfter: Set<string>;
  /** Verbs of taking place right after a restating noun, with no demonstrative ("Pemanggilan dilakukan …"). */
  restatingVerbs: Set<string>;
  /** First-token norms that can start or anchor a date (the prefilter's word set). */
  anchors: Set<string>;
  /** Anchors that are also common words (`tahun`, `year`, `hari`): they count only beside a `context` word. */
  weakAnchors: Set<string>;
  /** Words that make a weak anchor worth parsing: shifts, counts, `ago`/`lalu`, parts, second words of phrases. */
  context: Set<string>;
  /** Strong (1) and weak (2) anchors in one map: one lookup a token in the prefilter. */
  anchorKind: Map<string, 1 | 2>;
  /** The lengths of the anchors by first character (see {@link maybeKey}): most words need no lookup at all. */
  anchorShapes: Uint32Array;
}

/** Compiles a pack's date files into lookup tables; returns null when the pack has none of them. */
export function compileLexicon(pack: LanguagePack): DateLexicon | null {
  if (!DATE_FILES.some((f) => pack.has(f))) return null;
  const months = pack.yaml<NamesFile>('months.yml') ?? {};
  const weekdays = pack.yaml<NamesFile>('weekdays.yml') ?? {};
  const rel = pack.yaml<RelativeFile>('relative-dates.yml') ?? {};
  const tense = pack.yaml<{ future?: string[] }>('tense-cues.yml') ?? {};
  const cues = pack.yaml<CuesFile>('date-cues.yml') ?? {};
  const list = (key: string): string[] => (Array.isArray(cues[key]) ? (cues[key] as unknown[]).map(String) : []);
  const lex: DateLexicon = {
    numericOrder: pack.meta.numericDateOrder ?? 'dmy',
    numericOrderCertain: cues.numericOrderCertain === true,
    months: names(months),
    monthsCapitalised: months.capitalised ?? false,
    weekdays: names(weekdays),
    weekdaysCapitalised: weekdays.capitalised ?? false,
    bareWeekday: weekdays.bare ?? false,
    weekdayBetweenCommas: weekdays.betweenCommas ?? false,
    relDays: buildTable(Object.entries(rel.days ?? {})),
    units: buildTable(Object.entries(rel.units ?? {}).flatMap(([u, ws]) => (ws ?? []).map((w) => [w, u as Unit] as const))),
    counted: buildTable(Object.entries(rel.counted ?? {})),
    numbers: buildTable(Object.entries(rel.numbers ?? {})),
    ago: buildSet(rel.ago ?? []),
    fromNow: buildSet(rel.fromNow ?? []),
    shiftBefore: buildTable(Object.entries(rel.before ?? {})),
    shiftAfter: buildTable(Object.entries(rel.after ?? {})),
    parts: buildSet(rel.parts ?? []),
    weekend: buildSet(rel.weekend ?? []),
    weekendCues: buildSet(rel.weekendCues ?? []),
    towardPrevious: buildTable([...(rel.later ?? []).map((w) => [w, 1] as const), ...(rel.earlier ?? []).map((w) => [w, -1] as const)]),
    previousDays: buildTable(Object.entries(rel.previousDays ?? {})),
    stretches: new Set((rel.stretches ?? []).map((w) => String(w).toLowerCase())),
    future: buildSet(tense.future ?? []),
    cueMonth: buildSet([...(cues.before?.month ?? []), ...(cues.heads?.month ?? [])]),
    cueYear: buildSet([...(cues.before?.year ?? []), ...(cues.heads?.year ?? [])]),
    cueWeekday: buildSet([...(cues.before?.weekday ?? []), ...(cues.heads?.weekday ?? [])]),
    headDay: buildSet(cues.heads?.day ?? []),
    headMonth: buildSet(cues.heads?.month ?? []),
    headYear: buildSet(cues.heads?.year ?? []),
    headWeekday: buildSet(cues.heads?.weekday ?? []),
    dayPrefix: buildSet(list('dayPrefix')),
    deadline: list('deadline').map((p) => `${p.toLowerCase()} `),
    ordinals: new Set(list('ordinals')),
    of: buildSet(list('of')),
    rangeJoin: buildSet(list('rangeJoin')),
    rangeOpen: buildSet(list('rangeOpen')),
    rangeAnd: buildSet(list('rangeAnd')),
    blockers: new Set(list('blockers').map((w) => w.toLowerCase())),
    timeWords: buildSet(list('timeWords')),
    meridiem: buildSet(list('meridiem')),
    zones: buildSet(list('zones')),
    dayParts: buildSet(list('dayParts')),
    decadeSuffixes: buildSet(list('decadeSuffixes')),
    background: buildSet(list('background')),
    reporting: buildSet(list('reporting')),
    relativizers: new Set(list('relativizers').map((w) => w.toLowerCase())),
    restatingDeterminers: new Set(list('restatingDeterminers').map((w) => w.toLowerCase())),
    restatingNouns: buildSet(list('restatingNouns')),
    restatingAfter: new Set(list('restatingAfter').map((w) => w.toLowerCase())),
    restatingVerbs: new Set(list('restatingVerbs').map((w) => w.toLowerCase())),
    anchors: new Set(),
    weakAnchors: new Set(),
    anchorKind: new Map(),
    anchorShapes: new Uint32Array(128),
    context: new Set(),
  };
  // Strong anchors: words that are (almost) always part of a date. Heads such as "bulan" need no anchor of
  // their own: the month, year or weekday they head is one, and the window reaches back to the head.
  for (const table of [lex.months, lex.weekdays, lex.counted, lex.headDay]) addAnchors(lex.anchors, table);
  // The weekend's own word ("weekend"); a phrase such as "akhir pekan" is reached through its unit.
  for (const [first, entries] of lex.weekend) if (entries.some((e) => e.norms.length === 1)) lex.anchors.add(first);
  for (const [first, entries] of lex.relDays) {
    if (entries.some((e) => e.norms.length === 1)) addAnchors(lex.anchors, new Map([[first, entries]]));
    else addAnchors(lex.weakAnchors, new Map([[first, entries]])); // "hari ini", "day before yesterday"
  }
  addAnchors(lex.weakAnchors, lex.units);
  // "keesokan harinya" opens with a word of its own; "the next day" is reached through its unit ("day"),
  // which its other words make worth parsing, as "later" does for "a day later".
  for (const [first, entries] of lex.previousDays) {
    for (const e of entries) {
      if (e.norms.some((n) => lex.units.has(n))) for (const n of e.norms.slice(1)) lex.context.add(n);
      else lex.anchors.add(first);
    }
  }
  for (const [first, entries] of lex.towardPrevious) for (const e of entries) lex.context.add(e.norms.length > 1 ? e.norms[e.norms.length - 1]! : first);
  for (const table of [lex.shiftAfter, lex.shiftBefore, lex.ago, lex.fromNow, lex.numbers, lex.parts] as PhraseTable<unknown>[]) {
    for (const [first, entries] of table) for (const e of entries) lex.context.add(e.norms.length > 1 ? e.norms[e.norms.length - 1]! : first);
  }
  for (const entries of lex.relDays.values()) for (const e of entries) if (e.norms.length > 1) lex.context.add(e.norms[1]!);
  for (const w of lex.weakAnchors) lex.anchorKind.set(w, 2);
  for (const w of lex.anchors) lex.anchorKind.set(w, 1);
  lex.anchorShapes = keyShapes(lex.anchorKind.keys());
  return lex;
}

/** Adds a table's first tokens (and, joined, whole phrases such as "jum'at") to an anchor set. */
function addAnchors(set: Set<string>, table: ReadonlyMap<string, ReadonlyArray<{ norms: string[] }>>): void {
  for (const [first, entries] of table) {
    set.add(first);
    for (const e of entries) set.add(e.norms.join(''));
  }
}

function names(file: NamesFile): PhraseTable<NameEntry> {
  const ambiguous = new Set((file.ambiguous ?? []).map((w) => w.toLowerCase()));
  const entries: Array<readonly [string, NameEntry]> = [];
  for (const [short, group] of [[false, file.names], [true, file.short]] as const) {
    for (const [n, words] of Object.entries(group ?? {})) {
      for (const w of words) entries.push([w, { n: Number(n), short, ambiguous: ambiguous.has(w.toLowerCase()) }]);
    }
  }
  return buildTable(entries);
}
