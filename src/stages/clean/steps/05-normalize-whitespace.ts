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
    for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
      const run = m[0];
      const start = m.index;
      const end = start + run.length;
      const insert = replacementOf(run, start === 0 || end === text.length);
      if (insert === run) continue;
      edits.push({ start, end, insert });
      if (run.length - insert.length > 1 || insert === '') collapsed++;
    }
    RUN.lastIndex = 0;
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

const RUN = /[ \n]{2,}|^[ \n]|[ \n]$/g;

/** "a  b" → "a b"; "a \n b" → "a\nb"; "a\n\n\n\nb" → "a\n\nb"; leading and trailing runs go. */
function replacementOf(run: string, atEdge: boolean): string {
  if (atEdge) return '';
  let newlines = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) === 10) newlines++;
  if (newlines === 0) return ' ';
  return newlines === 1 ? '\n' : '\n\n';
}
