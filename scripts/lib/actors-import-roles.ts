/**
 * Which source titles map cleanly to a people-file role key. Only exact, single-post titles are
 * mapped: `Minister of Foreign Affairs` yes, `Minister of Foreign Affairs & Secretary, Security
 * Council` no (CountryInfo joins posts held at different times), and acting holders are left out.
 */

/** CountryInfo "Leaders" block titles (heads of state and government). */
const LEADERS: Record<string, string> = {
  'presidents': 'president', 'president': 'president',
  'prime ministers': 'prime-minister', 'prime minister': 'prime-minister', 'premiers': 'prime-minister',
  'chairmen of the council of ministers (prime_ministers': 'prime-minister',
  'kings': 'monarch', 'queens': 'monarch', 'sultans': 'monarch', 'emirs': 'monarch', 'emperors/empresses': 'monarch',
  'chancellors': 'chancellor',
  'vice-presidents': 'vice-president',
};

/** CountryInfo "Government" (cabinet) titles. Heads come from the Leaders block instead. */
const CABINET: Record<string, string> = {
  'minister of foreign affairs': 'foreign-minister', 'minister for foreign affairs': 'foreign-minister',
  'minister of foreign relations': 'foreign-minister', 'secretary of foreign affairs': 'foreign-minister',
  'secretary of foreign relations': 'foreign-minister', 'minister of external affairs': 'foreign-minister',
  'secretary of state for foreign and commonwealth affairs': 'foreign-minister',
  'minister of foreign affairs and international cooperation': 'foreign-minister',
  'minister of foreign affairs and trade': 'foreign-minister', 'minister of foreign and european affairs': 'foreign-minister',
  'minister of foreign affairs and emigrants': 'foreign-minister',
  'minister of defense': 'defence-minister', 'minister of national defense': 'defence-minister',
  'minister for defense': 'defence-minister', 'secretary of national defense': 'defence-minister',
  'secretary of state for defense': 'defence-minister', 'minister of defence': 'defence-minister',
  'minister of finance': 'finance-minister', 'secretary of finance': 'finance-minister',
  'chancellor of the exchequer': 'finance-minister', 'minister of economy and finance': 'finance-minister',
  'minister of interior': 'interior-minister', 'minister of the interior': 'interior-minister',
  'minister of internal affairs': 'interior-minister', 'minister of home affairs': 'interior-minister',
  'vice president': 'vice-president', 'first vice president': 'vice-president',
  'deputy prime minister': 'deputy-prime-minister', 'deputy premier': 'deputy-prime-minister',
  'first deputy prime minister': 'deputy-prime-minister', 'first deputy premier': 'deputy-prime-minister',
  'vice premier': 'deputy-prime-minister', 'vice premier, state council': 'deputy-prime-minister',
  'governor, central bank': 'central-bank-governor', 'president, central bank': 'central-bank-governor',
  'minister of commerce': 'trade-minister', 'minister of trade': 'trade-minister', 'minister of foreign trade': 'trade-minister',
};

/** The role key for a source title, or undefined when it does not map cleanly. */
export function roleKeyOf(title: string, block: 'leaders' | 'cabinet'): string | undefined {
  const t = title.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t.includes('&') || t.includes('acting')) return undefined;
  return (block === 'leaders' ? LEADERS : CABINET)[t];
}
