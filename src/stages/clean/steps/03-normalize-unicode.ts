import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep } from '../clean-step.js';

/**
 * Unicode NFC: a letter followed by a combining mark becomes the precomposed letter
 * (`e` + U+0301 → `é`), so matching and offsets agree with what users type. Only words that change
 * are edited, so offsets elsewhere stay exact.
 */
export const normalizeUnicode: CleanStep = {
  name: 'normalize-unicode',
  run(text) {
    // Latin letters, punctuation and currency signs are unchanged by NFC and never compose with
    // each other: a text of nothing else needs no normalising copy to be checked.
    if (!MAY_CHANGE.test(text) || text.normalize('NFC') === text) return {};
    const edits: Edit[] = [];
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const word = m[0];
      const nfc = word.normalize('NFC');
      if (nfc !== word) edits.push({ start: m.index, end: m.index + word.length, insert: nfc });
    }
    WORD.lastIndex = 0;
    if (edits.length === 0) return {};
    const first = edits[0]!;
    return {
      edits,
      findings: [{
        code: 'unicode-normalized',
        message: `Normalised ${edits.length} word${edits.length === 1 ? '' : 's'} to composed Unicode (NFC)`,
        severity: 'info',
        start: first.start,
        end: first.end,
      }],
    };
  },
};

const MAY_CHANGE = /[^\u0000-\u02FF\u2010-\u205E\u20A0-\u20C0]/;
// Runs of non-space characters; combining sequences never cross a space.
const WORD = /[^\s]+/g;
