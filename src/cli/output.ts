/** Writes one line to stdout, waiting when the pipe is full so memory stays flat on big corpora. */
export async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}
