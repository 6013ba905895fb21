import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../../core/doc.js';
import { isRejection } from '../../../core/pipeline.js';
import { createDefaultPipeline } from '../../../pipeline.js';

// Who did what to whom, end to end, as CAMEO dyads: `SOURCE>TARGET CAMEO` for every event (`-` for a
// side nobody named; a reciprocal event gives both directions). Sentences written for these tests.
const pipeline = await createDefaultPipeline();

async function dyads(text: string, lang = 'en'): Promise<string[]> {
  const result = await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang, publishedRaw: '2024-05-02' }, raw: text, diagnostics: [] });
  assert.ok(!isRejection(result));
  const out = new Set<string>();
  for (const e of (result as Doc).events ?? []) {
    if (e.modality === 'negated') continue;
    const pairs = e.reciprocal && e.participants.length > 1 ? e.participants.flatMap((a) => e.participants.filter((b) => b.id !== a.id).map((b) => [a, b] as const)) : [[e.source, e.target] as const];
    for (const [s, t] of pairs) out.add(`${s?.code ?? '-'}>${t?.code ?? '-'} ${e.cameo}`);
  }
  return [...out].sort();
}

function table(cases: Array<[string, string, string[]]>, lang = 'en'): void {
  for (const [name, text, expected] of cases) it(name, async () => assert.deepEqual(await dyads(text, lang), expected));
}

describe('dyads: trigger data', () => {
  table([
    ['a state ratifies alone; the other party is its target', 'Chile ratified a trade agreement with Japan on Monday.', ['CHL>JPN 057']],
    ['a country typed with a stray capital inside is still named', 'The Chilean foreign minister wants to help pERu.', ['CHLGOV>PER 033']],
    ['property protesters destroy is a violent protest', 'Peruvian demonstrators set fire to the Chilean embassy.', ['PEROPP>CHLGOV 145']],
    ['so is property destroyed by a protester named after a country', 'The Chilean embassy was demolished by a Peruvian protestor.', ['PER>CHLGOV 145']],
    ['property troops destroy stays destroyed property', 'Peruvian troops destroyed a Chilean border post.', ['PERMIL>CHL 1712']],
    ['a country inside a phrase opened before a hyphened modifier is no subject', 'Palestinians of the Israeli-occupied West Bank protested on Monday.', ['PSE>- 141']],
    ['sympathy over a loss abroad goes to the country it struck', 'Japan expressed condolences over the earthquake in Turkey.', ['JPN>TUR 018']],
    ["a leader's sympathy over a loss at home goes to the country", 'The Chilean president expressed sorrow for the floods in Valparaiso.', ['CHLGOV>CHL 018']],
    ["a state's sympathy over a loss of its own has no target", 'Chile expressed condolences over the floods in Chile.', ['CHL>- 018']],
    ['a country a group is for is not the group', 'The convoy was attacked by pro-Peru rebels.', ['REB>- 190']],
    ['a passive attack by a weapon was done by whoever fired it', 'A Chilean helicopter was shot down by a missile fired by Peruvian rebels.', ['PERREB>CHL 190']],
    ['signing stays reciprocal', 'Chile and Japan signed a trade agreement on Monday.', ['CHL>JPN 057', 'JPN>CHL 057']],
    ['weapons received come from the giver', 'Sudanese rebels received weapons from Eritrea last year.', ['ERI>SDNREB 072']],
    ['a plain reception stays a hosting', 'Sudanese rebels received envoys from Eritrea last year.', ['SDNREB>ERI 043']],
    ['fighting is done by both sides', 'Eritrea and Ethiopia fought along the border in May.', ['ERI>ETH 190', 'ETH>ERI 190']],
    ['a gun battle with an actor', 'A gun battle between Colombian police and rebels erupted on Friday.', ['COLCOP>REB 193', 'REB>COLCOP 193']],
    ['a siege restricts movement', 'Ethiopian troops besieged rebels in the town.', ['ETHMIL>REB 191']],
    ['regret is an empathetic comment', 'Japan expressed regret to South Korea over the incident.', ['JPN>KOR 018']],
    ['fighting climate change is no war', 'Chile will work with Peru to fight climate change.', ['CHL>PER 061', 'PER>CHL 061']],
    ['aid dropped over a place goes to its country', 'Japan dropped relief supplies over Gaza on Tuesday.', ['JPN>PSE 073']],
    ['a punishment announced by a speaker is a threat, not a demand', 'Chile said Peru must be punished for the border incident.', ['CHL>PER 130']],
    ['force used in another country is used against it', 'Pakistan strikes militant hideouts inside Iran.', ['PAK>IRN 190']],
    ['killing by shelling in another country targets that country', 'Four farmers were killed in Peruvian artillery shelling near Arica on Friday.', ['PER>CHL 190']],
    ['attending a gathering abroad visits the country it is held in', 'The Chilean president attended the Pacific Alliance summit in Lima on Friday.', ['CHLGOV>PER 042']],
    ['a readiness to act is willingness only as an adjective', 'The Chilean president prepared to attend the summit in Lima.', ['CHLGOV>PER 042']],
    ['the force a warning threatens is its content, a threat of force', 'Chile warned Peru that any incursion would be considered an act of war.', ['CHL>PER 138']],
    ['a threat to strike takes the target of the strike', 'Chile threatened to strike Peru with missiles.', ['CHL>PER 138']],
    ['a gulf named after a country is no actor', 'Iran seized a tanker in the Gulf of Oman on Thursday.', ['IRN>- 171']],
    ['a raid is force', 'Peruvian troops raided a border town in Chile on Monday.', ['PERMIL>CHL 190']],
    ['a raid told as a noun is force', 'A Peruvian raid on Arica killed three people.', ['PER>CHL 190']],
    ['force used at home has no target abroad', 'Pakistan struck militant hideouts inside Pakistan on Monday.', ['PAK>- 190']],
    ["what a person owns, welcomed, is praised", "Chile welcomed President Boric's latest statement on Peru.", ['CHL>CHLGOV 051']],
    ['weapons pledged are military aid', 'Chile pledged tanks and ammunition to Peru on Monday.', ['CHL>PER 072']],
    ['a promise to go on aiding stays a promise', 'Chile promised to continue military aid to Peru.', ['CHL>- 030', 'CHL>PER 072']],
    ['a pledge of closer ties stays a pledge', 'Chile pledged closer ties with Peru on Monday.', ['CHL>PER 030', 'PER>CHL 030']],
    ['a new clause after the object names no target', 'Chile criticised the raid, and the United Nations voiced concern on Friday.', ['CHL>- 111', 'IGOUNO>- 110']],
    ['a guest welcomed at a venue is hosted', 'Albanese welcomed Chinese Premier Li Qiang at Parliament House on Monday.', ['AUSGOV>CHNGOV 043']],
    ['breaking off diplomatic relations', 'Chile broke off diplomatic relations with Peru late on Friday.', ['CHL>PER 161']],
    ['a war named after a pledge is not waged by the one who pledges', 'Japan pledged aid for Chile on the first anniversary of a war that has displaced thousands.', ['JPN>CHL 033']],
    ['a possessor names whose the actor after it is', "Qatar expelled leaders of Egypt's Muslim Brotherhood.", ['QAT>EGYOPPMUS 174']],
    ['a counterpart named after a possessive is the one met, not the possessor', 'Foreign Minister Sugiono held talks with his Japanese counterpart Takeshi Iwaya in Tokyo.', ['IDNGOV>JPNGOV 046', 'JPNGOV>IDNGOV 046']],
    ['an unnamed counterpart is an official of the country named', 'Chilean Trade Minister Rosa Quispe met her Peruvian counterpart in Lima on Monday.', ['CHLGOV>PERGOV 040', 'PERGOV>CHLGOV 040']],
    ['a counterpart from a country', 'Chile held talks with its counterpart from Peru on Monday.', ['CHL>PERGOV 046', 'PERGOV>CHL 046']],
    ['a known counterpart set off by commas is the one met', 'Foreign Minister Retno Marsudi met her Chinese counterpart, Wang Yi, in Beijing.', ['CHNGOV>IDNGOV 040', 'IDNGOV>CHNGOV 040']],
    ['a speaker named after the last comma reports the act and is not its target', "North Korea fired a missile into the sea, South Korea's military said.", ['PRK>- 190']],
    ['a trailing speaker with a place is no target either', 'Chile shelled the border town, officials in Bolivia told reporters.', ['CHL>- 190']],
    ['the act complained about is not the complainer\'s', 'Japan protested to China over the incursion on Monday.', ['JPN>CHN 111']],
    ['an attack condemned with nobody named is no act of the one condemning', 'Chile condemned the attack on its embassy in Lima.', ['CHL>- 110']],
    ['an attack condemned with its actor named stays that actor\'s', 'Japan condemned the Chinese incursion on Monday.', ['CHN>- 190', 'JPN>CHN 110']],
    ['an armed movement acts under its own code', 'The Houthis fired missiles at Israel on Sunday.', ['YEMREB>ISR 194']],
    ['the forces of two states clash in a fight both wage', 'Indian and Chinese troops clashed on the border on Monday.', ['CHNMIL>IND 190', 'IND>CHNMIL 190']],
    // the police of the capital named after them are that country's
    ['protesters clashing with police riot', 'Protesters clashed with police in Nairobi.', ['OPP>KENCOP 145']],
    ['a partner "alongside" is no target', 'Japan sent humanitarian aid to Myanmar alongside South Korea on Tuesday.', ['JPN>MMR 073']],
    ['pressure faced comes from the one pressing', 'Albania faces pressure from Greece over the border.', ['GRC>ALB 100']],
  ]);
});

