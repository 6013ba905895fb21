import type { Doc } from './doc.js';
import type { StageName } from './diagnostic.js';
import type { PackRegistry } from '../lang/pack.js';

/** Layers of a Doc that stages provide and require. */
export type Layer =
  | 'text' | 'paragraphs' | 'dateline' | 'lang' | 'sentences' | 'tokens'
  | 'mentions' | 'actors' | 'dates' | 'places' | 'events' | 'quotes';

/** What a stage gets besides the doc: loaded packs and run-wide options. */
export interface RunContext {
  packs: PackRegistry;
}

/**
 * A step of the pipeline. Factories do the costly work once (load packs, compile lexicons);
 * `run` is cheap, changes only the layers in `provides` (and diagnostics), and keeps no
 * state between articles.
 */
export interface Stage {
  readonly name: StageName;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
  run(doc: Doc, context: RunContext): void | Promise<void>;
}
