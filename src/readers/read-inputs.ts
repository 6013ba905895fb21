import { extname } from 'node:path';
import type { ArticleInput, InputMeta, Rejection } from '../core/doc.js';
import { readFile } from './read-file.js';
import { resolveReadOptions, type ReadOptions } from './read-options.js';
import { readStream } from './read-stream.js';
import { rejectInput } from './reject-input.js';
import { walkPath } from './walk-path.js';

export type { ReadOptions } from './read-options.js';

/**
 * Reads files, folders (recursively, sorted) and `-` (standard input, format sniffed) into article
 * inputs, in order, one at a time: nothing waits for the whole corpus. Bad inputs become rejections
 * with a reason (path, `path:line` for JSON Lines, `path[i]` for JSON arrays); they never stop the stream.
 *
 * @example for await (const input of readInputs(['articles/', '-'], { published: '2024-08-21' })) …
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ArticleInput | Rejection> {
  const resolved = resolveReadOptions(options);
  for (const path of paths) {
    if (path === '-') {
      yield* readStream(resolved.stdin as AsyncIterable<Buffer>, { sourcePath: '-', format: 'txt' }, null, resolved);
      continue;
    }
    for await (const entry of walkPath(path)) {
      if (entry.kind === 'file') yield* readFile(entry.path, resolved);
      else yield rejectInput({ sourcePath: entry.path, format: formatOf(entry.path) }, entry.code, entry.message);
    }
  }
}

function formatOf(path: string): InputMeta['format'] {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.json' || ext === '.jsonl') return ext.slice(1) as 'json' | 'jsonl';
  return 'txt';
}
