import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';

/** Options of the dates stage. */
export interface DatesOptions {}

/** TODO(#dates): not built yet; provides empty layers so the pipeline runs end to end. */
export async function createDatesStage(_options: DatesOptions = {}, _packs?: PackRegistry): Promise<Stage> {
  return {
    name: 'dates',
    requires: ['sentences', 'tokens'],
    provides: ['dates'],
    run(doc) {
      doc.dates = [];
    },
  };
}
