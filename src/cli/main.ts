import { Command, CommanderError } from 'commander';
import { ReadoutError } from '../core/errors.js';
import { exitStatus } from './exit-status.js';
import { registerEval } from './commands/eval.js';
import { registerEvents } from './commands/events.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';

/** Each command module adds itself to the program. */
const COMMANDS: Array<(program: Command) => void> = [
  registerExtract,
  registerIngest,
  registerEvents,
  registerStats,
  registerExport,
  registerServe,
  registerEval,
];

/**
 * Runs the readout command line; resolves to the process exit status.
 * Bad input is reported on stderr without stack traces; only bugs show one.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('readout')
    .description('Read news articles; code who did what to whom, when, where, on what evidence')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program);
  exitStatus.value = undefined;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitStatus.value ?? 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return 2;
    }
    if (error instanceof ReadoutError) {
      process.stderr.write(`readout: ${error.message}\n`);
      return error.exitCode;
    }
    if (isBrokenPipe(error)) return exitStatus.value ?? 0;
    // A bug, not bad input: one line by default, the stack trace on request.
    const message = error instanceof Error ? error.message : String(error);
    const detail = process.env['READOUT_DEBUG'] === '1' && error instanceof Error ? `\n${error.stack}` : ' (set READOUT_DEBUG=1 for the stack trace)';
    process.stderr.write(`readout: internal error: ${message}${detail}\n`);
    return 1;
  }
}

/** stdout closed early (`readout extract … | head`): stop quietly, as Unix tools do. */
function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}
