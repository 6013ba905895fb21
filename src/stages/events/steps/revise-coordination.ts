import type { Candidate, Party } from '../types.js';
import { mentionRange, partiesAt, prepBefore, type ScanContext } from './arguments-scan.js';

/**
 * "Chile and the United States seek to strengthen …": a determiner between the coordinator and the second
 * actor hides the first from the subject scan; joins it to the source. A reciprocal event with no
 * target of its own then pairs the joined sides ("X and the Y held talks").
 */
export function joinAcrossDeterminers(ctx: ScanContext, found: readonly Candidate[]): void {
  const { view, lex } = ctx;
  if (lex.determiners.size === 0) return;
  for (const c of found) {
    if (c.source.length === 0 || c.carried) continue;
    let a = firstWord(ctx, c.source[0]!.mention, c.from);
    if (a < 0) continue;
    const joined: Party[] = [];
    // "A and the B", "A, B and the C" (the comma only once an "and" is crossed, as the scan reads it)
    while (a >= 3 && lex.determiners.has(view.words[a - 1]!) && view.words[a - 2] !== ',' && lex.coordinators.hasWord(view.words[a - 2]!)) {
      const j = a - 3;
      if (view.mention[j]! < 0 || view.attributed[j]) break;
      const [from] = mentionRange(view, j);
      // "talks in Paris and the Hague": an actor in a prepositional phrase is no subject
      if (prepBefore(ctx, from) !== null) break;
      joined.unshift(...partiesAt(ctx, j));
      a = from;
    }
    const fresh = joined.filter((p) => !c.source.some((s) => s.actorId === p.actorId) && !c.target.some((t) => t.actorId === p.actorId));
    if (fresh.length === 0) continue;
    c.source = [...fresh, ...c.source];
    if (c.reciprocal && c.target.length === 0) [c.source, c.target] = [c.source.slice(0, 1), c.source.slice(1)];
  }
}

/** The first word of mention `mention` before word `before` (-1: none there). */
function firstWord(ctx: ScanContext, mention: number, before: number): number {
  const { view } = ctx;
  for (let k = 0; k < before; k++) if (view.mention[k] === mention) return k;
  return -1;
}
