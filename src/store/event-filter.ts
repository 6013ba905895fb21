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
    // "vladimir-putin", "RUSGOV", "Vladimir Putin"
    out.push(eb('id', 'in', withActor((e) => e.or([e('actor_id', '=', a), e('name', '=', a.toLowerCase()), e('code', '=', a.toUpperCase())]))));
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
  if (filter.from) {
    out.push(eb('date_end', '>=', filter.from));
    // A date's first day is at most a year before its last ("2024" spans the year): bounds the index scan.
    out.push(eb('sort_key', '>=', addDays(filter.from, -366)));
  }
  if (filter.to) {
    out.push(eb('date_start', '<=', filter.to));
    out.push(eb('sort_key', '<', addDays(filter.to, 1)));
  }
  if (filter.lang) {
    const lang = filter.lang;
    out.push(eb('id', 'in', eb.selectFrom('event_articles').innerJoin('articles', 'articles.id', 'event_articles.article_id')
      .select('event_articles.event_id').where('articles.lang', '=', lang)));
  }
  return out;
}

/** `RUS-CHN`: source RUS and target CHN; or, for two-sided types, both countries among the parties. */
function dyadCondition(eb: ExpressionBuilder<StoreSchema, 'events'>, dyad: string): Expression<SqlBool> {
  const [a, b] = dyad.toUpperCase().split('-') as [string, string];
  const both = eb.selectFrom('event_actors as x').innerJoin('event_actors as y', 'y.event_id', 'x.event_id')
    .select('x.event_id').where('x.country', '=', a).where('y.country', '=', b);
  return eb.or([
    eb.and([eb('source_country', '=', a), eb('target_country', '=', b)]),
    eb.and([eb('plover', 'in', RECIPROCAL_TYPES), eb('id', 'in', both)]),
  ]);
}