describe('dyads: a participle before its noun describes it', () => {
  table([
    ['"frees jailed X": the release is the act, not the jailing', 'Chile frees jailed Peruvian fishermen.', ['CHL>PERAGR 084']],
    ['"the detained X" is no arrest', 'Chile and Peru discussed the detained fishermen on Monday.', ['CHL>PER 040', 'PER>CHL 040']],
    ['a participle after its subject still acts', 'Chile jailed three Peruvian fishermen on Monday.', ['CHL>PERAGR 173']],
  ]);
});

describe('dyads: recognition, treaties and routes', () => {
  table([
    ['recognising a state grants recognition', 'Chile formally recognised the State of Palestine on Tuesday.', ['CHL>PSE 054']],
    ['recognising no state is no event', 'Chile recognised the need for reform.', []],
    ['suspending a treaty reduces relations with its other party', 'Chile suspended its participation in the treaty with Peru.', ['CHL>PER 160']],
    ['offensive arms are no offensive', 'Chile and Peru discussed offensive arms limits on Monday.', ['CHL>PER 040', 'PER>CHL 040']],
    ['a letter received is no guest hosted', 'Chile received a letter from Peru on Monday.', []],
    ['a minister received is a guest hosted', "Chile received Peru's foreign minister on Monday.", ['CHL>PERGOV 043']],
    ['a count before "of" leaves the troops the subject', 'Thousands of Chilean troops held military exercises on Monday.', ['CHLMIL>- 150']],
    ['a country aid goes through is no recipient', 'Japan sent aid to Palestinians via Egypt on Tuesday.', ['JPN>PSE 070']],
  ]);
  table([
    ['mengakui negara', 'Chile mengakui Palestina sebagai negara pada Selasa.', ['CHL>PSE 054']],
    ['badan negara dan penjaga pantai asing', 'Bakamla mengusir kapal penjaga pantai China di Laut Natuna Utara pada Senin.', ['IDNMIL>CHNMIL 174']],
    ['laporan yang diterima bukan tamu', 'Chile menerima laporan dari Peru pada Senin.', []],
    ['negara yang dilalui bantuan bukan penerimanya', 'Indonesia mengirim bantuan untuk warga Palestina lewat Mesir.', ['IDN>PSECVL 070']],
  ], 'id');
});

