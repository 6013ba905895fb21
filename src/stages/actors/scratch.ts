/**
 * Per-unit arrays of one article, cut from a buffer the thread keeps: an article's fresh typed arrays of a
 * few hundred units each cost a backing store allocated outside the heap and tracked by the collector,
 * while a view of a kept buffer is a small object. `run` is synchronous and drops its arrays when it
 * returns, so each buffer serves one array of every article (the next `zeroed` clears it for the next);
 * a view's bounds are the article's, so reads past its units are `undefined`, as with a fresh array.
 */
export class ScratchBytes {
  private buffer = new Uint8Array(0);

  /** A zeroed view of `length` bytes; the previous view of this buffer is void. */
  zeroed(length: number): Uint8Array {
    if (length > this.buffer.length) this.buffer = new Uint8Array(grown(length));
    else this.buffer.fill(0, 0, length);
    return this.buffer.subarray(0, length);
  }

  /** A view of zeros for a reader that never writes (no other view of this buffer is ever written). */
  zeros(length: number): Uint8Array {
    if (length > this.buffer.length) this.buffer = new Uint8Array(grown(length));
    return this.buffer.subarray(0, length);
  }
}

/** `ScratchBytes` for 32-bit integers (indexes into an article's lists). */
export class ScratchInts {
  private buffer = new Int32Array(0);

  /** A zeroed view of `length` integers; the previous view of this buffer is void. */
  zeroed(length: number): Int32Array {
    if (length > this.buffer.length) this.buffer = new Int32Array(grown(length));
    else this.buffer.fill(0, 0, length);
    return this.buffer.subarray(0, length);
  }
}

function grown(length: number): number {
  return Math.max(1024, 2 ** Math.ceil(Math.log2(length)));
}
