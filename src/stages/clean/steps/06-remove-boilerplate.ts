import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep, Finding } from '../clean-step.js';
import { lineRemovals, textLines, type Line } from '../text-lines.js';

/** Longest line tested: body paragraphs are longer, so they are never taken for boilerplate. */
const MAX_LINE = 300;

/**
 * Removes whole boilerplate lines (`Baca juga: …`, `Read more`, bylines, photo credits,
 * share/subscribe lines, copyright, editor lines), by the rules of every pack's `boilerplate.yml`.
 */
export const removeBoilerplate: CleanStep = {
  name: 'remove-boilerplate',
  run(text, { data }) {
    if (data.boilerplate.length === 0) return {};
    const removed: Line[] = [];
    const findings: Finding[] = [];
    for (const line of textLines(text)) {
      if (line.end - line.start > MAX_LINE) continue;
      const content = text.slice(line.start, line.end);
      if (!data.boilerplate.some((rule) => rule.test(content))) continue;
      removed.push(line);
      findings.push({
        code: 'boilerplate-removed',
        message: `Removed boilerplate line "${clip(content)}"`,
        severity: 'info',
        start: line.start,
        end: line.end,
        actual: content,
      });
    }
    const edits: Edit[] = lineRemovals(text, removed).map((span) => ({ ...span, insert: '' }));
    return { edits, findings };
  },
};

/** Shortens text for a message. */
export function clip(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
