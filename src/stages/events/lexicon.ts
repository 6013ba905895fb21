import { DataError } from '../../core/errors.js';
import type { LanguagePack } from '../../lang/pack.js';
import { createPhraseTrie, phraseKeys, type PhraseTrie } from './phrase-trie.js';

/** How a trigger finds its arguments (see data/lang/en/event-triggers.yml). */
export type TriggerPattern = 'svo' | 'reciprocal' | 'host' | 'speech' | 'self' | 'demand';

/** One trigger entry as compiled from `event-triggers.yml`. */
export interface Trigger {
  phrase: string;
  plover: string;
  cameo: string;
  mode: string | null;
  pattern: TriggerPattern;
  noun: boolean;
  /** The other side comes only after a preposition (nouns, and verbs whose object is a topic). */
  objectPrep: boolean;
  passive: boolean;
  /** Never passive, even after an auxiliary ("is willing to"). */
  active: boolean;
  /** No event without an actor as target ("warned X", not "issued a heavy rain warning"). */
  needsTarget: boolean;
  /** Only what an appeal asks for ("urged X to help"), never an event of its own. */
  content: boolean;
  /** No event without a weapon as its object ("launched 180 missiles at X", not "launched a campaign"). */
  needsWeapon: boolean;
  /** No event without its object sent away after it ("gave the ambassador 48 hours to leave", not "gave a speech"). */
  needsDeparture: boolean;
  /**
   * No event without a word of this pack list shortly after it, as its object (`object: posts`: "closed Russia's
   * consulate", not "closed the border"; `object: measures`: "blocked an EU statement", not "blocked roads").
   */
  objectWords: ReadonlySet<string> | null;
  /**
   * No event with a word of this pack list as its object, after it or as the noun it follows (`notObject: documents`:
   * "released a statement" and "a statement released on Tuesday" free no one).
   */
  notObjectWords: ReadonlySet<string> | null;
  /** The phrase holds a negation cue of the pack ("refused", "menolak"): cues before it do not negate it. */
  negating: boolean;
  /** What the trigger codes when a state or official is its subject ("Vietnam protests …" → ACCUSE, not a demonstration). */
  state?: Trigger | undefined;
  /** What the trigger codes when its object is followed by a destination ("welcomed Li to Canberra" → hosting). */
  hosting?: Trigger | undefined;
  /** A phrase that holds a trigger word but is no event ("strikes a balance"): it only hides that word. */
  none?: boolean | undefined;
  /** What the trigger codes when a sum of money follows it ("pledged $50 million" → aid given, not a promise). */
  money?: Trigger | undefined;
  /** What the trigger codes when weapons or other materiel follow it ("pledged a third Patriot system" → military aid). */
  arms?: Trigger | undefined;
  /** What the trigger codes when a weapon is its instrument ("blasted a boat with water cannon" → force, not criticism). */
  force?: Trigger | undefined;
  /** What the trigger codes when protesters do it ("protesters torched a police station" → a violent protest, 145). */
  riot?: Trigger | undefined;
  /** What the trigger codes when its object is sent away after it ("ordered the envoy to leave" → expulsion). */
  departure?: Trigger | undefined;
  /** What the trigger codes when its object is a diplomat ("expelled two Russian diplomats" → relations cut, 161). */
  envoy?: Trigger | undefined;
  /** What a trigger needing a departure codes when a deadline follows instead ("gave the junta one week to reinstate" → ultimatum). */
  ultimatum?: Trigger | undefined;
  /** What a claim codes when it tells another's hostile act ("claimed that X shelled Y" → X accused, 112). */
  allegation?: Trigger | undefined;
  /** What a claim codes when it tells the claimant's own act ("claimed it had shelled Y" → responsibility, 015). */
  admission?: Trigger | undefined;
  /** What a statement codes when it tells another's hostile act against the speaker or nobody named ("said X shelled it" → 112). */
  complaint?: Trigger | undefined;
  /** What a statement codes when what it says condemns ("said the decision was regrettable" → 111; see readCensures). */
  censure?: Trigger | undefined;
  /**
   * The next trigger listed for the same words with another object list, tried when this one's object is not there
   * ("suspended its membership" reduces relations, 160; "suspended aid" cuts aid, 162).
   */
  orElse?: Trigger | undefined;
  /**
   * What an appeal codes when nothing it asks for follows its object ("later called on President Murmu."): a courtesy
   * call, a meeting.
   */
  courtesy?: Trigger | undefined;
  /** What a meeting codes when it is told as held by phone or video ("held talks by telephone"): mode → variant. */
  remote?: ReadonlyMap<string, Trigger> | undefined;
}

