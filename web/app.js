// The readout dashboard: filters in the URL, panels fed by the JSON API. Article text and every
// string derived from it are inserted with textContent or text nodes, never as HTML.
import { TYPE_COLOURS, drawMap, drawNetwork, drawTimeline } from './charts.js';

const FILTERS = ['actor', 'country', 'dyad', 'type', 'from', 'to', 'lang'];
const form = document.getElementById('filters');
const errorOut = document.getElementById('error');
let world = null;

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  history.replaceState(null, '', `?${params}`);
  refresh();
});

for (const [name, value] of new URLSearchParams(location.search)) if (FILTERS.includes(name)) form.elements[name].value = value;
refresh();

async function api(path, params) {
  const res = await fetch(`/api/${path}${params ? `?${params}` : ''}`);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

async function refresh() {
  errorOut.textContent = '';
  const params = new URLSearchParams(location.search);
  try {
    const [stats, timeline, dyads, network, points, events] = await Promise.all([
      api('stats'), api('timeline', params), api('dyads', params), api('network', params), api('map', params),
      api('events', withLimit(params, 200)),
    ]);
    world ??= await fetch('/vendor/countries-110m.json').then((r) => r.json()).catch(() => null);
    document.getElementById('stats').textContent =
      `${stats.articles} articles · ${stats.events} events · ${stats.actors} actors · ${stats.clusters} duplicate clusters · ${stats.rejected} rejected`;
    drawTimeline(document.getElementById('timeline'), timeline);
    drawLegend(timeline);
    drawDyads(dyads);
    drawNetwork(document.getElementById('network'), network);
    drawMap(document.getElementById('map'), world, points);
    drawEvents(events);
  } catch (error) {
    errorOut.textContent = error.message;
  }
}

function withLimit(params, limit) {
  const copy = new URLSearchParams(params);
  copy.set('limit', String(limit));
  return copy;
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

function drawLegend(rows) {
  const legend = document.getElementById('legend');
  legend.replaceChildren();
  for (const type of [...new Set(rows.map((r) => r.plover))].sort()) {
    const span = document.createElement('span');
    span.textContent = type;
    span.style.setProperty('--swatch', TYPE_COLOURS[type] ?? '#999');
    legend.append(span);
  }
}

function drawDyads(rows) {
  const body = document.querySelector('#dyads tbody');
  body.replaceChildren();
  for (const r of rows) {
    const tr = document.createElement('tr');
    tr.append(cell(r.source), cell(r.target), cell(r.n), cell(r.goldstein.toFixed(1)));
    body.append(tr);
  }
}

function actorName(ref) {
  return ref ? `${ref.name}${ref.code ? ` (${ref.code})` : ''}` : '';
}

function drawEvents({ total, events }) {
  document.getElementById('events-count').textContent = `${events.length} of ${total}`;
  const body = document.querySelector('#events tbody');
  body.replaceChildren();
  for (const e of events) {
    const tr = document.createElement('tr');
    tr.dataset.event = e.id;
    tr.append(cell(e.date ?? '—'), cell(`${e.plover} ${e.cameo}`), cell(e.mode), cell(actorName(e.source)), cell(actorName(e.target)),
      cell(e.location?.name), cell(e.num_articles), cell(e.num_sources));
    tr.addEventListener('click', () => {
      body.querySelectorAll('tr.selected').forEach((row) => row.classList.remove('selected'));
      tr.classList.add('selected');
      showEvidence(e);
    });
    body.append(tr);
  }
}

async function showEvidence(event) {
  const box = document.getElementById('evidence');
  box.replaceChildren();
  const title = document.createElement('p');
  const people = event.participants.map((p) => p.name).join(', ');
  title.textContent = `${event.plover} (${event.modality}) · ${people} · ${event.date ?? 'undated'} · ${event.location?.name ?? 'no place'}`;
  box.append(title);
  for (const d of event.disagreements ?? []) {
    const p = document.createElement('p');
    p.className = 'disagreement';
    p.textContent = `Reports disagree on ${d.field}: ${d.sides.map((s) => `${s.value} (${s.articles.length})`).join(' vs ')}`;
    box.append(p);
  }
  for (const ev of event.evidence) {
    const item = document.createElement('div');
    item.className = 'evidence-item';
    const quote = document.createElement('p');
    quote.textContent = ev.sentence;
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = `article ${ev.article} · characters ${ev.start}–${ev.end}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Show in article';
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const article = await api(`articles/${encodeURIComponent(ev.article)}`);
        item.append(articleText(article, ev));
      } catch (error) {
        errorOut.textContent = error.message;
      }
    });
    item.append(quote, meta, button);
    box.append(item);
  }
}

/** The cleaned article with the evidence span marked, built from text nodes only. */
function articleText(article, span) {
  const pre = document.createElement('div');
  pre.className = 'article-text';
  const mark = document.createElement('mark');
  mark.textContent = article.text.slice(span.start, span.end);
  pre.append(document.createTextNode(article.text.slice(0, span.start)), mark, document.createTextNode(article.text.slice(span.end)));
  queueMicrotask(() => mark.scrollIntoView({ block: 'center' }));
  return pre;
}
