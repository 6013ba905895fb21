import { createPipeline, type Pipeline } from './core/pipeline.js';
import { loadPacks, type PackRegistry } from './lang/pack.js';
import { createCleanStage } from './stages/clean/index.js';
import { createLanguageStage } from './stages/language/index.js';
import { createSentencesStage } from './stages/sentences/index.js';
import { createActorsStage } from './stages/actors/index.js';
import { createDatesStage } from './stages/dates/index.js';
import { createPlacesStage } from './stages/places/index.js';
import { createEventsStage } from './stages/events/index.js';

/** Options of the default pipeline. */
export interface DefaultPipelineOptions {
  /** Language packs (default: the project's `data/`). */
  packs?: PackRegistry;
}

/**
 * Builds the default readout pipeline: clean → language → sentences → actors → dates → places → events.
 * This list is the one place the stage order is written down.
 */
export async function createDefaultPipeline(options: DefaultPipelineOptions = {}): Promise<Pipeline> {
  const packs = options.packs ?? loadPacks();
  const stages = [
    createCleanStage({}, packs),
    await createLanguageStage({}, packs),
    createSentencesStage({}, packs),
    await createActorsStage({}, packs),
    await createDatesStage({}, packs),
    await createPlacesStage({}, packs),
    await createEventsStage({}, packs),
  ];
  return createPipeline(stages, { packs });
}
