import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPacks, type PackRegistry } from '../../src/lang/pack.js';
import { checkPack } from '../../src/lang/check-pack.js';

/** A stage's data check: `src/stages/<stage>/check-data.ts` exports `checkData`. */
type DataCheck = (packs: PackRegistry) => string[] | Promise<string[]>;

/** Runs every data check (pack basics, then each stage's own); returns the problems, one line each. */
export async function checkAllData(): Promise<string[]> {
  const packs = loadPacks();
  const problems: string[] = [];
  for (const code of packs.codes()) problems.push(...checkPack(packs.get(code)!));
  const stagesDir = new URL('../../src/stages/', import.meta.url);
  for (const stage of readdirSync(stagesDir, { withFileTypes: true })) {
    const file = join(stagesDir.pathname, stage.name, 'check-data.ts');
    if (!stage.isDirectory() || !existsSync(file)) continue;
    const { checkData } = (await import(pathToFileURL(file).href)) as { checkData: DataCheck };
    problems.push(...(await checkData(packs)));
  }
  return problems;
}
