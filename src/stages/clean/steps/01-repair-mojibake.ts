import type { Edit } from '../../../core/offset-map.js';
import type { CleanStep } from '../clean-step.js';

/**
 * UTF-8 that was once decoded as windows-1252 (or latin-1) and saved again: `â€™` → `’`,
 * `Ã©` → `é`, `â€œ` → `“`, and `â€` alone → `”` (its last byte is one windows-1252 lacks). A run is repaired only when its characters are exactly the bytes of one
 * well-formed UTF-8 character, so genuine text such as `Ã` or `Â` alone stays. Runs first: later
 * steps would remove the C1 characters that some of these runs contain.
 */
export const repairMojibake: CleanStep = {
  name: 'repair-mojibake',
  run(text) {
    // A text of ASCII alone (UTF-8 as long as the text) has no lead character; its length in UTF-8 is
    // counted natively some ten times faster than the pattern scans it.
    if (Buffer.byteLength(text, 'utf8') === text.length || !LEAD_TEST.test(text)) return {};
    const edits: Edit[] = [];
    for (const m of text.matchAll(RUN)) {
      // The lead byte says how many bytes follow; the rest of the run is genuine text ("Ã©…").
      const lead = m[0].charCodeAt(0);
      const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
      if (m[0].length < size) {
        // "â€" alone: the third byte was 0x9D, which windows-1252 lacks and decoders drop: "”".
        if (m[0] === 'â€') edits.push({ start: m.index, end: m.index + 2, insert: '”' });
        continue;
      }
      const fixed = decode(m[0].slice(0, size));
      if (fixed !== null) edits.push({ start: m.index, end: m.index + size, insert: fixed });
    }
    if (edits.length === 0) return {};
    const first = edits[0]!;
    return {
      edits,
      findings: [{
        code: 'mojibake-repaired',
        message: `Repaired ${edits.length} character${edits.length === 1 ? '' : 's'} garbled by a wrong decoding, e.g. "${text.slice(first.start, first.end)}" → "${first.insert}"`,
        severity: 'warning',
        start: first.start,
        end: first.end,
        actual: text.slice(first.start, first.end),
      }],
    };
  },
};

/** Windows-1252 characters for bytes 0x80–0x9F. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>();
for (let i = 0; i < 32; i++) BYTE_OF.set(CP1252[i]!, 0x80 + i);
for (let i = 0x80; i < 0x100; i++) if (!BYTE_OF.has(String.fromCharCode(i))) BYTE_OF.set(String.fromCharCode(i), i);

const CONTINUATION = `[\\u0080-\\u00BF${CP1252.replace(/[\u0080-\u009F]/g, '')}]`;
// A lead byte (Â–ô) and one to three continuation bytes, as windows-1252 characters.
const RUN = new RegExp(`[\\u00C2-\\u00F4]${CONTINUATION}{1,3}`, 'g');
const LEAD_TEST = /[\u00C2-\u00F4]/;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The one character the run's bytes encode in UTF-8, or null. */
function decode(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = BYTE_OF.get(run[i]!);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    const out = decoder.decode(bytes);
    return [...out].length === 1 ? out : null;
  } catch {
    return null;
  }
}
