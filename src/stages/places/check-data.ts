import { join } from 'node:path';
import type { PackRegistry } from '../../lang/pack.js';
import { compileLexicon } from './compile-lexicon.js';
import { findSeat, loadGazetteer } from './gazetteer.js';
import { normWords } from './normalize.js';
import { readTable } from './read-table.js';

const PACK_FILES = ['places.tsv', 'landmarks.tsv', 'place-cues.yml', 'place-false-positives.yml'];
const YAML_KEYS: Record<string, string[]> = {
  'place-cues.yml': ['event', 'origin', 'determiners', 'parts', 'here', 'coordination', 'capital-after', 'capital-before'],
  'place-false-positives.yml': ['phrases', 'never', 'cue-only', 'features-after', 'features-before'],
};

/** Validates the place data: country table, regions and their seats, and every pack's place files. */
export function checkData(packs: PackRegistry): string[] {
  const problems: string[] = [];
  const dir = join(packs.dataDir, 'places');
  const g = loadGazetteer(packs.dataDir);
  const seen = new Set<string>();
  for (const r of readTable(join(dir, 'countries.tsv'))) {
    const where = `data/places/countries.tsv:${r.line}`;
    if (!/^[A-Z]{3}$/.test(r.iso3 ?? '') || !/^[A-Z]{2}$/.test(r.iso2 ?? '')) problems.push(`${where}: "${r.iso3}" needs ISO3 and ISO2 codes`);
    if (seen.has(r.iso3!)) problems.push(`${where}: "${r.iso3}" is listed twice`);
    seen.add(r.iso3!);
    if (r.lat && (Math.abs(Number(r.lat)) > 90 || Math.abs(Number(r.lon)) > 180)) problems.push(`${where}: "${r.iso3}" has coordinates out of range`);
  }
  for (const r of readTable(join(dir, 'regions.tsv'))) {
    const where = `data/places/regions.tsv:${r.line}`;
    const seat = findSeat(g.cities, r.seat ?? '', r.country ?? '', r.admin ?? '');
    if (!g.countries.has(r.country ?? '')) problems.push(`${where}: "${r.name}" has unknown country "${r.country}"`);
    else if (!seat) problems.push(`${where}: seat "${r.seat}" of "${r.name}" is not in the gazetteer with admin code "${r.admin}"`);
  }
  for (const code of packs.codes()) problems.push(...checkPackFiles(packs, code, g));
  return problems;
}

function checkPackFiles(packs: PackRegistry, code: string, g: ReturnType<typeof loadGazetteer>): string[] {
  const pack = packs.get(code)!;
  const problems: string[] = [];
  for (const file of PACK_FILES) {
    const text = pack.text(file);
    if (text === null) continue;
    if (!text.startsWith('#')) problems.push(`data/lang/${code}/${file}: must open with a header comment (source, licence, date)`);
    const keys = YAML_KEYS[file];
    if (!keys) continue;
    const data = pack.yaml<Record<string, unknown>>(file) ?? {};
    for (const [key, value] of Object.entries(data)) {
      if (!keys.includes(key)) problems.push(`data/lang/${code}/${file}: unknown key "${key}" (expected ${keys.join(', ')})`);
      else if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) problems.push(`data/lang/${code}/${file}: "${key}" must be a list of non-empty strings`);
    }
  }
  const meaning = new Map<string, string>();
  for (const file of ['places.tsv', 'landmarks.tsv']) {
    for (const { line, cells } of pack.tsv(file)) {
      const alias = cells[0] ?? '';
      const target = file === 'places.tsv' ? `${cells[1]}, ${cells[2]}` : `${cells[2]}, ${cells[3]}`;
      const key = normWords(alias).join(' ');
      const before = meaning.get(key);
      if (before && before !== target) problems.push(`data/lang/${code}/${file}:${line}: "${alias}" means "${target}" here but "${before}" elsewhere`);
      meaning.set(key, target);
    }
  }
  try {
    compileLexicon(pack, g);
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}