describe('dyads: a weapon as the instrument is force', () => {
  table([
    ['blasted with water cannon is force', 'A Chilean navy ship blasted a Peruvian supply boat with water cannon on Saturday.', ['CHLMIL>PER 190']],
    ['blasted alone criticises', "Chile blasted Peru's decision on Saturday.", ['CHL>PER 111']],
    ['a supply boat supplies nothing', 'The Peruvian supply boat reached the reef on Saturday.', []],
  ]);
});

describe('dyads: sending a diplomat away cuts relations', () => {
  table([
    ['an ultimatum to leave expels', "Chile's government on Monday gave Peru's ambassador 72 hours to leave the country.", ['CHLGOV>PERGOV 161']],
    ['an order "out" expels', 'Chile orders Peruvian envoy out', ['CHL>PERGOV 161']],
    ['an order to leave expels', 'Chile ordered the Peruvian consul to leave Santiago.', ['CHL>PER 161']],
    ['a request to leave expels', 'Chile asked the Peruvian ambassador to leave within a week.', ['CHL>PERGOV 161']],
    ['expelled diplomats cut relations', 'Chile expelled three Peruvian diplomats on Monday.', ['CHL>PERGOV 161']],
    ['"ordering out" diplomats expels them', 'Peru responded by ordering out six Chilean diplomats.', ['PER>CHLGOV 161']],
    ["diplomats expelled where no actor stands", "Chile and Peru expel each other's top diplomats.", ['CHL>- 161']],
    ['a high commissioner is a diplomat', "Chile on Monday expelled Peru's acting high commissioner and five other diplomats.", ['CHL>PER 161']],
    ['expelled migrants are people expelled', 'Chile expelled 300 Peruvian migrants on Monday.', ['CHL>PER 174']],
    ['an order with no one sent away stays an order', 'Chile ordered Peru to pay the fine.', ['CHL>PER 170']],
    ['a request to carry out something sends nobody away', 'Chile asked Peru to carry out an inquiry.', ['CHL>- 090', 'CHL>PER 020']],
    ['a speech given is no expulsion', 'Chile gave a speech in Lima on Monday.', []],
    ['declaring a diplomat persona non grata expels', 'Chile declared the Peruvian ambassador persona non grata on Monday.', ['CHL>PERGOV 161']],
    ['the declared diplomat named in apposition', 'Chile declared the Peruvian ambassador, Rosa Quispe, persona non grata.', ['CHL>PERGOV 161']],
    ['a declaration that sends nobody away stays a statement', 'Chile declared that the border would stay open.', ['CHL>- 010']],
    ['closing another state\'s consulate cuts relations', "Chile shut Peru's last remaining consulate on Monday.", ['CHL>PER 161']],
    ['closing a post in a headline', 'Chile to close Peruvian embassy in Santiago', ['CHL>PERGOV 161']],
    ['closing a border closes no post', 'Chile closed the border with Peru on Monday.', []],
    ['the same verb with aid after it cuts aid', 'Chile suspends aid to Peru', ['CHL>PER 162']],
    ['freezing funding cuts aid', 'Chile froze funding for Peru on Monday.', ['CHL>PER 162']],
    ['suspending its membership of a body reduces relations', 'Chile suspended its membership of the council on Monday.', ['CHL>- 160']],
    ["a state's own name before what it suspends is no target", "Putin suspends Russia's membership of the council", ['RUSGOV>- 160']],
  ]);
  table([
    ['kata kerja sesudah koma berbagi subjek kata kerja sebelumnya', 'Chile menembaki Peru, menuduh Bolivia mempersenjatai pemberontak.', ['CHL>BOL 112', 'CHL>PER 190']],
    ['menghadiri pertemuan puncak di luar negeri adalah kunjungan', 'Presiden Chile menghadiri KTT Aliansi Pasifik di Lima pada Jumat.', ['CHLGOV>PER 042']],
    ['pembahasan sesudah koma adalah isi telepon, bukan pertemuan lain', 'Chile menerima telepon dari Peru, membahas serangan Bolivia.', ['BOL>- 190', 'CHL>PER 040', 'PER>CHL 040']],
    ['yang dibahas adalah topik, pemiliknya bukan pihak', 'Chile membahas serangan Bolivia.', ['BOL>- 190', 'CHL>- 040']],
    ['serangan yang diancamkan adalah isi ancaman', 'Chile mengancam akan menyerang Peru.', ['CHL>PER 138']],
    ['menahan diri bukan penahanan', 'Chile meminta semua pihak menahan diri.', ['CHL>- 020']],
    ['teluk yang bernama negara bukan aktor', 'Iran menyita kapal tanker di Teluk Oman pada Kamis.', ['IRN>- 171']],
    ['kata kerja yang sama dengan bantuan sesudahnya memotong bantuan', 'Chile menangguhkan bantuan untuk Peru pada Senin.', ['CHL>PER 162']],
    ['membekukan keanggotaannya mengurangi hubungan', 'Chile membekukan keanggotaannya di dewan itu pada Senin.', ['CHL>- 160']],
    ['tanggal dalam kurung antara subjek dan kata kerjanya tidak menutup klausa', 'Pemerintah Chile, Rabu (3/1), menyerukan Peru menahan diri.', ['CHLGOV>PER 020']],
    ['korban yang tewas dalam serangan bukan pelakunya', 'Dua tentara Bolivia tewas dalam serangan di Lima pada Minggu.', ['->BOLMIL 190']],
  ], 'id');
  table([
    ['an ultimatum to leave expels', 'Pemerintah Chile memberi waktu 72 jam kepada Duta Besar Peru untuk meninggalkan negara itu.', ['CHLGOV>PERGOV 161']],
    ['a request to leave expels', 'Chile meminta Dubes Peru meninggalkan Santiago.', ['CHL>PERGOV 161']],
    ['expelled diplomats cut relations', 'Chile mengusir tiga diplomat Peru pada Senin.', ['CHL>PERGOV 161']],
    ['menutup konsulat negara lain memutus hubungan', 'Chile menutup konsulat terakhir Peru di Arica pada Senin.', ['CHL>PER 161']],
    ['menutup perbatasan bukan menutup pos diplomatik', 'Chile menutup perbatasan dengan Peru pada Senin.', []],
    ['a request to act stays a request', 'Chile meminta Peru menyelidiki insiden itu.', ['CHL>PER 020', 'PER>- 090']],
  ], 'id');
});

