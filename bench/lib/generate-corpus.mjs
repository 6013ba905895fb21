// Generates a synthetic news corpus (JSON Lines) for the bench: our own template sentences in English and
// Indonesian, 1.5–5 kB an article, with the noise real feeds have (a repeated paragraph, boilerplate lines,
// stray periods, the headline repeated as a paragraph). Deterministic for a given seed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** mulberry32: a small seeded PRNG, so every run benches the same corpus. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = {
  en: [['Indonesia', 'Indonesian', 'Jakarta'], ['Russia', 'Russian', 'Moscow'], ['China', 'Chinese', 'Beijing'], ['Australia', 'Australian', 'Canberra'], ['Japan', 'Japanese', 'Tokyo'], ['India', 'Indian', 'New Delhi'], ['Brazil', 'Brazilian', 'Brasilia'], ['France', 'French', 'Paris'], ['Malaysia', 'Malaysian', 'Kuala Lumpur'], ['Vietnam', 'Vietnamese', 'Hanoi']],
  id: [['Indonesia', 'Indonesia', 'Jakarta'], ['Rusia', 'Rusia', 'Moskow'], ['Tiongkok', 'Tiongkok', 'Beijing'], ['Australia', 'Australia', 'Canberra'], ['Jepang', 'Jepang', 'Tokyo'], ['India', 'India', 'New Delhi'], ['Brasil', 'Brasil', 'Brasilia'], ['Prancis', 'Prancis', 'Paris'], ['Malaysia', 'Malaysia', 'Kuala Lumpur'], ['Vietnam', 'Vietnam', 'Hanoi']],
};
const NAMES = ['Arif Santoso', 'Maria Kovalenko', 'Chen Wei', 'James Holloway', 'Hiroshi Tanaka', 'Priya Raman', 'Lucas Ferreira', 'Claire Dubois', 'Aziz Rahman', 'Nguyen Lan'];

const T = {
  en: {
    titles: ['President {A} and {B} leader hold talks in {city}', '{Adj} foreign minister visits {city2}', '{A} and {B} sign trade agreement', '{Adj} defence minister warns over border tensions', 'Leaders of {A} and {B} speak by phone'],
    titleRoles: ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Trade Minister'],
    sentences: [
      '{role} {name} of {A} met his {adj2} counterpart in {city} on {weekday} to discuss economic cooperation.',
      'The two sides exchanged views on regional security, energy supplies and the situation in the {sea}.',
      'According to a statement released by the ministry, both delegations agreed to expand trade in agricultural goods.',
      '{name} said the meeting had been "frank and constructive" and that further talks would take place in {month}.',
      'Officials in {city2} declined to comment on the details of the agreement, citing ongoing negotiations.',
      'The visit is the first by a {adj} leader to {B} since {year}, when relations were strained by a fishing dispute.',
      'Analysts said the talks reflected a wider effort by {A} to diversify its partners amid rising tensions.',
      'Earlier this week, the {adj2} foreign ministry criticised the sanctions imposed by several Western governments.',
      'Both governments pledged to increase bilateral trade to {n} billion dollars by {year2}.',
      'The leaders also discussed climate finance, maritime cooperation and the protection of migrant workers.',
      'Protesters gathered outside the embassy in {city} on {weekday}, demanding the release of detained activists.',
      '{name} invited his counterpart to attend the summit in {city2} later this year, and the invitation was accepted.',
    ],
    boilerplate: ['Read more: {adj} economy grows faster than expected', 'Share this article', 'Subscribe to our newsletter for daily updates', 'Photo: Reuters / {name}', 'Copyright {year2} Daily Herald. All rights reserved.', 'Reporting by {name}; Editing by Sarah Mills'],
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
    months: ['January', 'March', 'May', 'July', 'September', 'November'],
    seas: ['South China Sea', 'Black Sea', 'Indian Ocean', 'Pacific'],
  },
  id: {
    titles: ['Presiden {A} dan pemimpin {B} gelar pembicaraan di {city}', 'Menteri Luar Negeri {A} berkunjung ke {city2}', '{A} dan {B} teken perjanjian dagang', 'Menteri Pertahanan {A} peringatkan ketegangan di perbatasan', 'Pemimpin {A} dan {B} berbicara lewat telepon'],
    titleRoles: ['Presiden', 'Perdana Menteri', 'Menteri Luar Negeri', 'Menteri Pertahanan', 'Menteri Perdagangan'],
    sentences: [
      '{role} {A} {name} bertemu dengan mitranya dari {B} di {city} pada hari {weekday} untuk membahas kerja sama ekonomi.',
      'Kedua pihak bertukar pandangan mengenai keamanan kawasan, pasokan energi, dan situasi di {sea}.',
      'Menurut keterangan tertulis kementerian, kedua delegasi sepakat memperluas perdagangan produk pertanian.',
      '{name} mengatakan pertemuan itu berlangsung "terbuka dan konstruktif" dan pembicaraan lanjutan akan digelar pada bulan {month}.',
      'Pejabat di {city2} menolak memberikan keterangan mengenai rincian kesepakatan karena perundingan masih berlangsung.',
      'Kunjungan ini merupakan yang pertama oleh pemimpin {A} ke {B} sejak {year}, ketika hubungan kedua negara memburuk akibat sengketa perikanan.',
      'Para pengamat menilai pembicaraan itu mencerminkan upaya {A} untuk memperluas mitra di tengah meningkatnya ketegangan.',
      'Awal pekan ini, Kementerian Luar Negeri {B} mengecam sanksi yang dijatuhkan sejumlah negara Barat.',
      'Kedua pemerintah berjanji meningkatkan nilai perdagangan bilateral hingga {n} miliar dolar AS pada {year2}.',
      'Para pemimpin juga membahas pendanaan iklim, kerja sama maritim, dan perlindungan pekerja migran.',
      'Sejumlah pengunjuk rasa berkumpul di depan kedutaan besar di {city} pada hari {weekday} menuntut pembebasan aktivis yang ditahan.',
      '{name} mengundang mitranya untuk menghadiri konferensi tingkat tinggi di {city2} akhir tahun ini, dan undangan itu diterima.',
    ],
    boilerplate: ['Baca Juga: Ekonomi {A} tumbuh lebih cepat dari perkiraan', 'Bagikan artikel ini', 'Ikuti berita terkini dari kami di Google News', 'Foto: Antara / {name}', 'Copyright {year2} Harian Nusantara. Hak cipta dilindungi.', 'Penulis: {name} | Editor: Dewi Lestari'],
    weekdays: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat'],
    months: ['Januari', 'Maret', 'Mei', 'Juli', 'September', 'November'],
    seas: ['Laut China Selatan', 'Laut Hitam', 'Samudra Hindia', 'Pasifik'],
  },
};

