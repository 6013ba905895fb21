import type { LanguagePack } from './pack.js';

/**
 * Validates a language pack's files; returns problems as `<pack>/<file>:<line>: <rule>: <entry>`.
 * Each stage that reads pack files registers its checker in `PACK_CHECKS`.
 */
export function checkPack(pack: LanguagePack): string[] {
  const problems: string[] = [];
  try {
    void pack.meta;
  } catch (error) {
    problems.push((error as Error).message);
    return problems;
  }
  for (const check of PACK_CHECKS) problems.push(...check(pack));
  return problems;
}

/** A check of some of a pack's files. */
export type PackCheck = (pack: LanguagePack) => string[];

/** Registered pack checks (each stage adds the one for its files). */
export const PACK_CHECKS: PackCheck[] = [];