describe('dyads: where someone was killed is not whom anyone attacked', () => {
  it('soldiers killed abroad are the ones attacked, not attackers', async () => {
    assert.deepEqual(await dyads('Ten Chilean soldiers killed in Peru were buried on Monday.'), ['->CHLMIL 190']);
  });
  it('soldiers who killed others still attacked them', async () => {
    assert.deepEqual(await dyads('Chilean soldiers killed three Peruvian rebels on Monday.'), ['CHLMIL>PERREB 190']);
  });
  it('soldiers killed abroad did not attack the country they died in', async () => {
    assert.ok(!(await dyads('Ten Chilean soldiers killed in Peru were buried on Monday.')).some((d) => d.includes('PER')));
  });
  it('victims killed by a crash abroad name no attack on that country', async () => {
    assert.ok(!(await dyads('Chile will help identify victims killed by the Peruvian Airlines crash in Bolivia.')).some((d) => d.includes('>BOL')));
  });
});

describe('dyads: trigger phrases holding an agent noun', () => {
  table([
    ['troops massed by a state are its mobilisation', 'Bolivia massed troops on the border on Monday.', ['BOL>- 150']],
    ['troops deployed towards a country target it', 'Bolivia deployed troops to the border with Chile.', ['BOL>CHL 150']],
  ]);
});

describe('dyads: the gathering on whose sidelines an act happened', () => {
  table([
    ['is its venue, not a meeting of its parties', "Chile and Peru signed a fisheries pact on the sidelines of the Pacific Alliance leaders' meeting in Lima.", ['CHL>PER 057', 'PER>CHL 057']],
    ['nor is a summit there', 'Chile and Peru signed a fisheries pact on the margins of the annual summit.', ['CHL>PER 057', 'PER>CHL 057']],
  ]);
});

describe('dyads: appositions before the verb', () => {
  table([
    ['an actor inside a relative clause before the verb is not its subject', 'Chile, which borders Peru, signed a trade deal with Bolivia.', ['BOL>CHL 057', 'CHL>BOL 057']],
    ['an actor inside a descriptive apposition is not the subject either', 'Chile, the neighbour of Peru, shelled Bolivia on Monday.', ['CHL>BOL 190']],
  ]);
});

describe('dyads: acts that did not happen', () => {
  table([
    ['talks that end without a deal reach no agreement', 'Chile and Peru held talks on Monday that ended without a deal.', ['CHL>PER 046', 'PER>CHL 046']],
    ['an act done without warning still happened', 'Chile shelled Peru without warning on Monday.', ['CHL>PER 190']],
  ]);
});

describe('dyads: passive trigger forms', () => {
  table([
    ['the killed are the target', 'Two Bolivian soldiers were killed by Peruvian police.', ['PERCOP>BOLMIL 190']],
    ['the killed are no killers when nobody is named', 'Two Bolivian soldiers were killed near the border.', ['->BOLMIL 190']],
    ['"by" after the object of an active verb names its author, the target', 'Chile praised the decision by Peru.', ['CHL>PER 051']],
    ['a passive verb still takes its source from "by"', 'Chile was praised by Peru on Monday.', ['PER>CHL 051']],
  ]);
});

describe('dyads: generic agents with a country', () => {
  table([
    ['men of a country are its people', 'Police in Peru detained three Bolivian men near the border.', ['PERCOP>BOLPPL 173']],
    ['a commander is military', 'The Turkish commander met Greek lawmakers in Athens.', ['GRCLEG>TURMIL 040', 'TURMIL>GRCLEG 040']],
    ['a mayor is government', 'Peru released the Chilean mayor on Monday.', ['PER>CHLGOV 084']],
  ]);
});

