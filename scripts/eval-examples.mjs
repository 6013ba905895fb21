#!/usr/bin/env node
// Scores readout on the shared example articles with their gold file, or says why it cannot.
// `npm run eval:examples`; the shared folder sits beside the repository and may be absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.READOUT_EXAMPLES ?? join(process.cwd(), '..', 'shared', 'examples');
const gold = join(dir, 'gold.jsonl');
if (!existsSync(gold)) {
  process.stdout.write(`eval:examples: skipped: no gold file at "${gold}"\n`);
  process.exit(0);
}
const result = spawnSync(process.execPath, ['bin/readout', 'eval', '--gold', gold, dir], { stdio: 'inherit' });
process.exit(result.status ?? 1);
