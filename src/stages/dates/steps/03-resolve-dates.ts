import { addDiagnostic } from '../../../core/diagnostic.js';
import type { DateMention } from '../../../core/doc.js';
import { formatDay, parseIsoDay, yearEarlier, type DayNum } from '../calendar.js';
import type { Found } from '../rules/context.js';
import { inFutureClauseOfDoc } from '../clause-tense.js';
import type { DateInput } from '../date-input.js';
import type { DateLexicon } from '../lexicon.js';
import { resolveFound, type Resolved } from '../resolve-found.js';
import type { Match } from './02-match-expressions.js';
import type { Window } from './01-find-windows.js';

/** What resolving leaves for later steps. */
export interface ResolveNotes {
  /** Dates counted from the one told before (`a day later`). */
  toldBefore: ToldBefore[];
  /** Year-less dates whose nearest year lies ahead (`in February` published in November): a background clause turns them back. */
  openYear: Set<DateMention>;
}

/**
 * Turns the matches of one window into date mentions, adding diagnostics to the doc. They are appended to
 * `out` (the doc's list: a list a window would mostly hold one mention) and `out` is returned.
 */
export function resolveMatches(doc: DateInput, window: Window, matches: readonly Match[], anchor: DayNum | null, lex: DateLexicon, mayBeFuture: (sentence: number) => boolean, notes: ResolveNotes, out: DateMention[] = []): DateMention[] {
  for (let n = 0; n < matches.length; n++) {
    const { start, end, found } = matches[n]!;
    if (found.fromPrevious) {
      // "sehari kemudian": resolved once every date before it is known (resolveToldBefore)
      const mention: DateMention = { start, end, text: doc.text.slice(start, end), value: null, precision: null, basis: 'relative', sentence: window.sentence };
      notes.toldBefore.push({ mention, found });
      out.push(mention);
      continue;
    }
    // Tense only matters where the text leaves the direction open: a bare weekday or a year-less date.
    const open = found.rel === undefined && found.y === undefined && (found.shift === undefined || found.shift === 0);
    const forward =
      open &&
      anchor !== null &&
      window.sentence >= 0 &&
      ((mayBeFuture(window.sentence) && inFutureClauseOfDoc(doc, window.sentence, start, end, lex)) || deadlineBefore(doc.text, start, lex));
    const r = resolveFound(found, anchor, forward, lex.numericOrderCertain);
    const text = doc.text.slice(start, end);
    const mention: DateMention = { start, end, text, value: r.value, precision: r.precision, basis: r.basis, sentence: window.sentence };
    if (window.sentence < 0 && r.basis === 'explicit') mention.basis = 'dateline';
    if (r.until !== undefined) mention.until = r.until;
    if (r.partial !== undefined) mention.partial = r.partial;
    if (r.future) mention.future = true;
    if (r.future && open && !forward && found.m !== undefined && found.yearOffset === undefined) {
      notes.openYear.add(mention);
      // a day and month ("on March 10") in a clause with no future cue tells what was; a month alone ("the
      // summit in May") is as often what is coming
      if (found.d !== undefined) mention.earlier = yearEarlier(r.value!);
    }
    out.push(mention);
    if (r.unanchored || r.mismatch || r.swapped || r.ambiguous) report(doc, r, mention);
  }
  return out;
}

/** A date counted from the one told before it (`a day later`), waiting for that date. */
export interface ToldBefore {
  mention: DateMention;
  found: Found;
}

/**
 * Resolves `a day later`, `the next day`, `sehari kemudian`, `keesokan harinya` against the nearest day-precision
 * date before it in the text (`dates` sorted by start). Returns `dates` without those that have none: "Three
 * days later the talks collapsed" alone holds no date. "Jokowi congratulated Modi on Wednesday (5/6). Modi
 * replied a day later" → 2024-06-06.
 */
