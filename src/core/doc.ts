import type { Diagnostic } from './diagnostic.js';
import type { OffsetMap } from './offset-map.js';
import type { Span } from './span.js';

/** ISO 639-1 language code (`en`, `id`). */
export type LangCode = string;

/** Where an article came from and what its record said about itself. */
export interface InputMeta {
  /** File path, `-` for standard input, or null for in-memory input. */
  sourcePath: string | null;
  /** 1-based line number in a `.jsonl` file, or index in a `.json` array (0-based). */
  line?: number;
  /** The record's own id, when it had one. */
  recordId?: string;
  format: 'txt' | 'html' | 'json' | 'jsonl';
  /** Title given by the record or the HTML (not guessed from the text). */
  title?: string;
  url?: string;
  /** The outlet: the record's `source`, else the URL's host. */
  source?: string;
  /** Publication date as given (record, HTML metadata or `--published`), before validation. */
  publishedRaw?: string;
  /** Language given by the record or `--lang`. */
  lang?: string;
  /** Language the page declares (`<html lang>`): it only decides between close languages (Indonesian or Malay). */
  langHint?: string;
}

/** One article as a reader hands it to the pipeline. */
export interface ArticleInput {
  meta: InputMeta;
  /**
   * The article as plain text (HTML already reduced to text). When the record or the HTML gives a
   * title, `raw` starts with it followed by a blank line, so the headline has offsets like any text.
   */
  raw: string;
  /** What reading noticed (charset fallback, ignored fields). */
  diagnostics: Diagnostic[];
}

/** An input that could not become an article, with the reason. */
export interface Rejection {
  meta: InputMeta;
  /** Human-readable label: path, path:line, or id. */
  label: string;
  diagnostics: Diagnostic[];
}

/** A paragraph of the cleaned text. The title, when there is one, is paragraph 0 with `title: true`. */
export interface Paragraph extends Span {
  title?: boolean;
  /** A line between the headline and the body, a timestamp or byline: page furniture, in no sentence. */
  stamp?: boolean;
}

/** A sentence of the cleaned text. */
export interface Sentence extends Span {
  /** Index into `Doc.paragraphs`. */
  paragraph: number;
  /** True for the headline. */
  title?: boolean;
}

/** A token of the cleaned text. */
export interface Token extends Span {
  /** Lower-cased, diacritics-stripped form used for matching. */
  norm: string;
  kind: 'word' | 'number' | 'punct';
  /** First character is an upper-case letter. */
  upper: boolean;
  /** Index into `Doc.sentences`. */
  sentence: number;
}

/** The leading dateline (`JAKARTA, KOMPAS.com -`, `Islamabad, 20 March 2023 (TDI):`). */
export interface Dateline extends Span {
  /** The place as written (`JAKARTA`, `Islamabad`). */
  place?: Span;
  /** The date as written, if any. */
  date?: Span;
  /** The outlet as written (`KOMPAS.com`, `TDI`). */
  outlet?: string;
}

/** One candidate of language identification. */
export interface LangScore {
  lang: LangCode;
  score: number;
}

/** Kinds of actor the contract knows. */
export type ActorKind = 'person' | 'country' | 'organization' | 'group';

/** A role held on the article's date. */
export interface Role {
  title: string;
  /** CAMEO/PLOVER sector (`GOV`, `MIL`, `DIP`…) or null. */
  sector: string | null;
}

/** How a mention was tied to its actor(s). */
export type Resolution =
  | 'name' // a full name or alias from the actor data: "Vladimir Putin", "Tiongkok"
  | 'title' // an unknown person introduced by title: "Chinese Premier Li Qiang"
  | 'partial-name' // a surname or given name of an actor already seen: "Putin", "Xi"
  | 'role' // a role description resolved on the date: "the Chinese president"
  | 'metonym' // a seat of power or capital acting: "the Kremlin said", "Beijing warned"
  | 'group' // a plural referring to the actors in focus: "the two leaders", "kedua pemimpin"
  | 'pronoun'; // "he", "ia", "beliau"

/** One mention of one or more actors in the cleaned text. */
export interface Mention extends Span {
  text: string;
  /** Canonical actor ids; more than one only for group mentions. */
  actorIds: string[];
  resolution: Resolution;
  /** Index into `Doc.sentences`. */
  sentence: number;
  /** The mention is an adjective or demonym ("Russian", "Tiongkok" as modifier) rather than an agent. */
  modifier?: boolean;
  /** Confidence of the resolution in [0, 1]. */
  confidence?: number;
  /** CAMEO actor code this mention stands for when it differs from the actor's (`the Kremlin` → `RUSGOV`). */
  code?: string;
  /** Role this mention names, as a role key (`president`), when the mention is a title or role phrase. */
  roleKey?: string;
}

