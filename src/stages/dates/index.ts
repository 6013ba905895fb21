import { addDiagnostic } from '../../core/diagnostic.js';
import type { DateMention, Doc } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';
import { loadPacks } from '../../lang/pack.js';
import { parseIsoDay, type DayNum } from './calendar.js';
import { futureSentenceMemo } from './clause-tense.js';
import { markDateContext } from './date-context.js';
import { dateInputOf, type DateInput } from './date-input.js';
import { compileLexicon, type DateLexicon } from './lexicon.js';
import { findWindows } from './steps/01-find-windows.js';
import { matchExpressions } from './steps/02-match-expressions.js';
import { resolveMatches, resolveToldBefore, type ResolveNotes } from './steps/03-resolve-dates.js';
import { fromTokenLayer, tokenizeRange } from './tokenize.js';

/** Options of the dates stage. */
export interface DatesOptions {}

/**
 * Creates the dates stage: finds temporal expressions (`20 March 2023`, `Rabu (21/8/2024)`, `pada hari Rabu`,
 * `two weeks ago`, `pekan depan`, datelines) and resolves them against the publication date into
 * `doc.dates`, sorted by start. Each pack's date files are compiled once here.
 *
 * Why not chrono-node: its Indonesian parser misses the newsroom `Rabu (21/8)` idiom, always invents a year
 * from the reference date (we must keep `--05-08` when there is none), reads `May`/`Rabu` alone as dates,
 * and keeps its words in code where a new language cannot add them. A token grammar driven by the pack
 * files is smaller to check, linear, and adding a language is adding data.
 *
 * @example
 * const stage = await createDatesStage({}, loadPacks());
 * stage.run(doc, context); // doc.dates: [{ text: 'pada hari Rabu', value: '2024-08-21', basis: 'relative', … }]
 */
export async function createDatesStage(_options: DatesOptions = {}, packs: PackRegistry = loadPacks()): Promise<Stage> {
  const lexicons = new Map<string, DateLexicon | null>();
  for (const code of packs.codes()) lexicons.set(code, compileLexicon(packs.get(code)!));
  return {
    name: 'dates',
    requires: ['sentences', 'tokens'],
    provides: ['dates'],
    run(doc) {
      const lex = doc.lang ? lexicons.get(doc.lang) : undefined;
      doc.dates = lex ? findDates(dateInputOf(doc), doc.published, lex) : [];
    },
  };
}

/** Every date mention of a doc in one language, published on `published`. */
function findDates(doc: DateInput, published: string | null, lex: DateLexicon): DateMention[] {
  let anchor = parseIsoDay(published);
  if (published && anchor === null) {
    addDiagnostic(doc, {
      code: 'date-unanchored',
      severity: 'warning',
      stage: 'dates',
      message: `Cannot resolve relative dates: published date "${published}" is not a valid date`,
      actual: published,
    });
  }
  const out: DateMention[] = [];
  const notes: ResolveNotes = { toldBefore: [], openYear: new Set() };
  const mayBeFuture = futureSentenceMemo(doc, lex);
  const windows = findWindows(doc, lex);
  for (let w = 0; w < windows.length; w++) {
    const window = windows[w]!;
    const toks =
      window.lo !== undefined && window.hi !== undefined
        ? fromTokenLayer(doc.text, doc.tokens!, window.lo, window.hi)
        : tokenizeRange(doc.text, window.start, window.end);
    resolveMatches(doc, window, matchExpressions(toks, lex, window.sentenceStart), anchor, lex, mayBeFuture, notes, out);
    // The dateline window comes first: with no publication date, its full date is the day of the report
    // ("Islamabad, 20 March 2023 (TDI): … on Monday"), a date from the text, not an invented one.
    if (anchor === null && window.sentence < 0) anchor = datelineAnchor(doc, out);
  }
  // Windows come in text order, so the list is nearly always sorted already; the sort (stable, so a sorted
  // list keeps its order) copies the list to a scratch array first, which a scan saves.
  if (!sortedByStart(out)) out.sort(byStart);
  const dates = notes.toldBefore.length > 0 ? resolveToldBefore(out, notes.toldBefore, anchor) : out;
  markDateContext(doc, dates, lex, notes.openYear);
  return dates;
}

/** The day of a dateline's full date, with a diagnostic saying relative dates use it; else null. */
function datelineAnchor(doc: DateInput, found: readonly DateMention[]): DayNum | null {
  const day = found.find((d) => d.sentence < 0 && d.precision === 'day' && d.value !== null && d.basis === 'dateline');
  const anchor = parseIsoDay(day?.value);
  if (day && anchor !== null) {
    addDiagnostic(doc, {
      code: 'date-anchored-on-dateline',
      severity: 'info',
      stage: 'dates',
      start: day.start,
      end: day.end,
      actual: day.text,
      message: `Resolved relative dates against the dateline's date ${day.value}: no valid publication date`,
    });
  }
  return anchor;
}

function byStart(a: DateMention, b: DateMention): number {
  return a.start - b.start || b.end - a.end;
}

/** True when no mention sorts after the next by {@link byStart}. */
function sortedByStart(dates: readonly DateMention[]): boolean {
  for (let i = 1; i < dates.length; i++) if (byStart(dates[i - 1]!, dates[i]!) > 0) return false;
  return true;
}
