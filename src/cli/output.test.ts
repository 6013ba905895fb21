import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { afterEach, describe, it } from 'node:test';
import { flushOutput, setLineSink, writeLine, type LineSink } from './output.js';

/** A stream stand-in that records chunks and can pretend to be full. */
class FakeSink extends EventEmitter implements LineSink {
  chunks: string[] = [];
  full = false;
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    return !this.full;
  }
}

let previous: LineSink | undefined;
function useFake(): FakeSink {
  const fake = new FakeSink();
  previous = setLineSink(fake);
  return fake;
}
afterEach(() => {
  if (previous) setLineSink(previous);
  previous = undefined;
});

describe('writeLine', () => {
  it('sends many small lines as one chunk, in order, each ended by a newline', async () => {
    const fake = useFake();
    for (let i = 0; i < 100; i++) await writeLine(`{"n":${i}}`);
    assert.equal(fake.chunks.length, 0, 'nothing is written line by line');
    await flushOutput();
    assert.equal(fake.chunks.length, 1);
    const lines = fake.chunks[0]!.split('\n');
    assert.equal(lines.length, 101);
    assert.equal(lines[0], '{"n":0}');
    assert.equal(lines[99], '{"n":99}');
    assert.equal(lines[100], '');
  });

  it('flushes by itself once the event loop is idle', async () => {
    const fake = useFake();
    await writeLine('a');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(fake.chunks, ['a\n']);
  });

  it('writes a chunk as soon as it is big, and waits for drain when the sink is full', async () => {
    const fake = useFake();
    fake.full = true;
    const big = 'x'.repeat(70 * 1024);
    let done = false;
    const pendingWrite = writeLine(big).then(() => { done = true; });
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(fake.chunks.length, 1);
    assert.equal(done, false, 'waits while the sink is full');
    fake.emit('drain');
    await pendingWrite;
    assert.equal(done, true);
  });

  it('rejects with EPIPE once the reader has gone away', async () => {
    const fake = useFake();
    await writeLine('first');
    fake.emit('error', Object.assign(new Error('broken pipe'), { code: 'EPIPE' }));
    await assert.rejects(writeLine('second'), (error: NodeJS.ErrnoException) => error.code === 'EPIPE');
  });
});
