import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, decodeLine } from './decode-bytes.js';
import { looksBinary } from './looks-binary.js';

const utf16 = (text: string, order: 'le' | 'be'): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  if (order === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};

const cases: Array<[string, Buffer, string, string[]]> = [
  ['plain UTF-8', Buffer.from('Presiden Prabowo bertemu Putin.'), 'Presiden Prabowo bertemu Putin.', []],
  ['UTF-8 with accents', Buffer.from('café, Élysée, São Paulo'), 'café, Élysée, São Paulo', []],
  ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Menlu Retno')]), 'Menlu Retno', ['charset-bom']],
  ['UTF-16 LE with a BOM', utf16('Jenewa — café', 'le'), 'Jenewa — café', ['charset-bom']],
  ['UTF-16 BE with a BOM', utf16('Den Haag — 東京', 'be'), 'Den Haag — 東京', ['charset-bom']],
  ['latin-1 falls back to windows-1252', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]), 'café €', ['charset-fallback']],
  ['windows-1252 quotes', Buffer.from([0x93, 0x48, 0x69, 0x94]), '\u201cHi\u201d', ['charset-fallback']],
];

for (const [name, bytes, text, codes] of cases) {
  test(`decodeBytes() reads ${name}`, () => {
    const decoded = decodeBytes(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.text, text);
    assert.deepEqual(decoded.diagnostics.map((d) => d.code), codes);
  });
}

test('decodeBytes() refuses bytes with NUL characters as binary', () => {
  const decoded = decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  assert.equal(decoded.ok, false);
  assert.equal(!decoded.ok && decoded.code, 'input-binary');
});

test('looksBinary() flags text made mostly of control characters', () => {
  assert.match(looksBinary('\u0001\u0002\u0003abc\u0004\u0005\u0006\u0007') ?? '', /control characters/);
});

const notBinary: Array<[string, string]> = [
  ['tabs, newlines and form feeds', 'Kolom\tsatu\r\nKolom\tdua\f\n'],
  ['an English paragraph', 'The minister said on Monday that talks would resume.'],
  ['a few stray control characters in a long text', 'x'.repeat(1000) + '\u0007\u001b'],
  ['empty text', ''],
];
for (const [name, text] of notBinary) {
  test(`looksBinary() accepts ${name}`, () => assert.equal(looksBinary(text), null));
}

test('decodeLine() falls back to windows-1252 for one line and reports it', () => {
  const diagnostics: Parameters<typeof decodeLine>[1] = [];
  assert.equal(decodeLine(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), diagnostics), '{"é"}');
  assert.deepEqual(diagnostics.map((d) => d.code), ['charset-fallback']);
});
