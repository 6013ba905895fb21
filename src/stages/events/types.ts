import type { Modality } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { Trigger } from './lexicon.js';

/** A sentence as the events stage reads it: match keys with their tokens and the actor mention on each. */
export interface SentenceView extends Span {
  index: number;
  paragraph: number;
  title: boolean;
  /** Match keys (see `phraseKeys`), several per token when a token holds a hyphen. */
  words: string[];
  /** Token index of each word. */
  tok: number[];
  /** Mention index covering each word, or -1. */
  mention: Int32Array;
  /** Words inside an attribution ("according to X …"): no triggers or arguments there. */
  attributed: Uint8Array;
  /** `LEAD` bits of each word (see `EventLexicon.leads`): which phrase lists may match from it. */
  leads: Uint16Array;
}

/** One actor taking part, with the mention that named it. */
export interface Party {
  actorId: string;
  mention: number;
}

/** A trigger found in a sentence, with the arguments and modality read around it. */
export interface Candidate {
  trigger: Trigger;
  sentence: number;
  /** Word range of the trigger in its sentence view. */
  from: number;
  to: number;
  /** Text span of the trigger. */
  span: Span;
  /** Party lists are shared between candidates and scans: assign a new list, never change one in place. */
  source: Party[];
  target: Party[];
  /** Both sides act alike (meetings, talks, agreements). */
  reciprocal: boolean;
  /** The subject came from an earlier clause or sentence, not this one. */
  carried: boolean;
  modality: Modality;
  /** History, not news ("they last met in 2019"). */
  background: boolean;
  /** A background link ("when", "ketika") stands between the previous trigger of the sentence and this one. */
  linked: boolean;
  /** The object of a criticism or a rejection ("condemned the Russian attack"): what the news reacts to, not the news. */
  governed: boolean;
  /** Offset where a relative or complement clause opens past the verb's object ("… korban gempa yang mengguncang Myanmar
   * pada Jumat"): dates from there on are that clause's, not the act's; -1 when none. */
  clauseAt: number;
  /** An event noun set as the scene of another act ("agreed a truce after talks", "dalam perundingan"): its circumstance. */
  framed: boolean;
  /**
   * Offset of the sequence link opening the framing clause the act is told in ("… on Friday, a day after Beijing
   * summoned …"): dates before it are the main clause's, not the act's; -1 when none ("when", "ketika" share the time).
   */
  frameAt: number;
  /** Days from the main clause's time to the framed act's ("a day after": -1), null when the frame counts none. */
  frameDays: number | null;
  /** A bare event noun with no parties ("during the call"): evidence for an event found elsewhere. */
  anaphor: boolean;
  /** Told in a clause set beside an act before it by a link of time ("sign a pact as Meloni invites Saied"): news of its
   * own, not a scene, but second to that act. */
  aside: boolean;
}
