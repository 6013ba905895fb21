// The dates stage alone on the bench corpus (the budget is 0.5× the floor), with its setup
// (compiling each pack's date files); see lib/stage-bench.mjs.
import { benchStage } from './lib/stage-bench.mjs';

export const name = 'dates';

export default (ctx) => benchStage(ctx, 'dates', 'dates', (doc) => doc.dates.length);
