// Small SVG charts for the dashboard. Every label is set through textContent: article-derived
// strings (actor names, places) never reach an HTML parser.
const SVG = 'http://www.w3.org/2000/svg';

/** Fixed colours per PLOVER type, so a type keeps its colour across panels and reloads. */
export const TYPE_COLOURS = {
  CONSULT: '#2563eb', AGREE: '#16a34a', SUPPORT: '#65a30d', COOPERATE: '#0d9488', AID: '#0891b2',
  REQUEST: '#7c3aed', CONCEDE: '#a855f7', RETREAT: '#c084fc', ACCUSE: '#ea580c', REJECT: '#f59e0b',
  THREATEN: '#dc2626', PROTEST: '#db2777', SANCTION: '#9f1239', MOBILIZE: '#78350f', COERCE: '#7f1d1d', ASSAULT: '#111827',
};

/** Creates an SVG element with attributes. */
export function svgEl(name, attrs = {}, text) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = String(text);
  return el;
}

/** Stacked bars of events per day and type. */
export function drawTimeline(svg, rows) {
  svg.replaceChildren();
  if (rows.length === 0) return void svg.append(svgEl('text', { x: 10, y: 20, class: 'hint' }, 'No dated events'));
  const days = [...new Set(rows.map((r) => r.date))].sort();
  const totals = new Map();
  for (const r of rows) totals.set(r.date, (totals.get(r.date) ?? 0) + r.n);
  const max = Math.max(...totals.values());
  const width = 800, height = 160, left = 30;
  const bar = Math.max(1, (width - left) / days.length);
  const offset = new Map();
  for (const r of rows) {
    const i = days.indexOf(r.date);
    const h = (r.n / max) * (height - 20);
    const y0 = offset.get(r.date) ?? height;
    const rect = svgEl('rect', { x: left + i * bar, y: y0 - h, width: Math.max(1, bar - 1), height: h, fill: TYPE_COLOURS[r.plover] ?? '#999' });
    rect.append(svgEl('title', {}, `${r.date} ${r.plover}: ${r.n}`));
    svg.append(rect);
    offset.set(r.date, y0 - h);
  }
  svg.append(svgEl('text', { x: 0, y: 12, 'font-size': 10 }, String(max)));
  svg.append(svgEl('text', { x: left, y: 176, 'font-size': 10 }, days[0]));
  svg.append(svgEl('text', { x: width, y: 176, 'font-size': 10, 'text-anchor': 'end' }, days.at(-1)));
}

/** Actors on a circle, edges weighted by shared events; the busiest actors first. */
export function drawNetwork(svg, { nodes, edges }) {
  svg.replaceChildren();
  const top = [...nodes].sort((a, b) => b.n - a.n || a.id.localeCompare(b.id)).slice(0, 24);
  if (top.length === 0) return void svg.append(svgEl('text', { x: 10, y: 20 }, 'No actors'));
  const pos = new Map();
  top.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / top.length - Math.PI / 2;
    pos.set(n.id, { x: 210 + 115 * Math.cos(angle), y: 210 + 150 * Math.sin(angle), angle });
  });
  const maxEdge = Math.max(1, ...edges.map((e) => e.n));
  for (const e of edges) {
    const a = pos.get(e.a), b = pos.get(e.b);
    if (!a || !b) continue;
    const line = svgEl('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: '#94a3b8', 'stroke-width': 1 + (3 * e.n) / maxEdge });
    line.append(svgEl('title', {}, `${e.a} – ${e.b}: ${e.n}`));
    svg.append(line);
  }
  const maxNode = Math.max(...top.map((n) => n.n));
  for (const n of top) {
    const p = pos.get(n.id);
    const circle = svgEl('circle', { cx: p.x, cy: p.y, r: 4 + (8 * n.n) / maxNode, fill: '#2563eb' });
    circle.append(svgEl('title', {}, `${n.name} (${n.n})`));
    const right = Math.cos(p.angle) >= 0;
    svg.append(circle, svgEl('text', { x: p.x + (right ? 12 : -12), y: p.y + 4, 'font-size': 10, 'text-anchor': right ? 'start' : 'end' }, n.name));
  }
}

/** Country outlines (equirectangular) and event points. */
export function drawMap(svg, world, points) {
  svg.replaceChildren();
  const project = ([lon, lat]) => [((lon + 180) / 360) * 800, ((90 - lat) / 180) * 400];
  if (world && globalThis.topojson) {
    const land = globalThis.topojson.feature(world, world.objects.countries);
    for (const f of land.features) svg.append(svgEl('path', { d: pathOf(f.geometry, project), fill: '#e5e7eb', stroke: '#fff', 'stroke-width': 0.5 }));
  }
  for (const p of points) {
    const [x, y] = project([p.lon, p.lat]);
    const dot = svgEl('circle', { cx: x, cy: y, r: 4, fill: TYPE_COLOURS[p.plover] ?? '#dc2626', 'fill-opacity': 0.7, 'data-event': p.id });
    dot.append(svgEl('title', {}, `${p.name}: ${p.plover}`));
    svg.append(dot);
  }
}

function pathOf(geometry, project) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      ring.forEach((point, i) => {
        const [x, y] = project(point);
        d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
      });
      d += 'Z';
    }
  }
  return d;
}
