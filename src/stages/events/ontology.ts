import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../../core/errors.js';

/** One CAMEO event code with its scores and PLOVER mapping (data/ontology/cameo.tsv). */
export interface CameoEntry {
  code: string;
  name: string;
  root: string;
  quad: number;
  goldstein: number;
  /** PLOVER type, or `STATEMENT` for CAMEO 01 (which PLOVER dropped). */
  plover: string;
  ploverMode: string | null;
  ploverContext: string | null;
}

/** The event ontology: CAMEO codes by code. */
export interface Ontology {
  cameo: Map<string, CameoEntry>;
  /** The entry for a code, else its nearest listed parent (`0356` → `035` → `03`). */
  lookup(code: string): CameoEntry | undefined;
}

const cache = new Map<string, Ontology>();

/** Loads `<dataDir>/ontology/cameo.tsv` once per process. Throws DataError when missing or malformed. */
export function loadOntology(dataDir: string): Ontology {
  const cached = cache.get(dataDir);
  if (cached) return cached;
  const path = join(dataDir, 'ontology', 'cameo.tsv');
  if (!existsSync(path)) throw new DataError(`Cannot load ontology: "${path}" is missing (run scripts/import-ontology.ts)`);
  const cameo = new Map<string, CameoEntry>();
  let header = true;
  readFileSync(path, 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    if (header) return void (header = false);
    const c = line.split('\t');
    if (c.length < 8 || !/^\d{2,4}$/.test(c[0]!)) throw new DataError(`Cannot load ontology: cameo.tsv line ${i + 1}: malformed row`);
    cameo.set(c[0]!, {
      code: c[0]!, name: c[1]!, root: c[2]!, quad: Number(c[3]), goldstein: Number(c[4]),
      plover: c[5]!, ploverMode: c[6] || null, ploverContext: c[7] || null,
    });
  });
  const ontology: Ontology = {
    cameo,
    lookup(code) {
      for (let k = code; k.length >= 2; k = k.slice(0, -1)) {
        const hit = cameo.get(k);
        if (hit) return hit;
      }
      return undefined;
    },
  };
  cache.set(dataDir, ontology);
  return ontology;
}
