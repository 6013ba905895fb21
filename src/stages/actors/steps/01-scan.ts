import type { ArticleContext } from '../context.js';
import type { Match, SlotKind } from '../token-trie.js';

/**
 * Finds every phrase of the lexicon, longest match first, left to right, never overlapping:
 * "Russian President Vladimir Putin" → the title "Russian President", then the name "Vladimir Putin";
 * "kasus" never yields "AS", and "lima" never yields "Li", because units are whole words.
 */
export function scan(ctx: ArticleContext): void {
  const { units, lex, text } = ctx;
  const slotCache = new Map<number, Match[]>();
  const fill = (kind: SlotKind, j: number): Match[] => {
    const key = j * 2 + (kind === 'org' ? 1 : 0);
    let found = slotCache.get(key);
    if (!found) {
      const trie = kind === 'org' ? lex.orgTrie : lex.countryTrie;
      found = units[j] && trie.starts(units[j]!.norm) ? trie.matchesAt(units, j, text) : [];
      slotCache.set(key, found);
    }
    return found;
  };
  for (let i = 0; i < units.length; ) {
    const u = units[i]!;
    if (!u.word || !(lex.trie.starts(u.norm) || lex.countryTrie.starts(u.norm) || lex.orgTrie.starts(u.norm))) {
      i++;
      continue;
    }
    const best = lex.trie.matchesAt(units, i, text, fill)[0];
    if (!best) {
      i++;
      continue;
    }
    ctx.matches.push(best);
    ctx.matchStarts.set(best.start, best);
    ctx.covered.fill(1, best.start, best.end);
    i = best.end;
  }
}
