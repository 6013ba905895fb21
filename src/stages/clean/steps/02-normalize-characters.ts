import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep, Finding } from '../clean-step.js';

/**
 * Line breaks to `\n`; invisible characters removed (zero-width space, soft hyphen, BOM, bidi
 * marks, control characters, lone surrogates); exotic spaces and tabs to a plain space; ligatures and full-width
 * forms to their compatibility equivalents (`ﬁ` → `fi`, `ＡＢＣ` → `ABC`).
 */
export const normalizeCharacters: CleanStep = {
  name: 'normalize-characters',
  run(text) {
    const edits: Edit[] = [];
    // One character class finds in one pass whether any alternative of the pattern can start.
    if (!START.test(text)) return { edits };
    let reported = 0;
    let first: Finding | undefined;
    for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
      const ch = m[0];
      const insert = replacementOf(ch);
      edits.push({ start: m.index, end: m.index + ch.length, insert });
      // CRLF and tabs are ordinary file conventions, not noise worth reporting.
      if (ch === '\r\n' || ch === '\r' || ch === '\t') continue;
      reported++;
      first ??= { code: 'unicode-normalized', message: '', severity: 'info', start: m.index, end: m.index + ch.length };
    }
    PATTERN.lastIndex = 0;
    if (!first) return { edits };
    first.message = `Normalised ${reported} invisible, space or compatibility character${reported === 1 ? '' : 's'}`;
    return { edits, findings: [first] };
  },
};

// Control characters except \t and \n; C1 controls; zero-width and bidi marks; soft hyphen; BOM.
const INVISIBLE = '\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x80-\\x84\\x86-\\x9F\\u00AD\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';
const SPACES = '\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000';
const BREAKS = '\\u0085\\u2028\\u2029';
const COMPAT = '\\uFB00-\\uFB06\\uFF01-\\uFF5E';
// Lone surrogates (broken UTF-16) are removed too.
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const PATTERN = new RegExp(`\\r\\n?|[${BREAKS}]|[${INVISIBLE}]+|[${SPACES}]|[${COMPAT}]|${LONE_SURROGATE}`, 'g');

function replacementOf(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) return '\n';
  if (SPACE_RE.test(ch)) return ' ';
  if (COMPAT_RE.test(ch)) return ch.normalize('NFKC');
  return '';
}
/** The first characters of every alternative of PATTERN (any surrogate, paired or not). */
const START = new RegExp(`[\\r${BREAKS}${INVISIBLE}${SPACES}${COMPAT}\\uD800-\\uDFFF]`);
const SPACE_RE = new RegExp(`^[${SPACES}]$`);
const COMPAT_RE = new RegExp(`^[${COMPAT}]$`);
