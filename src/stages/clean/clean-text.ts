import type { Diagnostic } from '../../core/diagnostic.js';
import { applyEdits, composeMaps, identityMap, toCleanOffset, toRawSpan, type Edit, type OffsetMap } from '../../core/offset-map.js';
import type { Span } from '../../core/span.js';
import type { CleanData } from './clean-data.js';
import type { CleanStep, Finding, Marks } from './clean-step.js';

/** The outcome of cleaning: text, map back to raw, diagnostics (offsets in `text`), marks. */
export interface CleanResult {
  text: string;
  toRaw: OffsetMap;
  diagnostics: Diagnostic[];
  marks: Marks;
}

/** Diagnostics listed per code; a text full of noise gets one summary for the rest. */
const MAX_PER_CODE = 50;

/** Options of `cleanText`. */
export interface CleanTextOptions {
  data: CleanData;
  metaTitle?: string | null;
  format?: string;
}

/**
 * Runs the steps in order. Each step sees the previous step's text; its edits are applied and the
 * offset maps composed, so the result maps every cleaned offset back to `raw`. Findings and marks
 * are kept in raw offsets between steps and translated into the final text at the end.
 */
export function cleanText(raw: string, steps: readonly CleanStep[], options: CleanTextOptions): CleanResult {
  let text = flat(raw);
  let map = identityMap();
  const findings: RawFinding[] = [];
  let rawMarks: Marks = {};
  for (const step of steps) {
    const marks = translateMarks(rawMarks, (s) => toTextSpan(map, s));
    const result = step.run(text, { data: options.data, metaTitle: options.metaTitle ?? null, format: options.format ?? 'txt', marks });
    if (result.findings) {
      for (const f of result.findings) {
        const span = toRawSpan(map, { start: f.start, end: f.end });
        findings.push(rawFinding(f, span.start, span.end));
      }
    }
    if (result.marks) rawMarks = { ...rawMarks, ...translateMarks(result.marks, (s) => toRawSpan(map, s)) };
    if (result.edits && result.edits.length > 0) {
      const applied = applyEdits(text, mergeDeletions(result.edits));
      map = composeMaps(map, applied.map);
      text = applied.text;
    }
  }
  const diagnostics: Diagnostic[] = [];
  const perCode = new Map<string, number>();
  for (const f of findings) {
    const n = (perCode.get(f.code) ?? 0) + 1;
    perCode.set(f.code, n);
    if (n > MAX_PER_CODE) continue;
    const span = toTextSpan(map, { start: f.rawStart, end: f.rawEnd });
    diagnostics.push(placedFinding(f, span.start, span.end));
  }
  for (const [code, n] of perCode) {
    if (n <= MAX_PER_CODE) continue;
    const first = diagnostics.find((d) => d.code === code)!;
    diagnostics.push({ code: first.code, message: `${n - MAX_PER_CODE} more like the above were not listed`, severity: first.severity, stage: 'clean' });
  }
  return { text, toRaw: map, diagnostics, marks: translateMarks(rawMarks, (s) => toTextSpan(map, s)) };
}

/**
 * `raw` itself, as one string in memory. A reader joins the headline and the body, and V8 keeps such
 * a join as two parts that every character read must go through: the steps (the near-duplicate
 * fingerprint read such a text a quarter slower), and every later stage when no step edits the text.
 * A text in NFC, as good as every one, comes back from `normalize` whole and unchanged; another is
 * left as it is, for step 03 to repair and report.
 */
function flat(raw: string): string {
  const normalized = raw.normalize('NFC');
  return normalized === raw ? normalized : raw;
}

type RawFinding = Omit<Diagnostic, 'start' | 'end'> & { rawStart: number; rawEnd: number };

// The two builders below give the fields, in their order, that object spreads gave
// (`{ ...finding, stage, rawStart, rawEnd }`, then `{ ...raw, start, end }`); V8 runs spreads slowly.

function rawFinding(f: Finding, rawStart: number, rawEnd: number): RawFinding {
  const out = { code: f.code, message: f.message, severity: f.severity } as RawFinding;
  if ('actual' in f) out.actual = f.actual;
  if ('expected' in f) out.expected = f.expected;
  out.stage = 'clean';
  out.rawStart = rawStart;
  out.rawEnd = rawEnd;
  return out;
}

function placedFinding(f: RawFinding, start: number, end: number): Diagnostic {
  const out = { code: f.code, message: f.message, severity: f.severity } as Diagnostic;
  if ('actual' in f) out.actual = f.actual;
  if ('expected' in f) out.expected = f.expected;
  out.stage = f.stage;
  out.rawStart = f.rawStart;
  out.rawEnd = f.rawEnd;
  out.start = start;
  out.end = end;
  return out;
}

/** The span of the current text that a raw span became (empty where it was removed). */
function toTextSpan(map: OffsetMap, span: Span): Span {
  const start = toCleanOffset(map, span.start, 'start');
  const end = Math.max(start, toCleanOffset(map, span.end, 'end'));
  return { start, end };
}

function translateMarks(marks: Marks, f: (s: Span) => Span): Marks {
  const out: Marks = {};
  if (marks.title) out.title = f(marks.title);
  if (marks.stamps) out.stamps = marks.stamps.map(f);
  if (marks.dateline) {
    const d = marks.dateline;
    out.dateline = { ...f(d) };
    if (d.place) out.dateline.place = f(d.place);
    if (d.date) out.dateline.date = f(d.date);
    if (d.outlet !== undefined) out.dateline.outlet = d.outlet;
  }
  return out;
}

/** Sorts edits and unites overlapping deletions (two removed lines may share a newline). */
function mergeDeletions(edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end && last.insert === '' && e.insert === '') {
      last.end = Math.max(last.end, e.end);
      continue;
    }
    if (last && e.start < last.end) throw new RangeError(`Cannot apply clean edits: ${e.start}..${e.end} overlaps ${last.start}..${last.end}`);
    out.push({ ...e });
  }
  return out;
}
