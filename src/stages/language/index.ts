import type { Stage } from '../../core/stage.js';
import type { PackRegistry } from '../../lang/pack.js';

/** Options of the language stage. */
export interface LanguageOptions {}

/** Detects the language. TODO(#2): real identification. */
export async function createLanguageStage(_options: LanguageOptions = {}, _packs?: PackRegistry): Promise<Stage> {
  return {
    name: 'language',
    requires: ['text'],
    provides: ['lang'],
    run(doc) {
      doc.lang = doc.input.lang ?? 'en';
    },
  };
}
