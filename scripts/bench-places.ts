/**
 * Times the places stage against the floor (`../shared/bench/floor.mjs`) on generated articles:
 * factory (startup) time, then the stage's time per article over docs that already have sentences and
 * tokens, and the floor's time per article on the same texts. Quote the ratio, not absolute times.
 *
 * Usage: `npx tsx scripts/bench-places.ts [ARTICLES]` (default 3000). Skips the floor when `../shared` is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPacks } from '../src/lang/pack.js';
import { buildTestDoc } from '../src/stages/places/build-test-doc.js';
import { createPlacesStage } from '../src/stages/places/index.js';

const count = Number(process.argv[2] ?? 3000);
// Sentences with places (cues, landmarks, traps) and without; `dense` articles are all place sentences
// (~13 places per 1,000 characters), `news` articles mix them as real reports do (~4 per 1,000).
const EN_PLACES = ['The minister met his counterpart in {P} on Monday, officials said.', 'Talks at the Kremlin lasted two hours.',
  'Analysts in {P} said the visit to {C} mattered.', 'Michael Jordan and Theresa May were not there.',
  'The delegation flew from {P} and later arrived in {P} for a two-day visit.', 'Moscow warned that the move would backfire.'];
const EN_PLAIN = ['Prices rose sharply across the region as traders waited for news.', 'He said the agreement would be signed in May after further talks with partners.',
  'Most observers expected a statement by the end of the week.', 'The two sides agreed to expand cooperation in trade, energy and technology.',
  'Officials did not give details of the timetable, but said work would begin soon.', 'The spokesman declined to comment on reports of a second meeting.'];
const ID_PLACES = ['Menteri itu bertemu mitranya di {P} pada hari Rabu, kata pejabat.', 'Pembicaraan di Istana Merdeka berlangsung dua jam.',
  'Pengamat di {P} menilai kunjungan ke {C} itu penting.', 'Delegasi berangkat dari {P} dan tiba di {P} untuk kunjungan dua hari.'];
const ID_PLAIN = ['Harga batu bara naik tajam di tengah ketidakpastian pasar global.', 'Kedua pihak sepakat memperluas kerja sama ekonomi dan perdagangan.',
  'Juru bicara itu menolak berkomentar mengenai laporan pertemuan kedua.', 'Pemerintah berjanji akan menyampaikan rincian jadwal dalam waktu dekat.'];
const CITIES = ['Moscow', 'Beijing', 'Jakarta', 'Paris', 'Washington', 'Geneva', 'Bogor', 'Tokyo', 'Ankara', 'Kyiv', 'Reading', 'Moskow', 'Jenewa'];
const COUNTRIES_EN = ['China', 'Russia', 'Indonesia', 'France', 'Turkey', 'Georgia'];
const COUNTRIES_ID = ['Tiongkok', 'Rusia', 'Prancis', 'Turki', 'Jepang'];

let seed = 42;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
const fill = (s: string, countries: string[]) => s.replace(/\{P\}/g, () => CITIES[rand(CITIES.length)]!).replace(/\{C\}/g, () => countries[rand(countries.length)]!);
const corpus = (placeShare: number) => Array.from({ length: count }, (_, i) => {
  const id = i % 3 === 0;
  const text = Array.from({ length: 18 }, () => {
    const pool = rand(100) < placeShare ? (id ? ID_PLACES : EN_PLACES) : id ? ID_PLAIN : EN_PLAIN;
    return fill(pool[rand(pool.length)]!, id ? COUNTRIES_ID : COUNTRIES_EN);
  }).join(' ');
  return { id: `a${i}`, lang: id ? 'id' : 'en', text };
});

const packs = loadPacks();
let t = performance.now();
const stage = await createPlacesStage({}, packs);
process.stdout.write(`places: factory ${(performance.now() - t).toFixed(0)} ms\n`);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const us = (ms: number) => `${((ms / count) * 1000).toFixed(1)} µs/article`;
let articles: Array<{ id: string; lang: string; text: string }> = [];
for (const [label, share] of [['news', 25], ['dense', 100]] as const) {
  articles = corpus(share);
  const docs = articles.map((a) => buildTestDoc(a.text, { lang: a.lang }));
  // The machine is shared: alternate rounds of the stage and of the floor's per-article work (the same
  // operations as floor.mjs, in this process) and keep each one's best round, in CPU time.
  let stageMs = Infinity;
  let floorWorkMs = Infinity;
  let places = 0;
  for (let round = 0; round < 7; round++) {
    t = cpu();
    places = 0;
    for (const d of docs) {
      stage.run(d, { packs });
      places += d.places!.length;
    }
    stageMs = Math.min(stageMs, cpu() - t);
    t = cpu();
    for (const a of articles) floorWork(a);
    floorWorkMs = Math.min(floorWorkMs, cpu() - t);
  }
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  process.stdout.write(`places: ${label}: ${count} articles, ${(chars / count).toFixed(0)} chars and ${(places / count).toFixed(1)} places each; ` +
    `stage ${us(stageMs)}, floor's work ${us(floorWorkMs)}, ratio ${(stageMs / floorWorkMs).toFixed(2)}\n`);
}

/** What floor.mjs does per article, minus reading the file. */
function floorWork(rec: { id: string; text: string }): string {
  const text = rec.text.normalize('NFC');
  const sentences = text.split(/\n+/).flatMap((p) => p.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
  let tokens = 0;
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) { tokens++; counts.set(m[0], (counts.get(m[0]) ?? 0) + 1); }
  return JSON.stringify({ id: rec.id, sentences: sentences.length, tokens, types: counts.size });
}

const floor = join(process.cwd(), '..', 'shared', 'bench', 'floor.mjs');
if (!existsSync(floor)) {
  process.stdout.write('places: floor skipped: ../shared/bench/floor.mjs is absent\n');
  process.exit(0);
}
const file = join(mkdtempSync(join(tmpdir(), 'places-bench-')), 'articles.jsonl');
writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
const empty = join(file, '..', 'empty.jsonl');
writeFileSync(empty, '');
const run = (f: string) => { const s = performance.now(); spawnSync(process.execPath, [floor, f], { stdio: 'ignore' }); return performance.now() - s; };
const floorMs = Math.min(run(file), run(file), run(file)) - Math.min(run(empty), run(empty));
process.stdout.write(`places: floor.mjs itself, dense corpus, wall clock: ${us(floorMs)} (startup excluded)\n`);
