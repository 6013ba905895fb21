import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InputMeta } from '../core/doc.js';
import { resolveReadOptions } from './read-options.js';
import { recordToInput } from './record-to-input.js';

const meta = (): InputMeta => ({ sourcePath: 'a.jsonl', format: 'jsonl', line: 1 });
const options = resolveReadOptions({ published: '2024-01-01', lang: 'en' });

test('recordToInput() puts the title before the body with a blank line', () => {
  const r = recordToInput({ id: 'a1', title: '  Putin  meets\nXi ', text: 'Body text.' }, meta(), options);
  assert.ok('raw' in r);
  assert.equal(r.raw, 'Putin meets Xi\n\nBody text.');
  assert.equal(r.meta.title, 'Putin meets Xi');
  assert.equal(r.meta.recordId, 'a1');
});

test('recordToInput() lets the record\'s published and lang override the defaults', () => {
  const r = recordToInput({ text: 'Presiden bertemu.', published: '2024-08-21', lang: 'ID' }, meta(), options);
  assert.ok('raw' in r);
  assert.equal(r.meta.publishedRaw, '2024-08-21');
  assert.equal(r.meta.lang, 'id');
});

test('recordToInput() applies the defaults when the record has no published or lang', () => {
  const r = recordToInput({ text: 'The minister said.' }, meta(), options);
  assert.ok('raw' in r);
  assert.equal(r.meta.publishedRaw, '2024-01-01');
  assert.equal(r.meta.lang, 'en');
});

test('recordToInput() takes the source from the URL host when none is given', () => {
  const r = recordToInput({ text: 'x', url: 'https://www.kompas.com/read/2024/08/21/x' }, meta(), options);
  assert.ok('raw' in r);
  assert.equal(r.meta.source, 'kompas.com');
  const given = recordToInput({ text: 'x', url: 'https://www.kompas.com/a', source: 'Kompas' }, meta(), options);
  assert.ok('raw' in given);
  assert.equal(given.meta.source, 'Kompas');
});

test('recordToInput() accepts a numeric id', () => {
  const r = recordToInput({ id: 42, text: 'x' }, meta(), options);
  assert.ok('raw' in r);
  assert.equal(r.meta.recordId, '42');
});

test('recordToInput() reads an html field: text, title and published date from the page', () => {
  const html = '<html><head><title>Kunjungan kenegaraan</title><meta property="article:published_time" content="2024-08-20T08:00:00+07:00"></head><body><p>Presiden menerima kunjungan Perdana Menteri di Istana Merdeka.</p></body></html>';
  const r = recordToInput({ html }, meta(), options);
  assert.ok('raw' in r);
  assert.equal(r.raw, 'Kunjungan kenegaraan\n\nPresiden menerima kunjungan Perdana Menteri di Istana Merdeka.');
  assert.equal(r.meta.publishedRaw, '2024-08-20T08:00:00+07:00');
});

test('recordToInput() prefers text to html when both are given', () => {
  const r = recordToInput({ text: 'From text.', html: '<p>From html.</p>' }, meta(), options);
  assert.ok('raw' in r);
  assert.equal(r.raw, 'From text.');
});

const ignored: Array<[string, Record<string, unknown>, string]> = [
  ['a numeric title', { text: 'x', title: 7 }, 'title'],
  ['an object url', { text: 'x', url: { href: 'x' } }, 'url'],
  ['a numeric published date', { text: 'x', published: 20240821 }, 'published'],
  ['an array lang', { text: 'x', lang: ['en'] }, 'lang'],
  ['a boolean id', { text: 'x', id: true }, 'id'],
];
for (const [name, record, field] of ignored) {
  test(`recordToInput() ignores ${name} with record-field-ignored`, () => {
    const r = recordToInput(record, meta(), options);
    assert.ok('raw' in r);
    const d = r.diagnostics.find((x) => x.code === 'record-field-ignored');
    assert.ok(d, 'diagnostic expected');
    assert.match(d.message, new RegExp(`"${field}"`));
    assert.equal(d.severity, 'warning');
  });
}

const rejected: Array<[string, unknown, string, RegExp]> = [
  ['no text or html', { id: 'x', title: 'Only a title' }, 'record-missing-text', /no "text" or "html"/],
  ['text that is a number', { text: 5 }, 'record-missing-text', /"text" must be a string, got a number/],
  ['text that is an object', { text: { body: 'x' }, html: '<p>x</p>' }, 'record-missing-text', /got an object/],
  ['html that is an array', { html: ['<p>x</p>'] }, 'record-missing-text', /"html" must be a string, got an array/],
  ['whitespace-only text', { text: ' \n\t ' }, 'input-empty', /no text/],
  ['an array instead of a record', [{ text: 'x' }], 'input-malformed', /expected a JSON object, got an array/],
  ['a string instead of a record', 'just text', 'input-malformed', /got a string/],
  ['null', null, 'input-malformed', /got null/],
  ['html with no text in it', { html: '<div><img src="a.png"></div>' }, 'input-empty', /no text/],
];
for (const [name, record, code, message] of rejected) {
  test(`recordToInput() rejects ${name}`, () => {
    const r = recordToInput(record, meta(), options);
    assert.ok('label' in r, 'rejection expected');
    const fatal = r.diagnostics.find((d) => d.severity === 'fatal');
    assert.equal(fatal?.code, code);
    assert.match(fatal.message, message);
    assert.equal(r.label, 'a.jsonl:1');
  });
}
