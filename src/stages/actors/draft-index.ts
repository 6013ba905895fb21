import type { Draft } from './context.js';
import { ScratchInts } from './scratch.js';

/** One article's slots at a time (`run` is synchronous). */
const STARTS = new ScratchInts();
const ENDS = new ScratchInts();

/**
 * The drafts of an article so far by their first unit and by the unit after them (the last draft wins at a
 * shared one), in buffers kept across articles: no hash tables built per article. Drafts added later are
 * not in it.
 */
export class DraftIndex {
  // the article's own list: steps only append to it, so the numbers stay good
  private readonly drafts: readonly Draft[];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(drafts: readonly Draft[], units: number) {
    this.drafts = drafts;
    this.starts = STARTS.zeroed(units + 1);
    this.ends = ENDS.zeroed(units + 1);
    for (let k = 0; k < this.drafts.length; k++) {
      const d = this.drafts[k]!;
      this.starts[d.start] = k + 1;
      this.ends[d.end] = k + 1;
    }
  }

  /** The draft starting at unit `i`, or undefined. */
  startingAt(i: number): Draft | undefined {
    return this.at(this.starts[i]);
  }

  /** The draft ending just before unit `i`, or undefined. */
  endingAt(i: number): Draft | undefined {
    return this.at(this.ends[i]);
  }

  private at(k: number | undefined): Draft | undefined {
    return k === undefined || k === 0 ? undefined : this.drafts[k - 1];
  }
}
