import { ScratchInts } from './scratch.js';
import type { Match } from './token-trie.js';

/** One article's slots at a time (`run` is synchronous). */
const SLOTS = new ScratchInts();

/**
 * The article's matches by their first unit. A unit's slot holds the match's number plus one (0: none),
 * in a buffer kept across articles: no hash table grows with every article's matches.
 */
export class MatchStarts {
  private readonly slots: Int32Array;
  private readonly list: Match[] = [];

  constructor(units: number) {
    this.slots = SLOTS.zeroed(units);
  }

  /** Records a match at its start (matches never share one). */
  set(match: Match): void {
    this.slots[match.start] = this.list.push(match);
  }

  /** The match starting at unit `j`, or undefined (also for `j` outside the units). */
  get(j: number): Match | undefined {
    const k = this.slots[j];
    return k === undefined || k === 0 ? undefined : this.list[k - 1];
  }
}
