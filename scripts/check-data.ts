/**
 * Validates every data file the project ships: language packs and, as later stages add them,
 * actor, place and ontology data. Exits 1 naming file, line, entry and rule on the first problems.
 */
import { checkAllData } from './lib/check-all-data.js';

const problems = await checkAllData();
for (const p of problems) process.stderr.write(`check-data: ${p}\n`);
if (problems.length > 0) process.exit(1);
process.stdout.write('check-data: all data files are valid\n');
