// The actors stage alone on the bench corpus (the budget is 0.5× the floor); see lib/stage-bench.mjs.
import { benchStage } from './lib/stage-bench.mjs';

export const name = 'actors';

export default (ctx) => benchStage(ctx, 'actors', 'mentions', (doc) => doc.mentions.length);
