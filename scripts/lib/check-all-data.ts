import { loadPacks } from '../../src/lang/pack.js';
import { checkPack } from '../../src/lang/check-pack.js';

/** Runs every data check; returns the problems found, as one line each. */
export async function checkAllData(): Promise<string[]> {
  const packs = loadPacks();
  const problems: string[] = [];
  for (const code of packs.codes()) problems.push(...checkPack(packs.get(code)!));
  return problems;
}