/** A canonical actor found in the article. */
export interface Actor {
  /** Persons and organisations: a slug; countries: ISO 3166-1 alpha-3. */
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO3 of the actor's country, or null (IGOs). */
  country: string | null;
  /** Role on the article's date, or null. */
  role: Role | null;
  /** CAMEO actor code on the article's date (`RUSGOV`, `CHN`, `IGOUNO`), or null. */
  code: string | null;
  /** Indexes into `Doc.mentions`. */
  mentions: number[];
}

/** Precision of a date value. */
export type DatePrecision = 'day' | 'month' | 'year';

/** Where a date came from. */
export type DateBasis = 'explicit' | 'dateline' | 'relative' | 'published' | 'none';

/** A temporal expression in the text, resolved as far as the evidence allows. */
export interface DateMention extends Span {
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when it cannot be resolved (e.g. no year known). */
  value: string | null;
  precision: DatePrecision | null;
  basis: DateBasis;
  /** For ranges (`7-10 May`): the last day, same format as `value`. */
  until?: string;
  /** Month (and day) known without a year, with no publication date to pick one: `--MM-DD` (`8 Mei`), `--MM` (`in March`). */
  partial?: string;
  /** Index into `Doc.sentences`, or -1 for the dateline. */
  sentence: number;
  /** The date refers to the future of the publication date. */
  future?: boolean;
  /**
   * A year-less day and month the nearest-year rule put after the publication day, in a clause with no
   * future cue (`met on March 10` in October): the reading a year earlier, which an event that has happened takes.
   */
  earlier?: string;
  /** The date sits in a background clause (`since the election in July`, `previously met … in February`, `had phoned … on Monday`): the span from the clause's cue to the sentence's end. Only an event inside that span takes it. */
  background?: Span;
  /** The date is when something was said (`state media said on Thursday`): the reporting verb. An event outside the verb's clause takes it last. */
  reporting?: Span;
  /** The date's sentence opens by referring back to an event (`The remarks were made on Wednesday`, `Ancaman itu disampaikan pada Minggu`). */
  restated?: boolean;
}

/** Kinds of place. */
export type PlaceKind = 'city' | 'country' | 'landmark' | 'region';

/** A place mention resolved against the gazetteer. */
export interface PlaceMention extends Span {
  text: string;
  /** Canonical English name (`Moscow`). */
  name: string;
  kind: PlaceKind;
  /** ISO3 country code. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** Index into `Doc.sentences`, or -1 for the dateline. */
  sentence: number;
  /** `event`: a place where something happened ("in Moscow"); `dateline`: where the reporter was; `mention`: other. */
  role: 'event' | 'dateline' | 'mention';
  /** Gazetteer id when known (GeoNames id). */
  geonameId?: number;
  /** For `kind: 'landmark'`: the landmark's English name (`Kremlin`); `name` is then the place it stands in. */
  landmark?: string;
}

/** A reference to an actor as events and quotes carry it (the contract's ActorRef). */
export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  /** CAMEO actor code on the event's date. */
  code: string | null;
}

/** Event location (the contract's shape). */
export interface EventLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** Whether an event happened. */
export type Modality = 'actual' | 'planned' | 'negated';

/** One coded event, in the contract's field names. */
export interface Event {
  id: string;
  main: boolean;
  plover: string;
  mode: string | null;
  cameo: string;
  cameo_root: string;
  quad: number;
  goldstein: number;
  source: ActorRef | null;
  target: ActorRef | null;
  participants: ActorRef[];
  date: string | null;
  date_precision: DatePrecision | null;
  date_basis: DateBasis;
  location: EventLocation | null;
  evidence: Array<{ sentence: string; start: number; end: number }>;
  confidence: number;
  modality: Modality;
  /** PLOVER contexts and named issues discussed. */
  topics: string[];
  /** Both sides act alike (talks, agreements): source and target are interchangeable. */
  reciprocal?: boolean;
}

/** A direct quote. */
export interface Quote extends Span {
  speaker: ActorRef | null;
  text: string;
}

/**
 * One article moving through the pipeline. Stages add layers; after `clean`, nobody
 * rewrites `text` or another stage's layer.
 */
export interface Doc {
  id: string;
  input: InputMeta;
  /** The article as the reader gave it; never changes. */
  raw: string;
  /** Cleaned text: headline (if any) as the first paragraph, then the body. Set once by `clean`. */
  text: string;
  /** Maps offsets in `text` back to `raw`. */
  toRaw: OffsetMap;
  /** The headline, when known. */
  title: string | null;
  /** `YYYY-MM-DD` when a valid publication date is known. */
  published: string | null;
  diagnostics: Diagnostic[];

  paragraphs?: Paragraph[];
  dateline?: Dateline | null;
  lang?: LangCode;
  langScores?: LangScore[];
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: Mention[];
  actors?: Actor[];
  dates?: DateMention[];
  places?: PlaceMention[];
  events?: Event[];
  quotes?: Quote[];
}
