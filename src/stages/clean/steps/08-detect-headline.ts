import type { CleanStep, Finding, Marks } from '../clean-step.js';
import { textLines } from '../text-lines.js';
import { paragraphKey } from '../paragraph-key.js';
import { matchDateline } from '../match-dateline.js';

/** A headline is at most this long… */
const MAX_CHARS = 200;
/** …and has between these many words. */
const MIN_WORDS = 2;
const MAX_WORDS = 30;
/** Stamp lines between a headline and its body ("Rabu, 04 Jun 2025 16:05 WIB") are skipped, at most this many. */
const MAX_STAMPS = 2;

/**
 * Finds the headline line. With a title from the record or HTML, the reader put it first, so the
 * first line is the title when it says the same. Otherwise (not for HTML) the first line is taken
 * when it looks like one: short, no final period, followed by a body ("Putin and Xi Hold Talks" then paragraphs).
 */
export const detectHeadline: CleanStep = {
  name: 'detect-headline',
  run(text, { metaTitle, format }) {
    const lines = textLines(text);
    const first = lines[0];
    if (!first) return {};
    const content = text.slice(first.start, first.end);
    if (metaTitle !== null) {
      // The reader puts the given title first, then a blank line; cleaning may have changed its spelling.
      const placed = text.startsWith('\n\n', first.end) && content.length <= MAX_CHARS * 2;
      if (!placed && paragraphKey(content) !== paragraphKey(metaTitle)) return {};
      const marks: Marks = { title: { start: first.start, end: first.end } };
      // a page's byline and time under its title ("Karim Bensalem | 16/07/2023 Updated 19:30 CET") are furniture too
      const body = bodyAfter(text, lines, 1);
      if (body > 1) marks.stamps = lines.slice(1, body).map((l) => ({ start: l.start, end: l.end }));
      return { marks };
    }
    // HTML gives its title separately: its main text does not start with one.
    if (format === 'html') return {};
    // "Title / Title / Body": a page that repeats its headline (a heading, then the article's own) is judged by the body
    const repeated = lines.length > 2 && paragraphKey(text.slice(lines[1]!.start, lines[1]!.end)) === paragraphKey(content);
    const from = repeated ? 2 : 1;
    const body = bodyAfter(text, lines, from);
    const next = lines[body];
    if (!next || !looksLikeHeadline(content, text.slice(next.start, next.end))) return {};
    const finding: Finding = {
      code: 'headline-detected',
      message: `Took the first line as the headline: "${content.length > 60 ? `${content.slice(0, 59)}…` : content}"`,
      severity: 'info',
      start: first.start,
      end: first.end,
    };
    const marks: Marks = { title: { start: first.start, end: first.end } };
    if (body > from) marks.stamps = lines.slice(from, body).map((l) => ({ start: l.start, end: l.end }));
    return { marks, findings: [finding] };
  },
};

/**
 * Index of the first line of the body from `from` on, past the stamp lines pages put under a headline: a
 * timestamp, a byline with its date ("Rabu, 04 Jun 2025 16:05 WIB"). A stamp holds a digit, is shorter than a
 * sentence and does not end like one; without a digit a short line may be a subheading, which is judged as is.
 */
function bodyAfter(text: string, lines: ReadonlyArray<{ start: number; end: number }>, from: number): number {
  let i = from;
  // the last line is the body, whatever it looks like
  while (i < from + MAX_STAMPS && i < lines.length - 1 && isStamp(text.slice(lines[i]!.start, lines[i]!.end))) i++;
  return i;
}

function isStamp(line: string): boolean {
  return line.length <= 100 && /\p{N}/u.test(line) && !/[.!?"”’]$/.test(line);
}

/** "Xi and Putin meet in Beijing" followed by a body paragraph: yes; a sentence ending in ".": no. */
export function looksLikeHeadline(line: string, next: string): boolean {
  if (line.length > MAX_CHARS) return false;
  const words = line.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  // A sentence or a lead-in ("He said:") is not a headline; "?" and "!" headlines are.
  if (/[.,;:\-–—]$/.test(line)) return false;
  // "JAKARTA (Reuters) -" alone on the first line is a dateline.
  if (matchDateline(line) !== null) return false;
  if (!/^[\p{Lu}\p{N}"'“‘(]/u.test(line)) return false;
  // The body after it must look like prose: longer, or ending a sentence.
  return next.length > line.length || /[.!?"”’)]$/.test(next);
}