/** A pack's compiled event lexicon. */
export interface EventLexicon {
  lang: string;
  triggers: PhraseTrie<Trigger>;
  coordinators: PhraseTrie<true>;
  objectPreps: Set<string>;
  nounPreps: Set<string>;
  topicPreps: Set<string>;
  targetPreps: Set<string>;
  possessivePronouns: Set<string>;
  anaphorBefore: Set<string>;
  anaphorAfter: Set<string>;
  enclitics: string[];
  locativePreps: Set<string>;
  passiveAux: Set<string>;
  participleEndings: string[];
  /** Endings of a verb's progressive participle ("inviting"): after a verb's object it opens a clause of that verb's subject. */
  progressiveEndings: string[];
  agentMarkers: Set<string>;
  visitorPreps: Set<string>;
  possessives: Set<string>;
  clauseBreaks: Set<string>;
  purposeMarkers: Set<string>;
  arrivalPreps: Set<string>;
  /** Participles that, right after an actor and with no object, tell what befell it ("soldiers killed in Peru"). */
  reducedPassives: Set<string>;
  /** Verbs of dying: their subject is the victim of an attack told after a locative preposition ("died in a strike"). */
  deaths: Set<string>;
  /** A reason after a welcome's guest makes the welcome praise ("welcomed Prabowo for the decision"). */
  reasonPreps: Set<string>;
  /** An event noun after one of these is the setting of another act ("agreed a truce after talks"). */
  framingPreps: PhraseTrie<true>;
  /** Words that make what a statement says a criticism ("was regrettable", "tidak dapat diterima"). */
  condemnations: PhraseTrie<true>;
  /** A clause opened by one of these, with only its subject before its verb, is the setting of another act ("as X meets Y"). */
  framingLinks: Set<string>;
  /** Natural disasters ("earthquake", "gempa"): as the subject of a killing, no actor did it. */
  disasters: Set<string>;
  /** The possessor follows its noun ("kunjungan Prabowo", "serangan Rusia"): an actor right after an event noun acts. */
  possessorAfter: boolean;
  /** Words after a trigger that bring in a partner of the subject, not the other side ("ke Gaza bersama Yordania"). */
  companions: Set<string>;
  /** Nouns of joining a body, which an actor before them only names ("Sweden's NATO bid"): the possessor is the party. */
  joinNouns: Set<string>;
  /** Words right before a leader that name a period, not a party ("talks under Trump", "era Jokowi"). */
  eraMarkers: Set<string>;
  /** Phrases after a meeting that tell it was held from afar ("by telephone", "secara virtual") → the mode they give. */
  remoteModes: PhraseTrie<string>;
  /** Plural subjects that point back to the last two sides named together ("the two", "keduanya"). */
  pluralSubjects: PhraseTrie<true>;
  /** Currency words and signs ("$", "yen", "rp"): with a number beside them, a sum of money. */
  currencies: Set<string>;
  /** Weapon nouns ("missiles", "rudal"): the objects that make a launch an attack. */
  weapons: Set<string>;
  /** Military materiel, words and two-word phrases ("tanks", "air defence"): pledged, it is military aid. */
  materiel: Set<string>;
  /** Nouns for people protesting ("protesters", "demonstran"): force they use is a violent protest. */
  protesters: Set<string>;
  /** Prepositions that send a weapon at its target ("at", "ke"). */
  weaponPreps: Set<string>;
  /** Counts before "of" that leave the actor after it bare ("thousands of Chilean troops"). */
  quantities: Set<string>;
  /** Prepositions that make the weapon after them an act's instrument ("with", "dengan"). */
  instrumentPreps: Set<string>;
  /** Words and two-word phrases after an object that send it away ("to leave", "meninggalkan"), anywhere in a short reach. */
  departures: Set<string>;
  /** Particles that send an object away only right after it ("orders the ambassador out"). */
  departureParticles: Set<string>;
  /** Spans of time given to do something ("week", "hours", "hari"): given before "to", an ultimatum. */
  deadlines: Set<string>;
  /** Diplomats, words and two-word phrases ("ambassador", "duta besar"): expelled, relations are cut. */
  envoys: Set<string>;
  /** Read by the candidate revision steps ("Brazil and the US", "the group that has seized …"). */
  determiners: Set<string>;
  relativePronouns: Set<string>;
  /** Verbs of announcing, whose object noun is the announcer's act ("announced sanctions on"). */
  announceVerbs: Set<string>;
  /** People of an actor's who are not it ("Faye's main rival", "Ukraine's allies"): its possessive names none who acts. */
  othersOf: Set<string>;
  /** Words after an actor and a hyphen that leave the actor acting ("US-led"), unlike "Iran-backed", "government-held". */
  actingCompounds: Set<string>;
  /** A country's people ("Chileans", "warga Chile"), from the pack's `countries.tsv`: people protest, a state objects. */
  demonyms: Set<string>;
  perfectAux: Set<string>;
  reducedParticipleEndings: string[];
  modality: { window: number; planned: PhraseTrie<true>; hypothetical: PhraseTrie<true>; negated: PhraseTrie<true>; background: PhraseTrie<true>; backgroundAfter: PhraseTrie<true>; backgroundLinks: Set<string>; sequenceLinks: Set<string>; earlierLinks: Set<string>; sequenceSpans: Map<string, number>; placeClauses: Set<string> };
  attribution: PhraseTrie<true>;
  /**
   * Media of a report ("state media", "in a statement", "kantor berita"; true: a name may follow, "news agency Xinhua")
   * and verbs of reporting ("reported", "melaporkan"; false): the cue names no event, the rest of the clause may.
   */
  attributionMedia: PhraseTrie<boolean>;
  /** "in the presence of", "disaksikan oleh": attribution cues whose names are onlookers, often a list of them. */
  witnessCues: PhraseTrie<true>;
  /** "as Trump looks on", "with X looking on": the onlookers' cue after them, and the words opening their clause. */
  witnessAfter: PhraseTrie<true>;
  witnessAfterFirst: Set<string>;
  witnessOpeners: Set<string>;
  quoteVerbs: Set<string>;
  quotePronouns: Set<string>;
  /** Topic phrase → topic labels (PLOVER contexts and named issues). */
  topics: PhraseTrie<string[]>;
  /**
   * Word → the `LEAD` bits of the phrase lists with a phrase starting with it: a sentence view reads
   * this once per word, so the phrase lists are only searched where a phrase may start.
   */
  leads: Map<string, number>;
}

