/** Runs the readout CLI from source (tests use it so they need no build). */
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
