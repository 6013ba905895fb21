import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep, Finding } from '../clean-step.js';
import type { PunctuationWords } from '../clean-data.js';
import { textLines } from '../text-lines.js';
import { choosePunctuationWords } from '../choose-punctuation-words.js';
import { scanPeriods, type PeriodContext } from '../scan-periods.js';
import { pairFinder, properNouns } from '../proper-nouns.js';

/** Lines are scanned in windows of about this many characters, so memory stays flat on huge lines. */
const WINDOW = 50_000;
/** Longer texts skip the word-pair evidence: its set would cost more memory than it is worth. */
const MAX_BIGRAM_TEXT = 200_000;

/**
 * Repairs sentence punctuation broken by bad conversions, where the evidence is strong, and flags it
 * where it is not (`broken-punctuation-suspected`). Rules and examples are in `scan-periods.ts`.
 */
export const repairPunctuation: CleanStep = {
  name: 'repair-punctuation',
  run(text, { data, marks }) {
    if (text.indexOf('.') === -1) return {};
    const edits: Edit[] = [];
    const findings: Finding[] = [];
    let words: PunctuationWords | null | undefined;
    let nouns: ReadonlySet<string> | undefined;
    let pairs: ((first: string, second: string) => boolean) | undefined;
    const context: PeriodContext = {
      // The language vote costs a pass over the start of the text: only when a period looks stray.
      words: () => (words === undefined ? (words = choosePunctuationWords(text, data.punctuation, data.vote)) : words),
      anyWords: data.anyPunctuation,
      abbreviationStems: data.abbreviationStems,
      properNouns: () => (nouns ??= properNouns(text)),
      hasPair: (first, second) => text.length <= MAX_BIGRAM_TEXT && (pairs ??= pairFinder(text))(first, second),
      edits,
      findings,
    };
    for (const line of textLines(text)) {
      // The dateline is not prose; the title has no sentences to break.
      if (marks.title && line.start === marks.title.start) continue;
      for (let start = line.start; start < line.end; ) {
        let end = Math.min(line.end, start + WINDOW);
        // Cut at a space, searching back no further than the window (a text may have none).
        if (end < line.end) for (let i = end; i > start && i > end - 1000; i--) if (text.charCodeAt(i) === 32) {
          end = i;
          break;
        }
        scanPeriods(text, start, end, context);
        start = end;
      }
    }
    return { edits, findings };
  },
};
