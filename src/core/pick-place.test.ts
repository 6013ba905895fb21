import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, PlaceMention, Sentence } from './doc.js';
import { identityMap } from './offset-map.js';
import { pickPlace } from './pick-place.js';

/** A Doc whose sentences are the given strings joined by spaces; `places` name their text and role. */
function docOf(sentences: string[], places: Array<[string, string, string, PlaceMention['kind'], PlaceMention['role']]>, titleFirst = false): Doc {
  const text = sentences.join(' ');
  const spans: Sentence[] = [];
  let at = 0;
  sentences.forEach((s, i) => {
    spans.push({ start: at, end: at + s.length, paragraph: titleFirst ? i : 0, ...(titleFirst && i === 0 ? { title: true } : {}) });
    at += s.length + 1;
  });
  const mentions: PlaceMention[] = places.map(([quoted, name, country, kind, role]) => {
    const start = role === 'dateline' ? 0 : text.indexOf(quoted);
    const sentence = role === 'dateline' ? -1 : spans.findIndex((s) => start >= s.start && start < s.end);
    return { start, end: start + quoted.length, text: quoted, name, kind, country, lat: 1, lon: 2, sentence, role };
  });
  return {
    id: 't', input: { sourcePath: null, format: 'txt' }, raw: text, text, toRaw: identityMap(), title: null, published: null,
    diagnostics: [], sentences: spans, places: mentions,
  };
}

function anchorOf(doc: Doc, word: string): { sentence: number; start: number; end: number } {
  const start = doc.text.indexOf(word);
  const sentence = doc.sentences!.findIndex((s) => start >= s.start && start < s.end);
  return { sentence, start, end: start + word.length };
}

test('pickPlace takes the event place of the clause before the sentence’s other places', () => {
  const doc = docOf(['Li flew in from Minsk; he met Putin in Moscow.'], [['Moscow', 'Moscow', 'RUS', 'city', 'event'], ['Minsk', 'Minsk', 'BLR', 'city', 'mention']]);
  assert.equal(pickPlace(doc, anchorOf(doc, 'met'))?.name, 'Moscow');
});

test('pickPlace prefers the clause’s place over a place in another clause of the sentence', () => {
  const doc = docOf(['Xi held talks at Zhongnanhai; later, in Tianjin, he opened a forum.'],
    [['Zhongnanhai', 'Beijing', 'CHN', 'landmark', 'event'], ['Tianjin', 'Tianjin', 'CHN', 'city', 'event']]);
  assert.equal(pickPlace(doc, anchorOf(doc, 'talks'))?.name, 'Beijing');
  assert.equal(pickPlace(doc, anchorOf(doc, 'opened'))?.name, 'Tianjin');
});

test('pickPlace falls back to the lead’s event place', () => {
  const doc = docOf(['Putin arrived in Beijing on Thursday.', 'The two leaders praised their ties.'], [['Beijing', 'Beijing', 'CHN', 'city', 'event']]);
  assert.deepEqual(pickPlace(doc, anchorOf(doc, 'praised')), { name: 'Beijing', country: 'CHN', lat: 1, lon: 2 });
});

test('pickPlace narrows a country-level place to a city of that country named nearby', () => {
  const doc = docOf(['During a visit to China, Putin held talks.', 'The talks took place in Beijing.'],
    [['China', 'China', 'CHN', 'country', 'event'], ['Beijing', 'Beijing', 'CHN', 'city', 'event']]);
  assert.equal(pickPlace(doc, anchorOf(doc, 'held'))?.name, 'Beijing');
  const alone = docOf(['Kunjungan ke Rusia itu penting.'], [['Rusia', 'Russia', 'RUS', 'country', 'event']]);
  assert.equal(pickPlace(alone, anchorOf(alone, 'Kunjungan'))?.name, 'Russia');
});

test('pickPlace uses the dateline only when allowed and nothing else is known', () => {
  const doc = docOf(['MOSCOW - The ministers met on Monday.'], [['MOSCOW', 'Moscow', 'RUS', 'city', 'dateline']]);
  assert.equal(pickPlace(doc, anchorOf(doc, 'met')), null);
  assert.equal(pickPlace(doc, anchorOf(doc, 'met'), { datelineFallback: true })?.name, 'Moscow');
  const named = docOf(['MOSCOW - The ministers met in Minsk.'], [['MOSCOW', 'Moscow', 'RUS', 'city', 'dateline'], ['Minsk', 'Minsk', 'BLR', 'city', 'event']]);
  assert.equal(pickPlace(named, anchorOf(named, 'met'), { datelineFallback: true })?.name, 'Minsk');
});

test("pickPlace takes the dateline's city for a side acting in its own country only", () => {
  const doc = docOf(['SANTIAGO - Chile ordered the envoy out on Monday.'], [['SANTIAGO', 'Santiago', 'CHL', 'city', 'dateline']]);
  assert.equal(pickPlace(doc, anchorOf(doc, 'ordered'), { homeCountry: 'CHL' })?.name, 'Santiago');
  assert.equal(pickPlace(doc, anchorOf(doc, 'ordered'), { homeCountry: 'PER' }), null);
  assert.equal(pickPlace(doc, anchorOf(doc, 'ordered'), { homeCountry: null }), null);
});

test('pickPlace ignores mere mentions and returns null without places', () => {
  const doc = docOf(['Moscow warned Washington.'], [['Moscow', 'Moscow', 'RUS', 'city', 'mention']]);
  assert.equal(pickPlace(doc, anchorOf(doc, 'warned')), null);
  const { places: _places, ...bare } = doc;
  assert.equal(pickPlace(bare, { sentence: 0 }), null);
});

test('pickPlace reads the lead from the first body paragraph, then the headline', () => {
  const doc = docOf(['Leaders meet in Minsk', 'The ministers praised the ties.', 'Later they met in Moscow.'], [
    ['Minsk', 'Minsk', 'BLR', 'city', 'event'], ['Moscow', 'Moscow', 'RUS', 'city', 'event'],
  ], true);
  assert.equal(pickPlace(doc, anchorOf(doc, 'praised'))?.name, 'Minsk');
});

test('pickPlace leaves a place after a later act of the sentence to that act', () => {
  const sentence = 'Starmer handed Trump a letter in Washington inviting him for a visit to London.';
  const doc = docOf([sentence], [['Washington', 'Washington', 'USA', 'city', 'event'], ['London', 'London', 'GBR', 'city', 'event']]);
  const handed = anchorOf(doc, 'handed');
  assert.equal(pickPlace(doc, { ...handed, limit: doc.text.indexOf('visit') })?.name, 'Washington');
  // with nothing before the limit, the lead's first place is no fallback when it lies past the limit
  const bare = docOf(['Starmer handed Trump a letter inviting him for a visit to London.'], [['London', 'London', 'GBR', 'city', 'event']]);
  assert.equal(pickPlace(bare, { ...anchorOf(bare, 'handed'), limit: bare.text.indexOf('visit') }), null);
  assert.equal(pickPlace(bare, anchorOf(bare, 'handed'))?.name, 'London');
});