describe('dyads: candidates read again over the sentence', () => {
  table([
    ['a determiner after "and" keeps both sides', 'Chile and the United States seek to strengthen their mining partnership.', ['CHL>USA 031', 'USA>CHL 031']],
    ['a light verb before a fight noun: subject against object', 'Sudanese rebels engaged Ugandan troops in a gunfight near the border.', ['SDNREB>UGAMIL 193']],
    ['a relative clause about a plain noun does not carry the subject', "Peru carried out an air strike on Monday, widening its offensive against the cartel that has seized Ecuador's northern ports.", ['->ECU 171', 'PER>- 195']],
    ['with no target either, nobody named takes part', 'Peru carried out an air strike on Monday against the gang that has seized the port.', ['PER>- 195']],
    ['a reduced relative is what the later passive acts on', 'The students detained for marching in Lima were freed on Monday by Peruvian police.', ['->EDU 173', 'PERCOP>EDU 084']],
    ['a participle after a plain noun is about that noun', 'Chile freed the mayor, a veteran of the party jailed in 2021, officials in Lima said.', ['CHL>- 084']],
    ['a preposition before a number counts the object', 'Chile will free over 40 Peruvian prisoners before the holidays.', ['CHL>PER 0352']],
    ['the country modifier of an attack noun is its source', 'Three farmers died in a Peruvian drone strike on Sunday.', ['PER>- 195']],
    ['a verb\'s form after "the" with a subject of its own is the subject\'s act', 'Chile speeded up the withdrawal of its troops on Monday.', ['CHL>- 0874']],
    ['the subject of a verb of dying is the attack\'s victim', 'Three Bolivian soldiers died in a Peruvian drone strike on Sunday.', ['PER>BOLMIL 195']],
    ['a victim who died in an attack is not its doer', 'A Chilean boy dies in knife attack in Lima', ['->CHL 190']],
    ['a killing in an attack is that attack, done to the victims', 'Bolivian soldiers were killed in Peruvian artillery fire.', ['PER>BOLMIL 194']],
    ['a reported clause with a named subject of its own is not the speaker\'s act', 'Chile said on Monday that Sendero had shelled Peru.', ['->PER 190']],
    ['an event that is the subject of a passive takes its agent as source', 'New evidence against Bolivia was presented by Chile to the tribunal.', ['CHL>BOL 1124']],
    ['an attack carried out by someone is theirs', 'The attack on Bolivia was carried out by Peruvian troops.', ['PERMIL>BOL 190']],
    ['a hostile act\'s target may follow its agent', 'An attack by Bolivian rebels on Chile was repelled.', ['BOLREB>CHL 190']],
    ['troops under attack from others are its target', 'Chilean troops came under attack from Bolivian rebels.', ['BOLREB>CHLMIL 190']],
    ['an event noun\'s agent may follow its object', 'The attack on Bolivian rebels by the Chilean army killed ten.', ['CHLMIL>BOLREB 190']],
    ['a passive trigger keeps its agent from the event noun before it', 'The attack on Peru was condemned by Chile.', ['->PER 190', 'CHL>- 110']],
    ['the act an appeal asks for is its content, not an event', 'Chile wants Peru to bomb the rebel camps in Bolivia.', ['CHL>PER 021']],
    ['a plain appeal takes the code of what it asks for', 'Chile urged Peru to negotiate with Bolivia.', ['CHL>PER 026']],
    ['asking someone to help is an appeal for aid', 'The senate asked the Chilean president to help Peru.', ['LEG>CHLGOV 023']],
    ['helping asked of someone the article does not name is still asked', 'Chile asked the neighbours to help Bolivia.', ['CHL>- 023']],
    ['the purpose of a summons is the summoner\'s act', 'Chile summoned the Peruvian ambassador Carlos Ruiz to lodge a protest on Friday.', ['CHL>PERGOV 110']],
  ]);
});

describe('dyads: protests and boycotts have the target they are aimed at', () => {
  table([
    ['a protest against an embassy targets its government', 'Chilean students protested against the Peruvian embassy.', ['CHLEDU>PERGOV 141']],
    ['a strike against the government targets it', 'Chilean workers went on strike against the government.', ['CHLLAB>GOV 143']],
    ['a protest only in a place keeps no actor target', 'Chilean students protested outside parliament on Monday.', ['CHLEDU>- 141']],
  ]);
});

describe('dyads: an actor joined by a hyphen describes what follows', () => {
  table([
    ['a place held by an actor is no target: the country named after it is', 'Rebels shelled a government-held district of Chile\'s capital.', ['REB>CHL 190']],
    ['a backer named in a compound neither acts nor backs anyone here', 'Peruvian-backed militias attacked Chilean troops.', ['->CHLMIL 190']],
    ['a leader named in a compound still acts', 'The Chilean-led coalition bombed Bolivia.', ['CHL>BOL 190']],
  ]);
});

describe('dyads: people of a country are no state', () => {
  table([
    ['a country\'s people protesting demonstrate', 'Chileans protested against the Peruvian embassy.', ['CHL>PERGOV 141']],
    ['a state protesting to another objects', 'Chile protested to Peru over the arrests.', ['CHL>PER 111']],
  ]);
});

