import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities } from './decode-entities.js';
import { findPublished, jsonLdDatePublished } from './find-published.js';
import { htmlDepth } from './html-depth.js';
import { readHtml } from './read-html.js';
import { stripTags } from './strip-tags.js';

const page = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

const STORY_EN = '<article><h1>Ministers meet in Geneva</h1><p>The two foreign ministers met on Tuesday to discuss the ceasefire and the exchange of prisoners.</p><p>Both sides said the talks were <b>constructive</b>, and agreed to meet again next month.</p></article>';
const STORY_ID = '<div class="content"><p>Menteri Luar Negeri kedua negara bertemu di Jenewa pada hari Selasa untuk membahas gencatan senjata.</p><p>Kedua pihak menyebut pembicaraan itu konstruktif dan sepakat bertemu lagi bulan depan.</p></div>';

test('readHtml() keeps the main text as paragraphs and drops navigation and footers (en)', () => {
  const html = page('<title>Ministers meet | Daily News</title>', `<nav><a href="/">Home</a> <a href="/world">World</a></nav>${STORY_EN}<footer>Copyright 2024 Daily News</footer>`);
  const article = readHtml(html, 128);
  assert.match(article.text, /^(Ministers meet in Geneva\n\n)?The two foreign ministers met on Tuesday/);
  assert.match(article.text, /prisoners\.\n\nBoth sides said the talks were constructive, and agreed/);
  assert.doesNotMatch(article.text, /Copyright|Home/);
  assert.ok(article.title?.startsWith('Ministers meet'));
  assert.deepEqual(article.diagnostics, []);
});

test('readHtml() reads an Indonesian page and its title (id)', () => {
  const article = readHtml(page('<title>Menlu bertemu di Jenewa</title>', STORY_ID), 128);
  assert.equal(article.title, 'Menlu bertemu di Jenewa');
  assert.equal(article.text.split('\n\n').length, 2);
  assert.match(article.text, /^Menteri Luar Negeri kedua negara/);
});

test('readHtml() reads a bare fragment with no <html> or <body>', () => {
  assert.equal(readHtml('<p>Presiden menerima kunjungan delegasi.</p>', 128).text, 'Presiden menerima kunjungan delegasi.');
});

test('readHtml() turns <br> into a line break inside a paragraph', () => {
  assert.equal(readHtml(page('', '<p>Line one<br>line two</p>'), 128).text, 'Line one\nline two');
});

test('readHtml() reads HTML nested 200,000 levels deep without a DOM, with html-too-deep', () => {
  const depth = 200_000;
  const html = page('<title>Deep</title>', '<div>'.repeat(depth) + '<p>Still readable text.</p>' + '</div>'.repeat(depth));
  const article = readHtml(html, 128);
  assert.equal(article.text, 'Still readable text.');
  assert.equal(article.title, 'Deep');
  assert.deepEqual(article.diagnostics.map((d) => d.code), ['html-too-deep']);
});

test('readHtml() reads unclosed deep nesting (no end tags at all) without a DOM', () => {
  const article = readHtml('<div>'.repeat(50_000) + 'Tail text', 128);
  assert.equal(article.text, 'Tail text');
  assert.equal(article.diagnostics[0]?.code, 'html-too-deep');
});

const depths: Array<[string, number]> = [
  ['<div><div><p>x</p></div></div>', 2],
  ['<p>a<p>b<p>c<p>d', 0],
  ['<ul><li>a<li>b<li>c</ul>', 1],
  ['<div><img src=x><br><hr/><span>t</span></div>', 2],
  ['</div></div><div>x</div>', 1],
  ['<script>if (a<b) { "<div><div><div>" }</script><div>x</div>', 1],
  ['<!-- <div><div> --><section>x</section>', 1],
];
for (const [html, depth] of depths) {
  test(`htmlDepth() measures ${JSON.stringify(html)} as ${depth}`, () => assert.equal(htmlDepth(html), depth));
}

