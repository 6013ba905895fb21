/**
 * Tells which spans of a text hold one of a few characters (`marks`), from the text's own offsets of
 * them: a few `indexOf` calls an article find every one, so a pass over the tokens reads no token's
 * characters where its text holds none. Spans are asked about in text order.
 */
export class MarkCursor {
  private readonly text: string;
  private readonly marks: string;
  /** For each of `marks`, its first offset at or after the last start asked about (Infinity: none). */
  private readonly next: number[];
  /** The least of `next`. */
  private first = -1;

  constructor(text: string, marks: string) {
    this.text = text;
    this.marks = marks;
    // a loop, not `Array.from`: this runs once an article, and the builtin's iteration costs more than the list
    this.next = [];
    for (let k = 0; k < marks.length; k++) this.next.push(-1);
  }

  /** True when `text.slice(start, end)` holds one of the marks; `start` never goes back from call to call. */
  within(start: number, end: number): boolean {
    if (this.first < start) {
      let first = Infinity;
      for (let k = 0; k < this.marks.length; k++) {
        let at = this.next[k]!;
        if (at < start) {
          at = this.text.indexOf(this.marks[k]!, start);
          this.next[k] = at = at < 0 ? Infinity : at;
        }
        if (at < first) first = at;
      }
      this.first = first;
    }
    return this.first < end;
  }
}