describe('dyads: claims are coded by what they claim', () => {
  table([
    ['a claim that another attacked accuses that other', 'Chile claimed on Monday that Bolivia had shelled Peru.', ['CHL>BOL 112']],
    ['every act of the claimed clause goes with the claim', 'Chile claims that Bolivia shelled Peru and seized the port of Arica.', ['CHL>BOL 112']],
    ['an accusation of an attack is one accusation', 'Chile accused Bolivia of shelling its border posts.', ['CHL>BOL 112']],
    ['an allegation of an attack is one accusation', 'Chile alleged that Bolivia had shelled Peru.', ['CHL>BOL 112']],
    ['a claim of its own attack owns up to it', 'Chile claimed that it had shelled Peru.', ['CHL>PER 015']],
    ['claiming responsibility for an attack names its target', 'Al-Shabab claimed responsibility for the attack on Kenya.', ['SOMREB>KEN 015']],
    ['a claim of a friendly act is only reported', 'Chile claimed that Peru had agreed to talks.', ['PER>- 030', 'PER>- 046']],
    ['a plain report of an attack is the attack', 'Chile said that Bolivia had shelled Peru.', ['BOL>PER 190']],
    ['a denial of its own attack denies responsibility towards the target', 'Bolivia denied that it had shelled Chile.', ['BOL>CHL 016']],
    ['a weapon named after a statement was not fired by the speaker', 'Chile said a mortar round hit its border post on Tuesday.', ['CHL>- 010']],
    ['a report of an attack on nobody named is also a complaint against the attacker', 'Chile said on Friday that two farmers died in a drone strike by Bolivian troops.', ['BOLMIL>- 195', 'CHL>BOLMIL 112']],
    ['a speaker before an apposition is still the speaker', 'Chile, a close ally of Peru, said Bolivia had shelled it.', ['BOL>- 190', 'CHL>BOL 112']],
    ['a report of an attack on the speaker is a complaint against the attacker', 'Chile said that Bolivia had shelled itself.', ['BOL>- 190', 'CHL>BOL 112']],
    ["a clause opened by a verb after a comma shares the previous verb's subject, not its object", 'Chile shelled Peru, accusing Bolivia of arming rebels.', ['CHL>BOL 112', 'CHL>PER 190']],
    ["a leader telling what the leader's own state did accuses no one", 'Putin said on Tuesday that Russia was suspending its membership of the council.', ['RUS>- 160']],
    ["a leader reporting an attack on the leader's own country complains against the attacker", 'Putin said that Ukraine had shelled Russian villages.', ['RUSGOV>UKR 112', 'UKR>RUS 190']],
    ['a report of its own attack stays the attack', 'The Chilean army said it shelled rebels in the north.', ['CHLMIL>REB 190']],
    ['an attack told after another act is not what the statement opens on', 'Chile said it would send doctors to help the families of villagers killed by Bolivian troops.', ['BOLMIL>- 190']],
  ]);
});

describe('dyads: candidates read again over the sentence (Indonesian)', () => {
  table([
    // "to convey a protest": only intended, and said by the one who summons, not by the envoy before "guna";
    // the summons itself is the protest (110), planned
    ['a partner after "bersama" is no target, and aid goes to the place after "ke"', 'Indonesia mengirimkan bantuan ke Myanmar bersama Malaysia.', ['IDN>MMR 070']],
    ['one who accompanies a visitor is the host, not a partner', 'Presiden Chile Gabriel Boric dijadwalkan mengunjungi Candi Prambanan bersama Prabowo pada Jumat.', ['CHLGOV>IDNMIL 042']],
    ['aid dropped with a partner goes to the place', 'Pesawat Indonesia menerjunkan bantuan kemanusiaan ke Jalur Gaza bersama Yordania pada Selasa.', ['IDN>PSE 073']],
    ['a statement after a purpose marker is no statement', 'Chile akan memanggil Duta Besar Peru guna menyampaikan protes.', ['CHL>PERGOV 110']],
    // the attack was told before; "terhadap kedaulatan Peru" belongs to "merupakan pelanggaran", not to the noun
    ['a punishment announced by a speaker is a threat (Indonesian)', 'Chile menyatakan Peru harus dihukum atas insiden perbatasan itu.', ['CHL>PER 130']],
    ['pasukan dua negara yang bentrok saling menyerang', 'Pasukan Thailand dan Kamboja bentrok di perbatasan.', ['KHM>THAMIL 190', 'THAMIL>KHM 190']],
    ['a demonstrative closes an event noun: no new attack by the speaker', 'Bolivia menyerang Peru pada Senin. Menteri Luar Negeri Chile menyatakan serangan tersebut merupakan pelanggaran terhadap kedaulatan Peru.', ['BOL>PER 190', 'CHLGOV>- 010']],
    ['pemberi bantuan tidak ikut berperang; peringatan setahun bukan ancaman', 'Jepang menawarkan bantuan untuk Chile pada peringatan setahun perang yang telah membuat ribuan orang mengungsi.', ['JPN>CHL 033']],
    ['paket sanksi yang dijatuhkan', 'Uni Eropa menjatuhkan paket sanksi ke-16 terhadap Rusia pada Senin.', ['IGOEEC>RUS 163']],
    ['judul: Jatuhkan Paket Sanksi', 'Uni Eropa Jatuhkan Paket Sanksi Baru terhadap Rusia', ['IGOEEC>RUS 163']],
    ['menutup konsulat negara lain', 'Jepang menutup konsulat Chile di Osaka pada Senin.', ['JPN>CHL 161']],
    ['judul: Tutup Konsulat', 'Jepang Tutup Konsulat Chile', ['JPN>CHL 161']],
    ['memutus hubungan diplomatik', 'Chile memutus hubungan diplomatik dengan Peru.', ['CHL>PER 161']],
    ['menyambut keputusan: memuji', 'Indonesia Sambut Surat Perintah Penangkapan ICC untuk Netanyahu', ['IDN>IGOICC 051']],
    ['menyambut tamu: menjamu', 'Presiden Joko Widodo menyambut Perdana Menteri Anthony Albanese di Istana Bogor.', ['IDNGOV>AUSGOV 043']],
    ['senjata yang dijanjikan adalah bantuan militer', 'Jepang menjanjikan sistem pertahanan udara untuk Chile.', ['JPN>CHL 072']],
    ['pendamping setelah koma tetap tuan rumah', 'Presiden Chile mengunjungi Candi Borobudur di Magelang, Jawa Tengah, bersama Presiden Joko Widodo.', ['CHLGOV>IDNGOV 042']],
    ['pembicara sesudah koma terakhir melaporkan, bukan sasaran', 'Chile membom kota perbatasan pada Senin, kata militer Bolivia.', ['CHL>- 195']],
    ['yang diprotes bukan tindakan pemrotes', 'Jepang memprotes China atas serangan terhadap kapal nelayannya.', ['JPN>CHN 110']],
    ['mitra yang disebut namanya di antara koma', 'Menlu Retno Marsudi bertemu mitranya dari Tiongkok, Wang Yi, di Beijing.', ['CHNGOV>IDNGOV 040', 'IDNGOV>CHNGOV 040']],
    ['mitra dari negara lain adalah pejabat negara itu', 'Menteri Perdagangan Chile bertemu mitranya dari Peru di Lima pada Senin.', ['CHLGOV>PERGOV 040', 'PERGOV>CHLGOV 040']],
  ], 'id');
});

