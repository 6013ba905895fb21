import type { Diagnostic } from '../core/diagnostic.js';
import type { InputMeta } from '../core/doc.js';
import { decodeBytes } from './decode-bytes.js';
import { collectBytes, PeekStream, transcodeUtf16 } from './peek-stream.js';
import { readJsonLines } from './read-jsonl.js';
import { formatBytes, type ResolvedReadOptions } from './read-options.js';
import { readText } from './read-text.js';
import { readDiagnostic, rejectInput, type ReadResult } from './reject-input.js';
import { enoughToSniff, sniffFormat, type Format } from './sniff-format.js';

/**
 * Reads one byte stream (a file or standard input). JSON Lines are streamed line by line; other
 * formats are read whole, up to the size limit. With no `format`, it is sniffed from the first
 * bytes (`-` and files with other extensions). UTF-16 streams are re-encoded as UTF-8 first.
 *
 * @example for await (const r of readStream(process.stdin, { sourcePath: '-', format: 'txt' }, null, options)) …
 */
export async function* readStream(
  source: AsyncIterable<Buffer | Uint8Array | string>,
  base: InputMeta,
  format: Format | null,
  options: ResolvedReadOptions,
): AsyncGenerator<ReadResult> {
  let peeker = new PeekStream(source);
  const bom = await peeker.peek((head) => head.length >= 3, 3);
  const inherited: Diagnostic[] = [];
  const utf16 = bom[0] === 0xff && bom[1] === 0xfe ? 'utf-16le' : bom[0] === 0xfe && bom[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    inherited.push(readDiagnostic('charset-bom', `Read as ${utf16.toUpperCase()}: the input starts with its byte-order mark`, 'info'));
    peeker = new PeekStream(transcodeUtf16(peeker.rest(), utf16));
  }
  const kind = format ?? sniffFormat(await peeker.peek(enoughToSniff, options.maxBytes));
  const meta: InputMeta = { ...base, format: kind };
  if (kind === 'jsonl') {
    yield* readJsonLines(peeker.rest(), meta, options, inherited);
    return;
  }
  const limit = kind === 'json' ? options.maxBytes * 4 : options.maxBytes;
  const collected = await collectBytes(peeker.rest(), limit);
  if ('tooLarge' in collected) {
    const hint = kind === 'json' ? '; use .jsonl for large corpora' : '';
    yield rejectInput(meta, 'input-too-large', `Cannot read input: it is over the ${formatBytes(limit)} limit${hint}`, inherited);
    return;
  }
  const decoded = decodeBytes(collected.bytes);
  if (!decoded.ok) {
    yield rejectInput(meta, decoded.code, decoded.message, inherited);
    return;
  }
  yield* readText(decoded.text, kind, meta, [...inherited, ...decoded.diagnostics], options);
}
