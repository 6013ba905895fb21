import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';

/** Options of the actors stage. */
export interface ActorsOptions {}

/** TODO(#actors): not built yet; provides empty layers so the pipeline runs end to end. */
export async function createActorsStage(_options: ActorsOptions = {}, _packs?: PackRegistry): Promise<Stage> {
  return {
    name: 'actors',
    requires: ['sentences', 'tokens'],
    provides: ['mentions', 'actors'],
    run(doc) {
      doc.mentions = [];
      doc.actors = [];
    },
  };
}
