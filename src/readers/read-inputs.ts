import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleInput, InputMeta, Rejection } from '../core/doc.js';
import { inputLabel } from '../core/pipeline.js';

/** Options shared by all readers. */
export interface ReadOptions {
  /** Publication date for inputs that carry none (`--published`). */
  published?: string;
  /** Language for inputs that carry none (`--lang`). */
  lang?: string;
  /** Standard input stream, for the path `-`. */
  stdin?: NodeJS.ReadableStream;
}

/**
 * Reads files, folders (recursively) and `-` into article inputs, in order, one at a time.
 * Bad inputs become rejections with a reason; they never stop the stream.
 */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ArticleInput | Rejection> {
  for (const path of paths) {
    if (path === '-') {
      // TODO(#2): detect the format of standard input and decode charsets like files.
      const text = await readStream(options.stdin ?? process.stdin);
      yield* fromText(text, { sourcePath: '-', format: 'txt' }, options);
      continue;
    }
    yield* readPath(path, options);
  }
}

async function* readPath(path: string, options: ReadOptions): AsyncGenerator<ArticleInput | Rejection> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield reject({ sourcePath: path, format: 'txt' }, 'input-unreadable', `Cannot read "${path}": ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    return;
  }
  if (info.isDirectory()) {
    const entries = (await readdir(path)).sort();
    for (const entry of entries) yield* readPath(join(path, entry), options);
    return;
  }
  const ext = extname(path).toLowerCase();
  const text = await readFile(path, 'utf8');
  if (ext === '.jsonl') {
    let line = 0;
    for (const row of text.split('\n')) {
      line++;
      if (!row.trim()) continue;
      yield* fromRecordText(row, { sourcePath: path, format: 'jsonl', line }, options);
    }
  } else if (ext === '.json') {
    yield* fromRecordText(text, { sourcePath: path, format: 'json' }, options);
  } else if (ext === '.html' || ext === '.htm') {
    yield* fromText(text.replace(/<[^>]*>/g, ' '), { sourcePath: path, format: 'html' }, options);
  } else {
    yield* fromText(text, { sourcePath: path, format: 'txt' }, options);
  }
}

function* fromRecordText(source: string, meta: InputMeta, options: ReadOptions): Generator<ArticleInput | Rejection> {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    yield reject(meta, 'input-malformed', `Cannot parse ${meta.sourcePath}: ${(error as Error).message}`);
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  for (const [i, record] of records.entries()) {
    const recordMeta: InputMeta = Array.isArray(value) ? { ...meta, line: i } : { ...meta };
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      yield reject(recordMeta, 'record-missing-text', 'Cannot read record: it has no "text" string');
      continue;
    }
    if (typeof record.id === 'string') recordMeta.recordId = record.id;
    if (typeof record.title === 'string') recordMeta.title = record.title;
    if (typeof record.published === 'string') recordMeta.publishedRaw = record.published;
    if (typeof record.lang === 'string') recordMeta.lang = record.lang;
    const raw = recordMeta.title ? `${recordMeta.title}\n\n${record.text}` : record.text;
    yield* fromText(raw, recordMeta, options);
  }
}

function* fromText(raw: string, meta: InputMeta, options: ReadOptions): Generator<ArticleInput | Rejection> {
  if (meta.publishedRaw === undefined && options.published !== undefined) meta.publishedRaw = options.published;
  if (meta.lang === undefined && options.lang !== undefined) meta.lang = options.lang;
  if (raw.trim() === '') {
    yield reject(meta, 'input-empty', `Cannot read "${inputLabel(meta)}": no text`);
    return;
  }
  yield { meta, raw, diagnostics: [] };
}

function reject(meta: InputMeta, code: 'input-unreadable' | 'input-malformed' | 'record-missing-text' | 'input-empty', message: string): Rejection {
  return { meta, label: inputLabel(meta), diagnostics: [{ code, message, severity: 'fatal', stage: 'read' }] };
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
