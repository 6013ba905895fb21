// #2: bad input never stops `readout extract`. Every input is made in a temp folder at test time and the
// CLI runs end to end from source; each rejected input is named on stderr with a reason, exit status 1,
// everything else on stdout. Hang guards are generous and never timing assertions.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  results: Array<Record<string, unknown>>;
}

/** Runs `readout extract ARGS` from source; kills it and fails after `guardMs` (a hang guard, not a timing test). */
function extract(args: string[], options: { stdin?: string | Buffer; guardMs?: number } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'extract', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`readout extract ${args.join(' ')} did not finish within ${options.guardMs ?? 120_000} ms`));
    }, options.guardMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(guard);
      const stdout = Buffer.concat(out).toString('utf8');
      const lines = stdout.split('\n').filter((l) => l !== '');
      resolve({ status, stdout, stderr: Buffer.concat(err).toString('utf8'), results: lines.map((l) => JSON.parse(l) as Record<string, unknown>) });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

const codes = (result: Record<string, unknown>): string[] => (result['diagnostics'] as Array<{ code: string }>).map((d) => d.code);

/** stderr lines are `readout: <label>: <reason> [code]`, never a stack trace. */
function assertNamed(run: Run, label: string, code: string): void {
  const line = run.stderr.split('\n').find((l) => l.startsWith(`readout: ${label}: `));
  assert.ok(line, `stderr names ${label}:\n${run.stderr}`);
  assert.match(line, new RegExp(`\\[${code}\\]$`));
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
}

