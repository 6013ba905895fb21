/** The characters that join a token's parts (`mid-March`, `Sunday's`, `Jum’at`, `2.5`, `21/8/2024`). */
const JOINERS = "-'’./";

/**
 * Tells which tokens of a text hold a joiner, from the text's own joiner offsets, so the prefilter reads
 * no token's characters: most words hold none, and a few `indexOf` calls an article find every joiner.
 * Asked about in text order, it looks for each joiner once; asked about an earlier span, it looks again.
 * A token's norm holds a joiner only where its text does: lower casing, decomposing and dropping marks
 * make no joiner, and a curly apostrophe stays one (or becomes a straight one).
 */
export class JoinerCursor {
  private readonly text: string;
  private readonly joiners: string;
  /** For each of `joiners`, its first offset at or after the last start asked about (Infinity: none). */
  private readonly next: number[];
  /** The least of `next`. */
  private first = -1;
  /** The start last asked about. */
  private last = 0;

  /** `joiners`: the characters looked for, when only some of them matter (the apostrophes of "we'll"). */
  constructor(text: string, joiners = JOINERS) {
    this.text = text;
    this.joiners = joiners;
    this.next = [];
    for (let k = 0; k < joiners.length; k++) this.next.push(-1);
  }

  /** True when `text.slice(start, end)` holds a joiner. */
  within(start: number, end: number): boolean {
    if (start < this.last) {
      this.next.fill(-1);
      this.first = -1;
    }
    this.last = start;
    if (this.first < start) {
      let first = Infinity;
      for (let k = 0; k < this.joiners.length; k++) {
        let at = this.next[k]!;
        if (at < start) {
          at = this.text.indexOf(this.joiners[k]!, start);
          this.next[k] = at = at < 0 ? Infinity : at;
        }
        if (at < first) first = at;
      }
      this.first = first;
    }
    return this.first < end;
  }
}
