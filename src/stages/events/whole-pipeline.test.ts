import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc, Event } from '../../core/doc.js';
import { createDefaultPipeline } from '../../pipeline.js';

// Events through the whole pipeline, where the actors and dates stages' own readings matter: the dates of the clauses
// an event is told in, and trigger phrases that run into a name the actors stage found.
const pipeline = await createDefaultPipeline();

/** The events the whole pipeline codes in `raw`, each written by `show`. */
async function coded(lang: string, raw: string, published: string, show: (e: Event) => string): Promise<string[]> {
  const doc = (await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang, publishedRaw: published }, raw, diagnostics: [] })) as Doc;
  return (doc.events ?? []).map(show);
}

/** Each event's type, CAMEO code, date and the date's basis. */
const events = (lang: string, raw: string, published: string) => coded(lang, raw, published, (e) => `${e.plover} ${e.cameo} ${e.date} ${e.date_basis}`);

/** Each event's type, CAMEO code and who did it to whom (actor ids). */
const dyads = (lang: string, raw: string, published: string) => coded(lang, raw, published, (e) => `${e.plover} ${e.cameo} ${e.source?.id ?? '-'}>${e.target?.id ?? '-'}`);

test('an act told after "a day after" takes the day before the main clause\'s', async () => {
  const found = await events('en', 'Russian President Vladimir Putin on Friday expelled two Australian diplomats, a day after Australia summoned the Russian ambassador to lodge a protest.', '2025-04-18');
  assert.deepEqual(found, ['SANCTION 161 2025-04-18 relative', 'ACCUSE 110 2025-04-17 relative']);
});

test('a framed act undated in its clause lies the frame\'s days from the main clause, the lead\'s day when it has none', async () => {
  // the speech has no date of its own sentence: the lead's Tuesday; the visit and the meeting at its place, a day before
  const found = await events('en', 'Vladimir Putin addressed parliament on Tuesday.\n\nThe address came a day after Joe Biden made a surprise visit to Kyiv, where he met Volodymyr Zelensky.', '2023-02-22');
  assert.deepEqual(found, ['CONSULT 042 2023-02-20 relative', 'CONSULT 040 2023-02-20 relative']);
  // hours after: the same day as the main clause, not the publication day
  const hours = await events('en', 'Vladimir Putin addressed parliament on Tuesday, hours after Joe Biden met Volodymyr Zelensky in Kyiv.', '2023-02-23');
  assert.ok(hours.includes('CONSULT 040 2023-02-21 relative'), hours.join(' | '));
  // a date of the framed clause's own is kept
  const own = await events('en', 'Vladimir Putin addressed parliament on Tuesday, two days after Joe Biden met Volodymyr Zelensky in Kyiv on Sunday.', '2023-02-22');
  assert.ok(own.includes('CONSULT 040 2023-02-19 relative'), own.join(' | '));
  const id = await events('id', 'Menteri Luar Negeri Sugiono mengecam Israel pada Rabu (10/9/2025), sehari setelah Israel menyerang Doha.', '2025-09-11');
  assert.ok(id.includes('ASSAULT 190 2025-09-09 relative'), id.join(' | '));
});

test("the possessor of someone else is not the one who acts ('Prabowo's main rival conceded')", async () => {
  assert.deepEqual(await events('en', "Prabowo's main rival conceded on Monday.", '2024-03-26'), []);
  assert.deepEqual(await events('en', "Macron said on Monday that Prabowo's main rival had conceded.", '2024-03-26'), []);
});

test('a phrase after a preposition names no agent of a passive ("was stabbed on his way": his is the victim\'s)', async () => {
  const found = await dyads('en', 'Fumio Kishida demanded that China explain how a Japanese boy was stabbed on his way to school.', '2024-09-19');
  assert.deepEqual(found, ['REQUEST 100 fumio-kishida>CHN', 'ASSAULT 1823 ->JPN']);
});

test('"the attack" after a statement or opening a sentence points back to the attack told before', async () => {
  const found = await dyads('en', 'A Japanese boy was stabbed in Shenzhen on Wednesday. The attack happened near the school gate. Chinese foreign ministry spokesman Lin Jian said the attack was an isolated case.', '2024-09-19');
  assert.deepEqual(found, ['ASSAULT 1823 ->JPN', 'STATEMENT 010 lin-jian>-']);
});

test('an act told in a "ketika" clause shares the time of the main clause', async () => {
  const found = await events('id', 'Presiden Prabowo Subianto terakhir berkunjung ke Turki pada Februari 2025, ketika ia diterima Presiden Recep Tayyip Erdogan di Ankara.', '2025-04-18');
  assert.ok(found.every((f) => f.includes('2025-02')), found.join(' | '));
});

