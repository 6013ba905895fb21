import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep, Finding } from '../clean-step.js';
import { lineRemovals, textLines, type Line } from '../text-lines.js';

/** Longest line tested: body paragraphs are longer, so they are never taken for boilerplate. */
const MAX_LINE = 300;
/** Closing lines looked at for footers ("-- AFP", "(END)"), counted from the last line. */
const MAX_FOOTER_LINES = 8;
/** Longest teaser headline: longer lines after a bare "Read more:" are body text. */
const MAX_TEASER = 160;
/** Most teaser headlines taken after one bare label, when they come as a bulleted list. */
const MAX_TEASERS = 5;
/** A list bullet before a teaser headline: "• ", "- ", "* ", "► ". */
const BULLET = /^[•·▪►*-]\s+/u;

/**
 * Removes whole boilerplate lines (`Baca juga: …`, `Read more`, bylines, photo credits,
 * share/subscribe lines, copyright, editor lines), by the rules of every pack's `boilerplate.yml`;
 * a bare teaser label takes the headline on the next line with it, and the closing lines go when
 * they are footers (`-- AFP`, `(END)`, `(*)`).
 */
export const removeBoilerplate: CleanStep = {
  name: 'remove-boilerplate',
  run(text, { data }) {
    if (data.boilerplate.length === 0 && data.footers.length === 0) return {};
    const lines = textLines(text);
    const removed = new Set<number>();
    const findings: Finding[] = [];
    const remove = (line: Line, content: string, what: string) => {
      removed.add(line.index);
      findings.push({ code: 'boilerplate-removed', message: `Removed ${what} "${clip(content)}"`, severity: 'info', start: line.start, end: line.end, actual: content });
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.end - line.start > MAX_LINE) continue;
      const content = text.slice(line.start, line.end);
      if (!data.anyBoilerplate.some((rule) => rule.test(content))) continue;
      remove(line, content, 'boilerplate line');
      // "Read more:" alone, then "Oil prices rise on supply fears": the teaser headline goes too;
      // "Related Coverage" then "• Oil prices rise" and "• Iran says…": the whole bulleted list.
      if (!data.teasers.some((rule) => rule.test(content))) continue;
      for (let n = 0; n < MAX_TEASERS && i + 1 < lines.length; n++) {
        const next = lines[i + 1]!;
        const teaser = text.slice(next.start, next.end);
        const bullet = BULLET.exec(teaser);
        if (!isTeaserHeadline(bullet ? teaser.slice(bullet[0].length) : teaser) || (n > 0 && !bullet)) break;
        remove(next, teaser, `the teaser headline after "${content}"`);
        i++;
        if (!bullet) break;
      }
    }
    // "-- AFP", "(END)": footers count only among the closing lines, below the last body paragraph.
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - MAX_FOOTER_LINES; i--) {
      if (removed.has(i)) continue;
      const line = lines[i]!;
      const content = text.slice(line.start, line.end);
      if (line.end - line.start > MAX_LINE || !data.footers.some((rule) => rule.test(content))) break;
      remove(line, content, 'footer');
    }
    const edits: Edit[] = lineRemovals(text, lines.filter((l) => removed.has(l.index))).map((span) => ({ ...span, insert: '' }));
    return { edits, findings };
  },
};

/**
 * A short line shaped like a headline: "Oil prices rise on supply fears", "Timnas Bersiap Hadapi China?";
 * not a body paragraph ("The talks ended on Friday.") nor a lead-in ("He said:").
 */
export function isTeaserHeadline(line: string): boolean {
  if (line.length > MAX_TEASER || !/^[\p{Lu}\p{N}"“‘']/u.test(line)) return false;
  if (/[.,;:]["”’']?$/u.test(line)) return false;
  const words = line.split(' ').length;
  return words >= 2 && words <= 20;
}

/** Shortens text for a message. */
export function clip(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
