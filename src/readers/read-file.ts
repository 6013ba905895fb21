import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { InputMeta } from '../core/doc.js';
import { formatBytes, type ResolvedReadOptions } from './read-options.js';
import { readStream } from './read-stream.js';
import { rejectInput, type ReadResult } from './reject-input.js';
import type { Format } from './sniff-format.js';

/** Format by extension; other files are sniffed. */
const FORMATS: Record<string, Format> = { '.txt': 'txt', '.html': 'html', '.htm': 'html', '.json': 'json', '.jsonl': 'jsonl' };

/**
 * Reads one file: by extension (`.txt`, `.html`/`.htm`, `.json`, `.jsonl`), else by sniffing its first
 * bytes. A file over the size limit is rejected before it is read (JSON Lines are limited per line).
 * A file that vanishes or cannot be opened becomes an `input-unreadable` rejection.
 *
 * @example for await (const r of readFile('a.jsonl', options)) …
 */
export async function* readFile(path: string, options: ResolvedReadOptions): AsyncGenerator<ReadResult> {
  const format = FORMATS[extname(path).toLowerCase()] ?? null;
  const meta: InputMeta = { sourcePath: path, format: format ?? 'txt' };
  try {
    if (format !== null && format !== 'jsonl') {
      const { size } = await stat(path);
      const limit = format === 'json' ? options.maxBytes * 4 : options.maxBytes;
      if (size > limit) {
        const hint = format === 'json' ? '; use .jsonl for large corpora' : '';
        yield rejectInput(meta, 'input-too-large', `Cannot read file: it is ${formatBytes(size)}, over the ${formatBytes(limit)} limit${hint}`);
        return;
      }
    }
    // Big chunks for JSON Lines corpora (fewer waits on the disk); small ones for single articles.
    const highWaterMark = format === 'jsonl' || format === null ? 1 << 20 : 1 << 16;
    yield* readStream(createReadStream(path, { highWaterMark }), meta, format, options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    yield rejectInput(meta, 'input-unreadable', `Cannot read file: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code}`);
  }
}
