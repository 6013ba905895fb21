/**
 * Builds `data/lang/en/agents.tsv`, the English generic agents of the actors stage ("rebels", "a court",
 * "lawmakers"), from the Phoenix agent dictionary (openeventdata/phoenix_pipeline, MIT) as flattened in
 * the shared reference folder (`agents_cameo_phoenix.tsv`: phrase, CAMEO sector, source pattern).
 * Only the clear, frequent agent nouns picked below are kept, with the sector the reference gives them;
 * plurals are added where the reference lists only the singular. Run: `npx tsx scripts/import-agents.ts
 * [path/to/shared/reference]`. Skips with a message (exit 0) when the reference folder is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * How a kept phrase may be used: `bare` also stands without a country (GDELT `REB`), `focus` takes the
 * article's one focus country when it names none ("the government"), `country` needs a country.
 */
type Use = 'bare' | 'focus' | 'owned' | 'country';

/** Phrases kept from the reference (singular as the reference has them), by use. */
const KEEP: Record<Use, string[]> = {
  bare: [
    'rebel', 'insurgent', 'guerrilla', 'separatist', 'rebel group', 'insurgent group', 'separatist rebel', 'militant',
    'gunman', 'gunmen', 'militiaman', 'militiamen', 'jihadist', 'terrorist', 'protester', 'demonstrator', 'rioter',
    'activist', 'dissident', 'policeman', 'policemen', 'police officer', 'lawmaker', 'legislator', 'parliamentarian',
    'soldier', 'troop', 'civilian', 'villager', 'student', 'journalist', 'refugee', 'kidnapper', 'pirate', 'smuggler',
    'drug trafficker', 'gangster', 'cleric',
  ],
  focus: ['government', 'regime', 'junta', 'army', 'navy', 'court', 'parliament', 'legislature', 'cabinet', 'government forces', 'government troops', 'militia', 'congress', 'senate'],
  // "the foreign ministry said": the ministry of the country the article is about; with none, no mention
  owned: ['foreign ministry', 'foreign affairs ministry', 'ministry of foreign affairs', 'foreign office', 'interior ministry'],
  country: ['government official', 'diplomat', 'judge', 'prosecutor', 'security force', 'resident', 'citizen', 'teacher', 'worker', 'reporter', 'businessman', 'businessmen', 'doctor', 'farmer', 'fisherman', 'fishermen', 'opposition party', 'opposition activist', 'opposition supporter', 'opposition coalition',
    // "two Brazilian men" (PPL), "Iraq's national security adviser" (GOVMIL), "the US commander" (MIL)
    'men', 'women', 'commander', 'national security adviser', 'national security advisor',
    // "Israeli air force", "Syrian rights group", "Palestinian children"
    'children', 'air force', 'border guard', 'coast guard', 'paramilitary', 'rights group', 'human rights activist',
    'medic', 'detainee', 'intelligence agent', 'spy', 'trade union', 'senator',
    // "the mayor of Arica", "a Chilean governor" (GOV): officials of a city or a province are the state's
    'mayor', 'governor',
    // "Malaysia Airlines", "a Turkish airline" (BUS): a country's carrier is one of its businesses
    'airline'],
};

/** Phrases that are their own plural or name a body ("police", "the army"). */
const INVARIABLE = new Set(['police', 'militia', 'army', 'navy', 'government', 'regime', 'junta', 'opposition', 'court', 'parliament', 'legislature', 'cabinet', 'government forces', 'government troops', 'congress', 'senate', 'children', 'air force', 'ministry of foreign affairs']);

/** Words joining a country after the agent ("rebels in Syria", "a court of Guyana", "troops from Russia"). */
const LINKS = ['in', 'of', 'from'];

/** English names of the sectors kept, for canonical group names ("Rebels (Syria)"). */
const SECTORS: Record<string, string> = {
  REB: 'Rebels', UAF: 'Armed group', OPP: 'Opposition', COP: 'Police', LEG: 'Legislature', MIL: 'Military', GOV: 'Government',
  JUD: 'Judiciary', CVL: 'Civilians', EDU: 'Students', MED: 'Media', REF: 'Refugees', CRM: 'Criminals', REL: 'Clergy',
  LAB: 'Labour', BUS: 'Business', HLH: 'Health', AGR: 'Agriculture', PPL: 'People', GOVMIL: 'Security officials',
  HRI: 'Human rights group', SPY: 'Intelligence',
};

function plural(phrase: string): string {
  if (/man$/.test(phrase)) return phrase.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(phrase)) return phrase.replace(/y$/, 'ies');
  return `${phrase}s`;
}

function main(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const refDir = process.argv[2] ?? join(root, '..', 'shared', 'reference');
  const file = join(refDir, 'agents_cameo_phoenix.tsv');
  if (!existsSync(file)) {
    process.stdout.write(`import-agents: skipped: "${file}" not found (the shared reference folder is absent)\n`);
    return;
  }
  const sector = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [phrase, code] = line.split('\t');
    if (!phrase || !code) continue;
    // "gunman {}", "thief {thieves}": a brace holds the plural, empty when the form needs none
    const bare = phrase.replace(/\s*\{[^}]*\}\s*$/, '');
    if (!sector.has(bare)) sector.set(bare, code); // first sector wins ("security force": COP)
  }
  const rows: string[] = [];
  const seen = new Set<string>();
  const add = (phrase: string, code: string, use: Use) => {
    if (!seen.has(phrase)) seen.add(phrase), rows.push(`${phrase}\t${code}\t${use}`);
  };
  for (const use of ['bare', 'focus', 'owned', 'country'] as const) {
    for (const phrase of use === 'bare' ? [...KEEP.bare, 'police'] : KEEP[use]) {
      const code = sector.get(phrase);
      if (!code) throw new Error(`import-agents: "${phrase}" is not in the reference`);
      const variable = !INVARIABLE.has(phrase) && !/m[ae]n$/.test(phrase);
      // a bare singular is mostly a modifier ("a terrorist attack", "refugee camps"): only with a country
      add(phrase, code, use === 'bare' && variable ? 'country' : use);
      if (variable) add(plural(phrase), code, use);
    }
  }
  const out = join(root, 'data', 'lang', 'en', 'agents.tsv');
  writeFileSync(out, header() + rows.join('\n') + '\n' + directives());
  process.stdout.write(`import-agents: wrote ${rows.length} agent phrases to data/lang/en/agents.tsv\n`);
}

function header(): string {
  return `# Generic agents in English: nouns for kinds of actors, coded as country + CAMEO sector ("Syrian rebels"
# → SYRREB). GENERATED by scripts/import-agents.ts: do not edit by hand.
# Source: Phoenix agent dictionary (openeventdata/phoenix_pipeline, (c) Open Event Data Alliance, MIT
# licence), via agents_cameo_phoenix.tsv; selection, plurals and uses by the readout authors (MIT). Date: ${new Date().toISOString().slice(0, 7)}.
# Columns: phrase, sector, use (bare: may stand without a country; focus: takes the article's focus
# country when it names none, else stands alone; owned: takes it too, else is no mention; country: needs a country).
# Directive rows: @link <word> (a country, or a capital, after it belongs to the agent), @sector <code> <English name>.
phrase\tsector\tuse
`;
}

function directives(): string {
  return [...LINKS.map((w) => `@link\t${w}`), ...Object.entries(SECTORS).map(([c, n]) => `@sector\t${c}\t${n}`)].join('\n') + '\n';
}

main();
