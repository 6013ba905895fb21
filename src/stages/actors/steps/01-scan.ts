import type { AgentTrie } from '../agents/agent-trie.js';
import type { ArticleContext } from '../context.js';
import { ScratchInts } from '../scratch.js';
import { addSignature, hasSignature, signature, SIGNATURE_WORDS } from '../signature.js';
import type { Match, SlotKind } from '../token-trie.js';

const NONE: Match[] = [];
/** One article's lower-case signatures, capitalised units and agent starts at a time (`run` is synchronous). */
const LOWER = new ScratchInts();
const CAPITALISED = new ScratchInts();
const AGENT_STARTS = new ScratchInts();

/** No units: the context's lists before the scan fills them. */
export const NO_UNITS = new Int32Array(0);

/**
 * Finds every phrase of the lexicon, longest match first, left to right, never overlapping:
 * "Russian President Vladimir Putin" → the title "Russian President", then the name "Vladimir Putin";
 * "kasus" never yields "AS", and "lima" never yields "Li", because units are whole words.
 *
 * The same pass marks what later steps would each have read every unit again for, from the signature
 * (token-trie.ts) it takes of each word anyway: the signatures of words written in lower case
 * (`ctx.lowerSignatures`, for title-tail.ts), and the units where an agent phrase of `agents` may start
 * (`ctx.agentStarts`, for the agents step; a unit a match covers is never one), and lists the capitalised
 * units (`ctx.capitalised`, for the partial names step).
 */
export function scan(ctx: ArticleContext, agents: AgentTrie | null): void {
  const { units, lex, text } = ctx;
  const lower = (ctx.lowerSignatures = LOWER.zeroed(SIGNATURE_WORDS));
  // the unit lists are written into buffers kept across articles, never grown: a list pushed to from
  // empty is copied to a larger store several times an article
  const capitalised = CAPITALISED.zeroed(units.length);
  const agentStarts = AGENT_STARTS.zeroed(units.length);
  let nCapitalised = 0;
  let nAgentStarts = 0;
  const agentFilter = agents?.filter;
  let slotCache: Map<number, Match[]> | null = null;
  const fill = (kind: SlotKind, j: number): Match[] => {
    const key = j * 2 + (kind === 'org' ? 1 : 0);
    const trie = kind === 'org' ? lex.orgTrie : lex.countryTrie;
    const head = units[j] ? trie.head(units[j]!) : undefined;
    if (!head) return NONE;
    // only what was found is kept: most words that may start a country start none here ("the" of "the
    // Gambia"), and walking again is cheaper than a table entry for each
    let found = slotCache?.get(key);
    if (found === undefined) {
      found = trie.matchesFrom(head, units, j, text);
      if (found.length > 0) (slotCache ??= new Map()).set(key, found);
    }
    return found;
  };
  const trie = lex.trie;
  for (let i = 0; i < units.length; ) {
    const u = units[i]!;
    if (u.kind === 'punct') {
      i++;
      continue;
    }
    const sig = signature(u.norm);
    if (u.upper) capitalised[nCapitalised++] = i;
    else if (u.kind === 'word') addSignature(lower, sig);
    if (agentFilter !== undefined && hasSignature(agentFilter, sig)) agentStarts[nAgentStarts++] = i;
    const head = trie.headOf(u, sig);
    if (!head) {
      i++;
      continue;
    }
    const best = trie.longestFrom(head, units, i, text, fill);
    if (!best) {
      i++;
      continue;
    }
    // recorded by its start, and listed in `ctx.matches`
    ctx.matchStarts.set(best);
    // a loop, not `fill`: matches are a word or two, and the builtin's call costs more than the stores
    for (let k = best.start; k < best.end; k++) ctx.covered[k] = 1;
    // the units of a match after its first are not read by the loop: their case marks are set here
    for (let k = best.start + 1; k < best.end; k++) {
      const v = units[k]!;
      if (v.upper) capitalised[nCapitalised++] = k;
      else if (v.kind === 'word') addSignature(lower, signature(v.norm));
    }
    i = best.end;
  }
  ctx.capitalised = capitalised.subarray(0, nCapitalised);
  ctx.agentStarts = agentStarts.subarray(0, nAgentStarts);
}