test('a date closing the sentence after a relative clause dates the main act (id)', async () => {
  const found = await events('id', 'Badan Keamanan Laut mengusir kapal penjaga pantai Tiongkok yang kembali memasuki perairan Natuna, Kamis (24/10).', '2024-10-25');
  assert.deepEqual(found, ['COERCE 174 2024-10-24 explicit']);
});

test('a trigger phrase that runs into a name falls back on its first word ("mengusir Duta Besar … Rasool")', async () => {
  const found = await events('id', 'Amerika Serikat mengusir Duta Besar Afrika Selatan Ebrahim Rasool pada Jumat (14/3/2025).', '2025-03-15');
  assert.deepEqual(found, ['SANCTION 161 2025-03-14 explicit']);
});

test('the lead\'s act undated takes the day its own side announced it in the next sentence', async () => {
  const found = await events('id', 'Amerika Serikat mengusir Duta Besar Afrika Selatan Ebrahim Rasool. Menteri Luar Negeri AS Marco Rubio mengumumkan keputusan itu pada Jumat (14/3/2025).', '2025-03-15');
  assert.equal(found[0], 'SANCTION 161 2025-03-14 explicit');
});

test('a pronoun subject after a fronted date or place is no object of the preposition before them', async () => {
  const doc = (await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang: 'en', publishedRaw: '2024-05-17' }, raw: 'Russian President Vladimir Putin arrived in Beijing on Thursday.\n\nOn Friday he held talks with Premier Li Qiang. In Harbin he held talks with Chinese President Xi Jinping.', diagnostics: [] })) as Doc;
  const talks = (doc.events ?? []).filter((e) => e.cameo === '046').map((e) => `${e.source?.id ?? '-'}>${e.target?.id ?? '-'}`);
  assert.deepEqual(talks, ['vladimir-putin>li-qiang', 'vladimir-putin>xi-jinping']);
});

test("the lead's undated act takes the day its side spoke of it just after, a paragraph on too", async () => {
  const found = await events('en', 'Danish Prime Minister Mette Frederiksen has rejected President-elect Donald Trump\'s bid for Greenland.\n\n"The island is not a commodity," Frederiksen told public radio late on Tuesday.', '2025-01-08');
  assert.equal(found[0], 'REJECT 120 2025-01-07 relative');
});

test('a later sentence restating an act of the same kind dates it; one restating another kind does not', async () => {
  const signed = await events('en', 'Russia and North Korea signed a defence treaty in Pyongyang.\n\nThe Comprehensive Strategic Partnership Treaty was signed on Wednesday after talks.', '2024-06-20');
  assert.equal(signed[0], 'SUPPORT 057 2024-06-19 relative');
  const protested = await events('en', 'Serbia sent a protest note to Croatia over the defence declaration.\n\nThe declaration was signed in Tirana on Tuesday.', '2025-03-19');
  assert.ok(!protested[0]!.includes('2025-03-18'), protested.join(' | '));
});

test('a call by telephone or video has no place: the country it discussed is its topic', async () => {
  const doc = (await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang: 'en', publishedRaw: '2025-02-25' }, raw: 'Russian President Vladimir Putin and Chinese President Xi Jinping spoke by phone on Monday and discussed the war in Ukraine.', diagnostics: [] })) as Doc;
  const call = (doc.events ?? []).find((e) => e.mode === 'phone');
  assert.ok(call, 'a call is coded');
  assert.equal(call.location, null);
});

test('a cooperative act aimed at the state the story is filed from takes the dateline city', async () => {
  const doc = (await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang: 'en', publishedRaw: '2024-10-11' }, raw: 'EU offers Moldova aid\n\nCHISINAU, Oct 10 (Wire) - The European Union on Thursday pledged 1.8 billion euros to Moldova.', diagnostics: [] })) as Doc;
  const aid = (doc.events ?? []).find((e) => e.plover === 'AID');
  assert.ok(aid, 'the pledge is coded as aid');
  assert.equal(aid.location?.name, 'Chisinau');
});

test('"last travelled … in September" is history, dated to the September before', async () => {
  const found = await events('en', 'Kim Jong Un last travelled to Russia in September.', '2024-06-20');
  assert.equal(found[0], 'CONSULT 042 2023-09 explicit');
});

test('"Sweden\'s NATO bid": the body a bid is to join is no party, its possessor is', async () => {
  const doc = (await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang: 'en', publishedRaw: '2023-07-11' }, raw: 'Turkey agreed on Monday to back Sweden\'s NATO bid.', diagnostics: [] })) as Doc;
  const agreed = (doc.events ?? []).find((e) => e.plover === 'AGREE');
  assert.equal(`${agreed?.source?.id}>${agreed?.target?.id}`, 'TUR>SWE');
});
