/**
 * Scores readout on the peer event-coder suites in ../shared/benchmarks by each peer's own rule and
 * prints readout beside the peer's recorded output:
 * - petrarch2-gsr: exact (source code, target code, CAMEO code) triple sets per record (record
 *   accuracy, micro precision/recall/F1), on all records and on the 59 PETRARCH-2 was run on;
 * - plover-gsr-cameo: PLOVER type found (2021 names) and, with it, the source country found.
 * Skips with a message when the benchmarks folder is absent. `--verbose` lists every miss.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput, Doc, Event } from '../src/core/doc.js';
import { isRejection } from '../src/core/pipeline.js';
import { createDefaultPipeline } from '../src/pipeline.js';

const benchDir = process.env.READOUT_BENCHMARKS ?? join(process.cwd(), '..', 'shared', 'benchmarks');
const verbose = process.argv.includes('--verbose');
if (!existsSync(benchDir)) {
  process.stdout.write(`eval:peers: skipped: no peer suites at "${benchDir}"\n`);
  process.exit(0);
}
const pipeline = await createDefaultPipeline();

interface Case { id: string; text: string; date: string | null; evaluate?: boolean; expected: Array<Record<string, string | null>> }
type Triple = string;
const FUTURE_AGREE = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);
const FUTURE_THREATEN = new Set(['SANCTION', 'COERCE', 'ASSAULT', 'MOBILIZE']);
/** The CAMEO manual's region codes. */
const REGIONS = 'AFR|ASA|BLK|CAS|CAU|CEU|CFR|CRB|EAF|EEU|EIN|EUR|LAM|MDT|MEA|NAF|NMR|PGS|SAF|SAM|SAS|SCN|SEA|WAF|WST';
const IGO_REGION = new RegExp(`^IGO(?:${REGIONS})(?=[A-Z]{3})`);

await petrarch();
await plover();

async function petrarch(): Promise<void> {
  const dir = join(benchDir, 'petrarch2-gsr');
  if (!existsSync(dir)) return void process.stdout.write('eval:peers: petrarch2-gsr absent, skipped\n');
  const cases = readJsonl<Case>(join(dir, 'cases.jsonl')).filter((c) => c.evaluate !== false);
  const baseline = new Map(readJsonl<{ id: string; got: Array<Record<string, string>> }>(join(dir, 'baseline_petrarch2.jsonl')).map((b) => [b.id, b.got.map(tripleOf)]));
  const ours = new Map<string, Set<Triple>>();
  for (const c of cases) ours.set(c.id, triplesOf(await extract(c)));
  const gold = new Map(cases.map((c) => [c.id, new Set(c.expected.map(tripleOf))]));
  const subset = cases.filter((c) => baseline.has(c.id)).map((c) => c.id);
  process.stdout.write('petrarch2-gsr (exact source/target/CAMEO triples; record accuracy, micro P/R/F1)\n');
  row(`readout, all ${cases.length} records`, score(cases.map((c) => c.id), gold, ours));
  row(`readout, PETRARCH-2's ${subset.length}`, score(subset, gold, ours));
  row(`PETRARCH-2 (recorded), ${subset.length}`, score(subset, gold, new Map([...baseline].map(([k, v]) => [k, new Set(v)]))));
  if (verbose) {
    for (const c of cases) {
      const [g, o] = [[...gold.get(c.id)!].sort().join(' '), [...ours.get(c.id)!].sort().join(' ')];
      if (g !== o) process.stdout.write(`  ${c.id}: gold [${g}] readout [${o}]\n    ${c.text}\n`);
    }
  }
}

async function plover(): Promise<void> {
  const dir = join(benchDir, 'plover-gsr-cameo');
  if (!existsSync(dir)) return void process.stdout.write('eval:peers: plover-gsr-cameo absent, skipped\n');
  const cases = readJsonl<Case>(join(dir, 'cases.jsonl')).filter((c) => c.evaluate !== false);
  let typeFound = 0;
  let sourceFound = 0;
  for (const c of cases) {
    const events = (await extract(c)).filter((e) => e.modality !== 'negated').map(ploverView);
    const wanted = c.expected.map((e) => ({ type: e.code_plover2021 ?? e.code, source: e.source }));
    const hits = wanted.filter((w) => events.some((e) => e.plover === w.type));
    if (hits.length > 0) typeFound++;
    if (hits.some((w) => events.some((e) => e.plover === w.type && e.source !== null && (e.source.country ?? e.source.code ?? '').startsWith(w.source ?? '?')))) sourceFound++;
    else if (verbose) process.stdout.write(`  ${c.id}: want ${wanted.map((w) => `${w.source}:${w.type}`).join(' ')} got ${events.map((e) => `${e.source?.country ?? '-'}:${e.plover}`).join(' ')}\n    ${c.text}\n`);
  }
  process.stdout.write(`plover-gsr-cameo (${cases.length} records; no peer output recorded)\n`);
  process.stdout.write(`  readout: PLOVER type found ${pct(typeFound, cases.length)}, type and source country found ${pct(sourceFound, cases.length)}\n`);
}

