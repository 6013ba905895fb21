import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jaccardEstimate, minhash, SIGNATURE_SIZE } from './minhash.js';
import { decodeSignature, encodeSignature, lshBands, LSH_BANDS, NEAR_DUPLICATE_THRESHOLD } from './lsh.js';
import { countSources, outletOf } from './outlet.js';

const EN_STORY = 'Indonesian President Prabowo Subianto received Australian Prime Minister Anthony Albanese at the Merdeka Palace in Jakarta on Tuesday, where the two leaders discussed maritime security, trade in cattle and grain, and a new programme of student exchanges between both countries.';
const ID_STORY = 'Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Merdeka, Jakarta, Selasa. Kedua pemimpin membahas keamanan maritim, perdagangan sapi dan gandum, serta program pertukaran pelajar.';

describe('minhash()', () => {
  it('is deterministic and ignores case, punctuation and spacing', () => {
    assert.deepEqual(minhash(EN_STORY), minhash(EN_STORY));
    assert.equal(jaccardEstimate(minhash(EN_STORY), minhash(EN_STORY.toUpperCase().replace(/,/g, ' ,  '))), 1);
    assert.equal(minhash(EN_STORY).length, SIGNATURE_SIZE);
  });

  // [description, a, b, near duplicate?]
  const table: Array<[string, string, string, boolean]> = [
    ['a syndicated copy with a sign-off line added', EN_STORY, `${EN_STORY} Reporting by a staff writer; editing by the desk.`, true],
    ['a repost with one word changed', EN_STORY, EN_STORY.replace('Tuesday', 'Wednesday'), true],
    ['an Indonesian repost with its last clause cut', ID_STORY, ID_STORY.replace(', serta program pertukaran pelajar', ''), true],
    // false positives: same topic, other words
    ['the same event in another language', EN_STORY, ID_STORY, false],
    ['another story about the same leaders', EN_STORY, 'Anthony Albanese criticised the opposition over energy prices in Canberra, saying households deserved relief before winter.', false],
    ['two short headlines sharing a name', 'Prabowo meets Albanese', 'Prabowo meets students', false],
  ];
  for (const [name, a, b, expected] of table) {
    it(`${expected ? 'finds' : 'does not find'} near duplicates: ${name}`, () => {
      const j = jaccardEstimate(minhash(a), minhash(b));
      assert.equal(j >= NEAR_DUPLICATE_THRESHOLD, expected, `estimated Jaccard ${j}`);
      if (expected) {
        const shared = lshBands(minhash(a)).filter((h, i) => h === lshBands(minhash(b))[i]).length;
        assert.ok(shared > 0, 'LSH makes them candidates');
      }
    });
  }

  it('round-trips signatures through their stored text form', () => {
    const s = minhash(ID_STORY);
    assert.deepEqual(decodeSignature(encodeSignature(s)), s);
    assert.equal(lshBands(s).length, LSH_BANDS);
  });
});

describe('outletOf() and countSources()', () => {
  const table: Array<[{ source?: string; url?: string }, string | null]> = [
    [{ source: 'Antara' }, 'antara'],
    [{ url: 'https://www.antaranews.com/berita/1' }, 'antaranews.com'],
    [{ source: ' Reuters ', url: 'https://example.com/x' }, 'reuters'],
    [{ url: 'not a url' }, null],
    [{}, null],
  ];
  for (const [input, expected] of table) it(`names the outlet of ${JSON.stringify(input)}`, () => assert.equal(outletOf(input), expected));

  it('counts outlets, and copies without an outlet once per cluster', () => {
    assert.equal(countSources([
      { id: 'a', outlet: 'antara', cluster: 'a' }, { id: 'b', outlet: 'antara', cluster: 'b' },
      { id: 'c', outlet: null, cluster: 'c' }, { id: 'd', outlet: null, cluster: 'c' }, { id: 'e', outlet: null, cluster: 'e' },
    ]), 3);
  });
});
