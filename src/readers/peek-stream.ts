/**
 * Lets a reader look at the first bytes of a stream before deciding how to read it, then read
 * the whole stream from the start.
 */
export class PeekStream {
  private readonly iterator: AsyncIterator<Buffer | Uint8Array | string>;
  private readonly buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private ended = false;

  constructor(source: AsyncIterable<Buffer | Uint8Array | string>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /**
   * Reads chunks until `enough(head)` holds, the stream ends, or `max` bytes are held; returns the head.
   * Past 64 kB, `enough` is only asked again when a chunk holds a newline, so a long first line
   * is not copied over and over.
   */
  async peek(enough: (head: Buffer) => boolean, max: number): Promise<Buffer> {
    let head = Buffer.concat(this.buffered);
    while (!this.ended && this.bufferedBytes < max && !enough(head)) {
      let chunk: Buffer;
      do {
        const next = await this.iterator.next();
        if (next.done) {
          this.ended = true;
          break;
        }
        chunk = toBuffer(next.value);
        this.buffered.push(chunk);
        this.bufferedBytes += chunk.length;
      } while (this.bufferedBytes >= 65536 && this.bufferedBytes < max && !chunk.includes(10));
      head = Buffer.concat(this.buffered);
    }
    return head;
  }

  /** The whole stream from its first byte, peeked bytes included. Call once. */
  async *rest(): AsyncGenerator<Buffer> {
    while (this.buffered.length > 0) yield this.buffered.shift()!;
    if (this.ended) return;
    for (let next = await this.iterator.next(); !next.done; next = await this.iterator.next()) yield toBuffer(next.value);
  }
}

/** Reads a whole stream, stopping as soon as it exceeds `max` bytes. */
export async function collectBytes(source: AsyncIterable<Buffer>, max: number): Promise<{ bytes: Buffer } | { tooLarge: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += chunk.length;
    if (size > max) return { tooLarge: size };
    chunks.push(chunk);
  }
  return { bytes: Buffer.concat(chunks) };
}

/** Re-encodes a UTF-16 byte stream (byte-order mark first) as UTF-8, chunk by chunk. */
export async function* transcodeUtf16(source: AsyncIterable<Buffer>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of source) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield Buffer.from(text, 'utf8');
  }
  const tail = decoder.decode();
  if (tail) yield Buffer.from(tail, 'utf8');
}

function toBuffer(value: Buffer | Uint8Array | string): Buffer {
  if (typeof value === 'string') return Buffer.from(value);
  return Buffer.isBuffer(value) ? value : Buffer.from(value);
}
