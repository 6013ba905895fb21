import type { LanguagePack, PackRegistry } from '../../lang/pack.js';
import { CLEAN_FILES, CLEAN_YAML_KEYS, compileBoilerplate, type BoilerplateYaml, type CleanYaml } from './clean-data.js';

/**
 * Validates each pack's `clean.yml` (lists of lower-case words, no unknown keys), `boilerplate.yml`
 * (known keys, patterns that compile and cannot backtrack badly) and `dateline-labels.txt` (lower-case
 * labels), and that each opens with a header giving source and licence.
 */
export function checkData(packs: PackRegistry): string[] {
  const problems: string[] = [];
  for (const code of packs.codes()) {
    const pack = packs.get(code)!;
    for (const file of [CLEAN_FILES.clean, CLEAN_FILES.boilerplate]) {
      if (!pack.has(file)) continue;
      problems.push(...checkHeader(pack, file));
      try {
        if (file === CLEAN_FILES.clean) problems.push(...checkCleanYaml(pack, pack.yaml<CleanYaml>(file)));
        else problems.push(...checkBoilerplate(pack, pack.yaml<BoilerplateYaml>(file)));
      } catch (error) {
        problems.push(`lang/${code}/${file}: ${(error as Error).message}`);
      }
    }
    if (pack.has(CLEAN_FILES.datelineLabels)) problems.push(...checkHeader(pack, CLEAN_FILES.datelineLabels), ...checkLabels(pack));
  }
  return problems;
}

/** `dateline-labels.txt`: one lower-case label a line, no repeats. */
function checkLabels(pack: LanguagePack): string[] {
  const at = `lang/${pack.code}/${CLEAN_FILES.datelineLabels}`;
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const line of pack.lines(CLEAN_FILES.datelineLabels)) {
    if (line !== line.toLowerCase()) problems.push(`${at}: not lower case: ${line}`);
    else if (seen.has(line)) problems.push(`${at}: duplicate: ${line}`);
    seen.add(line);
  }
  return problems;
}

/** A data file must open with comment lines naming its source and licence. */
export function checkHeader(pack: LanguagePack, file: string): string[] {
  const head = (pack.text(file) ?? '').split('\n').filter((l) => l.startsWith('#')).slice(0, 12).join('\n');
  const missing = ['Source:', 'Licence:'].filter((k) => !head.includes(k));
  return missing.length ? [`lang/${pack.code}/${file}:1: header: missing ${missing.join(' and ')}`] : [];
}

function checkCleanYaml(pack: LanguagePack, data: CleanYaml | null): string[] {
  const at = `lang/${pack.code}/${CLEAN_FILES.clean}`;
  if (data === null || typeof data !== 'object') return [`${at}: not a mapping`];
  const problems: string[] = [];
  for (const [key, list] of Object.entries(data)) {
    if (!(CLEAN_YAML_KEYS as readonly string[]).includes(key)) problems.push(`${at}: unknown key: ${key}`);
    if (!Array.isArray(list)) {
      problems.push(`${at}: ${key}: not a list`);
      continue;
    }
    const seen = new Set<string>();
    for (const word of list) {
      if (typeof word !== 'string' || word !== word.toLowerCase() || /\s/.test(word)) problems.push(`${at}: ${key}: not one lower-case word: ${String(word)}`);
      else if (seen.has(word)) problems.push(`${at}: ${key}: duplicate: ${word}`);
      seen.add(String(word));
    }
  }
  return problems;
}

// A quantified group that is itself quantified: "(a+)+", "(\s*x)*" can backtrack exponentially.
const NESTED_QUANTIFIER = /\([^()]*[+*][^()]*\)[+*]|\([^()]*[+*][^()]*\)\{\d+,\}/;

function checkBoilerplate(pack: LanguagePack, data: BoilerplateYaml | null): string[] {
  const at = `lang/${pack.code}/${CLEAN_FILES.boilerplate}`;
  if (data === null || typeof data !== 'object') return [`${at}: not a mapping`];
  const problems: string[] = [];
  for (const [key, list] of Object.entries(data)) {
    if (!['line-starts', 'labels', 'line-patterns', 'teasers', 'footer-patterns'].includes(key)) problems.push(`${at}: unknown key: ${key}`);
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.trim() === '')) problems.push(`${at}: ${key}: must be a list of non-empty strings`);
  }
  for (const key of ['line-patterns', 'footer-patterns'] as const) {
    for (const pattern of data[key] ?? []) {
      if (NESTED_QUANTIFIER.test(pattern)) problems.push(`${at}: ${key}: nested quantifier may backtrack badly: ${pattern}`);
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        problems.push(`${at}: ${key}: ${(error as Error).message}`);
      }
    }
  }
  if (problems.length > 0) return problems;
  try {
    compileBoilerplate(data, at);
  } catch (error) {
    problems.push(`${at}: ${(error as Error).message}`);
  }
  return problems;
}
