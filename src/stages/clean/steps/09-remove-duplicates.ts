import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep, Finding } from '../clean-step.js';
import { paragraphKey } from '../paragraph-key.js';
import { lineRemovals, textLines, type Line } from '../text-lines.js';
import { clip } from './06-remove-boilerplate.js';
import { NearDuplicateIndex, fingerprint, type Fingerprint } from '../near-duplicate-index.js';

/** Exact repeats shorter than this many words are kept ("Terima kasih." twice is speech, not noise). */
const MIN_EXACT_WORDS = 4;
/** Paragraphs longer than this are only compared exactly. */
const MAX_NEAR_CHARS = 20_000;

/**
 * Removes repeated paragraphs: exact repeats (an article pasted twice), near repeats (the same
 * paragraph with a word changed), the headline repeated in the body, and a headline prefix standing
 * alone as a paragraph ("Putin and Xi praise ties" under "Putin and Xi praise ties as war goes on").
 */
export const removeDuplicates: CleanStep = {
  name: 'remove-duplicates',
  run(text, { marks }) {
    const lines = textLines(text);
    const titleLine = marks.title ? lines.find((l) => l.start === marks.title!.start) : undefined;
    const titleKey = titleLine ? paragraphKey(text.slice(titleLine.start, titleLine.end)) : null;
    const seen = new ExactIndex();
    const near = new NearDuplicateIndex();
    const removed: Line[] = [];
    const findings: Finding[] = [];
    const remove = (line: Line, code: Finding['code'], message: string) => {
      removed.push(line);
      findings.push({ code, message, severity: 'warning', start: line.start, end: line.end, actual: text.slice(line.start, line.end) });
    };
    for (const line of lines) {
      if (line === titleLine) continue;
      const content = text.slice(line.start, line.end);
      // Only a paragraph about the headline's length can repeat it or a prefix of it.
      if (titleKey !== null && content.length <= titleLine!.end - titleLine!.start + 40 && repeatsHeadline(paragraphKey(content), titleKey, content)) {
        remove(line, 'duplicate-headline-removed', `Removed the headline repeated as paragraph ${line.index + 1}: "${clip(content)}"`);
        continue;
      }
      const print = fingerprint(text, line.start, line.end, content.length <= MAX_NEAR_CHARS);
      const earlier = seen.get(print);
      if (earlier && print.words >= MIN_EXACT_WORDS) {
        remove(line, 'duplicate-paragraph-removed', `Removed paragraph ${line.index + 1}, a repeat of paragraph ${earlier.index + 1}: "${clip(content)}"`);
        continue;
      }
      // A giant paragraph is only compared exactly: its trigrams would cost more than they could find.
      const similar = earlier || print.grams === null ? null : near.check(print.grams, line.index);
      if (similar !== null) {
        remove(line, 'near-duplicate-paragraph-removed', `Removed paragraph ${line.index + 1}, nearly a repeat of paragraph ${lines[similar]!.index + 1}: "${clip(content)}"`);
        continue;
      }
      if (!earlier) seen.set(print, line);
    }
    const edits: Edit[] = lineRemovals(text, removed).map((span) => ({ ...span, insert: '' }));
    return { edits, findings };
  },
};

/**
 * The headline again ("Putin praises ties"), or a prefix of it of at least half its words standing
 * without final punctuation, or the headline plus a few words ("Putin praises ties - Outlet").
 */
function repeatsHeadline(key: string, titleKey: string, content: string): boolean {
  if (key === titleKey) return true;
  if (/[.!?"”’]$/.test(content)) return false;
  const words = wordCount(key);
  const titleWords = wordCount(titleKey);
  if (titleKey.startsWith(`${key} `)) return words >= 4 && words * 2 >= titleWords;
  if (key.startsWith(`${titleKey} `)) return words - titleWords <= 4;
  return false;
}

/** Words of a paragraph key (single-spaced). */
function wordCount(key: string): number {
  if (key === '') return 0;
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}

/** The first line of each fingerprint, keyed by its number fields (a string key cost three number conversions a line). */
class ExactIndex {
  private readonly lines = new Map<number, Array<{ print: Fingerprint; line: Line }>>();

  get(print: Fingerprint): Line | undefined {
    for (const e of this.lines.get(print.key) ?? []) if (e.print.check === print.check && e.print.words === print.words) return e.line;
    return undefined;
  }

  set(print: Fingerprint, line: Line): void {
    const list = this.lines.get(print.key);
    if (list) list.push({ print, line });
    else this.lines.set(print.key, [{ print, line }]);
  }
}