/**
 * PLOVER's own rules on the future: cooperative CONSULT, SUPPORT, COOPERATE and AID are coded AGREE;
 * conflictual acts announced for the future (sanctions, force, boycotts) are THREATEN.
 */
function ploverView(e: Event): Event {
  if (e.modality !== 'planned') return e;
  if (FUTURE_AGREE.has(e.plover)) return { ...e, plover: 'AGREE' };
  if (FUTURE_THREATEN.has(e.plover)) return { ...e, plover: 'THREATEN' };
  return e;
}

/** Runs the whole pipeline on one case's sentence. */
async function extract(c: Case): Promise<Event[]> {
  const meta: ArticleInput['meta'] = { sourcePath: null, format: 'json', recordId: c.id, lang: 'en' };
  if (c.date) meta.publishedRaw = c.date;
  const result = await pipeline.run({ meta, raw: c.text, diagnostics: [] });
  return isRejection(result) ? [] : ((result as Doc).events ?? []);
}

/**
 * PETRARCH's own view of an event: dyads only; a reciprocal event codes both directions, and coordinated
 * actors on one side ("US and British activists") each give a dyad, as PETRARCH codes compound actors.
 * An event lists its sources, then its targets, as participants.
 */
function triplesOf(events: Event[]): Set<Triple> {
  const out = new Set<Triple>();
  for (const e of events) {
    if (e.modality === 'negated') continue;
    const at = e.target ? e.participants.findIndex((p) => p.id === e.target!.id) : -1;
    const sides = e.source && at > 0 && e.participants[0]!.id === e.source.id;
    const sources = sides ? e.participants.slice(0, at) : [e.source];
    const targets = sides ? e.participants.slice(at) : [e.target];
    const pairs: Array<[Event['source'], Event['target']]> = e.reciprocal
      ? e.participants.flatMap((a) => e.participants.filter((b) => b.id !== a.id).map((b): [Event['source'], Event['target']] => [a, b]))
      : sources.flatMap((a) => targets.map((b): [Event['source'], Event['target']] => [a, b]));
    for (const [s, t] of pairs) if (s?.code && t?.code) out.add(`${actorCode(s.code)}|${actorCode(t.code)}|${e.cameo}`);
  }
  return out;
}

/**
 * A source/target/CAMEO triple; a country-less agent written `---REB` in the gold is `REB`, as readout and
 * GDELT write it, and an IGO code is read without the CAMEO region the Phoenix dictionaries put before the
 * group (`IGOEUREEC` is the CAMEO manual's `IGOEEC`, the European Union).
 */
function tripleOf(t: Record<string, string | null>): Triple {
  return `${actorCode(t.source)}|${actorCode(t.target)}|${t.code ?? ''}`;
}

function actorCode(code: string | null | undefined): string {
  return (code ?? '').replace(/^---/, '').replace(IGO_REGION, 'IGO');
}

function score(ids: string[], gold: Map<string, Set<Triple>>, got: Map<string, Set<Triple>>): { acc: number; p: number; r: number; f1: number; n: number; tp: number; nGot: number; nGold: number } {
  let right = 0, tp = 0, nGot = 0, nGold = 0;
  for (const id of ids) {
    const g = gold.get(id) ?? new Set();
    const o = got.get(id) ?? new Set();
    if (g.size === o.size && [...g].every((x) => o.has(x))) right++;
    tp += [...o].filter((x) => g.has(x)).length;
    nGot += o.size;
    nGold += g.size;
  }
  const p = nGot === 0 ? 0 : tp / nGot;
  const r = nGold === 0 ? 0 : tp / nGold;
  return { acc: right / Math.max(1, ids.length), p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r), n: ids.length, tp, nGot, nGold };
}

/** One line of scores; the triple counts (right/coded/gold) show what one more right triple is worth. */
function row(label: string, s: { acc: number; p: number; r: number; f1: number; tp: number; nGot: number; nGold: number }): void {
  process.stdout.write(`  ${label.padEnd(34)} records ${(s.acc * 100).toFixed(1).padStart(5)} %  P ${s.p.toFixed(2)}  R ${s.r.toFixed(2)}  F1 ${s.f1.toFixed(2)}  (triples ${s.tp}/${s.nGot}/${s.nGold})\n`);
}

function pct(a: number, b: number): string {
  return `${a}/${b} (${((a / Math.max(1, b)) * 100).toFixed(1)} %)`;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}
