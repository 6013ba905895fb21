import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageStage } from './index.js';
import { loadPacks } from '../../lang/pack.js';
import { createDoc } from '../../core/create-doc.js';
import type { Doc } from '../../core/doc.js';

const packs = loadPacks();
const stage = await createLanguageStage({}, packs);

function detect(text: string, lang?: string): Doc {
  const doc = createDoc({ meta: { sourcePath: null, format: 'txt', ...(lang ? { lang } : {}) }, raw: text, diagnostics: [] });
  stage.run(doc, { packs });
  return doc;
}

const cases: Array<[string, string]> = [
  // English: a headline, a sentence, a paragraph.
  ['en', 'Prime minister flies to Canberra for trade talks'],
  ['en', 'The foreign minister said on Tuesday that the two countries would sign a fisheries deal next month.'],
  ['en', 'Officials from both governments met behind closed doors for three hours. They agreed to reopen the border crossing and to set up a joint committee on water rights, according to a statement released after the talks.'],
  ['en', 'Senate rejects budget'],
  // Indonesian.
  ['id', 'Menlu tiba di Canberra untuk pembicaraan dagang'],
  ['id', 'Menteri luar negeri mengatakan pada hari Selasa bahwa kedua negara akan menandatangani perjanjian perikanan bulan depan.'],
  ['id', 'Pejabat kedua pemerintah bertemu secara tertutup selama tiga jam. Mereka sepakat membuka kembali pos perbatasan karena kebutuhan masyarakat, menurut pernyataan yang dirilis setelah pertemuan.'],
  ['id', 'Polisi menangkap tersangka korupsi dana desa senilai Rp2 miliar'],
  ['id', 'Wakil Presiden tiba di Kupang'],
  // Indonesian news about Malaysia: its places, titles and parliament are topic, not language.
  ['id', 'Menteri Perdagangan berangkat ke Kuala Lumpur untuk membahas harga minyak sawit dengan mitranya dari Malaysia pekan ini.'],
  ['id', 'Tim nasional Indonesia akan bertanding melawan Malaysia di Stadion Bukit Jalil, Kuala Lumpur, Selasa malam.'],
  ['id', 'Harga tiket pesawat dari Jakarta ke Kuala Lumpur naik hampir dua kali lipat menjelang libur Lebaran tahun ini.'],
  ['id', 'Maskapai nasional membuka rute baru dari Surabaya ke Kuala Lumpur mulai bulan depan dengan tiga penerbangan setiap minggu.'],
  ['id', 'Indonesia dan Malaysia teken nota kesepahaman soal perlindungan pekerja migran di Kuala Lumpur.'],
  ['id', 'Dewan Rakyat Malaysia mengesahkan undang-undang baru tentang pekerja asing, dan pemerintah Indonesia menyambut baik keputusan itu.'],
  // A headline and lead full of names and titles, which lean the detector to English: the function words decide.
  ['id', 'Prabowo Terima Kunjungan PM Albanese di Istana Merdeka, Bahas Nikel\nPresiden Prabowo Subianto menerima kunjungan Perdana Menteri Australia Anthony Albanese di Istana Merdeka, Jakarta, Senin (4/11/2024). Keduanya membahas kerja sama.'],
  ['id', 'Prabowo Terima PM Albanese di Istana Merdeka, Bahas Nikel\nPresiden Prabowo Subianto menerima Perdana Menteri Australia Anthony Albanese di Istana Merdeka, Jakarta, Senin (4/11/2024). Keduanya membahas kerja sama.'],
  ['en', 'Premier Li Qiang Hosts PM Anwar at Zhongnanhai, Talks Palm Oil\nPremier Li Qiang welcomed Malaysian Prime Minister Anwar Ibrahim at Zhongnanhai, Beijing, on Monday. The two discussed palm oil and the South China Sea.'],
  // Malay.
  ['ms', 'Kakitangan awam akan menerima bayaran bonus sebelum Hari Raya, kata setiausaha agung kesatuan sekerja itu.'],
  ['ms', 'Pelancong asing yang datang ke negara ini meningkat hampir 20 peratus berbanding tahun lepas.'],
  ['ms', 'Amerika Syarikat mengenakan sekatan baharu ke atas beberapa syarikat yang didakwa membantu pihak tentera.'],
  ['ms', 'Kerajaan akan menyokong usaha polis untuk menangani jenayah siber, kata menteri semalam.'],
  ['ms', 'Perdana Menteri berkata kerajaan tidak akan berkompromi kerana isu itu melibatkan kewangan negara dan orang ramai terjejas.'],
  ['ms', 'Polis menahan tiga lelaki kerana disyaki terlibat dalam kes rompakan di Kuala Lumpur semalam'],
  // Others.
  ['fr', 'Le ministre des affaires étrangères a rencontré son homologue allemand à Paris mardi.'],
  ['de', 'Der Außenminister traf am Dienstag seinen französischen Amtskollegen in Berlin.'],
  ['es', 'El ministro de Asuntos Exteriores se reunió el martes con su homólogo francés en Madrid.'],
  ['ru', 'Министр иностранных дел встретился со своим французским коллегой во вторник.'],
  ['nl', 'De minister van Buitenlandse Zaken ontmoette dinsdag zijn Franse collega in Den Haag.'],
];