/** Bits of `EventLexicon.leads` and `SentenceView.leads`, one per phrase list. */
export const LEAD = {
  trigger: 1, attribution: 2, topic: 4, planned: 8, hypothetical: 16, negated: 32, background: 64, backgroundAfter: 128, witnessAfter: 256,
  /** Not a phrase list: the word is one of `clauseBreaks`, which the argument scans test at every word they pass. */
  clauseBreak: 512,
  /** Not a phrase list: a one-word coordinator ("and", ","). */
  coordinator: 1024,
  /** Not a phrase list: a word of `objectPreps`, `locativePreps`, `topicPreps`, `targetPreps`, `agentMarkers` or `visitorPreps`. */
  preposition: 2048,
  /** Not in `EventLexicon.leads` (set by the sentence views): the word is a one-word trigger under an enclitic ("pertemuannya"). */
  enclitic: 4096,
  /** Not in `EventLexicon.leads` (set by the sentence views): a hyphen joins the word to the one before ("government-held"). */
  hyphenBefore: 8192,
  /** Not a phrase list: a word of `quoteVerbs` ("said", "kata"), looked for after the last comma of every sentence. */
  quoteVerb: 16384,
} as const;

const PATTERNS = new Set(['svo', 'reciprocal', 'host', 'speech', 'self', 'demand']);

