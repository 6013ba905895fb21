import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep, Finding } from '../clean-step.js';
import { paragraphKey } from '../paragraph-key.js';
import { lineRemovals, textLines, type Line } from '../text-lines.js';
import { clip } from './06-remove-boilerplate.js';
import { NearDuplicateIndex } from '../near-duplicate-index.js';

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
    const seen = new Map<string, Line>();
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
      // A giant paragraph is compared as it is: keying it would cost more than it could find.
      const key = content.length > MAX_NEAR_CHARS ? content : paragraphKey(content);
      if (titleKey !== null && repeatsHeadline(key, titleKey, content)) {
        remove(line, 'duplicate-headline-removed', `Removed the headline repeated as paragraph ${line.index + 1}: "${clip(content)}"`);
        continue;
      }
      const earlier = seen.get(key);
      if (earlier && wordCount(key) >= MIN_EXACT_WORDS) {
        remove(line, 'duplicate-paragraph-removed', `Removed paragraph ${line.index + 1}, a repeat of paragraph ${earlier.index + 1}: "${clip(content)}"`);
        continue;
      }
      const similar = earlier || content.length > MAX_NEAR_CHARS ? null : near.check(key, line.index);
      if (similar !== null) {
        remove(line, 'near-duplicate-paragraph-removed', `Removed paragraph ${line.index + 1}, nearly a repeat of paragraph ${lines[similar]!.index + 1}: "${clip(content)}"`);
        continue;
      }
      if (!earlier) seen.set(key, line);
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

function wordCount(key: string): number {
  if (key === '') return 0;
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) n++;
  return n;
}
