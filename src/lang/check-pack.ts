import type { LanguagePack } from './pack.js';

/**
 * Validates what every language pack must have (`pack.yml`); stage-specific files are checked by
 * each stage's `check-data.ts`. Problems read `<pack>/<file>:<line>: <rule>: <entry>`.
 */
export function checkPack(pack: LanguagePack): string[] {
  try {
    void pack.meta;
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}
