import { addDiagnostic } from '../../../core/diagnostic.js';
import type { DateMention, Doc } from '../../../core/doc.js';
import type { DayNum } from '../calendar.js';
import { inFutureClauseOfDoc } from '../clause-tense.js';
import type { DateLexicon } from '../lexicon.js';
import { resolveFound, type Resolved } from '../resolve-found.js';
import type { Match } from './02-match-expressions.js';
import type { Window } from './01-find-windows.js';

/** Turns the matches of one window into date mentions, adding diagnostics to the doc. */
export function resolveMatches(doc: Doc, window: Window, matches: readonly Match[], anchor: DayNum | null, lex: DateLexicon, mayBeFuture: (sentence: number) => boolean): DateMention[] {
  const out: DateMention[] = [];
  for (const { start, end, found } of matches) {
    // Tense only matters where the text leaves the direction open: a bare weekday or a year-less date.
    const open = found.rel === undefined && found.y === undefined && (found.shift === undefined || found.shift === 0);
    const forward =
      open &&
      anchor !== null &&
      window.sentence >= 0 &&
      mayBeFuture(window.sentence) &&
      inFutureClauseOfDoc(doc, window.sentence, start, end, lex);
    const r = resolveFound(found, anchor, forward, lex.numericOrderCertain);
    const text = doc.text.slice(start, end);
    const mention: DateMention = { start, end, text, value: r.value, precision: r.precision, basis: r.basis, sentence: window.sentence };
    if (window.sentence < 0 && r.basis === 'explicit') mention.basis = 'dateline';
    if (r.until !== undefined) mention.until = r.until;
    if (r.partial !== undefined) mention.partial = r.partial;
    if (r.future) mention.future = true;
    out.push(mention);
    if (r.unanchored || r.mismatch || r.swapped || r.ambiguous) report(doc, r, mention);
  }
  return out;
}

/** Diagnostics about one resolved date. */
function report(doc: Doc, r: Resolved, { start, end, text }: DateMention): void {
  const at = { start, end, stage: 'dates', actual: text } as const;
  if (r.unanchored) {
    addDiagnostic(doc, { ...at, code: 'date-unanchored', severity: 'info', message: `Cannot resolve "${text}": no publication date` });
  }
  if (r.mismatch) {
    const name = (n: number) => WEEKDAY_NAME.format(new Date(Date.UTC(2024, 0, n))); // 2024-01-01 was a Monday
    addDiagnostic(doc, {
      ...at,
      code: 'date-weekday-mismatch',
      severity: 'warning',
      message: `Check "${text}": ${r.value} is a ${name(r.mismatch.actual)}, not a ${name(r.mismatch.stated)}`,
      expected: [name(r.mismatch.actual)],
    });
  }
  if (r.swapped) {
    addDiagnostic(doc, { ...at, code: 'date-ambiguous', severity: 'info', message: `Check "${text}": read as ${r.value}, against the language's usual day/month order` });
  }
  if (r.ambiguous) {
    addDiagnostic(doc, { ...at, code: 'date-ambiguous', severity: 'info', message: `Check "${text}": read as ${r.value}, could be ${r.ambiguous}`, expected: [r.ambiguous] });
  }
}

const WEEKDAY_NAME = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