test('stripTags() keeps paragraphs, drops scripts, styles and navigation, decodes entities', () => {
  const html = '<html><head><title>A &amp; B</title><style>p{color:red}</style></head><body><nav>Menu</nav><h1>Head</h1><p>One &eacute;l&egrave;ve.</p><script>var x = "<p>no</p>";</script><p>Two<br>lines</p></body></html>';
  assert.deepEqual(stripTags(html), { text: 'Head\n\nOne élève.\n\nTwo\nlines', title: 'A & B' });
});

test('stripTags() prefers og:title to <title>', () => {
  assert.equal(stripTags('<title>Site | Story</title><meta property="og:title" content="Story">').title, 'Story');
});

const published: Array<[string, string, string | null]> = [
  ['article:published_time', '<meta property="article:published_time" content="2024-08-21T10:00:00+07:00">', '2024-08-21T10:00:00+07:00'],
  ['itemprop datePublished', '<span itemprop="datePublished" content="2024-08-20">20 Agustus</span>', '2024-08-20'],
  ['JSON-LD datePublished', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-16T09:00:00Z"}</script>', '2024-05-16T09:00:00Z'],
  ['JSON-LD inside @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-03-20"}]}</script>', '2023-03-20'],
  ['time pubdate', '<time datetime="2023-03-19" pubdate>kemarin</time>', '2023-03-19'],
  ['first time datetime', '<p>Updated <time datetime="2022-01-02">2 Jan</time></p>', '2022-01-02'],
  ['pubdate meta', '<meta name="pubdate" content="2021-07-04">', '2021-07-04'],
  ['the best source wins', '<time datetime="2020-01-01"></time><meta name="date" content="2020-02-02"><meta property="article:published_time" content="2020-03-03">', '2020-03-03'],
  ['nothing declared', '<p>No date here, only 2024 in text.</p>', null],
  ['broken JSON-LD is ignored', '<script type="application/ld+json">{"datePublished": </script>', null],
];
for (const [name, html, expected] of published) {
  test(`findPublished() reads ${name}`, () => assert.equal(findPublished(html), expected));
}

test('readHtml() takes the published date from the page', () => {
  const html = page('<meta property="article:published_time" content="2024-08-21T10:00:00+07:00"><title>T</title>', STORY_ID);
  assert.equal(readHtml(html, 128).published, '2024-08-21T10:00:00+07:00');
});

test('jsonLdDatePublished() walks nested arrays without recursion', () => {
  const nested = '['.repeat(100_000) + '{"datePublished":"2024-01-01"}' + ']'.repeat(100_000);
  assert.equal(jsonLdDatePublished(nested), null); // beyond the walk's bound of 10,000 nodes: not found, no crash
  assert.equal(jsonLdDatePublished('['.repeat(5000) + '{"datePublished":"2024-01-01"}' + ']'.repeat(5000)), '2024-01-01');
});

const entities: Array<[string, string]> = [
  ['caf&eacute; &amp; th&#233; &#x4E2D;', 'café & thé 中'],
  ['&ldquo;Kami&rdquo; &mdash; ujarnya', '\u201cKami\u201d \u2014 ujarnya'],
  ['&unknownentity; stays', '&unknownentity; stays'],
  ['&#0; is replaced', '\ufffd is replaced'],
  ['no entities', 'no entities'],
];
for (const [input, expected] of entities) {
  test(`decodeEntities() reads ${JSON.stringify(input)}`, () => assert.equal(decodeEntities(input), expected));
}

test('readHtml() reads a page of more than 30,000 elements without a DOM, with html-too-large', () => {
  const html = page('<title>Long</title>', '<div><p>Paragraph about the talks.</p></div>'.repeat(20_000));
  const article = readHtml(html, 128);
  assert.deepEqual(article.diagnostics.map((d) => d.code), ['html-too-large']);
  assert.equal(article.text.split('\n\n').length, 20_000);
  assert.equal(article.title, 'Long');
});
