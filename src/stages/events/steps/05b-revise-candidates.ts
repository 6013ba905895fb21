import type { Doc } from '../../../core/doc.js';
import type { EventLexicon } from '../lexicon.js';
import type { Candidate, SentenceView } from '../types.js';
import type { ScanContext } from './arguments-scan.js';
import { readAppeals, readThreats } from './revise-appeals.js';
import { readAttacks } from './revise-attacks.js';
import { joinAcrossDeterminers } from './revise-coordination.js';
import { readLightVerbs } from './revise-light-verbs.js';
import { readPassiveNouns } from './revise-passive-nouns.js';
import { readQuantities } from './revise-quantities.js';
import { readRelativeClauses } from './revise-relatives.js';

/**
 * Reads again, over the whole sentence, what the trigger-by-trigger scan reads too locally: coordination
 * across a determiner ("Chile and the United States"), a light verb before an event noun ("engaged X in
 * a gunfight"), a count after a preposition ("free over 40 prisoners"), the country modifier of an
 * attack noun ("killed in a Peruvian drone strike"), the agent of a passive whose subject is the event
 * ("evidence against Bolivia was presented by Chile"), relative clauses ("the cartel that has seized …",
 * "the students detained … were freed"), the act an appeal asks for ("urged X to help") and the act a threat
 * threatens ("warned that any attempt would be an act of war"), which are the appeal's or threat's content, not
 * events of their own. Candidates come sentence by sentence; each run of
 * one sentence is read on its own.
 */
export function reviseCandidates(doc: Doc, views: readonly SentenceView[], candidates: Candidate[], lex: EventLexicon): Candidate[] {
  const mentions = doc.mentions ?? [];
  const tokens = doc.tokens ?? [];
  const dropped: Candidate[] = [];
  for (let from = 0; from < candidates.length; ) {
    const sentence = candidates[from]!.sentence;
    let to = from + 1;
    while (to < candidates.length && candidates[to]!.sentence === sentence) to++;
    const view = views[sentence];
    if (view) {
      const found = candidates.slice(from, to);
      const ctx: ScanContext = { view, lex, mentions };
      joinAcrossDeterminers(ctx, found);
      readLightVerbs(ctx, found);
      readQuantities(ctx, found);
      readPassiveNouns(ctx, found);
      // pushed list by list, in this order: a call spreading four lists builds an argument list for each sentence
      pushAll(dropped, readAttacks(ctx, found));
      pushAll(dropped, readRelativeClauses(ctx, found, tokens));
      pushAll(dropped, readAppeals(ctx, found));
      pushAll(dropped, readThreats(ctx, found));
      // "to help Chile" told by no appeal: no event
      for (const c of found) if (c.trigger.content) dropped.push(c);
    }
    from = to;
  }
  if (dropped.length === 0) return candidates;
  const gone = new Set(dropped);
  return candidates.filter((c) => !gone.has(c));
}

function pushAll(out: Candidate[], items: readonly Candidate[]): void {
  for (const c of items) out.push(c);
}
