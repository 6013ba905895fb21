// pickPlace on long texts: the same picks as a plain filter-and-sort reading, with work linear in the Doc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Doc, EventLocation, PlaceKind, PlaceMention, Sentence } from './doc.js';
import { identityMap } from './offset-map.js';
import { pickPlace, type EventAnchor } from './pick-place.js';

/** The rules of pickPlace read literally (filter every place, sort): the oracle for the indexed version. */
function slowPickPlace(doc: Doc, anchor: EventAnchor, datelineFallback: boolean): EventLocation | null {
  const events = (doc.places ?? []).filter((p) => p.role === 'event');
  const inSentence = events.filter((p) => p.sentence === anchor.sentence);
  const sentences = doc.sentences ?? [];
  const isTitle = (s: Sentence) => s.title === true || doc.paragraphs?.[s.paragraph]?.title === true;
  const firstBody = sentences.find((s) => !isTitle(s));
  const lead = [...sentences.keys()].filter((i) => !isTitle(sentences[i]!) && sentences[i]!.paragraph === firstBody?.paragraph);
  lead.push(...[...sentences.keys()].filter((i) => isTitle(sentences[i]!)));
  const inLead = lead.flatMap((s) => events.filter((p) => p.sentence === s));
  const dateline = datelineFallback ? (doc.places ?? []).find((p) => p.role === 'dateline') : undefined;
  const s = sentences[anchor.sentence];
  let clause: PlaceMention[] = [];
  if (s && anchor.start !== undefined) {
    let from = s.start;
    let to = s.end;
    for (let i = anchor.start - 1; i >= s.start; i--) if (/[;:—–()]/.test(doc.text[i] ?? '')) { from = i + 1; break; }
    for (let i = anchor.end ?? anchor.start; i < s.end; i++) if (/[;:—–()]/.test(doc.text[i] ?? '')) { to = i; break; }
    clause = inSentence.filter((p) => p.start >= from && p.end <= to);
  }
  const at = anchor.start ?? 0;
  const distance = (p: PlaceMention) => Math.min(Math.abs(p.start - at), Math.abs(p.end - at));
  const rank = (p: PlaceMention) => (p.kind === 'country' ? 1 : 0);
  const nearest = (ps: PlaceMention[]) => [...ps].sort((a, b) => rank(a) - rank(b) || distance(a) - distance(b))[0];
  const picked = nearest(clause) ?? nearest(inSentence) ?? inLead[0] ?? dateline;
  if (!picked) return null;
  const near = picked.kind === 'country' ? [...inSentence, ...inLead, ...(dateline ? [dateline] : [])].find((p) => p.kind !== 'country' && p.country === picked.country) : undefined;
  const p = near ?? picked;
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon };
}

function docFrom(text: string, sentences: Sentence[], places: PlaceMention[], titleParagraph = false): Doc {
  return {
    id: 't', input: { sourcePath: null, format: 'txt' }, raw: text, text, toRaw: identityMap(), title: null, published: null,
    diagnostics: [], sentences, places, ...(titleParagraph ? { paragraphs: [{ start: 0, end: 1, title: true }] } : {}),
  };
}

function place(start: number, end: number, sentence: number, name: string, kind: PlaceKind, country: string | null, role: PlaceMention['role']): PlaceMention {
  return { start, end, text: 'x'.repeat(end - start), name, kind, country, lat: 0, lon: 0, sentence, role };
}

const placeArb = fc.record({
  // a few shared starts make equal distances (ties go to the earlier place in doc.places)
  start: fc.oneof(fc.nat(60), fc.constantFrom(5, 20, 35)), length: fc.nat(8), sentence: fc.integer({ min: -1, max: 6 }), name: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
  kind: fc.constantFrom<PlaceKind>('city', 'country', 'landmark', 'region'), country: fc.constantFrom('RUS', 'CHN', null),
  role: fc.constantFrom<PlaceMention['role']>('event', 'event', 'mention', 'dateline'),
}).map((p) => place(p.start, p.start + p.length, p.sentence, p.name, p.kind, p.country, p.role));