/** `object:` values with rules of their own; any other names a list of event-arguments.yml. */
export const OBJECT_RULES = new Set(['prep', 'weapon', 'departure']);

/** Compiles a pack's event files; returns null when the pack has no `event-triggers.yml`. */
export function compileLexicon(pack: LanguagePack): EventLexicon | null {
  const raw = pack.yaml<{ triggers?: RawTrigger[]; nonEvents?: unknown[] }>('event-triggers.yml');
  if (!raw) return null;
  const args = pack.yaml<Record<string, unknown>>('event-arguments.yml') ?? {};
  const mod = pack.yaml<Record<string, unknown>>('event-modality.yml') ?? {};
  const quotes = pack.yaml<Record<string, unknown>>('quote-verbs.yml') ?? {};
  const attribution = pack.yaml<Record<string, unknown>>('attribution-cues.yml') ?? {};
  const negated = phraseSet(list(mod, 'negated'));
  const lex: Omit<EventLexicon, 'leads'> = {
    lang: pack.code,
    triggers: compileTriggers(pack.code, raw.triggers ?? [], raw.nonEvents ?? [], negated, args),
    remoteModes: remoteModes(pack.code, args.remoteModes),
    coordinators: phraseSet(list(args, 'coordinators')),
    objectPreps: wordSet(list(args, 'objectPreps')),
    nounPreps: wordSet(list(args, 'nounPreps')),
    topicPreps: wordSet(list(args, 'topicPreps')),
    targetPreps: wordSet(list(args, 'targetPreps')),
    possessivePronouns: wordSet(list(args, 'possessivePronouns')),
    anaphorBefore: wordSet(list(args, 'anaphorBefore')),
    anaphorAfter: wordSet(list(args, 'anaphorAfter')),
    enclitics: list(args, 'enclitics').map((e) => phraseKeys(e).join('')),
    locativePreps: wordSet(list(args, 'locativePreps')),
    passiveAux: wordSet(list(args, 'passiveAux')),
    participleEndings: list(args, 'participleEndings'),
    progressiveEndings: list(args, 'progressiveEndings'),
    agentMarkers: wordSet(list(args, 'agentMarkers')),
    visitorPreps: wordSet(list(args, 'visitorPreps')),
    possessives: wordSet(list(args, 'possessives')),
    clauseBreaks: wordSet(list(args, 'clauseBreaks')),
    purposeMarkers: wordSet(list(args, 'purposeMarkers')),
    arrivalPreps: wordSet(list(args, 'arrivalPreps')),
    reasonPreps: wordSet(list(args, 'reasonPreps')),
    framingPreps: phraseSet(list(args, 'framingPreps')),
    condemnations: phraseSet(list(args, 'condemnations')),
    framingLinks: wordSet(list(args, 'framingLinks')),
    disasters: wordSet(list(args, 'disasters')),
    reducedPassives: wordSet(list(args, 'reducedPassives')),
    deaths: wordSet(list(args, 'deaths')),
    currencies: wordSet(list(args, 'currencies')),
    materiel: wordSet(list(args, 'materiel')),
    protesters: wordSet(list(args, 'protesters')),
    weapons: wordSet(list(args, 'weapons')),
    weaponPreps: wordSet(list(args, 'weaponPreps')),
    instrumentPreps: wordSet(list(args, 'instrumentPreps')),
    quantities: wordSet(list(args, 'quantities')),
    departures: wordSet(list(args, 'departures')),
    departureParticles: wordSet(list(args, 'departureParticles')),
    deadlines: wordSet(list(args, 'deadlines')),
    envoys: wordSet(list(args, 'envoys')),
    pluralSubjects: phraseSet(list(args, 'pluralSubjects')),
    companions: wordSet(list(args, 'companions')),
    joinNouns: wordSet(list(args, 'joinNouns')),
    eraMarkers: wordSet(list(args, 'eraMarkers')),
    possessorAfter: args.possessorAfter === true,
    determiners: wordSet(list(args, 'determiners')),
    relativePronouns: wordSet(list(args, 'relativePronouns')),
    announceVerbs: wordSet(list(args, 'announceVerbs')),
    othersOf: wordSet(list(args, 'othersOf')),
    actingCompounds: wordSet(list(args, 'actingCompounds')),
    demonyms: wordSet(pack.has('countries.tsv') ? pack.tsv('countries.tsv').filter((r) => r.cells[1]?.trim() === 'demonym').map((r) => r.cells[2]!.trim()) : []),
    perfectAux: wordSet(list(args, 'perfectAux')),
    reducedParticipleEndings: list(args, 'reducedParticipleEndings'),
    modality: {
      window: typeof mod.window === 'number' ? mod.window : 5,
      planned: phraseSet(list(mod, 'planned')),
      hypothetical: phraseSet(list(mod, 'hypothetical')),
      negated,
      background: phraseSet(list(mod, 'background')),
      backgroundAfter: phraseSet(list(mod, 'backgroundAfter')),
      backgroundLinks: wordSet(list(mod, 'backgroundLinks')),
      sequenceLinks: wordSet(list(mod, 'sequenceLinks')),
      earlierLinks: wordSet(list(mod, 'earlierLinks')),
      sequenceSpans: dayCounts(mod.sequenceSpans),
      placeClauses: wordSet(list(mod, 'placeClauses')),
    },
    // witnesses of an act ("witnessed by X") are no party to it, as the source of a report is none
    attribution: phraseSet([...list(attribution, 'cues'), ...list(args, 'witnessCues')]),
    attributionMedia: mediaCues(attribution),
    witnessCues: phraseSet(list(args, 'witnessCues')),
    witnessAfter: phraseSet(list(args, 'witnessAfter')),
    witnessAfterFirst: new Set(list(args, 'witnessAfter').map((w) => phraseKeys(w)[0]!)),
    witnessOpeners: wordSet(list(args, 'witnessOpeners')),
    quoteVerbs: wordSet(list(quotes, 'verbs')),
    quotePronouns: wordSet(list(quotes, 'pronouns')),
    topics: compileTopics(pack.yaml<TopicFile>('event-topics.yml')),
  };
  return { ...lex, leads: compileLeads(lex) };
}

