import { ScratchBytes, ScratchInts } from './scratch.js';
import type { Match } from './token-trie.js';

/** One article's slots and consumed marks at a time (`run` is synchronous). */
const SLOTS = new ScratchInts();
const USED = new ScratchBytes();

/** The matches a step has used up, as the steps ask about them (a `Set<Match>` is one). */
export interface MatchSet {
  has(match: Match): boolean;
  add(match: Match): unknown;
}

/**
 * The article's matches by their first unit. A unit's slot holds the match's number plus one (0: none),
 * in a buffer kept across articles: no hash table grows with every article's matches.
 */
export class MatchStarts {
  private readonly slots: Int32Array;
  /** The matches in the order recorded (the scan's: text order): the context's `matches`. */
  readonly list: Match[] = [];
  /** Consumed marks by the first unit of a recorded match (see `consumed`). */
  private readonly used: Uint8Array;
  /** Consumed matches not recorded at their start (few): a list made with the rest, never replaced. */
  private readonly others: Match[] = [];

  constructor(units: number) {
    this.slots = SLOTS.zeroed(units);
    this.used = USED.zeroed(units);
  }

  /** Records a match at its start (matches never share one). */
  set(match: Match): void {
    this.slots[match.start] = this.list.push(match);
  }

  /** Puts `match` in the place of the recorded match with its start, before any step has read either. */
  replace(match: Match): void {
    const k = this.slots[match.start];
    if (k === undefined || k === 0) throw new RangeError(`Cannot replace a match: none recorded at unit ${match.start}`);
    this.list[k - 1] = match;
  }

  /** The match starting at unit `j`, or undefined (also for `j` outside the units). */
  get(j: number): Match | undefined {
    const k = this.slots[j];
    return k === undefined || k === 0 ? undefined : this.list[k - 1];
  }

  /**
   * The set of matches the steps have used up, kept as a mark per recorded match (no hash of a match object
   * for each question); any other match goes to a set of its own.
   */
  consumed(): MatchSet {
    return { has: (m) => this.isUsed(m), add: (m) => this.use(m) };
  }

  private isUsed(m: Match): boolean {
    const k = this.slots[m.start];
    if (k !== undefined && k !== 0 && this.list[k - 1] === m) return this.used[m.start] === 1;
    return this.others.includes(m);
  }

  private use(m: Match): void {
    const k = this.slots[m.start];
    if (k !== undefined && k !== 0 && this.list[k - 1] === m) this.used[m.start] = 1;
    else this.others.push(m);
  }
}
