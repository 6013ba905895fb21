/**
 * Rebuilds every data file derived from the shared reference folder, in dependency order: countries
 * before people and places, the ontology, the GDELT crosswalk, generic agents. Each importer records
 * origin and licence in what it writes and skips with a message when the reference folder is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const IMPORTERS = ['import-countries', 'import-actors', 'import-places', 'import-ontology', 'import-gdelt-fips', 'import-agents'];

for (const name of IMPORTERS) {
  const file = `scripts/${name}.ts`;
  if (!existsSync(file)) continue;
  process.stdout.write(`import-reference: ${name}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`import-reference: ${name} failed with status ${result.status}\n`);
    process.exit(1);
  }
}
