/** Set once stdout has closed (a reader such as `head` went away); later writes are dropped. */
let closed = false;
let listening = false;

/**
 * Writes one line to stdout, waiting when the pipe is full so memory stays flat on big corpora.
 * When the reading end has gone away (EPIPE), it rejects with that error so the command can stop.
 */
export async function writeLine(line: string): Promise<void> {
  if (!listening) {
    listening = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') closed = true;
    });
  }
  if (closed) throw Object.assign(new Error('stdout closed'), { code: 'EPIPE' });
  if (!process.stdout.write(line + '\n')) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = (): void => { process.stdout.off('error', onError); resolve(); };
      const onError = (error: Error): void => { process.stdout.off('drain', onDrain); reject(error); };
      process.stdout.once('drain', onDrain);
      process.stdout.once('error', onError);
    });
  }
}
