/** Set once stdout has closed (a reader such as `head` went away); later writes are dropped. */
let closed = false;
let listening = false;

/**
 * Writes one line to stdout, waiting when the pipe is full so memory stays flat on big corpora.
 * When the reading end has gone away (EPIPE), it rejects with that error so the command can stop.
 */
export async function writeLine(line: string): Promise<void> {
  listen();
  if (closed) throw brokenPipe();
  if (!process.stdout.write(line + '\n')) await drained();
}

/** Bytes gathered before a write: `extract` lines are some 20 kB, so a write carries a dozen or so. */
const CHUNK = 256 * 1024;

let chunk: Buffer | null = null;
let used = 0;
let scheduled = false;
/** Set when stdout's buffer was full after a write: the next line waits for it to drain. */
let draining: Promise<void> | null = null;

/**
 * Like `writeLine`, but gathers lines and writes them to stdout together: encoding each line straight
 * into a shared buffer spares the copy that `line + '\n'` and a buffer per line cost, and the stream's
 * work per write (on the bench corpus, a fifth of `extract`'s write time). What is gathered goes out
 * when the buffer fills, whenever the event loop next turns (so lines still stream out while input is
 * awaited), and on `flushLines`, which a command calls before it ends.
 */
export async function bufferLine(line: string): Promise<void> {
  listen();
  if (closed) throw brokenPipe();
  if (draining !== null) await settle();
  // At most three UTF-8 bytes per UTF-16 unit (a surrogate pair: four bytes for two units), and "\n".
  const most = line.length * 3 + 1;
  if (chunk !== null && used + most > chunk.length) send();
  if (most > CHUNK) {
    if (!process.stdout.write(line + '\n')) await drained();
    return;
  }
  chunk ??= Buffer.allocUnsafe(CHUNK);
  used += chunk.write(line, used);
  chunk[used++] = 10;
  if (!scheduled) {
    scheduled = true;
    setImmediate(sendScheduled);
  }
}

/** Writes what `bufferLine` gathered and waits until stdout takes more; does nothing once stdout has closed. */
export async function flushLines(): Promise<void> {
  if (closed) {
    chunk = null;
    used = 0;
    return;
  }
  send();
  if (draining !== null) await settle();
}

async function settle(): Promise<void> {
  const waiting = draining;
  draining = null;
  await waiting;
}

function sendScheduled(): void {
  scheduled = false;
  if (!closed) send();
}

/** Hands the gathered bytes to stdout; the stream may keep them, so the next line starts a new buffer. */
function send(): void {
  if (chunk === null || used === 0) return;
  const bytes = chunk.subarray(0, used);
  chunk = null;
  used = 0;
  // Listening at once: a scheduled write has no caller to wait, and "drain" may come before the next line.
  if (!process.stdout.write(bytes) && draining === null) {
    draining = drained();
    draining.catch(() => {});
  }
}

function listen(): void {
  if (listening) return;
  listening = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
  });
}

function brokenPipe(): Error {
  return Object.assign(new Error('stdout closed'), { code: 'EPIPE' });
}

function drained(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onDrain = (): void => { process.stdout.off('error', onError); resolve(); };
    const onError = (error: Error): void => { process.stdout.off('drain', onDrain); reject(error); };
    process.stdout.once('drain', onDrain);
    process.stdout.once('error', onError);
  });
}
