import type { OpenEvent } from '../cluster/merge-events.js';

/** A stored event as an ingest keeps it in memory to add reports to it. */
export interface CachedEvent {
  open: OpenEvent;
  /** Languages of the reporting articles. */
  langs: Set<string>;
  /** The stored `span_start` and `span_end` (null when undated). */
  span: { start: string; end: string } | null;
}

/**
 * Reporting articles kept in memory at most (default), each event counted `EVENT_WEIGHT` more:
 * about 60 MB. Enough for every much-reported event of a store of a few hundred thousand
 * articles: reading one back costs all its reports.
 */
const ARTICLE_BUDGET = 400_000;

/** What an event's tally costs beyond its articles, in articles: a few dozen small maps. */
const EVENT_WEIGHT = 32;

/**
 * Fewest reporting articles of an event worth keeping: reading a few back costs less than the
 * memory of a tally, which holds the events that won each choice.
 */
const FEWEST_ARTICLES = 16;

/**
 * The much-reported stored events an ingest added reports to lately, with their tallies, so that
 * the next batch adding to one reads and summarises only the new reports. Least recently used
 * events go first beyond the budget; all go when someone else wrote events meanwhile (the
 * `event_writes` count moved by more than our own writes). A batch that fails ends its ingest,
 * and the cache with it.
 */
export class EventCache {
  /** Events by id, least recently used first, with the weight each was counted at. */
  readonly #events = new Map<string, { event: CachedEvent; size: number }>();
  #weight = 0;
  #count: number | null = null;
  readonly #budget: number;

  constructor(budget = ARTICLE_BUDGET) {
    this.#budget = budget;
  }

  /** The `event_writes` count after this cache's last batch (null before the first, or after a clear). */
  get written(): number | null {
    return this.#count;
  }

  /** Takes the `event_writes` count this transaction wrote: one past ours, or the cache is stale. */
  sync(count: number): void {
    if (this.#count === null || count !== this.#count + 1) this.clear();
    this.#count = count;
  }

  get(id: string): CachedEvent | undefined {
    const e = this.#events.get(id);
    if (e) {
      this.#events.delete(id);
      this.#events.set(id, e);
    }
    return e?.event;
  }

  set(id: string, event: CachedEvent): void {
    this.delete(id);
    if (event.open.tally.articles < FEWEST_ARTICLES) return;
    const size = event.open.tally.articles + EVENT_WEIGHT;
    this.#events.set(id, { event, size });
    this.#weight += size;
  }

  delete(id: string): void {
    const e = this.#events.get(id);
    if (!e) return;
    this.#weight -= e.size;
    this.#events.delete(id);
  }

  /** Forgets everything. */
  clear(): void {
    this.#events.clear();
    this.#weight = 0;
    this.#count = null;
  }

  /** Drops the least recently used events beyond the budget. */
  trim(): void {
    for (const [id, e] of this.#events) {
      if (this.#weight <= this.#budget) break;
      this.#weight -= e.size;
      this.#events.delete(id);
    }
  }
}