function compileLeads(lex: Omit<EventLexicon, 'leads'>): Map<string, number> {
  const leads = new Map<string, number>();
  const m = lex.modality;
  const lists: Array<[PhraseTrie<unknown>, number]> = [
    [lex.triggers, LEAD.trigger], [lex.attribution, LEAD.attribution], [lex.attributionMedia, LEAD.attribution], [lex.topics, LEAD.topic], [m.planned, LEAD.planned],
    [m.hypothetical, LEAD.hypothetical], [m.negated, LEAD.negated], [m.background, LEAD.background], [m.backgroundAfter, LEAD.backgroundAfter],
    [lex.witnessAfter, LEAD.witnessAfter],
  ];
  for (const [trie, bit] of lists) for (const w of trie.firstWords()) leads.set(w, (leads.get(w) ?? 0) | bit);
  for (const w of lex.clauseBreaks) leads.set(w, (leads.get(w) ?? 0) | LEAD.clauseBreak);
  for (const w of lex.coordinators.firstWords()) if (lex.coordinators.hasWord(w)) leads.set(w, (leads.get(w) ?? 0) | LEAD.coordinator);
  for (const w of lex.quoteVerbs) leads.set(w, (leads.get(w) ?? 0) | LEAD.quoteVerb);
  for (const set of [lex.objectPreps, lex.locativePreps, lex.topicPreps, lex.targetPreps, lex.agentMarkers, lex.visitorPreps]) {
    for (const w of set) leads.set(w, (leads.get(w) ?? 0) | LEAD.preposition);
  }
  return leads;
}