describe('dyads: acts abroad target the country they happen in', () => {
  table([
    ['a place inside a gathering\'s topic is not where it is held', "Chile's president will attend a summit on the crisis in Peru.", ['CHLGOV>- 042']],
    ['a date after the gathering leaves its place its host', "Chile's president will attend the summit on Monday in Peru.", ['CHLGOV>PER 042']],
    ['attending a summit abroad visits its host', "Chile's president will attend the summit in Peru next week.", ['CHLGOV>PER 042']],
    ['a protest abroad, named by a city', 'Bolivian students staged a protest in Lima on Tuesday.', ['BOLEDU>PER 141']],
    ['a show of force near a foreign city', 'Peru conducted military exercises near Valparaiso on Friday.', ['PER>CHL 150']],
    ['a protest at home has no target', 'Peruvian students rallied in Lima on Tuesday.', ['PEREDU>- 141']],
  ]);
});

describe('dyads: readings that stay', () => {
  table([
    ['a clause of its own after "and" keeps its subject', 'Peru attacked at dawn and was condemned by Chile.', ['CHL>- 110', 'PER>- 190']],
    ['a participle after a perfect auxiliary is a finite verb', 'Chile welcomed Peru. They had agreed on new steps, officials said.', ['CHL>- 030', 'CHL>PER 051']],
    ['a reported clause about "the country" keeps its speaker', 'Chile said that the country would attack Peru.', ['CHL>PER 190']],
    ['what was said after a verb of saying keeps its speaker', 'Chile admitted that it had shelled Peru.', ['CHL>PER 190']],
  ]);
});

describe('dyads: a phrase between the subject and the verb', () => {
  table([
    ['a day phrase before the verb leaves the object the target', 'Chile on Monday praised Peru for its help.', ['CHL>PER 051']],
    ['a month phrase before the verb leaves the object the target', 'Japan in May thanked Vietnam for its help.', ['JPN>VNM 051']],
    ['a day phrase before an accusation leaves the alleged act to the accused', 'Chile on Monday accused Peru of shelling Bolivian villages.', ['CHL>PER 112']],
  ]);
});

describe('dyads: readings that stay (Indonesian)', () => {
  table([
    // "accompanied Peru's troops on a working visit": the companion visits with them, it does not visit them
    ['accompanying someone on a visit is no act on them', 'Pasukan Chile mendampingi pasukan Peru dalam kunjungan kerja pada Senin.', ['PERMIL>- 042']],
  ], 'id');
});

describe('dyads: claims, complaints and denials (Indonesian)', () => {
  table([
    ['klaim atas serangan pihak lain adalah tuduhan', 'Chile mengklaim bahwa Bolivia telah menyerang Peru.', ['CHL>BOL 112']],
    ['klaim atas serangan sendiri adalah pengakuan', 'Chile mengklaim telah menyerang Peru.', ['CHL>PER 015']],
    ['serangan terhadap pembicara yang diceritakannya adalah keluhan', 'Chile mengatakan Bolivia telah menyerang Chile.', ['BOL>CHL 190', 'CHL>BOL 112']],
    ['serangan terhadap pihak ketiga tetap serangan', 'Chile mengatakan Bolivia telah menyerang Peru.', ['BOL>PER 190']],
    ['bantahan atas serangan sendiri menyangkal tanggung jawab', 'Bolivia membantah telah menyerang Chile.', ['BOL>CHL 016']],
  ], 'id');
});

describe('dyads: Indonesian trigger data', () => {
  table([
    ['ucapan selamat yang disampaikan seseorang adalah tindakannya', 'Presiden Chile menyampaikan ucapan selamat kepada Peru atas pelantikan presidennya.', ['CHLGOV>PER 051']],
    ['gencatan senjata diumumkan satu pihak', 'Israel mengumumkan gencatan senjata di Gaza pada Minggu.', ['ISR>- 0871']],
    ['pertempuran dilakukan kedua pihak', 'Eritrea dan Ethiopia bertempur di perbatasan pada Mei.', ['ERI>ETH 190', 'ETH>ERI 190']],
    ['pengepungan membatasi gerak', 'Tentara Ethiopia mengepung pemberontak di kota itu.', ['ETHMIL>REB 191']],
  ], 'id');
});

describe('dyads: two sides joined by a hyphen before an event noun', () => {
  table([
    ['a hyphenated pair before talks are both sides', 'Officials opened the Chile-Peru talks in Lima on Monday.', ['CHL>PER 046', 'PER>CHL 046']],
    ['an en dash joins the pair as well', 'Diplomats said the Bolivia–Paraguay talks would resume next week.', ['BOL>PRY 046', 'PRY>BOL 046']],
    ['a leader named in a compound before talks still leads them, with the other side after "with"', 'The Chilean-led talks with Peru resumed in Lima.', ['CHL>PER 046', 'PER>CHL 046']],
    ['a backer named in a compound before the talkers is no side of their talks', 'Peruvian-backed rebels held talks with Bolivia on Monday.', ['BOL>REB 046', 'REB>BOL 046']],
    ['an en dash pair before a summit', 'Reporters waited outside the India–Pakistan summit on Friday.', ['IND>PAK 044', 'PAK>IND 044']],
    ['a pair after a host is hosted, as "hosted X and Y" is, and holds its own talks', 'Japan hosted the Chile-Peru negotiations in Tokyo.', ['CHL>PER 046', 'JPN>CHL 043', 'PER>CHL 046']],
  ]);
});

