import { join } from 'node:path';
import type { Doc } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import { loadPacks, type PackRegistry } from '../../lang/pack.js';
import type { Lexicon } from './compile-lexicon.js';
import type { ArticleContext } from './context.js';
import { loadActorDataCached, loadLexicon, openActorCache } from './lexicon-cache.js';
import { buildUnits } from './match-units.js';
import { indexHolders, shapePeople } from './roles-on-date.js';
import { ScratchBytes } from './scratch.js';
import { MatchStarts } from './match-starts.js';
import { NO_UNITS, scan } from './steps/01-scan.js';
import { resolveSharedNames } from './steps/01b-shared-names.js';
import { resolveTitles } from './steps/02-titles.js';
import { resolveNames } from './steps/03-names.js';
import { resolvePartials } from './steps/04-partials.js';
import { resolveRoles } from './steps/05-roles.js';
import { resolveAgents } from './steps/05b-agents.js';
import { compileAgents } from './agents/compile-agents.js';
import { resolveReferences } from './steps/06-references.js';
import { buildLayers } from './steps/07-build.js';
import { emptyLowerNorms } from './steps/title-tail.js';

/** Options of the actors stage. */
export interface ActorsOptions {
  /** Folder with roles.yml, countries.tsv, organizations.yml (default `<packs data dir>/actors`). */
  actorsDir?: string;
  /** Folder of people files (default `<actorsDir>/people`). */
  peopleDir?: string;
  /** Folder for the rebuildable cache of compiled lexicons (default `node_modules/.cache/readout`); null disables it. */
  cacheDir?: string | null;
}

/**
 * Finds people, countries and organisations, resolves every mention to one actor with its role and
 * CAMEO code on the article's date, and fills `doc.mentions` and `doc.actors`. Loads the actor data
 * and compiles each pack's lexicon once.
 * @example
 * const stage = await createActorsStage({}, loadPacks());
 * // "Russian President Vladimir Putin met Chinese Premier Li Qiang." (published 2024-08-21)
 * // → vladimir-putin (President, RUSGOV), li-qiang (Prime Minister, CHNGOV)
 */
export async function createActorsStage(options: ActorsOptions = {}, packs: PackRegistry = loadPacks()): Promise<Stage> {
  const actorsDir = options.actorsDir ?? join(packs.dataDir, 'actors');
  const cache = openActorCache(options.peopleDir ? [actorsDir, options.peopleDir] : [actorsDir], options.cacheDir);
  const data = shapePeople(loadActorDataCached(options.peopleDir ? { actorsDir, peopleDir: options.peopleDir } : { actorsDir }, cache));
  const holders = indexHolders(data);
  const lexicons = new Map<string, Lexicon>();
  for (const code of packs.codes()) lexicons.set(code, loadLexicon(data, packs.get(code)!, cache));
  const agents = compileAgents(packs);
  const covered = new ScratchBytes();
  return {
    name: 'actors',
    requires: ['sentences', 'tokens'],
    provides: ['mentions', 'actors'],
    run(doc: Doc) {
      const lex = doc.lang ? lexicons.get(doc.lang) : undefined;
      if (!lex) {
        doc.mentions = [];
        doc.actors = [];
        return;
      }
      const { units, flags } = buildUnits(doc);
      const matchStarts = new MatchStarts(units.length);
      const ctx: ArticleContext = {
        doc, text: doc.text, units, flags, lex, data, holders, date: doc.published ?? null,
        matches: matchStarts.list, matchStarts, drafts: [], actors: new Map(), covered: covered.zeroed(units.length), holderCache: new Map(),
        lowerNorms: emptyLowerNorms(), lowerSignatures: undefined, lowerScans: 0, agentStarts: NO_UNITS, capitalised: NO_UNITS,
      };
      const consumed = ctx.matchStarts.consumed();
      scan(ctx, agents.byLang.get(doc.lang!)?.trie ?? null);
      resolveSharedNames(ctx);
      const descriptions = resolveTitles(ctx, consumed);
      resolveNames(ctx, consumed);
      resolvePartials(ctx, consumed);
      resolveRoles(ctx, descriptions);
      const ownerless = resolveAgents(ctx, agents);
      resolveReferences(ctx, consumed, { agents, ownerless });
      buildLayers(ctx);
    },
  };
}
