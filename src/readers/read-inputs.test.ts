import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ArticleInput, Rejection } from '../core/doc.js';
import { readInputs, type ReadOptions } from './read-inputs.js';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-readers-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function read(paths: string[], options: ReadOptions = {}): Promise<Array<ArticleInput | Rejection>> {
  const out: Array<ArticleInput | Rejection> = [];
  for await (const r of readInputs(paths, options)) out.push(r);
  return out;
}

const summary = (results: Array<ArticleInput | Rejection>): string[] =>
  results.map((r) => ('label' in r ? `${r.label.slice(dir.length + 1)} ✗ ${r.diagnostics.at(-1)!.code}` : `${r.meta.sourcePath!.slice(dir.length + 1)} ${r.meta.format}`));

const stdin = (data: string | Buffer): ReadOptions => ({ stdin: Readable.from([typeof data === 'string' ? Buffer.from(data) : data]) });

test('readInputs() walks a folder recursively in sorted order, reading only accepted extensions', async () => {
  const root = join(dir, 'walk');
  mkdirSync(join(root, 'b-sub', 'deeper'), { recursive: true });
  writeFileSync(join(root, 'c.txt'), 'Third.');
  writeFileSync(join(root, 'a.html'), '<p>First.</p>');
  writeFileSync(join(root, 'b-sub', 'deeper', 'x.jsonl'), '{"text":"Deep."}\n');
  writeFileSync(join(root, 'b-sub', 'notes.md'), 'skipped');
  writeFileSync(join(root, '.hidden.txt'), 'skipped');
  writeFileSync(join(root, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
  assert.deepEqual(summary(await read([root])), ['walk/a.html html', 'walk/b-sub/deeper/x.jsonl jsonl', 'walk/c.txt txt']);
});

test('readInputs() reports a symbolic link loop once and reads the rest of the folder', async () => {
  const root = join(dir, 'loop');
  mkdirSync(join(root, 'inner'), { recursive: true });
  writeFileSync(join(root, 'inner', 'a.txt'), 'Article.');
  symlinkSync('..', join(root, 'inner', 'back-up'));
  symlinkSync('.', join(root, 'self'));
  assert.deepEqual(summary(await read([root])), ['loop/inner/a.txt txt', 'loop/inner/back-up ✗ symlink-loop', 'loop/self ✗ symlink-loop']);
});

test('readInputs() reports links that point at each other (a file-level cycle) as symlink-loop', async () => {
  const root = join(dir, 'cycle');
  mkdirSync(root, { recursive: true });
  symlinkSync('y.txt', join(root, 'x.txt'));
  symlinkSync('x.txt', join(root, 'y.txt'));
  writeFileSync(join(root, 'z.txt'), 'Article.');
  assert.deepEqual(summary(await read([root])), ['cycle/x.txt ✗ symlink-loop', 'cycle/y.txt ✗ symlink-loop', 'cycle/z.txt txt']);
});

test('readInputs() follows a symbolic link to a sibling folder (not a loop)', async () => {
  const root = join(dir, 'sibling');
  mkdirSync(join(root, 'real'), { recursive: true });
  writeFileSync(join(root, 'real', 'a.txt'), 'Article.');
  symlinkSync('real', join(root, 'z-link'));
  assert.deepEqual(summary(await read([root])), ['sibling/real/a.txt txt', 'sibling/z-link/a.txt txt']);
});

test('readInputs() rejects a missing path as input-unreadable', async () => {
  assert.deepEqual(summary(await read([join(dir, 'nope.txt')])), ['nope.txt ✗ input-unreadable']);
});

test('readInputs() names records of a JSON array by index', async () => {
  const path = join(dir, 'arr.json');
  writeFileSync(path, JSON.stringify([{ text: 'A' }, { text: 7 }, { id: 'c', text: 'C' }]));
  assert.deepEqual(summary(await read([path])), ['arr.json json', 'arr.json[1] ✗ record-missing-text', 'arr.json json']);
});

test('readInputs() rejects files over the size limit before reading them', async () => {
  const path = join(dir, 'big.txt');
  writeFileSync(path, 'word '.repeat(1000));
  assert.deepEqual(summary(await read([path], { maxBytes: 1000 })), ['big.txt ✗ input-too-large']);
  assert.deepEqual(summary(await read([path], { maxBytes: 10_000 })), ['big.txt txt']);
});

test('readInputs() sniffs a file with an unknown extension', async () => {
  const path = join(dir, 'feed.data');
  writeFileSync(path, '{"text":"one"}\n{"text":"two"}\n');
  assert.deepEqual(summary(await read([path])), ['feed.data jsonl', 'feed.data jsonl']);
});

test('readInputs() applies --published and --lang only where the input has none', async () => {
  const path = join(dir, 'defaults.jsonl');
  writeFileSync(path, '{"text":"a"}\n{"text":"b","published":"2023-03-20","lang":"id"}\n');
  const results = await read([path], { published: '2024-01-01', lang: 'en' });
  assert.deepEqual(results.map((r) => [r.meta.publishedRaw, r.meta.lang]), [['2024-01-01', 'en'], ['2023-03-20', 'id']]);
});

const sniffed: Array<[string, string | Buffer, string[]]> = [
  ['JSON Lines', '{"id":"a","text":"One."}\n{"id":"b","text":"Two."}\n', ['a jsonl', 'b jsonl']],
  ['a JSON array', '[{"id":"a","text":"One."},{"id":"b","text":"Two."}]', ['a json', 'b json']],
  ['a pretty-printed JSON object', '{\n  "id": "a",\n  "text": "One."\n}\n', ['a json']],
  ['HTML', '<!doctype html><html><head><title>T</title></head><body><p>Body.</p></body></html>', ['- html']],
  ['plain text', 'Presiden Prabowo bertemu Putin.\n', ['- txt']],
  ['UTF-16 JSON Lines', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"u","text":"Jenewa"}\n{"id":"v","text":"Moskow"}\n', 'utf16le')]), ['u jsonl', 'v jsonl']],
];
for (const [name, data, expected] of sniffed) {
  test(`readInputs() reads ${name} from standard input`, async () => {
    const results = await read(['-'], stdin(data));
    assert.deepEqual(results.map((r) => `${r.meta.recordId ?? r.meta.sourcePath} ${r.meta.format}`), expected);
    assert.ok(results.every((r) => 'raw' in r));
  });
}

test('readInputs() labels bad JSON Lines from standard input as -:line', async () => {
  const results = await read(['-'], stdin('{"text":"ok"}\n{oops\n'));
  assert.equal(results[1] && 'label' in results[1] ? results[1].label : '', '-:2');
});

test('readInputs() rejects empty standard input', async () => {
  const [r] = await read(['-'], stdin(''));
  assert.ok(r && 'label' in r);
  assert.equal(r.diagnostics.at(-1)!.code, 'input-empty');
});

test('readInputs() rejects standard input over the size limit', async () => {
  const [r] = await read(['-'], { ...stdin('x'.repeat(5000)), maxBytes: 1000 });
  assert.ok(r && 'label' in r);
  assert.equal(r.diagnostics.at(-1)!.code, 'input-too-large');
});
