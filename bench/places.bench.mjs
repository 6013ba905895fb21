// The places stage alone on the bench corpus (the budget is 0.5× the floor), with its setup
// (loading the gazetteer once per process, compiling each pack's place tables); it reads the actors'
// countries, so every stage before it prepares the articles. See lib/stage-bench.mjs.
import { benchStage } from './lib/stage-bench.mjs';

export const name = 'places';

export default (ctx) => benchStage(ctx, 'places', 'places', (doc) => doc.places.length);
