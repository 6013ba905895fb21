import type { BoilerplateRule } from './clean-data.js';

/** A back reference (`\1`, `\k<name>`) counts groups, which joining patterns would renumber. */
const BACK_REFERENCE = /\\[1-9]|\\k</;

/**
 * The rules as few regular expressions: rules with the same flags become one alternation, which
 * matches a line exactly when one of them does. A short line was tested once per rule, each test a
 * call into the regular expression engine; now once per set of flags. Rules with back references,
 * or that do not join (two groups of one name), stay as they are.
 *
 * @example mergeRules([rule(/^Read more/iu), rule(/^Baca juga/iu)]) // one rule: /(?:^Read more)|(?:^Baca juga)/iu
 */
export function mergeRules(rules: readonly BoilerplateRule[]): BoilerplateRule[] {
  const out: BoilerplateRule[] = [];
  const byFlags = new Map<string, BoilerplateRule[]>();
  for (const rule of rules) {
    if (!rule.pattern || BACK_REFERENCE.test(rule.pattern.source)) out.push(rule);
    else byFlags.set(rule.pattern.flags, [...(byFlags.get(rule.pattern.flags) ?? []), rule]);
  }
  for (const [flags, group] of byFlags) {
    if (group.length === 1) {
      out.push(group[0]!);
      continue;
    }
    let pattern: RegExp;
    try {
      pattern = new RegExp(group.map((r) => `(?:${r.pattern!.source})`).join('|'), flags);
    } catch {
      out.push(...group);
      continue;
    }
    out.push({ test: (line) => pattern.test(line), source: [...new Set(group.map((r) => r.source))].join(', '), pattern });
  }
  return out;
}
