import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = ['--import', 'tsx', 'src/cli/run.ts'];

test('readout serve binds to 127.0.0.1 by default, read-only without a token, and stops on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-serve-'));
  const port = 20000 + (process.pid % 20000);
  const child = spawn(process.execPath, [...CLI, 'serve', '--db', join(dir, 'x.db'), '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    const banner = await new Promise<string>((resolve, reject) => {
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
        if (err.includes('\n')) resolve(err);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    assert.match(banner, new RegExp(`http://127\\.0\\.0\\.1:${port}/ \\(read-only;`));
    const res = await fetch(`http://127.0.0.1:${port}/api/stats`);
    assert.equal(res.status, 200);
    const write = await fetch(`http://127.0.0.1:${port}/api/articles`, { method: 'POST', body: '{"text":"x"}' });
    assert.equal(write.status, 403);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readout serve refuses a token shorter than 16 characters with exit status 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-serve-'));
  try {
    const result = spawnSync(process.execPath, [...CLI, 'serve', '--db', join(dir, 'x.db'), '--token', 'short'], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /token must be at least 16 characters/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
