import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';

/** Options of the events stage. */
export interface EventsOptions {}

/** TODO(#events): not built yet; provides empty layers so the pipeline runs end to end. */
export async function createEventsStage(_options: EventsOptions = {}, _packs?: PackRegistry): Promise<Stage> {
  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'mentions', 'actors', 'dates', 'places'],
    provides: ['events', 'quotes'],
    run(doc) {
      doc.events = [];
      doc.quotes = [];
    },
  };
}