interface RawTrigger {
  plover?: string; cameo?: string; mode?: string | null; pattern?: string; pos?: string; object?: string; notObject?: string; passive?: boolean; active?: boolean; content?: boolean; words?: unknown[];
  target?: string; state?: { plover?: string; cameo?: string; pattern?: string }; hosting?: { plover?: string; cameo?: string; mode?: string };
  money?: { plover?: string; cameo?: string };
  arms?: { plover?: string; cameo?: string };
  force?: { plover?: string; cameo?: string }; riot?: { plover?: string; cameo?: string }; departure?: { plover?: string; cameo?: string }; envoy?: { plover?: string; cameo?: string };
  ultimatum?: { plover?: string; cameo?: string };
  courtesy?: { plover?: string; cameo?: string; mode?: string };
  allegation?: { plover?: string; cameo?: string }; admission?: { plover?: string; cameo?: string }; complaint?: { plover?: string; cameo?: string };
  censure?: { plover?: string; cameo?: string };
}
type TopicFile = { contexts?: Record<string, unknown[]>; issues?: Record<string, unknown[]> } | null;

/**
 * Builds the trigger trie; a phrase listed twice is a data error (the check reports it). Whether each phrase holds a
 * cue of `negated` is read here once, not for every trigger found.
 */
function compileTriggers(lang: string, entries: RawTrigger[], nonEvents: unknown[], negated: PhraseTrie<true>, args: Record<string, unknown>): PhraseTrie<Trigger> {
  const trie = createPhraseTrie<Trigger>();
  // one set per named list, shared by every trigger that names it
  const objectLists = new Map<string, ReadonlySet<string>>();
  const objectWords = (name: string | undefined): ReadonlySet<string> | null => {
    if (name === undefined || OBJECT_RULES.has(name)) return null;
    let words = objectLists.get(name);
    if (words === undefined) objectLists.set(name, (words = wordSet(list(args, name))));
    return words;
  };
  for (const w of nonEvents) {
    const phrase = String(w);
    trie.add(phraseKeys(phrase), makeTrigger({ phrase, plover: '', cameo: '', mode: null, pattern: 'self', noun: false, objectPrep: false, passive: false, active: false, needsTarget: false, content: false, needsWeapon: false, needsDeparture: false, objectWords: null, notObjectWords: null, negating: negates(phrase, negated), none: true }));
  }
  for (const e of entries) {
    if (!e.plover || !e.cameo || !e.pattern || !PATTERNS.has(e.pattern) || !Array.isArray(e.words)) {
      throw new DataError(`Cannot load pack "${lang}": event-triggers.yml: entry ${JSON.stringify(e).slice(0, 80)} lacks plover, cameo, pattern or words`);
    }
    for (const w of e.words) {
      const phrase = String(w);
      const trigger = makeTrigger({
        phrase, plover: e.plover, cameo: String(e.cameo), mode: e.mode ?? null,
        pattern: e.pattern as TriggerPattern, noun: e.pos === 'noun', objectPrep: e.pos === 'noun' || e.object === 'prep', passive: e.passive === true, active: e.active === true,
        needsTarget: e.target === 'actor', content: e.content === true, needsWeapon: e.object === 'weapon', needsDeparture: e.object === 'departure', objectWords: objectWords(e.object),
        notObjectWords: e.notObject === undefined ? null : objectWords(e.notObject), negating: negates(phrase, negated),
      });
      // "Vietnam protests Chinese ships": with a state subject the trigger takes an object like any svo verb;
      // "Thai and Cambodian troops clashed": two states' forces fight each other (`pattern: reciprocal`)
      if (e.state?.plover && e.state.cameo) {
        const pattern = e.state.pattern === 'reciprocal' ? 'reciprocal' : 'svo';
        trigger.state = makeTrigger({ ...trigger, plover: e.state.plover, cameo: String(e.state.cameo), pattern, objectPrep: false });
      }
      if (e.hosting?.plover && e.hosting.cameo) trigger.hosting = makeTrigger({ ...trigger, plover: e.hosting.plover, cameo: String(e.hosting.cameo), mode: e.hosting.mode ?? null, pattern: 'host' });
      // "pledged $50 million": money pledged is aid given to the object, whoever else the pledge names
      trigger.money = variantOf(trigger, e.money);
      trigger.arms = variantOf(trigger, e.arms);
      trigger.force = variantOf(trigger, e.force);
      trigger.riot = variantOf(trigger, e.riot);
      // "expelled two diplomats" cuts relations; with a departure variant ("ordered X to leave"), only the expulsion
      // it turns into reads its object so: "ordered the ambassador to attend" is no expulsion
      const envoy = variantOf(trigger, e.envoy);
      if (e.departure?.plover && e.departure.cameo) trigger.departure = variantOf(trigger, e.departure, envoy);
      else trigger.envoy = envoy;
      trigger.ultimatum = variantOf(trigger, e.ultimatum);
      // a claim is coded by what it claims: it takes the place of the act it reports (see readClaims)
      trigger.allegation = variantOf(trigger, e.allegation);
      trigger.admission = variantOf(trigger, e.admission);
      trigger.complaint = variantOf(trigger, e.complaint);
      trigger.censure = variantOf(trigger, e.censure);
      if (e.courtesy?.plover && e.courtesy.cameo) trigger.courtesy = makeTrigger({ ...trigger, plover: e.courtesy.plover, cameo: String(e.courtesy.cameo), mode: e.courtesy.mode ?? null, pattern: 'reciprocal', content: false });
      // "held talks by telephone": a meeting face to face by its words may be told as held from afar
      if (trigger.plover === 'CONSULT' && trigger.mode === 'in-person' && trigger.pattern === 'reciprocal') trigger.remote = remoteVariants(trigger, args.remoteModes);
      const keys = phraseKeys(phrase);
      // words listed again with another object list: the object after them chooses (see `Trigger.orElse`); listed
      // after them once more with no object list, they are what the words code when none of those objects follows
      const listed = trie.longest(keys, 0);
      if (listed && listed.length === keys.length && listed.value.objectWords !== null) {
        let last = listed.value;
        while (last.orElse) last = last.orElse;
        if (last.objectWords !== null) last.orElse = trigger;
      } else trie.add(keys, trigger);
    }
  }
  return trie;
}

