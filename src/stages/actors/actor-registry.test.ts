import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugify } from './actor-registry.js';

describe('slugify', () => {
  const cases: Array<[string, string]> = [
    ['Li Qiang', 'li-qiang'],
    ['Ana M. Duarte', 'ana-m-duarte'],
    ["  O'Brien-Kaur, Jr. ", 'o-brien-kaur-jr'],
    ['G20 Envoy 2', 'g20-envoy-2'],
    ['--', ''],
    ['José Núñez', 'jose-nunez'],
    ['Đặng Thị Ngọc', 'đang-thi-ngoc'],
    ['Ibu Sri_Mulyani', 'ibu-sri-mulyani'],
  ];
  for (const [name, slug] of cases) {
    it(`makes "${slug}" of "${name}"`, () => assert.equal(slugify(name), slug));
  }
  it('gives an ASCII name the slug the general rule gives', () => {
    const general = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
    for (let c = 0; c < 128; c++) {
      const name = `A${String.fromCharCode(c)}b ${String.fromCharCode(c)}`;
      assert.equal(slugify(name), general(name), JSON.stringify(name));
    }
  });
});
