import type { PackRegistry } from '../../../lang/pack.js';
import { normalizePhrase } from '../match-units.js';
import { AgentTrie } from './agent-trie.js';

/**
 * How an agent noun may be used (data/lang/<code>/agents.tsv, column `use`): `bare` stands without a country,
 * `focus` takes the article's focus country when it names none, else stands alone, `owned` takes the focus
 * country too but is no mention without one (a ministry is always some state's), `country` needs a country.
 */
export type AgentUse = 'bare' | 'focus' | 'owned' | 'country';

/** One agent phrase: its CAMEO sector and use. */
export interface AgentEntry {
  sector: string;
  use: AgentUse;
}

/** A language's agent nouns, compiled. */
export interface AgentLexicon {
  trie: AgentTrie;
  /** Words that join a country after the agent ("in", "di"). */
  links: Set<string>;
  /** The country may come straight after the noun ("polisi Israel"); else straight before ("Israeli police"). */
  follows: boolean;
}

/** Agent lexicons by language code, plus English sector names for canonical group names. */
export interface Agents {
  byLang: Map<string, AgentLexicon>;
  /** Sector → name ("REB" → "Rebels"). */
  sectors: Map<string, string>;
}

const USES = new Set<AgentUse>(['bare', 'focus', 'owned', 'country']);

/**
 * Compiles every pack's `agents.tsv` once, in the stage's factory: "Syrian rebels", "polisi Israel".
 * @example compileAgents(loadPacks()).byLang.get('en')!.trie // "rebels" → { sector: 'REB', use: 'bare' }
 */
export function compileAgents(packs: PackRegistry): Agents {
  const agents: Agents = { byLang: new Map(), sectors: new Map() };
  for (const code of packs.codes()) {
    const pack = packs.get(code)!;
    if (!pack.has('agents.tsv')) continue;
    const lex: AgentLexicon = { trie: new AgentTrie(), links: new Set(), follows: false };
    for (const { line, cells } of pack.tsv('agents.tsv')) {
      const [phrase, a = '', b = ''] = cells.map((c) => c.trim());
      const where = `data/lang/${code}/agents.tsv:${line}`;
      if (phrase === '@link') lex.links.add(a.toLowerCase());
      else if (phrase === '@follows') lex.follows = true;
      else if (phrase === '@sector') agents.sectors.set(a, b);
      else if (!phrase || !/^[A-Z]{3}(?:[A-Z]{3})*$/.test(a) || !USES.has(b as AgentUse)) throw new Error(`${where}: expected "phrase<TAB>SECTOR<TAB>bare|focus|owned|country"`);
      else lex.trie.insert(normalizePhrase(phrase), { sector: a, use: b as AgentUse });
    }
    agents.byLang.set(code, lex);
  }
  return agents;
}

/** The English name of a sector, else of its first three letters ("UAFMUS" → "Armed group"). */
export function sectorName(agents: Agents, sector: string): string {
  return agents.sectors.get(sector) ?? agents.sectors.get(sector.slice(0, 3)) ?? sector;
}
