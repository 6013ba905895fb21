import type { LinkPoint, OpenEvent } from '../cluster/merge-events.js';

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
 * Stored events whose link points are kept at most (default), whatever their number of reports:
 * a few hundred bytes each. The events of busy blocks stay (least recently used go first); 65,536
 * saved about 5% of the CPU storing the bench corpus and cost 30 MB more peak memory over 100,000 articles.
 */
const POINTS_BUDGET = 16_384;

/**
 * The much-reported stored events an ingest added reports to lately, with their tallies, so that
 * the next batch adding to one reads and summarises only the new reports. Least recently used
 * events go first beyond the budget; all go when someone else wrote events meanwhile (the
 * `event_writes` count moved by more than our own writes). A batch that fails ends its ingest,
 * and the cache with it.
 *
 * It also keeps the link points (see `OpenEvent`) of the stored events an ingest read or wrote
 * lately, any number of reports each: whether a new report links a stored event depends on them
 * alone, so in a block of hundreds of events around the same days (year-dated ones overlap a whole
 * year) a batch reads back only the events its reports link, not every one near them.
 */
export class EventCache {
  /** Events by id, least recently used first, with the weight each was counted at. */
  readonly #events = new Map<string, { event: CachedEvent; size: number }>();
  #weight = 0;
  #count: number | null = null;
  readonly #budget: number;
  /** Link points by event id, least recently used first. */
  readonly #points = new Map<string, Map<string, LinkPoint>>();
  readonly #pointsBudget: number;

  constructor(budget = ARTICLE_BUDGET, pointsBudget = POINTS_BUDGET) {
    this.#budget = budget;
    this.#pointsBudget = pointsBudget;
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

  /** The link points of a stored event, when kept. */
  points(id: string): Map<string, LinkPoint> | undefined {
    const points = this.#points.get(id);
    if (points) {
      this.#points.delete(id);
      this.#points.set(id, points);
    }
    return points;
  }

  /** Keeps the link points of a stored event as it is stored now. */
  setPoints(id: string, points: Map<string, LinkPoint>): void {
    this.#points.delete(id);
    this.#points.set(id, points);
  }

  set(id: string, event: CachedEvent): void {
    this.delete(id);
    this.setPoints(id, event.open.points);
    if (event.open.tally.articles < FEWEST_ARTICLES) return;
    const size = event.open.tally.articles + EVENT_WEIGHT;
    this.#events.set(id, { event, size });
    this.#weight += size;
  }

  delete(id: string): void {
    this.#points.delete(id);
    const e = this.#events.get(id);
    if (!e) return;
    this.#weight -= e.size;
    this.#events.delete(id);
  }

  /** Forgets everything. */
  clear(): void {
    this.#events.clear();
    this.#points.clear();
    this.#weight = 0;
    this.#count = null;
  }

  /** Drops the least recently used events beyond the budgets. */
  trim(): void {
    for (const id of this.#points.keys()) {
      if (this.#points.size <= this.#pointsBudget) break;
      this.#points.delete(id);
    }
    for (const [id, e] of this.#events) {
      if (this.#weight <= this.#budget) break;
      this.#weight -= e.size;
      this.#events.delete(id);
    }
  }
}
