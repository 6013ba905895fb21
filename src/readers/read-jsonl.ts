import type { Diagnostic } from '../core/diagnostic.js';
import type { InputMeta } from '../core/doc.js';
import { decodeLine } from './decode-bytes.js';
import { formatBytes, type ResolvedReadOptions } from './read-options.js';
import { recordToInput } from './record-to-input.js';
import { rejectInput, type ReadResult } from './reject-input.js';
import { splitLines } from './split-lines.js';

/**
 * Reads JSON Lines as a stream, one record a line, never the whole file in memory. Each bad line
 * (unparsable, not an object, no text, too long) is rejected with its line number; the good ones
 * are read. Blank lines are skipped. Lines are decoded one by one (UTF-8, else windows-1252).
 *
 * @example for await (const r of readJsonLines(createReadStream('a.jsonl'), { sourcePath: 'a.jsonl', format: 'jsonl' }, options)) …
 */
export async function* readJsonLines(
  source: AsyncIterable<Buffer | Uint8Array | string>,
  base: InputMeta,
  options: ResolvedReadOptions,
  inherited: readonly Diagnostic[] = [],
): AsyncGenerator<ReadResult> {
  for await (const line of splitLines(source, options.maxBytes)) {
    const meta: InputMeta = { ...base, format: 'jsonl', line: line.number };
    const diagnostics: Diagnostic[] = [...inherited];
    if (line.tooLong) {
      const message = `Cannot read line: it is ${formatBytes(line.size)}, over the ${formatBytes(options.maxBytes)} limit`;
      yield rejectInput(meta, 'input-too-large', message, diagnostics);
      continue;
    }
    let bytes = line.bytes;
    if (line.number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    const text = decodeLine(bytes, diagnostics);
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield rejectInput(meta, 'input-malformed', `Cannot parse JSON: ${(error as Error).message}`, diagnostics);
      continue;
    }
    yield recordToInput(value, meta, options, diagnostics);
  }
}
