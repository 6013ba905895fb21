import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanHtml } from './scan-html.js';

/** Replays the tokenizer's events as short strings. */
function events(html: string): string[] {
  const out: string[] = [];
  scanHtml(html, {
    text: (s, e) => out.push(`text:${html.slice(s, e)}`),
    open: (name, attributes, selfClosing) => out.push(`open:${name}${selfClosing ? '/' : ''}${Object.keys(attributes).length ? JSON.stringify(attributes) : ''}`),
    close: (name) => out.push(`close:${name}`),
    raw: (name, _a, s, e) => out.push(`raw:${name}:${html.slice(s, e)}`),
  });
  return out;
}

const cases: Array<[string, string[]]> = [
  ['<p class="lead">Hi</p>', ['open:p{"class":"lead"}', 'text:Hi', 'close:p']],
  ["<META Property='og:title' CONTENT=\"A > B\">", ['open:meta{"property":"og:title","content":"A > B"}']],
  ['<img src=a.png alt=x/>', ['open:img{"src":"a.png","alt":"x/"}']],
  ['<br/><input disabled>', ['open:br/', 'open:input{"disabled":""}']],
  ['a < b and c<3', ['text:a ', 'text:<', 'text: b and c', 'text:<', 'text:3']],
  ['<!-- <p>hidden</p> -->after', ['text:after']],
  ['<!DOCTYPE html><?xml x?>t', ['text:t']],
  ['<script>if (a<b) document.write("</p>")</script>x', ['raw:script:if (a<b) document.write("</p>")', 'close:script', 'text:x']],
  ['<TITLE>Berita &amp; Opini</Title>', ['raw:title:Berita &amp; Opini', 'close:title']],
  ['<style>p{}', ['raw:style:p{}', 'close:style']],
  ['<div title="unterminated>text', ['open:div{"title":"unterminated>text"}']],
  ['<p', ['open:p']],
];
for (const [html, expected] of cases) {
  test(`scanHtml() tokenizes ${JSON.stringify(html)}`, () => assert.deepEqual(events(html), expected));
}

test('scanHtml() walks 200,000 nested elements without recursion', () => {
  let opened = 0;
  scanHtml('<div>'.repeat(200_000) + '</div>'.repeat(200_000), { open: () => opened++ });
  assert.equal(opened, 200_000);
});
