import { ensureCountry, NO_NAMES } from '../actor-registry.js';
import { makeRole } from '../roles-on-date.js';
import type { ArticleActor, ArticleContext } from '../context.js';
import { sectorName, type Agents } from './compile-agents.js';

/**
 * The article's record of a generic agent: a country's sector (`SYR-REB`, "Rebels (Syria)", code
 * SYRREB) or a sector alone (`REB`, "Rebels", code REB: GDELT leaves the country part empty).
 */
export function ensureGroup(ctx: ArticleContext, agents: Agents, iso3: string | null, sector: string): ArticleActor {
  const id = iso3 ? `${iso3}-${sector}` : sector;
  const known = ctx.actors.get(id);
  if (known) return known;
  const title = sectorName(agents, sector);
  const country = iso3 ? ensureCountry(ctx, iso3) : null;
  const actor: ArticleActor = {
    id,
    name: country ? `${title} (${country.name})` : title,
    kind: 'group',
    country: iso3,
    gender: null,
    person: null,
    role: makeRole({ role: title, sector }),
    code: country ? `${country.code ?? iso3}${sector}` : sector,
    names: NO_NAMES,
  };
  ctx.actors.set(id, actor);
  return actor;
}