let dir = '';
const file = (name: string, data: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

const ARTICLE_EN = 'Indonesian Foreign Minister met her Australian counterpart in Canberra on Monday to discuss maritime security.';
const ARTICLE_ID = 'Menteri Luar Negeri Indonesia bertemu mitranya dari Australia di Canberra pada hari Senin untuk membahas keamanan maritim.';

const ODD_BUT_VALID = ['baddate.json', 'latin1.txt', 'deep.html'];

describe('readout extract on bad input', { concurrency: 3 }, () => {
  /** One run over every bad input, with good articles between them: each is judged on its own below. */
  let mixed: Promise<Run>;
  /** One run over inputs that are odd but must be processed: exit status 0. */
  let odd: Promise<Run>;
  const paths: Record<string, string> = {};

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'readout-bad-input-'));
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const depth = 200_000;
    const inputs: Record<string, string | Buffer> = {
      'good-a.txt': ARTICLE_EN,
      'empty.txt': '',
      'blank.txt': ' \n\t\r\n   \n',
      'photo.txt': bytes,
      'cut.json': JSON.stringify({ id: 'cut', text: ARTICLE_EN }).slice(0, 40),
      'mixed.jsonl': [
        JSON.stringify({ id: 'good-1', text: ARTICLE_EN }),
        '{"id": "broken", "text": "no end',
        JSON.stringify({ id: 'good-2', text: ARTICLE_ID, lang: 'id' }),
        JSON.stringify({ id: 'no-text', title: 'Only a title' }),
        JSON.stringify({ id: 'number-text', text: 42 }),
        JSON.stringify({ id: 'good-3', text: ARTICLE_EN }),
      ].join('\n') + '\n',
      'notext.json': JSON.stringify({ id: 'x', title: 'Headline only', url: 'https://example.org/a' }),
      'object-text.json': JSON.stringify({ id: 'x', text: { body: ARTICLE_EN } }),
      'baddate.json': JSON.stringify({ id: 'bd', text: ARTICLE_ID, published: 'not-a-date' }),
      'latin1.txt': Buffer.from("Le pr\xe9sident fran\xe7ais a re\xe7u le ministre \xe0 l'\xc9lys\xe9e.\n", 'latin1'),
      'deep.html': `<html><head><title>Deep page</title></head><body>${'<div>'.repeat(depth)}<p>${ARTICLE_EN}</p>${'</div>'.repeat(depth)}</body></html>`,
      'good-z.txt': ARTICLE_ID,
    };
    for (const [name, data] of Object.entries(inputs)) paths[name] = file(name, data);
    const root = join(dir, 'looped');
    mkdirSync(join(root, 'a'), { recursive: true });
    writeFileSync(join(root, 'a', 'one.txt'), ARTICLE_EN);
    writeFileSync(join(root, 'two.txt'), ARTICLE_ID);
    symlinkSync('..', join(root, 'a', 'up'));
    paths['looped'] = root;
    paths['missing.txt'] = join(dir, 'missing.txt');
    mixed = extract([...Object.keys(inputs), 'looped', 'missing.txt'].map((n) => paths[n]!));
    odd = extract([...ODD_BUT_VALID.map((n) => paths[n]!), '--text']);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the whole run finishes with exit 1, every good article processed in input order', async () => {
    const run = await mixed;
    assert.equal(run.status, 1);
    const names = run.results.map((r) => (r['id'] === undefined ? '' : String(r['source_path']).slice(dir.length + 1) + (String(r['source_path']).endsWith('.jsonl') ? `#${r['id']}` : '')));
    assert.deepEqual(names, ['good-a.txt', 'mixed.jsonl#good-1', 'mixed.jsonl#good-2', 'mixed.jsonl#good-3', 'baddate.json', 'latin1.txt', 'deep.html', 'good-z.txt', 'looped/a/one.txt', 'looped/two.txt']);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });

  const rejected: Array<[string, string, string]> = [
    ['an empty file', 'empty.txt', 'input-empty'],
    ['a whitespace-only file', 'blank.txt', 'input-empty'],
    ['a binary file', 'photo.txt', 'input-binary'],
    ['a truncated .json file', 'cut.json', 'input-malformed'],
    ['an unparsable .jsonl line, by its number', 'mixed.jsonl:2', 'input-malformed'],
    ['a .jsonl record with no text, by its line number', 'mixed.jsonl:4', 'record-missing-text'],
    ['a .jsonl record whose text is a number, by its line number', 'mixed.jsonl:5', 'record-missing-text'],
    ['a record with no text or html', 'notext.json', 'record-missing-text'],
    ['a record whose text is not a string', 'object-text.json', 'record-missing-text'],
    ['a symbolic link loop in a folder', 'looped/a/up', 'symlink-loop'],
    ['a missing path', 'missing.txt', 'input-unreadable'],
  ];
  for (const [name, label, code] of rejected) {
    test(`${name} is named on stderr as ${code}`, async () => assertNamed(await mixed, join(dir, label), code));
  }

  test('a record whose text is an object says so', async () => {
    assert.match((await mixed).stderr, /object-text\.json: Cannot read record: "text" must be a string, got an object/);
  });

  test('odd but valid inputs are processed with exit 0', async () => {
    const run = await odd;
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.results.length, ODD_BUT_VALID.length);
  });

  test('"published": "not-a-date" is processed, with published null and a published-invalid diagnostic', async () => {
    const result = (await odd).results[0]!;
    assert.equal(result['published'], null);
    assert.ok(codes(result).includes('published-invalid'));
  });

  test('a latin-1 file is decoded by the windows-1252 fallback, é intact', async () => {
    const result = (await odd).results[1]!;
    assert.match(String(result['text']), /président français a reçu le ministre à l'Élysée/);
    assert.ok(codes(result).includes('charset-fallback'));
  });

  test('HTML nested 200,000 levels deep is read without a stack overflow (html-too-deep)', async () => {
    const result = (await odd).results[2]!;
    assert.ok(codes(result).includes('html-too-deep'));
    assert.match(String(result['text']), /maritime security/);
  });

  test('JSON Lines on standard input are sniffed and read; a bad line is named -:line', async () => {
    const stdin = `${JSON.stringify({ id: 's1', text: ARTICLE_EN })}\n{oops\n${JSON.stringify({ id: 's2', text: ARTICLE_ID })}\n`;
    const run = await extract(['-'], { stdin });
    assert.equal(run.status, 1);
    assert.deepEqual(run.results.map((r) => r['id']), ['s1', 's2']);
    assertNamed(run, '-:2', 'input-malformed');
  });

  test('usage errors exit 2: no path, or an impossible --published date', async () => {
    assert.equal((await extract([])).status, 2);
    assert.equal((await extract([join(dir, 'whatever.txt'), '--published', '2023-02-30'])).status, 2);
  });

  test('a 25 MB single-line text is processed or rejected with a reason, never a hang', async () => {
    const sentence = 'The minister met his counterpart in Jakarta and both sides agreed to continue talks. ';
    const path = file('huge.txt', sentence.repeat(Math.ceil((25 * 1024 * 1024) / sentence.length)));
    const run = await extract([path], { guardMs: 300_000 });
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr.slice(0, 500)}`);
    // A rejection must be a deliberate size limit, never a stage that broke on the input.
    if (run.status === 0) assert.equal(run.results.length, 1);
    else assertNamed(run, path, 'input-too-large');
  });
});
