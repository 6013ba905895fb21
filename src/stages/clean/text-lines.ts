import type { Span } from '../../core/span.js';

/** A non-empty line of text with its offsets (end excludes the newline). */
export interface Line extends Span {
  /** Index among non-empty lines. */
  index: number;
}

/**
 * Non-empty lines of `text` (lines holding only spaces are skipped), in linear time. The lines of the
 * last text asked for are kept and given again: most steps leave the text as they found it, and five
 * steps and the stage read its lines (on the bench corpus, reading them again was a tenth of the
 * stage's time in the steps that scan every character). So the lines are read-only.
 */
export function textLines(text: string): ReadonlyArray<Readonly<Line>> {
  if (text !== last.text) last = { text, lines: readLines(text) };
  return last.lines;
}

/** The text `textLines` read last and its lines. */
let last: { text: string; lines: ReadonlyArray<Readonly<Line>> } = { text: '', lines: [] };

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (hasContent(text, start, end)) lines.push({ start, end, index: lines.length });
    start = end + 1;
  }
  return lines;
}

/**
 * Deletions that remove whole lines with their line breaks, merged; when the removed lines end the
 * text, the break before them goes too ("a\nb\nc" minus b and c is "a").
 */
export function lineRemovals(text: string, lines: readonly Span[]): Span[] {
  const spans = lines.map((l) => lineRemoval(text, l)).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const last = merged[merged.length - 1];
  if (last && last.end === text.length) while (last.start > 0 && text[last.start - 1] === '\n') last.start--;
  return merged;
}

/** The span to delete to remove a whole line with its newline (the following one, else the preceding one). */
export function lineRemoval(text: string, line: Span): Span {
  if (line.end < text.length) {
    let end = line.end + 1;
    // A blank line after a removed paragraph goes with it: "a\n\nb\n\nc" minus "b" is "a\n\nc".
    while (end < text.length && text[end] === '\n') end++;
    return { start: line.start, end };
  }
  let start = line.start;
  while (start > 0 && text[start - 1] === '\n') start--;
  return { start, end: line.end };
}

function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 32) return true;
  return false;
}