const docArb = fc.record({
  text: fc.array(fc.constantFrom('a', ' ', ';', ':', '(', ')', '—', 'b'), { minLength: 60, maxLength: 70 }).map((cs) => cs.join('')),
  cuts: fc.uniqueArray(fc.integer({ min: 1, max: 59 }), { maxLength: 6 }),
  paragraphs: fc.array(fc.nat(2), { minLength: 7, maxLength: 7 }),
  titles: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
  titleParagraph: fc.boolean(),
  places: fc.array(placeArb, { maxLength: 14 }),
}).map(({ text, cuts, paragraphs, titles, titleParagraph, places }) => {
  const bounds = [0, ...cuts.sort((a, b) => a - b), 60];
  const sentences: Sentence[] = bounds.slice(1).map((end, i) => ({ start: bounds[i]!, end, paragraph: paragraphs[i]!, ...(titles[i] ? { title: true } : {}) }));
  return docFrom(text, sentences, places, titleParagraph);
});

const anchorArb = fc.record({ sentence: fc.integer({ min: -1, max: 7 }), start: fc.option(fc.nat(62), { nil: undefined }), length: fc.option(fc.nat(6), { nil: undefined }) })
  .map(({ sentence, start, length }): EventAnchor => ({ sentence, ...(start !== undefined ? { start, ...(length !== undefined ? { end: start + length } : {}) } : {}) }));

test('pickPlace picks what a filter-and-sort over every place picks (overlaps, clauses, titles, ties)', () => {
  fc.assert(fc.property(docArb, fc.array(anchorArb, { minLength: 1, maxLength: 6 }), fc.boolean(), (doc, anchors, fallback) => {
    for (const a of anchors) assert.deepEqual(pickPlace(doc, a, { datelineFallback: fallback }), slowPickPlace(doc, a, fallback));
  }), { numRuns: 1500 });
});

/** One paragraph of `n` sentences `Envoys met in Town<i>; talks followed.`, each with its event place. */
function longParagraph(n: number): Doc {
  const sentences: Sentence[] = [];
  const places: PlaceMention[] = [];
  let text = '';
  for (let i = 0; i < n; i++) {
    const start = text.length;
    const town = `Town${i}`;
    text += `Envoys met in ${town}; talks followed. `;
    sentences.push({ start, end: text.length - 1, paragraph: 0 });
    places.push(place(start + 14, start + 14 + town.length, i, town, i % 3 === 0 ? 'country' : 'city', 'RUS', 'event'));
  }
  return docFrom(text, sentences, places);
}

test('pickPlace reads each place and sentence a bounded number of times, however many events ask', () => {
  const doc = longParagraph(300);
  let reads = 0;
  const counted = <T extends object>(items: T[]) => new Proxy(items, { get: (t, k, r) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k, r)) });
  const starts = doc.sentences!.map((s) => s.start);
  doc.places = counted(doc.places!);
  doc.sentences = counted(doc.sentences!);
  for (let i = 0; i < 300; i++) {
    const start = starts[i]!;
    assert.equal(pickPlace(doc, { sentence: i, start, end: start + 6 }, { datelineFallback: true })?.name, i % 3 === 0 ? 'Town1' : `Town${i}`);
    pickPlace(doc, { sentence: i });
  }
  // A filter per event would read 300 places 600 times, and the lead's 300 sentences again each time.
  assert.ok(reads <= 4 * 600 + 2 * 600, `${reads} reads`);
});

test('pickPlace keeps up with a 20,000-sentence paragraph and a sentence of 20,000 places', { timeout: 120_000 }, () => {
  const doc = longParagraph(20_000);
  for (let i = 0; i < 20_000; i++) {
    const start = doc.sentences![i]!.start;
    assert.equal(pickPlace(doc, { sentence: i, start: start + 26, end: start + 31 })?.name, i % 3 === 0 ? 'Town1' : `Town${i}`);
    // Past the last sentence: the lead's first place, the country Town0 narrowed to its city Town1.
    assert.equal(pickPlace(doc, { sentence: 20_000 + i })?.name, 'Town1');
  }
  // One sentence holding every place (no sentence ends in a long list): each event still finds its own.
  const one = docFrom(doc.text, [{ start: 0, end: doc.text.length, paragraph: 0 }], doc.places!.map((p) => ({ ...p, sentence: 0 })));
  for (let i = 0; i < 20_000; i++) {
    const p = one.places![i]!;
    const expected = p.kind === 'country' ? 'Town1' : p.name;
    assert.equal(pickPlace(one, { sentence: 0, start: p.start - 4, end: p.start - 1 })?.name, expected);
  }
});
