import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep } from '../clean-step.js';

/** A wrapped line fills most of the width: shorter lines are headings, list items or signatures. */
const MIN_WRAPPED = 30;

/**
 * Joins the lines of hard-wrapped paragraphs (plain-text mail, wire copy wrapped at 70 columns).
 * Only in texts whose paragraphs are separated by blank lines, where a single line break inside a
 * block is layout, not structure. A break is joined when the line before is long and does not end
 * a sentence ("the two ministers met in\nLisbon"); in a block where most breaks are like that, every
 * break is joined (a wrap may fall just after a period). List items stay on their lines.
 */
export const joinWrappedLines: CleanStep = {
  name: 'join-wrapped-lines',
  run(text) {
    // Only a block of two lines or more has a break to join: most texts come one paragraph a line.
    if (text.indexOf('\n\n') === -1 || !SINGLE_BREAK.test(text)) return {};
    const edits: Edit[] = [];
    for (const [index, block] of blocks(text).entries()) {
      const lines = block.lines;
      if (index === 0 && lines.length > 1 && mayBeHeadline(text, lines)) lines.shift();
      if (lines.length < 2) continue;
      const wraps = lines.slice(0, -1).map((line, i) => isWrap(text, line, lines[i + 1]!));
      const mostly = wraps.filter(Boolean).length * 2 >= wraps.length;
      lines.slice(0, -1).forEach((line, i) => {
        if (wraps[i] || (mostly && lines.length > 2 && !isListItem(text, lines[i + 1]!) && line.end - line.start >= MIN_WRAPPED)) {
          edits.push({ start: line.end, end: line.end + 1, insert: ' ' });
        }
      });
    }
    if (edits.length === 0) return {};
    return {
      edits,
      findings: [{
        code: 'line-breaks-joined',
        message: `Joined ${edits.length} line break${edits.length === 1 ? '' : 's'} inside hard-wrapped paragraphs`,
        severity: 'info',
        start: edits[0]!.start,
        end: edits[0]!.end,
      }],
    };
  },
};

/** A line break inside a block: between two characters that are not line breaks. */
const SINGLE_BREAK = /[^\n]\n[^\n]/;

interface Span {
  start: number;
  end: number;
}

/** Blocks of consecutive non-empty lines. */
function blocks(text: string): Array<{ lines: Span[] }> {
  const out: Array<{ lines: Span[] }> = [];
  let current: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) current.push({ start, end });
    else if (current.length > 0) {
      out.push({ lines: current });
      current = [];
    }
    start = end + 1;
  }
  if (current.length > 0) out.push({ lines: current });
  return out;
}

/** "… the two ministers met in" + "Lisbon on Thursday …": yes; "… said." + "The talks …": no. */
function isWrap(text: string, line: Span, next: Span): boolean {
  if (line.end - line.start < MIN_WRAPPED || isListItem(text, next)) return false;
  return !/[.!?:;"”’)\]…]$/.test(text.slice(Math.max(line.start, line.end - 2), line.end));
}

/**
 * The first line may be a headline over an unseparated body. It is taken as wrapped prose only when
 * the next line starts in lower case, or when it is as wide as the block's other lines (3 or more).
 */
function mayBeHeadline(text: string, lines: Span[]): boolean {
  if (/^[\p{Ll}\p{N}]/u.test(text.charAt(lines[1]!.start))) return false;
  const widest = Math.max(...lines.map((l) => l.end - l.start));
  return lines.length < 3 || lines[0]!.end - lines[0]!.start < 0.8 * widest;
}

/** "- item", "• item", "1. item", "2) item". */
function isListItem(text: string, line: Span): boolean {
  return /^(?:[-*•–—]\s|\d{1,3}[.)]\s)/.test(text.slice(line.start, Math.min(line.end, line.start + 6)));
}
