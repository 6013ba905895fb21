/** How much of the text is inspected: binary formats show themselves in their first bytes. */
const SAMPLE = 65536;

/** Share of control characters above which text is taken for binary data. */
const MAX_CONTROL_RATIO = 0.05;

/**
 * Returns a reason when decoded text looks like binary data (a NUL character, or many control
 * characters other than tab, newline, carriage return, form feed and vertical tab), else null.
 * Only the first 64 k characters are inspected, so the check is cheap on any input.
 *
 * @example looksBinary('PK\u0003\u0004\u0000…') // 'it holds NUL bytes'
 */
export function looksBinary(text: string): string | null {
  const end = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'it holds NUL bytes';
    if ((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 127) controls++;
  }
  if (end > 0 && controls / end > MAX_CONTROL_RATIO) return `${Math.round((controls / end) * 100)}% of its characters are control characters`;
  return null;
}
