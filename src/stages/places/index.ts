import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';

/** Options of the places stage. */
export interface PlacesOptions {}

/** TODO(#places): not built yet; provides empty layers so the pipeline runs end to end. */
export async function createPlacesStage(_options: PlacesOptions = {}, _packs?: PackRegistry): Promise<Stage> {
  return {
    name: 'places',
    requires: ['sentences', 'tokens'],
    provides: ['places'],
    run(doc) {
      doc.places = [];
    },
  };
}
