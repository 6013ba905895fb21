import { main } from './main.js';

// Entry point for running the CLI from source (`node --import tsx src/cli/run.ts extract …`); bin/readout runs the compiled one.
process.exitCode = await main(process.argv.slice(2));
