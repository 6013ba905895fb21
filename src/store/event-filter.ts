import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
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

/** Builds the WHERE conditions on `events` for a filter; every value is a bound parameter. */
export function eventConditions(eb: ExpressionBuilder<StoreSchema, 'events'>, filter: EventFilter): Array<Expression<SqlBool>> {
  const out: Array<Expression<SqlBool>> = [];
  const hasActor = (where: (e: ExpressionBuilder<StoreSchema, 'event_actors'>) => Expression<SqlBool>): Expression<SqlBool> =>
    eb.exists(eb.selectFrom('event_actors').select('event_actors.event_id').whereRef('event_actors.event_id', '=', 'events.id').where(where));
  if (filter.actor) {
    const a = filter.actor;
    out.push(hasActor((e) => e.or([e('actor_id', '=', a), e('name', '=', a.toLowerCase()), e('code', '=', a.toUpperCase())])));
  }
  if (filter.country) {
    const c = filter.country.toUpperCase();
    out.push(eb.or([eb('location_country', '=', c), eb('id', 'in', eb.selectFrom('event_actors').select('event_id').where('country', '=', c))]));
  }
  if (filter.dyad) {
    const [a, b] = filter.dyad.toUpperCase().split('-') as [string, string];
    // Both countries among the parties: one indexed self-join instead of two correlated lookups.
    const both = eb.selectFrom('event_actors as x').innerJoin('event_actors as y', 'y.event_id', 'x.event_id')
      .select('x.event_id').where('x.country', '=', a).where('y.country', '=', b);
    out.push(eb.or([
      eb.and([eb('source_country', '=', a), eb('target_country', '=', b)]),
      eb.and([eb('plover', 'in', RECIPROCAL_TYPES), eb('id', 'in', both)]),
    ]));
  }
  if (filter.type) {
    const t = filter.type;
    out.push(/^\d+$/.test(t) ? eb('cameo', 'like', `${t}%`) : eb('plover', '=', t.toUpperCase()));
  }
  if (filter.from) out.push(eb('date_end', '>=', filter.from));
  if (filter.to) out.push(eb('date_start', '<=', filter.to));
  if (filter.lang) {
    const lang = filter.lang;
    out.push(eb.exists(eb.selectFrom('event_articles').innerJoin('articles', 'articles.id', 'event_articles.article_id')
      .select('event_articles.event_id').whereRef('event_articles.event_id', '=', 'events.id').where('articles.lang', '=', lang)));
  }
  return out;
}
