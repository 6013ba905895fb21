/** Set once stdout has closed (a reader such as `head` went away); later writes are dropped. */
let closed = false;
let listening = false;

/**
 * Lines wait here and go out in chunks: one write call a line costs a system call a line, which on a corpus
 * of small results is a large share of `extract`'s time. A chunk leaves when it is big enough, or as soon
 * as the event loop is idle, so a slow live feed on stdin still sees each result promptly.
 */
let pending: string[] = [];
let pendingChars = 0;
let scheduled = false;
const CHUNK_CHARS = 64 * 1024;

/** The stream lines go to; tests swap it for a fake. */
export interface LineSink {
  write(chunk: string): boolean;
  once(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

let sink: LineSink = process.stdout;

/** Sends lines to `next` instead of stdout (for tests); returns the previous sink. */
export function setLineSink(next: LineSink): LineSink {
  const previous = sink;
  sink = next;
  listening = false;
  closed = false;
  pending = [];
  pendingChars = 0;
  return previous;
}

/**
 * Writes one line to stdout, waiting when the pipe is full so memory stays flat on big corpora.
 * When the reading end has gone away (EPIPE), it rejects with that error so the command can stop.
 */
export async function writeLine(line: string): Promise<void> {
  listen();
  if (closed) throw brokenPipe();
  pending.push(line);
  pendingChars += line.length + 1;
  if (pendingChars >= CHUNK_CHARS) {
    await flushOutput();
  } else if (!scheduled) {
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      // A failure here is seen again by the next writeLine or the final flush, which report it.
      flushOutput().catch(() => undefined);
    });
  }
}

/** Writes out every waiting line; resolves once the sink has taken them (after `drain` if it was full). */
export async function flushOutput(): Promise<void> {
  if (pending.length === 0) return;
  if (closed) {
    pending = [];
    pendingChars = 0;
    throw brokenPipe();
  }
  const chunk = pending.join('\n') + '\n';
  pending = [];
  pendingChars = 0;
  if (!sink.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = (): void => { sink.off('error', onError); resolve(); };
      const onError = (error: unknown): void => { sink.off('drain', onDrain); reject(error); };
      sink.once('drain', onDrain);
      sink.once('error', onError);
    });
  }
}

function listen(): void {
  if (listening) return;
  listening = true;
  sink.on('error', (error) => {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') closed = true;
  });
}

function brokenPipe(): Error {
  return Object.assign(new Error('stdout closed'), { code: 'EPIPE' });
}
