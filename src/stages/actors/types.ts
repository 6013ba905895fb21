import type { ActorKind } from '../../core/doc.js';

/** One role key of `data/actors/roles.yml`. */
export interface RoleDef {
  key: string;
  title: string;
  sector: string;
  head: boolean;
  /** Held abroad (ambassadors): the dateline's country, where the holder is posted, is no guess at theirs. */
  posted: boolean;
  /** Other keys a title with this key also names ("leader" → president). */
  matches: string[];
  /** Position in roles.yml: lower wins when a person holds several roles on one date. */
  rank: number;
}

/** A dated role of a person (people files, agreed format). */
export interface PersonRole {
  role: string;
  from?: string | undefined;
  to?: string | undefined;
  org?: string | undefined;
  code?: string | undefined;
  sector?: string | undefined;
}

/** A person of `data/actors/people/*.yml`. */
export interface PersonDef {
  id: string;
  name: string;
  country: string | null;
  gender: 'm' | 'f' | null;
  aliases?: string[] | undefined;
  family_first?: boolean | undefined;
  roles: PersonRole[];
  /** `aliases_<lang>` lists, by language code. */
  langAliases: Record<string, string[]>;
  /** File the person came from (for messages). */
  file: string;
}

/** A country of `data/actors/countries.tsv`. */
export interface CountryDef {
  iso3: string;
  cameo: string;
  name: string;
  capital: string;
}

/** An organisation of `data/actors/organizations.yml`. */
export interface OrgDef {
  id: string;
  name: string;
  code: string;
  country: string | null;
  aliases: string[];
}

/** A body every country has ("{country} Foreign Ministry"). */
export interface InstitutionDef {
  key: string;
  name: string;
  sector: string;
  /** `country`: the phrase stands for the country itself ("the Russian government" → RUS, RUSGOV). */
  as?: 'country';
}

/** All language-independent actor data, loaded once. */
export interface ActorData {
  roles: Map<string, RoleDef>;
  countries: Map<string, CountryDef>;
  orgs: Map<string, OrgDef>;
  institutions: Map<string, InstitutionDef>;
  people: Map<string, PersonDef>;
  /** Language of the organisations' `name` fields (organizations.yml `name_language`), or null. */
  orgNameLanguage: string | null;
}

/** What a matched phrase means. */
export type Entry =
  | { type: 'actor'; id: string; kind: ActorKind; alias: 'name' | 'short' | 'adjective' | 'demonym' | 'alias'; partial?: boolean }
  | { type: 'partial'; ids: string[] }
  | { type: 'title'; role: string; country?: string; slot?: 'country' | 'org' }
  | { type: 'institution'; key: string; country?: string; slot?: 'country' | 'org' }
  | { type: 'seat'; country: string; kind: 'seat' | 'capital' }
  | { type: 'pronoun'; gender: 'm' | 'f' | null; object: boolean }
  | { type: 'group'; refers: 'person' | 'country' | 'any'; roles: string[] | 'head' | null }
  | { type: 'block' };

/** Context rules for an ambiguous alias (actor-false-positives.yml). */
export interface AliasRule {
  introduced?: boolean;
  exact?: string;
  notBefore?: Set<string>;
  notAfter?: Set<string>;
}
