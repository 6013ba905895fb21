import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BYTES_FOR_A_WORKER, BYTES_PER_JOB, inputBytes, jobsFor } from './extract.js';

test('no worker for a small input, then one per BYTES_PER_JOB of input, at least one, at most one a core', () => {
  assert.equal(jobsFor(0, 8), 0);
  assert.equal(jobsFor(BYTES_FOR_A_WORKER - 1, 8), 0);
  assert.equal(jobsFor(BYTES_FOR_A_WORKER, 8), 1);
  assert.equal(jobsFor(BYTES_PER_JOB * 2 - 1, 2), 1);
  assert.equal(jobsFor(BYTES_PER_JOB * 2, 2), 2);
  assert.equal(jobsFor(BYTES_PER_JOB * 5, 8), 5);
  assert.equal(jobsFor(BYTES_PER_JOB * 50, 8), 8);
  assert.equal(jobsFor(BYTES_PER_JOB * 50, 1), 1);
});

test('input bytes count the files that would be read, and stop once there are enough', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-bytes-'));
  try {
    mkdirSync(join(dir, 'inner'));
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, 'a.jsonl'), 'x'.repeat(100));
    writeFileSync(join(dir, 'inner', 'b.html'), 'x'.repeat(20));
    writeFileSync(join(dir, 'notes.md'), 'x'.repeat(1000));
    writeFileSync(join(dir, '.hidden', 'c.txt'), 'x'.repeat(1000));
    assert.equal(inputBytes([dir], Infinity), 120);
    // A file named on the command line counts whatever its extension.
    assert.equal(inputBytes([join(dir, 'notes.md'), '-', join(dir, 'missing.txt')], Infinity), 1000);
    assert.ok(inputBytes([dir, join(dir, 'notes.md')], 50) < 1000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
