import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

/** Runs a script that writes through `bufferLine` in a child process; resolves to its stdout. */
function childOutput(script: string, read: (child: ReturnType<typeof spawn>, out: Buffer[]) => void = () => {}): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    read(child, out);
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8') }));
  });
}

const OUTPUT = new URL('./output.ts', import.meta.url).href;

test('bufferLine writes every line in order, whatever its size and characters', async () => {
  // Short lines, non-ASCII and astral characters, and a line longer than the buffer.
  const script = `
    import { bufferLine, flushLines } from ${JSON.stringify(OUTPUT)};
    const lines = [];
    for (let i = 0; i < 3000; i++) lines.push(i % 7 === 0 ? 'Menlu “Retno” 🇮🇩 ' + 'é'.repeat(i) : 'line ' + i);
    lines.splice(1500, 0, 'x'.repeat(600000) + '’');
    for (const [i, line] of lines.entries()) {
      await bufferLine(line);
      if (i % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await flushLines();
  `;
  const { status, stdout } = await childOutput(script);
  assert.equal(status, 0);
  const lines = stdout.split('\n');
  assert.equal(lines.pop(), '');
  assert.equal(lines.length, 3001);
  assert.equal(lines[0], 'Menlu “Retno” 🇮🇩 ');
  assert.equal(lines[1], 'line 1');
  assert.equal(lines[1500], `${'x'.repeat(600000)}’`);
  assert.equal(lines[3000], 'line 2999');
  assert.equal(lines[7], `Menlu “Retno” 🇮🇩 ${'é'.repeat(7)}`);
});

test('bufferLine stops with EPIPE once the reader has gone', async () => {
  const script = `
    import { bufferLine, flushLines } from ${JSON.stringify(OUTPUT)};
    try {
      for (let i = 0; ; i++) {
        await bufferLine('line ' + i + ' ' + 'x'.repeat(1000));
        if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      await flushLines();
      process.exitCode = error.code === 'EPIPE' ? 3 : 4;
    }
  `;
  const { status, stdout } = await childOutput(script, (child) => child.stdout!.once('data', () => child.stdout!.destroy()));
  assert.equal(status, 3);
  assert.match(stdout, /^line 0 x/);
});
