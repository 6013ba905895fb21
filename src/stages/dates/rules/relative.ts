import type { DateLexicon, Unit } from '../lexicon.js';
import { at, cuedBy, type Found, type MatchContext } from './context.js';

/**
 * Dates relative to the publication date: `yesterday`, `kemarin`, `last week`, `earlier this month`,
 * `pekan depan`, `bulan lalu`, `tahun ini`, `two weeks ago`, `dua pekan lalu`, `sepekan lalu`, `dua hari lagi`.
 */
export function relativeExpression(ctx: MatchContext, i: number): Found | null {
  const { lex } = ctx;
  // before relDays: "esok harinya" is the day after the date told before, "esok" alone the day after publication
  const previous = at(ctx, lex.previousDays, i);
  if (previous) return { end: previous.end, rel: { unit: 'day', offset: previous.value }, fromPrevious: true };
  const day = at(ctx, lex.relDays, i);
  if (day) return { end: day.end, rel: { unit: 'day', offset: day.value } };
  return weekend(ctx, i) ?? shiftedUnit(ctx, at(ctx, lex.parts, i)?.end ?? i) ?? countedUnit(ctx, i);
}

/**
 * `relativeExpression` at a number token when no relative table of the lexicon has a key that starts with
 * a digit: only a count can start there (`3 hari lalu`, `2 weeks ago`), so the other tables are not asked.
 */
export function relativeFromNumber(ctx: MatchContext, i: number): Found | null {
  return countedUnit(ctx, i);
}

/** True when some key of the tables `relativeExpression` asks starts with a digit (see {@link relativeFromNumber}). */
export function relativeKeysWithDigits(lex: DateLexicon): boolean {
  const tables = [lex.previousDays, lex.relDays, lex.shiftBefore, lex.weekend, lex.parts, lex.units, lex.counted, lex.numbers];
  return tables.some((table) => [...table.keys()].some((k) => k.charCodeAt(0) >= 48 && k.charCodeAt(0) <= 57));
}

/** `last week`, `this month`, `earlier this month`; `pekan lalu`, `bulan depan`, `awal tahun ini`. */
function shiftedUnit(ctx: MatchContext, j: number): Found | null {
  const { lex } = ctx;
  const before = at(ctx, lex.shiftBefore, j);
  if (before) {
    const unit = at(ctx, lex.units, before.end);
    return unit && !stretch(ctx, before.end) ? { end: unit.end, rel: { unit: unit.value, offset: before.value } } : null;
  }
  const unit = at(ctx, lex.units, j);
  const after = unit ? at(ctx, lex.shiftAfter, unit.end) : null;
  return unit && after && !stretch(ctx, j) ? { end: after.end, rel: { unit: unit.value, offset: after.value } } : null;
}

/**
 * The unit at `k` names several units, no one day, week or month: "in the coming days", "over the past weeks",
 * "dalam beberapa pekan ke depan", "hari-hari mendatang" (the unit said twice).
 */
function stretch(ctx: MatchContext, k: number): boolean {
  const { toks, lex } = ctx;
  const previous = toks[k - 1];
  return lex.stretches.has(toks[k]!.norm) || (previous !== undefined && (lex.stretches.has(previous.norm) || previous.norm === '-'));
}

/** `two weeks ago`, `dua pekan lalu`, `3 hari lalu`, `sepekan lalu`, `dua hari lagi`, `a year from now`. */
function countedUnit(ctx: MatchContext, i: number): Found | null {
  const { lex } = ctx;
  let count: number;
  let unit: Unit;
  let k: number;
  const counted = at(ctx, lex.counted, i);
  if (counted) {
    count = counted.value[0];
    unit = counted.value[1];
    k = counted.end;
  } else {
    const n = numberAt(ctx, i);
    const u = n ? at(ctx, lex.units, n.end) : null;
    if (!n || !u) return null;
    count = n.n;
    unit = u.value;
    k = u.end;
  }
  const ago = at(ctx, lex.ago, k);
  if (ago) return { end: ago.end, rel: { unit, offset: -count } };
  const ahead = at(ctx, lex.fromNow, k);
  if (ahead) return { end: ahead.end, rel: { unit, offset: count } };
  const toward = at(ctx, lex.towardPrevious, k); // "a day later", "sehari kemudian"
  return toward ? { end: toward.end, rel: { unit, offset: count * toward.value }, fromPrevious: true } : null;
}

/** A count: a number word from the pack or digits up to 99. */
function numberAt(ctx: MatchContext, i: number): { end: number; n: number } | null {
  const word = at(ctx, ctx.lex.numbers, i);
  if (word) return { end: word.end, n: word.value };
  const t = ctx.toks[i];
  return t?.kind === 'number' && t.norm.length <= 2 && Number(t.norm) > 0 ? { end: i + 1, n: Number(t.norm) } : null;
}

/** `last weekend`, `this weekend`, `akhir pekan lalu`, and after a cue `over the weekend`, `pada akhir pekan`. */
function weekend(ctx: MatchContext, i: number): Found | null {
  const { lex } = ctx;
  const before = at(ctx, lex.shiftBefore, i);
  const name = at(ctx, lex.weekend, before?.end ?? i);
  if (!name) return null;
  if (before) return { end: name.end, weekend: true, shift: before.value };
  const after = at(ctx, lex.shiftAfter, name.end);
  if (after) return { end: after.end, weekend: true, shift: after.value };
  return cuedBy(ctx, lex.weekendCues, i) ? { end: name.end, weekend: true } : null;
}
