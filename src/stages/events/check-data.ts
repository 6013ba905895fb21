import type { PackRegistry } from '../../lang/pack.js';
import { OBJECT_RULES } from './lexicon.js';
import { phraseKeys } from './phrase-trie.js';
import { loadOntology } from './ontology.js';

const PATTERNS = new Set(['svo', 'reciprocal', 'host', 'speech', 'self', 'demand']);
const MODES = new Set(['in-person', 'phone', 'video', 'visit', 'host']);
const PLOVER_EXTRA = new Set(['STATEMENT']);

/**
 * Validates the events data: every trigger's CAMEO code exists in the ontology and agrees with its
 * PLOVER type, patterns and modes are known, no phrase is listed twice in a pack, every pack with
 * triggers has the companion files, and topic contexts are PLOVER contexts or named issues.
 */
export function checkData(packs: PackRegistry): string[] {
  const problems: string[] = [];
  let ontology;
  try {
    ontology = loadOntology(packs.dataDir);
  } catch (error) {
    return [(error as Error).message];
  }
  const ploverTypes = new Set([...ontology.cameo.values()].map((e) => e.plover));
  for (const code of packs.codes()) {
    const pack = packs.get(code)!;
    const raw = pack.yaml<{ triggers?: Array<Record<string, unknown>> }>('event-triggers.yml');
    if (!raw) continue;
    const where = `data/lang/${code}/event-triggers.yml`;
    const args = pack.yaml<Record<string, unknown>>('event-arguments.yml');
    const seen = new Map<string, { entry: string; object: boolean; fallback: boolean }>();
    for (const [i, e] of (raw.triggers ?? []).entries()) {
      const label = `${where}: entry ${i + 1}`;
      const cameo = String(e.cameo ?? '');
      const entry = ontology.cameo.get(cameo);
      if (!entry) problems.push(`${label}: unknown CAMEO code "${cameo}"`);
      else if (entry.plover !== e.plover && !PLOVER_EXTRA.has(String(e.plover))) problems.push(`${label}: CAMEO "${cameo}" maps to ${entry.plover}, not ${String(e.plover)}`);
      if (!ploverTypes.has(String(e.plover))) problems.push(`${label}: unknown PLOVER type "${String(e.plover)}"`);
      if (!PATTERNS.has(String(e.pattern))) problems.push(`${label}: unknown pattern "${String(e.pattern)}"`);
      if (e.mode !== null && e.mode !== undefined && !MODES.has(String(e.mode))) problems.push(`${label}: unknown mode "${String(e.mode)}"`);
      if (e.active !== undefined && typeof e.active !== 'boolean') problems.push(`${label}: "active" must be true or false`);
      if (e.content !== undefined && typeof e.content !== 'boolean') problems.push(`${label}: "content" must be true or false`);
      // any other object rule names a list of event-arguments.yml
      if (e.object !== undefined && !OBJECT_RULES.has(String(e.object)) && !Array.isArray(args?.[String(e.object)])) problems.push(`${label}: object "${String(e.object)}" is neither a rule nor a list of event-arguments.yml`);
      if (e.notObject !== undefined && !Array.isArray(args?.[String(e.notObject)])) problems.push(`${label}: notObject "${String(e.notObject)}" is not a list of event-arguments.yml`);
      if (e.target !== undefined && e.target !== 'actor') problems.push(`${label}: unknown target rule "${String(e.target)}"`);
      const state = e.state as { plover?: unknown; cameo?: unknown } | undefined;
      const hosting = e.hosting as { plover?: unknown; cameo?: unknown; mode?: unknown } | undefined;
      if (hosting !== undefined && (ontology.cameo.get(String(hosting.cameo ?? ''))?.plover !== hosting.plover || !MODES.has(String(hosting.mode)))) problems.push(`${label}: hosting CAMEO "${String(hosting.cameo)}" does not map to ${String(hosting.plover)} or has no known mode`);
      const money = e.money as { plover?: unknown; cameo?: unknown } | undefined;
      if (money !== undefined && ontology.cameo.get(String(money.cameo ?? ''))?.plover !== money.plover) problems.push(`${label}: money CAMEO "${String(money.cameo)}" does not map to ${String(money.plover)}`);
      if (state !== undefined && ontology.cameo.get(String(state.cameo ?? ''))?.plover !== state.plover) problems.push(`${label}: state CAMEO "${String(state.cameo)}" does not map to ${String(state.plover)}`);
      for (const key of ['allegation', 'admission', 'complaint', 'censure', 'arms', 'force', 'riot', 'departure', 'envoy', 'courtesy']) {
        const v = e[key] as { plover?: unknown; cameo?: unknown } | undefined;
        if (v !== undefined && ontology.cameo.get(String(v.cameo ?? ''))?.plover !== v.plover && !PLOVER_EXTRA.has(String(v.plover))) problems.push(`${label}: ${key} CAMEO "${String(v.cameo)}" does not map to ${String(v.plover)}`);
      }
      for (const w of Array.isArray(e.words) ? e.words : []) {
        const key = phraseKeys(String(w)).join(' ');
        const before = seen.get(key);
        // the same words may be listed again for another object (`object:` naming a list): the object chooses; after
        // those, once with no object list: what they code when none of the objects follows
        const byObject = typeof e.object === 'string' && !OBJECT_RULES.has(e.object);
        if (before && !(before.object && (byObject || !before.fallback))) problems.push(`${label}: phrase "${String(w)}" is already listed (${before.entry})`);
        else if (!before) seen.set(key, { entry: `entry ${i + 1}`, object: byObject, fallback: false });
        else if (!byObject) before.fallback = true;
      }
    }
    for (const file of ['event-arguments.yml', 'event-modality.yml', 'attribution-cues.yml', 'quote-verbs.yml', 'event-topics.yml']) {
      if (!pack.has(file)) problems.push(`data/lang/${code}/${file}: missing (every pack with event triggers needs it)`);
    }
  }
  return problems;
}
