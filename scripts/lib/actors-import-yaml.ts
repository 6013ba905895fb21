/**
 * Writes imported people in the people-file layout (one flow mapping per role, like the curated
 * files), so `_imported.yml` reads and diffs like the rest of data/actors/people/.
 */
import type { Person, PersonRole } from './actors-people.js';

/** Quotes a YAML scalar when plain style would change its meaning. */
export function yamlScalar(s: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .'’()\-]*$/u.test(s) && !/^(yes|no|true|false|null|on|off|~)$/i.test(s) && !/^\d/.test(s);
  return plain ? s : JSON.stringify(s);
}

function roleLine(r: PersonRole): string {
  const parts = [`role: ${r.role}`];
  if (r.org !== undefined) parts.push(`org: ${r.org}`);
  parts.push(`from: ${r.from}`);
  if (r.to !== undefined) parts.push(`to: ${r.to}`);
  if (r.approx === true) parts.push('approx: true');
  if (r.source !== undefined) parts.push(`source: ${r.source}`);
  return `    - { ${parts.join(', ')} }`;
}

/** The YAML text of a list of people, after `header` (comment lines). */
export function peopleYaml(header: string, people: readonly Person[]): string {
  const lines = [header.trimEnd()];
  for (const p of people) {
    lines.push(`- id: ${p.id}`, `  name: ${yamlScalar(p.name)}`, `  country: ${p.country ?? 'null'}`, `  gender: ${p.gender ?? 'null'}`);
    if (p.aliases && p.aliases.length > 0) lines.push(`  aliases: [${p.aliases.map(yamlScalar).join(', ')}]`);
    lines.push('  roles:', ...p.roles.map(roleLine));
  }
  return `${lines.join('\n')}\n`;
}
