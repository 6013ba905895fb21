import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../../core/doc.js';
import { isRejection } from '../../../core/pipeline.js';
import { createDefaultPipeline } from '../../../pipeline.js';

// One event told twice keeps the finer of two dates that agree: the day of the lead over a month named
// in a later sentence about it. Sentences written for these tests.
const pipeline = await createDefaultPipeline();

async function mainDate(text: string, lang: string, published: string): Promise<string | null> {
  const result = await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang, publishedRaw: published }, raw: text, diagnostics: [] });
  assert.ok(!isRejection(result));
  const main = ((result as Doc).events ?? []).find((e) => e.main);
  return main ? `${main.plover} ${main.date} ${main.date_precision}` : null;
}

describe('events: dates of an event told twice', () => {
  it('id: the day of the visit, not the month of the election named after it', async () => {
    const text = 'Prabowo Terima Kunjungan PM Australia di Istana\n\nPresiden Prabowo Subianto menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Merdeka, Jakarta, Kamis (15/5/2025). Kunjungan itu adalah lawatan pertama Albanese setelah partainya menang dalam pemilu awal Mei lalu.';
    assert.equal(await mainDate(text, 'id', '2025-05-15'), 'CONSULT 2025-05-15 day');
  });
  it('en: the day of the talks, not the month of a later sentence about them', async () => {
    const text = 'Talks in Canberra\n\nPrime Minister Anthony Albanese held talks with President Prabowo Subianto in Canberra on 12 November 2024. The talks were the first since Prabowo took office in October.';
    assert.equal(await mainDate(text, 'en', '2024-11-13'), 'CONSULT 2024-11-12 day');
  });
});

describe('events: the lead undated in its own words', () => {
  it('id: takes the day of the next sentence that only tells more of it', async () => {
    const text = 'Jepang Kirim Bantuan ke Filipina\n\nPemerintah Jepang mengirimkan bantuan kemanusiaan untuk korban banjir di Filipina. Sebanyak 40 ton tenda dan selimut diberangkatkan dari Tokyo, Senin (10/3/2025).';
    assert.equal(await mainDate(text, 'id', '2025-03-12'), 'AID 2025-03-10 day');
  });
  it('en: takes the day of the next sentence that only tells more of it', async () => {
    const text = 'Japan sends flood aid to the Philippines\n\nJapan has sent relief supplies to flood victims in the Philippines. The 40 tonnes of tents and blankets left Tokyo on Monday.';
    assert.equal(await mainDate(text, 'en', '2025-03-12'), 'AID 2025-03-10 day');
  });
  it('en: keeps its own date when the next sentence tells an act of its own', async () => {
    const text = 'Japan sends flood aid to the Philippines\n\nJapan has sent relief supplies to flood victims in the Philippines. China pledged aid on Monday.';
    assert.equal(await mainDate(text, 'en', '2025-03-12'), 'AID 2025-03-12 day');
  });
});

describe('events: dates of a clause opening after the act', () => {
  it('id: the day of the quake the aid is for is not the day the aid was sent, in the lead or the title', async () => {
    const text = 'Jepang Kirim Bantuan untuk Korban Gempa Filipina\n\nPemerintah Jepang mengirimkan bantuan kemanusiaan untuk korban gempa yang mengguncang Filipina pada Jumat (7/3).';
    assert.equal(await mainDate(text, 'id', '2025-03-12'), 'AID 2025-03-12 day');
  });
  it('en: the day of the burning condemned is not the day of the condemnation', async () => {
    const text = 'Japan condemns Koran burning\n\nJapan condemned the desecration of a Koran that a far-right activist staged in Stockholm on Saturday.';
    assert.equal(await mainDate(text, 'en', '2025-03-10'), 'ACCUSE 2025-03-10 day');
  });
});

describe('events: a year-less day and month told after the fact', () => {
  it('en: "signed on March 10", told in October, is the March before, not the coming one', async () => {
    const text = 'Chile and Peru mend ties\n\nChile and Peru signed a border accord in Lima on March 10, ending a two-year dispute, officials recalled on Thursday.';
    assert.equal(await mainDate(text, 'en', '2024-10-17'), 'SUPPORT 2024-03-10 day');
  });
  it('id: "menandatangani pada 10 Maret", ditulis pada Oktober, adalah Maret yang lalu', async () => {
    const text = 'Chile dan Peru Berdamai\n\nChile dan Peru menandatangani perjanjian perbatasan di Lima pada 10 Maret.';
    assert.equal(await mainDate(text, 'id', '2024-10-17'), 'SUPPORT 2024-03-10 day');
  });
  it('en: a planned meeting "on March 10" keeps the coming one', async () => {
    const text = 'Chile and Peru to meet\n\nChile and Peru will hold talks in Lima on March 10.';
    assert.equal(await mainDate(text, 'en', '2024-10-17'), 'CONSULT 2025-03-10 day');
  });
});

describe('events: meetings told with dates that disagree', () => {
  it('en: talks on Monday are not the forum meeting of Friday', async () => {
    const text = 'Albanese at Pacific forum\n\nAustralian Prime Minister Anthony Albanese joined a meeting of Pacific leaders in Suva on Friday. Albanese reached Suva days after he met President Xi Jinping in Beijing on Monday.';
    const result = await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang: 'en', publishedRaw: '2023-11-10' }, raw: text, diagnostics: [] });
    assert.ok(!isRejection(result));
    const withXi = ((result as Doc).events ?? []).filter((e) => e.participants.some((p) => p.id === 'xi-jinping'));
    assert.deepEqual(withXi.map((e) => `${e.plover} ${e.date} ${e.location?.name}`), ['CONSULT 2023-11-06 Beijing']);
  });
});