/**
 * What `base` turns into when its arguments call for `spec` (money after a pledge, a weapon as instrument, a
 * diplomat expelled): `spec`'s codes, read as a plain verb with its object after it; undefined without a spec.
 */
function variantOf(base: Trigger, spec: { plover?: string; cameo?: string } | undefined, envoy = base.envoy): Trigger | undefined {
  if (!spec?.plover || !spec.cameo) return undefined;
  return makeTrigger({ ...base, plover: spec.plover, cameo: String(spec.cameo), mode: null, pattern: 'svo', objectPrep: false, noun: false, needsDeparture: false, envoy });
}

/** The modes of `remoteModes` in event-arguments.yml and the phrases that give each. */
function remoteModes(lang: string, raw: unknown): PhraseTrie<string> {
  const trie = createPhraseTrie<string>();
  if (raw === undefined || raw === null) return trie;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new DataError(`Cannot load pack "${lang}": event-arguments.yml: remoteModes must map a mode to its phrases`);
  for (const [mode, words] of Object.entries(raw)) {
    if (!REMOTE_MODES.has(mode) || !Array.isArray(words)) throw new DataError(`Cannot load pack "${lang}": event-arguments.yml: remoteModes: "${mode}" is not a remote mode (phone, video) with a list of phrases`);
    for (const w of words) trie.add(phraseKeys(String(w)), mode);
  }
  return trie;
}