for (const [lang, text] of cases) {
  test(`language stage reads "${text.slice(0, 40)}…" as ${lang}`, () => {
    const doc = detect(text);
    assert.equal(doc.lang, lang, JSON.stringify(doc.langScores));
    assert.ok(doc.langScores && doc.langScores.length >= 1 && doc.langScores[0]!.lang === lang);
  });
}

test('language stage keeps top candidates with scores in [0, 1], best first', () => {
  const doc = detect('Menteri luar negeri bertemu dengan duta besar di Jakarta pada hari Senin.');
  const scores = doc.langScores!;
  assert.ok(scores.length >= 2 && scores.length <= 3);
  for (let i = 0; i < scores.length; i++) {
    assert.ok(scores[i]!.score >= 0 && scores[i]!.score <= 1);
    if (i > 0) assert.ok(scores[i - 1]!.score >= scores[i]!.score);
  }
});

test('language stage lets the given language win, and reports a strong disagreement', () => {
  const doc = detect('The foreign minister said on Tuesday that the two countries would sign a fisheries deal next month.', 'id');
  assert.equal(doc.lang, 'id');
  assert.ok(doc.diagnostics.some((d) => d.code === 'language-mismatch'));
});

test('a page declaring Indonesian is read as Indonesian where the detector leans to its close neighbour Malay', () => {
  const text = 'Kerajaan akan menyokong usaha polis untuk menangani jenayah siber, kata menteri semalam.';
  const hinted = (langHint: string) => {
    const doc = createDoc({ meta: { sourcePath: null, format: 'html', langHint }, raw: text, diagnostics: [] });
    stage.run(doc, { packs });
    return doc.lang;
  };
  assert.equal(hinted('id'), 'id');
  // a declared language outside the detected one's family is a template default, not evidence
  assert.equal(hinted('en'), 'ms');
});

test('language stage does not report a mismatch between Indonesian and Malay', () => {
  const doc = detect('Kerajaan akan menyokong usaha polis untuk menangani jenayah siber, kata menteri semalam.', 'id');
  assert.equal(doc.lang, 'id');
  assert.ok(!doc.diagnostics.some((d) => d.code === 'language-mismatch'));
});

test('language stage accepts a given language in another form ("EN-us")', () => {
  assert.equal(detect('Talks resume in Geneva', 'EN-us').lang, 'en');
});

test('language stage lets a language with no pack flow on, with language-unsupported', () => {
  const doc = detect('Le ministre des affaires étrangères a rencontré son homologue allemand à Paris mardi.');
  assert.equal(doc.lang, 'fr');
  assert.ok(doc.diagnostics.some((d) => d.code === 'language-unsupported' && d.severity === 'warning'));
});

test('language stage gives no unsupported diagnostic for a pack language', () => {
  const doc = detect('Presiden bertemu dengan para menteri di Istana pada hari Senin.');
  assert.ok(!doc.diagnostics.some((d) => d.code === 'language-unsupported'));
});

test('close languages are told apart by a longer read when the sample holds no word only one of them uses', () => {
  const text = [
    'PM Belgia Minta Maaf kepada Kongo atas Kekejaman Ekstrem Masa Kolonial 1908-1960',
    'Perdana Menteri Belgia Alexander De Croo menyampaikan permintaan maaf yang mendalam kepada rakyat Kongo atas kekejaman ekstrem yang secara sistematis dilakukan pasukan Belgia pada masa kolonial.',
    'Pemerintah Kongo mengatakan permintaan maaf itu bisa menjadi awal yang baik karena kedua negara ingin memperbaiki hubungan, kata juru bicara presiden kepada wartawan di Kinshasa.',
  ].join('\n\n');
  assert.equal(detect(text).lang, 'id');
});
