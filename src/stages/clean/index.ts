import { createHash } from 'node:crypto';
import type { Doc, Paragraph } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';
import { compileCleanData } from './clean-data.js';
import { cleanText } from './clean-text.js';
import type { CleanStep, Marks } from './clean-step.js';
import { textLines } from './text-lines.js';
import { repairMojibake } from './steps/01-repair-mojibake.js';
import { normalizeCharacters } from './steps/02-normalize-characters.js';
import { normalizeUnicode } from './steps/03-normalize-unicode.js';
import { stripHtml } from './steps/04-strip-html.js';
import { normalizeWhitespace } from './steps/05-normalize-whitespace.js';
import { removeBoilerplate } from './steps/06-remove-boilerplate.js';
import { joinWrappedLines } from './steps/07-join-wrapped-lines.js';
import { detectHeadline } from './steps/08-detect-headline.js';
import { removeDuplicates } from './steps/09-remove-duplicates.js';
import { repairPunctuation } from './steps/10-repair-punctuation.js';
import { findDateline } from './steps/11-find-dateline.js';

/** Options of the clean stage. */
export interface CleanOptions {
  /** Steps to run, in order (default: all, as numbered under `steps/`). */
  steps?: readonly CleanStep[];
}

/** The cleaning steps in their order. */
const DEFAULT_STEPS: readonly CleanStep[] = [
  repairMojibake, normalizeCharacters, normalizeUnicode, stripHtml, normalizeWhitespace, removeBoilerplate,
  joinWrappedLines, detectHeadline, removeDuplicates, repairPunctuation, findDateline,
];

/**
 * Cleans the raw text into `doc.text` with `doc.toRaw`, and finds paragraphs, headline and dateline.
 * Every repair is a diagnostic with offsets into the cleaned text (and into raw for removed text).
 *
 * @example
 * const clean = createCleanStage({}, loadPacks());
 * clean.run(doc, context); // doc.text, doc.toRaw, doc.paragraphs, doc.dateline, doc.title
 */
export function createCleanStage(options: CleanOptions = {}, packs?: PackRegistry): Stage {
  const data = compileCleanData(packs);
  const steps = options.steps ?? DEFAULT_STEPS;
  return {
    name: 'clean',
    requires: [],
    provides: ['text', 'paragraphs', 'dateline'],
    run(doc) {
      const result = cleanText(doc.raw, steps, { data, metaTitle: doc.input.title ?? null, format: doc.input.format });
      doc.text = result.text;
      doc.toRaw = result.toRaw;
      for (const d of result.diagnostics) doc.diagnostics.push(d);
      doc.paragraphs = paragraphsOf(result.text, result.marks);
      if (doc.paragraphs[0]?.title) doc.title = result.text.slice(doc.paragraphs[0].start, doc.paragraphs[0].end);
      const d = result.marks.dateline;
      doc.dateline = d && d.end > d.start ? datelineOf(d) : null;
      if (!doc.id) doc.id = createHash('sha256').update(result.text).digest('hex').slice(0, 16);
    },
  };
}

/** Non-empty lines; the first is the title when the headline step marked it, and the stamps under it are marked. */
function paragraphsOf(text: string, marks: Marks): Paragraph[] {
  const titleStart = marks.title?.start;
  const stamps = new Set(marks.stamps?.map((s) => s.start));
  return textLines(text).map((l, i) => {
    if (i === 0 && titleStart === l.start) return { start: l.start, end: l.end, title: true };
    return stamps.has(l.start) ? { start: l.start, end: l.end, stamp: true } : { start: l.start, end: l.end };
  });
}

function datelineOf(d: NonNullable<Doc['dateline']>): NonNullable<Doc['dateline']> {
  const out: NonNullable<Doc['dateline']> = { start: d.start, end: d.end };
  if (d.place) out.place = d.place;
  if (d.date) out.date = d.date;
  if (d.outlet !== undefined) out.outlet = d.outlet;
  return out;
}
