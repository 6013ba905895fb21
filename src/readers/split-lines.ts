/** One line of a byte stream. */
export interface ByteLine {
  /** 1-based line number. */
  number: number;
  /** The line's bytes without `\n` (or `\r\n`); empty when the line was too long. */
  bytes: Buffer;
  /** The line was longer than the limit; its bytes were dropped as they arrived. */
  tooLong: boolean;
  /** The line's full length in bytes, counted even when dropped. */
  size: number;
}

/**
 * Splits a byte stream into lines as it arrives, holding at most one line (and at most
 * `maxLineBytes` of it) in memory: a corpus of any size streams through, and one huge line
 * is reported, not buffered.
 *
 * @example for await (const line of splitLines(createReadStream('a.jsonl'), 32 << 20)) …
 */
export async function* splitLines(source: AsyncIterable<Buffer | Uint8Array | string>, maxLineBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 1;
  const append = (piece: Buffer): void => {
    if (size + piece.length > maxLineBytes) parts = [];
    else if (piece.length > 0) parts.push(piece);
    size += piece.length;
  };
  const finish = (): ByteLine => {
    const tooLong = size > maxLineBytes;
    let bytes = tooLong ? Buffer.alloc(0) : parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    const line: ByteLine = { number: number++, bytes, tooLong, size };
    parts = [];
    size = 0;
    return line;
  };
  for await (const raw of source) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : Buffer.isBuffer(raw) ? raw : Buffer.from(raw);
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      append(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    // Copy the tail: the stream may reuse its chunk buffer.
    if (start < chunk.length) append(Buffer.from(chunk.subarray(start)));
  }
  if (size > 0) yield finish();
}