export function resolveToldBefore(dates: DateMention[], pending: readonly ToldBefore[], anchor: DayNum | null): DateMention[] {
  const lost = new Set<DateMention>();
  let k = 0;
  let previous: DateMention | null = null;
  for (const { mention, found } of pending) {
    for (; k < dates.length && dates[k]!.start < mention.start; k++) {
      const d = dates[k]!;
      if (d.precision === 'day' && d.value !== null) previous = d;
    }
    const from = parseIsoDay(previous?.value);
    if (from === null) {
      lost.add(mention);
      continue;
    }
    const r = resolveFound(found, from, false);
    mention.value = r.value;
    mention.precision = r.precision;
    if (r.until !== undefined) mention.until = r.until;
    if (anchor !== null && r.value !== null && r.value > formatDay(anchor)) mention.future = true;
  }
  return lost.size > 0 ? dates.filter((d) => !lost.has(d)) : dates;
}

/** Diagnostics about one resolved date. */
function report(doc: DateInput, r: Resolved, { start, end, text }: DateMention): void {
  const at = { start, end, stage: 'dates', actual: text } as const;
  if (r.unanchored) {
    addDiagnostic(doc, { ...at, code: 'date-unanchored', severity: 'info', message: `Cannot resolve "${text}": no publication date` });
  }
  if (r.mismatch) {
    const name = (n: number) => weekdayName().format(new Date(Date.UTC(2024, 0, n))); // 2024-01-01 was a Monday
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

let weekdayFormat: Intl.DateTimeFormat | undefined;

/** Made on the first mismatch: building a formatter loads locale data, which most runs never need. */
function weekdayName(): Intl.DateTimeFormat {
  return (weekdayFormat ??= new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }));
}

/** Characters before a date searched for a deadline phrase. */
const DEADLINE_REACH = 24;

/** "had until Saturday to leave", "diberi waktu hingga Sabtu": a deadline looks ahead, whatever the clause's tense. */
function deadlineBefore(text: string, start: number, lex: DateLexicon): boolean {
  if (lex.deadline.length === 0) return false;
  const from = Math.max(0, start - DEADLINE_REACH);
  if (!mayEndAt(text, from, start, lex.deadline)) return false;
  // Plain ASCII before the date (nearly always) is compared in place; lower-casing other characters
  // may change the length, so they take the slice.
  for (let k = from; k < start; k++) {
    if (text.charCodeAt(k) < 128) continue;
    const before = text.slice(from, start).toLowerCase();
    for (const p of lex.deadline) if (before.endsWith(p)) return true;
    return false;
  }
  for (let n = 0; n < lex.deadline.length; n++) if (endsWithLowerAscii(text, from, start, lex.deadline[n]!)) return true;
  return false;
}

/**
 * False when no phrase ends at `end` in `text.slice(from, end)`, told by comparing each phrase from its end
 * with the ASCII characters there, lower-cased, up to its first difference; true when a phrase matches, or
 * reaches a character beyond ASCII or `from` first (the caller then decides). The characters compared are
 * the last ones of the lower-cased slice too, whatever lower-casing does to those before them.
 */
function mayEndAt(text: string, from: number, end: number, phrases: readonly string[]): boolean {
  for (let n = 0; n < phrases.length; n++) {
    const p = phrases[n]!;
    let k = 1;
    for (; k <= p.length; k++) {
      const c = end - k >= from ? text.charCodeAt(end - k) : 128;
      if (c >= 128) return true;
      if (lowerAscii(c) !== p.charCodeAt(p.length - k)) break;
    }
    if (k > p.length) return true;
  }
  return false;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** `text.slice(from, end)` (ASCII), lower-cased, ends with `phrase`. */
function endsWithLowerAscii(text: string, from: number, end: number, phrase: string): boolean {
  const at = end - phrase.length;
  if (at < from) return false;
  for (let k = 0; k < phrase.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== phrase.charCodeAt(k)) return false;
  }
  return true;
}
