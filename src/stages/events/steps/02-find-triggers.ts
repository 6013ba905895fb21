import type { EventLexicon, Trigger } from '../lexicon.js';
import type { SentenceView } from '../types.js';

/** A trigger phrase found at words [from, to) of a sentence view. */
export interface TriggerHit {
  trigger: Trigger;
  from: number;
  to: number;
}

/**
 * Finds trigger phrases left to right, longest first, outside attributions and outside actor
 * names ("Shanghai Cooperation Organisation" holds no "cooperation" event).
 * @example "Putin held talks with Xi" → [{trigger: talks, from: 2, to: 3}]
 */
export function findTriggers(view: SentenceView, lex: EventLexicon): TriggerHit[] {
  const hits: TriggerHit[] = [];
  const { words } = view;
  for (let i = 0; i < words.length; i++) {
    if (view.attributed[i] || view.mention[i]! >= 0) continue;
    const hit = lex.triggers.longest(words, i);
    if (!hit) continue;
    let inName = false;
    for (let k = i; k < i + hit.length; k++) if (view.mention[k]! >= 0) inName = true;
    if (inName) continue;
    hits.push({ trigger: hit.value, from: i, to: i + hit.length });
    i += hit.length - 1;
  }
  return hits;
}
