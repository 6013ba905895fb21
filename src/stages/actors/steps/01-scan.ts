import type { ArticleContext } from '../context.js';
import type { Match, SlotKind } from '../token-trie.js';

const NONE: Match[] = [];

/**
 * Finds every phrase of the lexicon, longest match first, left to right, never overlapping:
 * "Russian President Vladimir Putin" → the title "Russian President", then the name "Vladimir Putin";
 * "kasus" never yields "AS", and "lima" never yields "Li", because units are whole words.
 */
export function scan(ctx: ArticleContext): void {
  const { units, lex, text } = ctx;
  let slotCache: Map<number, Match[]> | null = null;
  const fill = (kind: SlotKind, j: number): Match[] => {
    const key = j * 2 + (kind === 'org' ? 1 : 0);
    const trie = kind === 'org' ? lex.orgTrie : lex.countryTrie;
    const head = units[j] ? trie.head(units[j]!) : undefined;
    if (!head) return NONE;
    slotCache ??= new Map();
    let found = slotCache.get(key);
    if (!found) slotCache.set(key, (found = trie.matchesFrom(head, units, j, text)));
    return found;
  };
  const trie = lex.trie;
  for (let i = 0; i < units.length; ) {
    const u = units[i]!;
    const head = u.kind === 'punct' ? undefined : trie.head(u);
    if (!head) {
      i++;
      continue;
    }
    const best = trie.longestFrom(head, units, i, text, fill);
    if (!best) {
      i++;
      continue;
    }
    ctx.matches.push(best);
    ctx.matchStarts.set(best);
    // a loop, not `fill`: matches are a word or two, and the builtin's call costs more than the stores
    for (let k = best.start; k < best.end; k++) ctx.covered[k] = 1;
    i = best.end;
  }
}