describe('dyads: two sides joined by a hyphen after an event noun (Indonesian)', () => {
  table([
    ['pasangan bertanda hubung setelah kata benda peristiwa adalah kedua pihak', 'Pembicaraan Chile-Peru berlanjut di Lima pada Senin.', ['CHL>PER 040', 'PER>CHL 040']],
    ['tanda pisah juga menghubungkan pasangan', 'Perundingan Rusia–Ukraina dibuka kembali pekan ini.', ['RUS>UKR 046', 'UKR>RUS 046']],
  ], 'id');
});

describe('dyads: the medium of a report reports the clause, which is still read', () => {
  table([
    ['a medium before the clause', 'Chilean state media said Boric met Peruvian President Dina Boluarte in Lima on Monday.', ['CHLGOV>PERGOV 040', 'PERGOV>CHLGOV 040']],
    ['"said in a statement that"', "Chile said in a statement that it had expelled Peru's ambassador.", ['CHL>PERGOV 161']],
    ['a medium set off by commas', 'Chile, in a statement, condemned Peru on Monday.', ['CHL>PER 110']],
    ['a verb of reporting', 'Reuters reported Chile had expelled three Peruvian diplomats.', ['CHL>PERGOV 161']],
    ['"said on Monday that it …" keeps the speaker', 'Chile said on Monday that it had expelled three Peruvian diplomats.', ['CHL>PERGOV 161']],
  ]);
  table([
    ['kantor berita dengan namanya', 'Kantor berita Xinhua melaporkan Chile mengusir tiga diplomat Peru pada Senin.', ['CHL>PERGOV 161']],
    ['media pemerintah melaporkan', 'Media pemerintah Chile melaporkan Boric bertemu Presiden Peru Dina Boluarte di Lima.', ['CHLGOV>PERGOV 040', 'PERGOV>CHLGOV 040']],
  ], 'id');
});

describe('dyads: weapons tests and objections', () => {
  table([
    ['a weapons test shows force at no one', 'Chile test-fired a ballistic missile on Thursday.', ['CHL>- 150']],
  ]);
  table([
    ['uji coba rudal adalah unjuk kekuatan', 'Chile menguji coba rudal balistik pada Kamis.', ['CHL>- 150']],
    ['menyatakan keberatan adalah kecaman', 'Chile menyatakan keberatan atas pernyataan Peru.', ['CHL>PER 110']],
  ], 'id');
});

describe('dyads: a reaction to an act told before is aimed at who did it', () => {
  table([
    ['condemning an attack told before', 'Peruvian troops attacked a Chilean border post on Monday. Bolivia condemned the attack.', ['BOL>PERMIL 110', 'PERMIL>CHL 190']],
    ['an attack condemned that nobody told stays aimed at no one', 'Bolivia condemned the attack.', ['BOL>- 110']],
    ['rejecting an accusation told before is aimed at the accuser', 'Chile accused Peru of arming the rebels. Peru rejected the accusation.', ['CHL>PER 112', 'PER>CHL 120']],
  ]);
  table([
    ['mengecam serangan yang diceritakan sebelumnya', 'Pasukan Peru menyerang pos perbatasan Chile pada Senin. Bolivia mengecam serangan tersebut.', ['BOL>PERMIL 110', 'PERMIL>CHL 190']],
    ['membantah tuduhan menyasar penuduhnya', 'Chile menuduh Peru mempersenjatai pemberontak. Peru membantah tuduhan itu.', ['CHL>PER 112', 'PER>CHL 120']],
  ], 'id');
});

describe('dyads: the Pope is the Holy See\'s head on the article\'s date', () => {
  table([['the title alone', 'The Pope received Chilean President Gabriel Boric at the Vatican.', ['VATGOV>CHLGOV 043']]]);
  table([['gelar saja', 'Paus menerima Presiden Chile Gabriel Boric di Vatikan.', ['VATGOV>CHLGOV 043']]], 'id');
});

describe('dyads: vetoes and blocked measures', () => {
  table([
    ['blocking a statement vetoes it', 'Chile blocked an EU statement on Peru on Monday.', ['CHL>IGOEEC 129']],
    ['a veto', 'Chile vetoed a UN resolution on Peru.', ['CHL>IGOUNO 129']],
  ]);
  table([
    ['memblokir resolusi adalah veto', 'Chile memblokir resolusi PBB tentang Peru.', ['CHL>IGOUNO 129']],
    ['memblokir jalan bukan veto', 'Petani memblokir jalan menuju Lima.', []],
  ], 'id');
});

describe('dyads: a call received is a phone call, not a visit hosted', () => {
  table([['received a phone call from', 'Chilean President Gabriel Boric received a phone call from Peruvian President Dina Boluarte.', ['CHLGOV>PERGOV 040', 'PERGOV>CHLGOV 040']]]);
  table([['menerima telepon dari', 'Presiden Chile Gabriel Boric menerima telepon dari Presiden Peru Dina Boluarte.', ['CHLGOV>PERGOV 040', 'PERGOV>CHLGOV 040']]], 'id');
});
