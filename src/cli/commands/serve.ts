import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { parsePort } from '../options.js';

interface ServeOptions {
  db: string;
  port: number;
  host: string;
  token?: string;
}

/** Adds `readout serve [--db TARGET] [--port N] [--host ADDR] [--token T]`. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API and the web dashboard (loopback only unless --host says otherwise)')
    .option('--db <target>', 'SQLite file or postgres:// URL', './readout.db')
    .option('--port <n>', 'TCP port', parsePort, 8477)
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .option('--token <token>', 'bearer token required to write (default: $READOUT_TOKEN; none = read-only)')
    .action(async (options: ServeOptions) => {
      const token = options.token ?? process.env['READOUT_TOKEN'] ?? null;
      if (token !== null && token.length < 16) throw new UsageError('Cannot serve: the token must be at least 16 characters');
      // Loaded here: the server, the store and the pipeline cost 0.4 s of CPU, which `readout --help` need not pay.
      const [{ serve }, { createApp }, { openStore }] = await Promise.all([import('@hono/node-server'), import('../../server/create-app.js'), import('../../store/open-store.js')]);
      const store = await openStore(options.db);
      const app = createApp({ store, token, ...(token ? { pipeline: await (await import('../../pipeline.js')).createDefaultPipeline() } : {}) });
      const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
        process.stderr.write(`readout serve: http://${info.address}:${info.port}/ (${token ? 'writes need the token' : 'read-only'}; store ${store.target})\n`);
      });
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          server.close(() => resolve());
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await store.close();
    });
}