/** Modes a meeting can be held in from afar. */
const REMOTE_MODES = new Set(['phone', 'video']);

/** One variant of a face-to-face meeting per remote mode the pack names; undefined when it names none. */
function remoteVariants(base: Trigger, raw: unknown): ReadonlyMap<string, Trigger> | undefined {
  if (raw === undefined || raw === null || typeof raw !== 'object') return undefined;
  const variants = new Map<string, Trigger>();
  for (const mode of Object.keys(raw)) variants.set(mode, makeTrigger({ ...base, mode }));
  return variants.size > 0 ? variants : undefined;
}

/**
 * Every trigger with the same fields in the same order, variants and `none` included even when absent: the
 * scans read triggers at every hit, and one object shape keeps those reads monomorphic.
 */
function makeTrigger(t: Trigger): Trigger {
  return {
    phrase: t.phrase, plover: t.plover, cameo: t.cameo, mode: t.mode, pattern: t.pattern, noun: t.noun, objectPrep: t.objectPrep,
    passive: t.passive, active: t.active, needsTarget: t.needsTarget, content: t.content, needsWeapon: t.needsWeapon, needsDeparture: t.needsDeparture, objectWords: t.objectWords, notObjectWords: t.notObjectWords, negating: t.negating,
    state: t.state, hosting: t.hosting, none: t.none, money: t.money, arms: t.arms, force: t.force, riot: t.riot, departure: t.departure, envoy: t.envoy, ultimatum: t.ultimatum, allegation: t.allegation, admission: t.admission, complaint: t.complaint, censure: t.censure, orElse: t.orElse, remote: t.remote, courtesy: t.courtesy,
  };
}

/** "refused", "menolak": a word of the phrase is a negation cue. */
function negates(phrase: string, negated: PhraseTrie<true>): boolean {
  return phraseKeys(phrase).some((w) => negated.hasWord(w));
}

function compileTopics(file: TopicFile): PhraseTrie<string[]> {
  const trie = createPhraseTrie<string[]>();
  const add = (label: string, words: unknown[] | undefined) => {
    for (const w of words ?? []) {
      const keys = phraseKeys(String(w));
      const hit = trie.longest(keys, 0);
      if (hit && hit.length === keys.length) hit.value.push(label);
      else trie.add(keys, [label]);
    }
  };
  for (const [label, words] of Object.entries(file?.contexts ?? {})) add(label, words);
  for (const [label, words] of Object.entries(file?.issues ?? {})) add(label, words);
  return trie;
}

function list(obj: Record<string, unknown>, key: string): string[] {
  const v = obj[key];
  return Array.isArray(v) ? v.map(String) : [];
}

function wordSet(words: string[]): Set<string> {
  return new Set(words.map((w) => phraseKeys(w).join(' ')));
}

/** Phrases with their counts of days ("a day": 1), keyed as the words they match are. */
function dayCounts(raw: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  if (raw && typeof raw === 'object') for (const [phrase, days] of Object.entries(raw)) if (typeof days === 'number') counts.set(phraseKeys(phrase).join(' '), days);
  return counts;
}

/** The pack's `media` (a name may follow them) and `reportVerbs` (none does) in one trie. */
function mediaCues(cues: Record<string, unknown>): PhraseTrie<boolean> {
  const trie = createPhraseTrie<boolean>();
  for (const w of list(cues, 'media')) trie.add(phraseKeys(w), true);
  for (const w of list(cues, 'reportVerbs')) trie.add(phraseKeys(w), false);
  return trie;
}

function phraseSet(words: string[]): PhraseTrie<true> {
  const trie = createPhraseTrie<true>();
  for (const w of words) trie.add(phraseKeys(w), true);
  return trie;
}
