import type { InputMeta } from '../core/doc.js';

/** An input format. */
export type Format = InputMeta['format'];

/**
 * Guesses the format of UTF-8 bytes from their start: `[` is a JSON array; `{` is JSON Lines when
 * the first line alone parses, else one (pretty-printed) JSON object; `<` followed by a letter, `!`
 * or `?` is HTML; anything else is text. `head` must reach past the first line when it starts with `{`.
 *
 * @example sniffFormat(Buffer.from('{"text":"a"}\n{"text":"b"}\n')) // 'jsonl'
 * @example sniffFormat(Buffer.from('<!doctype html><p>Hi')) // 'html'
 */
export function sniffFormat(head: Buffer): Format {
  const k = firstContent(head);
  if (k === -1) return 'txt';
  const c = head[k];
  if (c === 0x5b /* [ */) return 'json';
  if (c === 0x7b /* { */) {
    const nl = head.indexOf(10, k);
    if (nl === -1) return 'json';
    try {
      JSON.parse(head.subarray(k, nl).toString('utf8'));
      return 'jsonl';
    } catch {
      return 'json';
    }
  }
  if (c === 0x3c /* < */) {
    const d = head[k + 1] ?? 0;
    if ((d >= 0x41 && d <= 0x5a) || (d >= 0x61 && d <= 0x7a) || d === 0x21 || d === 0x3f) return 'html';
  }
  return 'txt';
}

/** True once `head` holds enough to sniff: a first non-space byte, and for `{` the end of its line. */
export function enoughToSniff(head: Buffer): boolean {
  const k = firstContent(head);
  if (k === -1) return false;
  if (head[k] !== 0x7b) return head.length > k + 1;
  return head.indexOf(10, k) !== -1;
}

/** Offset of the first byte that is not whitespace or a UTF-8 byte-order mark, or -1. */
function firstContent(head: Buffer): number {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x0c)) i++;
  return i < head.length ? i : -1;
}
