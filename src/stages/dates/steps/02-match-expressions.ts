import type { DateLexicon } from '../lexicon.js';
import { keyShapes, maybeKey } from '../phrase-table.js';
import { dayFirst, monthFirst, shiftedMonth, yearAlone } from '../rules/absolute.js';
import { at, type Found, type MatchContext, type Rule } from '../rules/context.js';
import { headedNumericDate, isoDate, numericDate } from '../rules/numeric.js';
import { relativeExpression, relativeFromNumber, relativeKeysWithDigits } from '../rules/relative.js';
import { absorbSuffix } from '../rules/suffix.js';
import { shiftedWeekday, weekdayExpression } from '../rules/weekday.js';
import type { FineToken } from '../tokenize.js';

/** An expression found in a window, with its character span. */
export interface Match {
  start: number;
  end: number;
  found: Found;
}

const FREE_TEXT = { twoPart: false, shortYear: false } as const;
const freeNumeric: Rule = (ctx, i) => numericDate(ctx, i, FREE_TEXT);

/** Rules that may start at a number. */
const NUMBER_RULES: readonly Rule[] = [isoDate, freeNumeric, relativeExpression, dayFirst, yearAlone];
/** The same for a lexicon whose relative tables hold no key starting with a digit (every pack's so far). */
const NUMBER_RULES_NO_DIGIT_KEYS: readonly Rule[] = [isoDate, freeNumeric, relativeFromNumber, dayFirst, yearAlone];

/**
 * For each word that can start an expression, the rules that may start there, with the shapes of those
 * words (see `keyShapes`) so most words of a window are passed over unhashed (built once per lexicon).
 */
interface WordRules {
  map: Map<string, Rule[]>;
  shapes: Uint32Array;
  /** The rules that may start at a number. */
  numbers: readonly Rule[];
}

const wordRules = new WeakMap<DateLexicon, WordRules>();
/** The last lexicon asked about and its rules: an article's windows ask one lexicon, each before a WeakMap lookup. */
let lastLex: DateLexicon | null = null;
let lastRules: WordRules | null = null;

function rulesByWord(lex: DateLexicon): WordRules {
  if (lex === lastLex) return lastRules!;
  const known = wordRules.get(lex);
  if (known) {
    lastLex = lex;
    lastRules = known;
    return known;
  }
  const map = new Map<string, Rule[]>();
  const add = (tables: ReadonlyArray<ReadonlyMap<string, unknown>>, rule: Rule) => {
    for (const table of tables) {
      for (const first of table.keys()) {
        const list = map.get(first) ?? [];
        if (!list.includes(rule)) list.push(rule);
        map.set(first, list);
      }
    }
  };
  // The order of RULE_ORDER decides ties (first wins), so lists are sorted by it below.
  add([lex.headDay], headedNumericDate);
  add([lex.headWeekday, lex.weekdays], weekdayExpression);
  add([lex.shiftBefore], shiftedWeekday);
  add([lex.shiftBefore], shiftedMonth);
  add([lex.previousDays, lex.relDays, lex.weekend, lex.parts, lex.shiftBefore, lex.units, lex.counted, lex.numbers], relativeExpression);
  add([lex.rangeOpen, lex.headDay, lex.dayPrefix], dayFirst);
  add([lex.headMonth, lex.months], monthFirst);
  add([lex.rangeOpen, lex.headYear], yearAlone);
  for (const list of map.values()) list.sort((a, b) => RULE_ORDER.indexOf(a) - RULE_ORDER.indexOf(b));
  const rules = { map, shapes: keyShapes(map.keys()), numbers: relativeKeysWithDigits(lex) ? NUMBER_RULES : NUMBER_RULES_NO_DIGIT_KEYS };
  wordRules.set(lex, rules);
  lastLex = lex;
  lastRules = rules;
  return rules;
}

const RULE_ORDER: readonly Rule[] = [isoDate, freeNumeric, headedNumericDate, weekdayExpression, shiftedWeekday, shiftedMonth, relativeExpression, dayFirst, monthFirst, yearAlone];

/**
 * Reads every temporal expression in a window of tokens, left to right; at each token the longest
 * reading of any rule wins, then the scan goes on after it.
 */
export function matchExpressions(toks: readonly FineToken[], lex: DateLexicon, sentenceStart: boolean): Match[] {
  const ctx: MatchContext = { toks, lex, sentenceStart };
  const byWord = rulesByWord(lex);
  // Made on the first match: most windows hold one, and `[]` grown by a push reserves room for seventeen.
  let out: Match[] | null = null;
  for (let i = 0; i < toks.length; ) {
    const tok = toks[i]!;
    const rules = tok.kind === 'number' ? byWord.numbers : tok.kind === 'word' && maybeKey(byWord.shapes, tok.norm) ? byWord.map.get(tok.norm) : undefined;
    if (!rules || blocked(ctx, i)) {
      i++;
      continue;
    }
    let best: Found | null = null;
    for (let r = 0; r < rules.length; r++) {
      const found = rules[r]!(ctx, i);
      if (found && found.end > i && (!best || found.end > best.end)) best = found;
    }
    if (!best) {
      i++;
      continue;
    }
    // "8 Mei lalu", "Maret depan": a year-less date told which way to look.
    if (best.m !== undefined && best.y === undefined && best.weekday === undefined && best.shift === undefined) {
      const shift = at(ctx, lex.shiftAfter, best.end);
      if (shift) {
        best.shift = shift.value;
        best.end = shift.end;
        if (best.d === undefined) best.shiftAfterMonth = true;
      }
      else absorbRelativeYear(ctx, best);
    }
    best.end = absorbSuffix(ctx, best.end);
    const match: Match = { start: toks[i]!.start, end: toks[best.end - 1]!.end, found: best };
    if (out === null) out = [match];
    else out.push(match);
    i = best.end;
  }
  return out ?? [];
}

/** "June last year", "June of last year", "Juli tahun lalu": the year is told relative to the publication year. */
function absorbRelativeYear(ctx: MatchContext, best: Found): void {
  const from = at(ctx, ctx.lex.of, best.end)?.end ?? best.end;
  const rel = relativeExpression(ctx, from);
  if (rel?.rel?.unit === 'year') {
    best.yearOffset = rel.rel.offset;
    best.end = rel.end;
  }
}

/** A number right after an identifier word is not a date: `Resolution 2231`, `PP No. 12/2024`. */
function blocked(ctx: MatchContext, i: number): boolean {
  if (ctx.toks[i]!.kind !== 'number') return false;
  let p = i - 1;
  if (ctx.toks[p]?.norm === '.' || ctx.toks[p]?.norm === ':') p--;
  const prev = ctx.toks[p];
  return prev !== undefined && ctx.lex.blockers.has(prev.norm);
}
