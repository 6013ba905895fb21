import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleInput, Rejection } from '../core/doc.js';
import { readJsonLines } from './read-jsonl.js';
import { resolveReadOptions } from './read-options.js';
import { splitLines } from './split-lines.js';

async function* chunks(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

const read = (bytes: Buffer, chunkSize = 7, maxBytes?: number): Promise<Array<ArticleInput | Rejection>> =>
  collect(readJsonLines(chunks(bytes, chunkSize), { sourcePath: 'c.jsonl', format: 'jsonl' }, resolveReadOptions(maxBytes ? { maxBytes } : {})));

test('readJsonLines() rejects each bad line by number and reads the good ones around it', async () => {
  const body = ['{"id":"a","text":"Putin met Xi."}', '{"id":"b","text":', 'not json', '', '{"id":"c","text":"Prabowo bertemu Albanese."}', '{"id":"d"}'].join('\n');
  const results = await read(Buffer.from(body));
  const summary = results.map((r) => ('label' in r ? `${r.label} ${r.diagnostics.at(-1)!.code}` : r.meta.recordId));
  assert.deepEqual(summary, ['a', 'c.jsonl:2 input-malformed', 'c.jsonl:3 input-malformed', 'c', 'c.jsonl:6 record-missing-text']);
});

test('readJsonLines() handles CRLF line ends, a BOM on line 1 and a last line without newline', async () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"text":"one"}\r\n{"text":"two"}')]);
  const results = await read(bytes, 3);
  assert.deepEqual(results.map((r) => ('raw' in r ? r.raw : 'rejected')), ['one', 'two']);
  assert.deepEqual(results.map((r) => r.meta.line), [1, 2]);
});

test('readJsonLines() decodes a latin-1 line with the windows-1252 fallback', async () => {
  const bytes = Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
  const [first, second] = await read(bytes);
  assert.ok(first && 'raw' in first && first.diagnostics.length === 0);
  assert.ok(second && 'raw' in second);
  assert.equal(second.raw, 'café');
  assert.deepEqual(second.diagnostics.map((d) => d.code), ['charset-fallback']);
});

test('readJsonLines() rejects a line over the size limit without holding it, and goes on', async () => {
  const big = `{"text":"${'x'.repeat(5000)}"}`;
  const results = await read(Buffer.from(`${big}\n{"text":"small"}\n`), 512, 1000);
  assert.ok('label' in results[0]!);
  assert.equal(results[0].label, 'c.jsonl:1');
  assert.equal(results[0].diagnostics.at(-1)!.code, 'input-too-large');
  assert.ok('raw' in results[1]! && results[1].raw === 'small');
});

test('splitLines() numbers lines across chunk boundaries of any size', async () => {
  const text = 'ab\ncd\n\nefg';
  for (const size of [1, 2, 3, 100]) {
    const lines = await collect(splitLines(chunks(Buffer.from(text), size), 100));
    assert.deepEqual(lines.map((l) => [l.number, l.bytes.toString()]), [[1, 'ab'], [2, 'cd'], [3, ''], [4, 'efg']]);
  }
});
