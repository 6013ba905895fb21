// The readers alone, in process: JSON Lines reading of the bench corpus (as a multiple of the floor's
// whole run) and HTML pages through linkedom + Readability, which is the costly input path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const name = 'readers';

/** A news page of about 28 kB: navigation, sidebar, scripts, styles, twelve paragraphs. Our own markup. */
function samplePage(i) {
  const para = `<p>The two foreign ministers met on Tuesday to discuss the ceasefire, trade and prisoner exchange number ${i}, officials said.</p>`;
  const nav = `<nav><ul>${'<li><a href="/section">Section</a></li>'.repeat(40)}</ul></nav>`;
  const side = `<aside>${'<div class="card"><a href="/related"><img src="a.jpg"><span>Related story headline</span></a></div>'.repeat(20)}</aside>`;
  return `<!doctype html><html><head><title>Ministers meet ${i} | News</title><meta property="article:published_time" content="2024-08-21T10:00:00+07:00"><script>${'var x=1;'.repeat(2000)}</script><style>${'.a{color:red}'.repeat(500)}</style></head><body><header>${nav}</header><main><div class="wrap"><div class="row"><article><h1>Ministers meet</h1>${para.repeat(12)}</article>${side}</div></div></main><footer>${'<p>Footer link</p>'.repeat(30)}</footer></body></html>`;
}

export default async function run(ctx) {
  const { readInputs } = await import(pathToFileURL(join(ctx.root, 'dist', 'readers', 'read-inputs.js')).href);
  const time = async (paths) => {
    const started = performance.now();
    let n = 0;
    for await (const _ of readInputs(paths)) n++;
    return { seconds: (performance.now() - started) / 1000, n };
  };
  await time([ctx.corpus.path]); // warm up the JIT
  const jsonl = await time([ctx.corpus.path]);
  const r = ctx.ratio(jsonl.seconds);
  console.log(`jsonl corpus     ${jsonl.seconds.toFixed(2).padStart(7)} s  ${(jsonl.n / jsonl.seconds).toFixed(0).padStart(7)} articles/s${r === null ? '' : `   ${r.toFixed(2)}× floor`}`);

  const dir = mkdtempSync(join(tmpdir(), 'readout-bench-html-'));
  try {
    const pages = 200;
    for (let i = 0; i < pages; i++) writeFileSync(join(dir, `page-${String(i).padStart(4, '0')}.html`), samplePage(i));
    await time([dir]);
    const html = await time([dir]);
    console.log(`html pages       ${html.seconds.toFixed(2).padStart(7)} s  ${(html.n / html.seconds).toFixed(0).padStart(7)} pages/s (28 kB each, linkedom + Readability)`);
    ctx.record('readers', { jsonlSeconds: jsonl.seconds, jsonlFloorRatio: r, htmlPagesPerSecond: html.n / html.seconds });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
