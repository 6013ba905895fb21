/** The characters that join a token's parts (`mid-March`, `Sunday's`, `Jum’at`, `2.5`, `21/8/2024`). */
const JOINERS = "-'’./";

/**
 * Tells which tokens of a text hold a joiner, from the text's own joiner offsets, so the prefilter reads
 * no token's characters: most words hold none, and a few `indexOf` calls an article find every joiner.
 * Tokens are asked about in text order. A token's norm holds a joiner only where its text does: lower
 * casing, decomposing and dropping marks make no joiner, and a curly apostrophe stays one.
 */
export class JoinerCursor {
  private readonly text: string;
  /** For each of `JOINERS`, its first offset at or after the last start asked about (Infinity: none). */
  private readonly next = [-1, -1, -1, -1, -1];
  /** The least of `next`. */
  private first = -1;

  constructor(text: string) {
    this.text = text;
  }

  /** True when `text.slice(start, end)` may hold a joiner; `start` never goes back from call to call. */
  within(start: number, end: number): boolean {
    if (this.first < start) {
      let first = Infinity;
      for (let k = 0; k < JOINERS.length; k++) {
        let at = this.next[k]!;
        if (at < start) {
          at = this.text.indexOf(JOINERS[k]!, start);
          this.next[k] = at = at < 0 ? Infinity : at;
        }
        if (at < first) first = at;
      }
      this.first = first;
    }
    return this.first < end;
  }
}