function makeArticle(rand, lang, index) {
  const t = T[lang];
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const countries = COUNTRIES[lang];
  const a = pick(countries);
  let b = pick(countries);
  if (b === a) b = countries[(countries.indexOf(a) + 1) % countries.length];
  const year = 2015 + Math.floor(rand() * 8);
  const slots = {
    A: a[0], B: b[0], adj: a[1], Adj: a[1], adj2: b[1], city: a[2], city2: b[2], name: pick(NAMES), role: pick(t.titleRoles),
    weekday: pick(t.weekdays), month: pick(t.months), sea: pick(t.seas), year: String(year), year2: String(year + 3 + Math.floor(rand() * 5)),
    n: String(5 + Math.floor(rand() * 90)),
  };
  const fill = (s) => s.replace(/\{(\w+)\}/g, (_, k) => slots[k] ?? k);
  const title = fill(pick(t.titles));
  const target = 1500 + Math.floor(rand() * 3500);
  const paragraphs = [];
  let size = 0;
  while (size < target) {
    const n = 2 + Math.floor(rand() * 3);
    let p = Array.from({ length: n }, () => fill(pick(t.sentences))).join(' ');
    // A stray period from a bad conversion, after a lower-case word: "met his. Australian counterpart".
    if (rand() < 0.15) p = p.replace(/(\p{Ll}) (\p{Lu})/u, '$1. $2');
    paragraphs.push(p);
    size += p.length + 2;
  }
  if (rand() < 0.3) paragraphs.splice(1 + Math.floor(rand() * (paragraphs.length - 1)), 0, fill(pick(t.boilerplate)));
  if (rand() < 0.4) paragraphs.push(fill(pick(t.boilerplate)));
  if (rand() < 0.15) paragraphs.unshift(title);
  if (rand() < 0.1) paragraphs.push(...paragraphs.slice(0, Math.min(3, paragraphs.length))); // pasted twice
  const published = `${year + 3}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  return { id: `bench-${lang}-${index}`, title, text: paragraphs.join('\n\n'), published, source: lang === 'en' ? 'daily-herald.example' : 'harian-nusantara.example' };
}

/** Writes `count` articles (alternating languages) to `path`; resolves to `{ articles, bytes, byLang }`. */
export async function generateCorpus(path, count, seed = 2) {
  const rand = prng(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  const byLang = { en: 0, id: 0 };
  for (let i = 0; i < count; i++) {
    const lang = i % 2 === 0 ? 'en' : 'id';
    byLang[lang]++;
    const line = JSON.stringify(makeArticle(rand, lang, i)) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { articles: count, bytes, byLang };
}
