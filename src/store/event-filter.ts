import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { addDays } from './date-range.js';
import type { StoreSchema } from './schema.js';

/** Filters of `events` and `export` (the contract's `--actor --country --dyad --type --from --to --lang`). */
export interface EventFilter {
  /** Actor id (`vladimir-putin`, `RUS`), CAMEO code (`RUSGOV`) or name, any case. */
  actor?: string;
  /** ISO3 of any party, or of the place. */
  country?: string;
  /** `RUS-CHN`: source RUS and target CHN, or a meeting with both among its participants. */
  dyad?: string;
  /** PLOVER type (`CONSULT`) or CAMEO code prefix (`04`, `042`). */
  type?: string;
  /** Events that may fall on or after this day (`YYYY-MM-DD`). */
  from?: string;
  /** Events that may fall on or before this day. */
  to?: string;
  /** Reported by at least one article in this language. */
  lang?: string;
}

/** The keys of `EventFilter`, in the contract's order. */
const FILTER_KEYS = ['actor', 'country', 'dyad', 'type', 'from', 'to', 'lang'] as const;

/** Picks the filter out of parsed options or query parameters: only the filter keys that were given. */
export function pickEventFilter(options: Partial<Record<(typeof FILTER_KEYS)[number], string | undefined>>): EventFilter {
  const filter: EventFilter = {};
  for (const key of FILTER_KEYS) {
    const value = options[key];
    if (value !== undefined) filter[key] = value;
  }
  return filter;
}

/** Types whose two sides take part alike, so a dyad matches either direction. */
const RECIPROCAL_TYPES = ['CONSULT', 'AGREE', 'COOPERATE'];

/**
 * Builds the WHERE conditions on `events` for a filter; every value is a bound parameter. Selective
 * filters (actor, country, dyad, language) become `id IN (…)` over their own indexes, and dates
 * bound `sort_key`, the key pages are read in, so a query reads its matches, not the table.
 */
export function eventConditions(eb: ExpressionBuilder<StoreSchema, 'events'>, filter: EventFilter): Array<Expression<SqlBool>> {
  const out: Array<Expression<SqlBool>> = [];
  const withActor = (where: (e: ExpressionBuilder<StoreSchema, 'event_actors'>) => Expression<SqlBool>) =>
    eb.selectFrom('event_actors').select('event_actors.event_id').where(where);
  if (filter.actor) {
    const a = filter.actor;
    // "vladimir-putin", "Vladimir Putin", "RUSGOV": one indexed lookup each.
    out.push(eb('id', 'in', withActor((e) => e('actor_id', '=', a))
      .union(withActor((e) => e('name', '=', a.toLowerCase())))
      .union(withActor((e) => e('code', '=', a.toUpperCase())))));
  }
  if (filter.country) {
    const c = filter.country.toUpperCase();
    out.push(eb.or([eb('location_country', '=', c), eb('id', 'in', withActor((e) => e('country', '=', c)))]));
  }
  if (filter.dyad) out.push(dyadCondition(eb, filter.dyad));
  if (filter.type) {
    const t = filter.type;
    out.push(/^\d+$/.test(t) ? eb('cameo', 'like', `${t}%`) : eb('plover', '=', t.toUpperCase()));
  }
  if (filter.from || filter.to) out.push(dateCondition(eb, filter.from, filter.to));
  if (filter.lang) out.push(eb('langs', 'like', `%,${filter.lang.replace(/[%_]/g, '')},%`));
  return out;
}

/**
 * `RUS-CHN`: source RUS and target CHN; or, for two-sided types, both countries among the parties.
 * The events with both countries are the intersection of two runs of the (country, event) index,
 * which both come sorted by event: a merge, where joining the actor rows cost two lookups for
 * every event of the first country (hundreds of milliseconds on 100,000 events).
 */
function dyadCondition(eb: ExpressionBuilder<StoreSchema, 'events'>, dyad: string): Expression<SqlBool> {
  const [a, b] = dyad.toUpperCase().split('-') as [string, string];
  const both = eb.selectFrom('event_actors').select('event_actors.event_id').where('event_actors.country', '=', a)
    .intersect(eb.selectFrom('event_actors').select('event_actors.event_id').where('event_actors.country', '=', b));
  return eb.or([
    eb.and([eb('source_country', '=', a), eb('target_country', '=', b)]),
    eb('id', 'in', eb.selectFrom('events as e').select('e.id').where('e.plover', 'in', RECIPROCAL_TYPES).where('e.id', 'in', both)),
  ]);
}

/**
 * Events that may fall between `from` and `to`. Day dates (most events) are found on the page key;
 * months and years that start before `from` but reach into it come from their own small index.
 */
function dateCondition(eb: ExpressionBuilder<StoreSchema, 'events'>, from: string | undefined, to: string | undefined): Expression<SqlBool> {
  const upper = to ? [eb('sort_key', '<', addDays(to, 1))] : [];
  // Undated events sort first ("0000-00-00|…") and never match a date filter.
  const startsInside = eb.and([from ? eb('sort_key', '>=', from) : eb('date_start', 'is not', null), ...upper]);
  if (!from) return startsInside;
  const reachesIn = eb.and([
    eb('date_start', '<>', eb.ref('date_end')),
    eb('sort_key', '>=', addDays(from, -366)),
    eb('sort_key', '<', from),
    eb('date_end', '>=', from),
    ...(to ? [eb('date_start', '<=', to)] : []),
  ]);
  return eb.or([startsInside, reachesIn]);
}
