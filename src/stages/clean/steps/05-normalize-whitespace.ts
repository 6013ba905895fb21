import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep } from '../clean-step.js';

/**
 * Runs of spaces become one space; spaces around line breaks and at the ends go; three or more
 * line breaks become one blank line. Paragraphs are the non-empty lines of the result.
 */
export const normalizeWhitespace: CleanStep = {
  name: 'normalize-whitespace',
  run(text) {
    const edits: Edit[] = [];
    let collapsed = 0;
    for (let start = runFrom(text, 0); start !== -1; ) {
      const end = runEnd(text, start);
      const insert = replacementOf(end - start, text, start, end);
      if (insert !== null) {
        edits.push({ start, end, insert });
        if (end - start - insert.length > 1 || insert === '') collapsed++;
      }
      start = runFrom(text, end);
    }
    if (collapsed === 0) return { edits };
    const first = edits[0]!;
    return {
      edits,
      findings: [{
        code: 'whitespace-collapsed',
        message: `Collapsed ${collapsed} run${collapsed === 1 ? '' : 's'} of whitespace`,
        severity: 'info',
        start: first.start,
        end: first.end,
      }],
    };
  },
};

/** Two spaces or line breaks in a row: single ones between words are the common case and stay. */
const PAIR = /[ \n][ \n]/g;

/**
 * The start of the next run to look at from `from`: a run of two or more, or a single space or line
 * break at either end of the text ("a  b", " a", "a\n"). A regular expression finds the pairs: a
 * loop over every character costs several times more.
 */
function runFrom(text: string, from: number): number {
  if (from === 0 && isBlank(text.charCodeAt(0))) return 0;
  PAIR.lastIndex = from;
  const found = PAIR.test(text) ? PAIR.lastIndex - 2 : -1;
  PAIR.lastIndex = 0;
  if (found !== -1) return found;
  const last = text.length - 1;
  return last >= from && isBlank(text.charCodeAt(last)) ? last : -1;
}

function runEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isBlank(text.charCodeAt(end))) end++;
  return end;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 10;
}

/**
 * "a  b" → "a b"; "a \n b" → "a\nb"; "a\n\n\n\nb" → "a\n\nb"; leading and trailing runs go. Null
 * when the run stays as it is.
 */
function replacementOf(length: number, text: string, start: number, end: number): string | null {
  if (start === 0 || end === text.length) return '';
  let newlines = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) newlines++;
  const insert = newlines === 0 ? ' ' : newlines === 1 ? '\n' : '\n\n';
  // "\n\n" between paragraphs is already as it should be.
  return length === insert.length && (insert === ' ' || text.charCodeAt(start) === 10) ? null : insert;
}
