import type { Candidate } from '../types.js';
import { partiesAt, type ScanContext } from './arguments-scan.js';

/** Words between a number and the actor it counts ("40 Peruvian prisoners", "dozens of"). */
const COUNT_GAP = 1;

/**
 * "will free over 40 Peruvian prisoners", "menahan sekitar 20 warga Malaysia": a preposition before a
 * number counts, it does not open a topic or a place, so the actor after the number is the object the
 * scan passed over.
 */
export function readQuantities(ctx: ScanContext, found: readonly Candidate[]): void {
  const { view, lex } = ctx;
  for (const c of found) {
    if (c.trigger.pattern !== 'svo' || c.trigger.noun || c.trigger.objectPrep || c.trigger.passive || c.target.length > 0) continue;
    // "were freed over two days": a passive's object is its subject, not what follows
    if (c.from > 0 && lex.passiveAux.has(view.words[c.from - 1]!)) continue;
    const w = view.words[c.to];
    if (w === undefined || !(lex.topicPreps.has(w) || lex.locativePreps.has(w)) || !/^\p{N}/u.test(view.words[c.to + 1] ?? '')) continue;
    for (let k = c.to + 2; k <= c.to + 2 + COUNT_GAP && k < view.words.length; k++) {
      if (view.mention[k]! < 0) continue;
      c.target = partiesAt(ctx, k).filter((p) => !c.source.some((s) => s.actorId === p.actorId));
      break;
    }
  }
}
