import { Command, CommanderError } from 'commander';
import { ReadoutError } from '../core/errors.js';
import { exitStatus } from './exit-status.js';

type Register = (program: Command) => void;

/**
 * Each command module adds itself to the program. They load on demand: `events` need not pay for the
 * pipeline's modules, nor `extract` for the HTTP server's.
 */
const COMMANDS: ReadonlyArray<readonly [name: string, load: () => Promise<Register>]> = [
  ['extract', async () => (await import('./commands/extract.js')).registerExtract],
  ['ingest', async () => (await import('./commands/ingest.js')).registerIngest],
  ['events', async () => (await import('./commands/events.js')).registerEvents],
  ['stats', async () => (await import('./commands/stats.js')).registerStats],
  ['export', async () => (await import('./commands/export.js')).registerExport],
  ['serve', async () => (await import('./commands/serve.js')).registerServe],
  ['eval', async () => (await import('./commands/eval.js')).registerEval],
];

/** The commands to register: only the one named first, when it is one; all of them for help and mistakes. */
async function loadCommands(argv: readonly string[]): Promise<Register[]> {
  const named = COMMANDS.find(([name]) => name === argv[0]);
  return Promise.all((named ? [named] : COMMANDS).map(([, load]) => load()));
}

/**
 * Runs the readout command line; resolves to the process exit status.
 * Bad input is reported on stderr without stack traces; only bugs show one.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('readout')
    .description('Read news articles; code who did what to whom, when, where, on what evidence')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of await loadCommands(argv)) register(program);
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
