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
    const n = text.length;
    for (let start = 0; start < n; start++) {
      if (!isBlank(text.charCodeAt(start))) continue;
      let end = start + 1;
      while (end < n && isBlank(text.charCodeAt(end))) end++;
      // A run of two or more, or a single blank at either end of the text (no match otherwise).
      if (end - start >= 2 || start === 0 || end === n) {
        const run = text.slice(start, end);
        const insert = replacementOf(run, start === 0 || end === n);
        if (insert !== run) {
          edits.push({ start, end, insert });
          if (run.length - insert.length > 1 || insert === '') collapsed++;
        }
      }
      start = end;
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

/** Space or line break: the only blanks left after `normalize-characters`. */
function isBlank(c: number): boolean {
  return c === 32 || c === 10;
}

/** "a  b" → "a b"; "a \n b" → "a\nb"; "a\n\n\n\nb" → "a\n\nb"; leading and trailing runs go. */
function replacementOf(run: string, atEdge: boolean): string {
  if (atEdge) return '';
  let newlines = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) === 10) newlines++;
  if (newlines === 0) return ' ';
  return newlines === 1 ? '\n' : '\n\n';
}
