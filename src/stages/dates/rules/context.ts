import type { DateLexicon, NameEntry, Unit } from '../lexicon.js';
import { matchPhrase, type PhraseTable } from '../phrase-table.js';
import { spaced, type FineToken } from '../tokenize.js';

/** What a rule sees: the window's tokens and the language's lexicon. */
export interface MatchContext {
  toks: readonly FineToken[];
  lex: DateLexicon;
  /** True when `toks[0]` is the first token of its sentence. */
  sentenceStart: boolean;
}

/** Calendar fields of one end of an expression; any may be unknown. */
export interface DateParts {
  y?: number;
  m?: number;
  d?: number;
}

/** An expression found by a rule, not yet resolved against the publication date. */
export interface Found extends DateParts {
  /** Token index after the expression. */
  end: number;
  /** Last day of a range (`7-10 May`). */
  until?: DateParts;
  /** Weekday written in the text (ISO 1–7). */
  weekday?: number;
  /** Explicit shift of a weekday or a year-less date: -1 `last`/`lalu`, +1 `next`/`depan`, 0 `this`/`ini`. */
  shift?: number;
  /**
   * The shift was written after a month alone (`Agustus lalu`): the month just past, the publication's own
   * month included, as a day is (`25 Agustus lalu`). `last August`, written before, never is the current one.
   */
  shiftAfterMonth?: true;
  /** A weekday in a week relative to the publication week (`Kamis pekan lalu` → -1). */
  weekOffset?: number;
  /** The weekend (Saturday–Sunday): `over the weekend`, `last weekend`, `akhir pekan lalu`; `shift` as for weekdays. */
  weekend?: boolean;
  /** A year-less date's year relative to the publication year (`June last year`, `Juli tahun lalu` → -1). */
  yearOffset?: number;
  /** `rel` counts from the date told just before, not from the publication date (`a day later`, `sehari kemudian`). */
  fromPrevious?: true;
  /** A unit offset from the publication date (`two weeks ago` → week, -2). */
  rel?: { unit: Unit; offset: number };
  /** A numeric date whose other day/month reading is also valid (`3/4/2024`). */
  altReading?: { m: number; d: number };
  /** A numeric date read against the pack's order because the pack's order was impossible. */
  swapped?: boolean;
}

/** A rule tries to read an expression starting at token `i`. */
export type Rule = (ctx: MatchContext, i: number) => Found | null;

/** Earliest and latest years read as years (news is about the modern era; `Resolution 2231` is not a year). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

/** True when token `i` is the punctuation mark `chars` (one of). */
export function isPunct(ctx: MatchContext, i: number, chars: string): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.kind === 'punct' && chars.includes(t.norm);
}

/** The phrase of `table` at `i`, or null. */
export function at<V>(ctx: MatchContext, table: PhraseTable<V>, i: number): { end: number; value: V } | null {
  return matchPhrase(table, ctx.toks, i);
}

/** True when a one-token phrase of `table` sits right before token `i` (`in` before `March`). */
export function cuedBy(ctx: MatchContext, table: PhraseTable<true>, i: number): boolean {
  if (i === 0) return false;
  // "in mid-March": the cue sits before a glued hyphen.
  if (isPunct(ctx, i - 1, '-') && !spaced(ctx.toks, i) && !spaced(ctx.toks, i - 1)) return cuedBy(ctx, table, i - 1) || !!matchPhrase(table, ctx.toks, i - 2);
  for (let back = 1; back <= 3 && i - back >= 0; back++) {
    const m = matchPhrase(table, ctx.toks, i - back);
    if (m && m.end === i) return true;
  }
  return false;
}

/** True when token `i` opens its sentence (needed to tell "Minggu" the weekday from the start of a sentence). */
export function sentenceInitial(ctx: MatchContext, i: number): boolean {
  if (i === 0) return ctx.sentenceStart;
  const prev = ctx.toks[i - 1]!;
  return prev.kind === 'punct' && '.!?"“'.includes(prev.norm) && spaced(ctx.toks, i);
}

/** True when a capitalised word that is not a date cue comes right before `i` ("Theresa May"). */
export function afterName(ctx: MatchContext, i: number): boolean {
  const prev = ctx.toks[i - 1];
  if (!prev || prev.kind !== 'word' || !prev.upper || sentenceInitial(ctx, i - 1)) return false;
  const { lex } = ctx;
  return ![lex.cueMonth, lex.cueWeekday, lex.cueYear, lex.months, lex.weekdays, lex.shiftBefore, lex.parts].some((t) =>
    t.has(prev.norm),
  );
}

/** A month or weekday name at `i`, checked for capitals and ambiguity; absorbs an abbreviation's period. */
export function nameAt(ctx: MatchContext, table: PhraseTable<NameEntry>, capitalised: boolean, i: number): { end: number; value: NameEntry } | null {
  const m = at(ctx, table, i);
  if (!m) return null;
  const tok = ctx.toks[i]!;
  if ((capitalised || m.value.ambiguous) && !tok.upper) return null;
  if (m.value.ambiguous && afterName(ctx, i)) return null;
  // "Mar. 20", "Wed., March 20": the period belongs to the abbreviation.
  if (m.value.short && isPunct(ctx, m.end, '.') && !spaced(ctx.toks, m.end)) return { end: m.end + 1, value: m.value };
  return m;
}

/** A day number 1–31 at `i` with its ordinal suffix (`20th`); not part of a decimal (`2.5`) or a time. */
export function dayAt(ctx: MatchContext, i: number): { end: number; d: number } | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'number' || t.norm.length > 2) return null;
  const d = Number(t.norm);
  if (d < 1 || d > 31) return null;
  let end = i + 1;
  const next = ctx.toks[end];
  if (next && !spaced(ctx.toks, end) && next.kind === 'word' && ctx.lex.ordinals.has(next.norm)) end++;
  else if (glued(ctx, end)) return null;
  return { end, d };
}

/** A year at `i` (4 digits, MIN_YEAR–MAX_YEAR), not a decade (`1940s`, `1940-an`) or part of a longer number. */
export function yearAt(ctx: MatchContext, i: number): { end: number; y: number } | null {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'number' || t.norm.length !== 4) return null;
  const y = Number(t.norm);
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const next = ctx.toks[i + 1];
  if (next && !spaced(ctx.toks, i + 1)) {
    if (next.kind === 'word') return null; // "1940s"
    const joined = isPunct(ctx, i + 1, "-'’") && ctx.toks[i + 2] && !spaced(ctx.toks, i + 2);
    if (joined && at(ctx, ctx.lex.decadeSuffixes, i + 2)) return null; // "1940-an", "1940's"
    if (at(ctx, ctx.lex.decadeSuffixes, i + 1)) return null;
    if (glued(ctx, i + 1)) return null;
  }
  return { end: i + 1, y };
}

/** True when token `i` is a `.`/`,`/`:` glued to a following number (`2.5`, `10:30`, `1,000`). */
function glued(ctx: MatchContext, i: number): boolean {
  const p = ctx.toks[i];
  const n = ctx.toks[i + 1];
  return !!p && !spaced(ctx.toks, i) && p.kind === 'punct' && '.,:'.includes(p.norm) && !!n && !spaced(ctx.toks, i + 1) && n.kind === 'number';
}

/** Dash-like range separators; language-neutral punctuation. */
export const DASHES = '-–—';
