import type { ArticleContext } from '../context.js';
import type { SharedName } from '../read-pack-lists.js';
import { makeFinal, makeMatch, type Final, type SlotFill } from '../token-trie.js';

/**
 * Gives each short name several countries share ("Congo", shared-country-names.tsv) the one country the
 * article names unambiguously: "the Democratic Republic of Congo … eastern Congo" → COD, "Brazzaville …
 * Congo" → COG. An article naming both, or neither, gets the name's default, its first country. The scan's
 * matches are rewritten before any step reads them, so that titles ("Congo's Foreign Minister"), names and
 * references all meet one country. One pass over the article's matches, and only for packs that list a name.
 */
export function resolveSharedNames(ctx: ArticleContext): void {
  const shared = ctx.lex.sharedNames;
  if (shared.list.length === 0) return;
  const { matches } = ctx;
  let holding: number[] | null = null;
  let named: Set<string> | null = null;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    let holds = false;
    const slot = m.slot;
    if (slot !== undefined && slot.kind === 'country' && shared.countries.has(slot.id)) {
      if (sharedNameAt(ctx, slot.start, slot.end)) holds = true;
      else (named ??= new Set()).add(slot.id);
    }
    for (const f of m.finals) {
      const id = countryOf(f);
      if (id === null || !shared.countries.has(id)) continue;
      // "Congo" itself names no one country; "DR Congo", "Kinshasa" and "Republic of the Congo" do
      if (f.entry.type === 'actor' && sharedNameAt(ctx, m.start, m.end)) holds = true;
      else (named ??= new Set()).add(id);
    }
    if (holds) (holding ??= []).push(k);
  }
  if (holding === null) return;
  for (const k of holding) {
    const m = matches[k]!;
    const slot = m.slot === undefined ? undefined : resolveSlot(ctx, m.slot, named);
    const byName = sharedNameAt(ctx, m.start, m.end);
    const finals = byName ? resolveFinals(m.finals, byName, named) : m.finals;
    if (finals !== m.finals || slot !== m.slot) ctx.matchStarts.replace(makeMatch(m.start, m.end, finals, slot));
  }
}

/** The country a shared name stands for in an article naming `named` unambiguously. */
function chooseCountry(name: SharedName, named: ReadonlySet<string> | null): string {
  let only: string | null = null;
  for (const c of name.countries) {
    if (!named?.has(c)) continue;
    // both named: the article's "Congo" is no clearer than with neither
    if (only !== null) return name.countries[0]!;
    only = c;
  }
  return only ?? name.countries[0]!;
}

/** The shared name the units `[start, end)` spell, if any. */
function sharedNameAt(ctx: ArticleContext, start: number, end: number): SharedName | undefined {
  const { units } = ctx;
  let key = '';
  for (let k = start; k < end; k++) {
    const u = units[k]!;
    if (u.kind === 'punct') continue;
    key = key === '' ? u.norm : `${key} ${u.norm}`;
  }
  return ctx.lex.sharedNames.byKey.get(key);
}

/** The country a meaning names: a country, a seat or capital ("Kinshasa"), a title or body of one country. */
function countryOf(f: Final): string | null {
  const e = f.entry;
  if (e.type === 'actor') return e.kind === 'country' ? e.id : null;
  if (e.type === 'seat') return e.country;
  if (e.type === 'title' || e.type === 'institution') return e.country ?? null;
  return null;
}

function resolveSlot(ctx: ArticleContext, slot: SlotFill, named: ReadonlySet<string> | null): SlotFill {
  const name = slot.kind === 'country' ? sharedNameAt(ctx, slot.start, slot.end) : undefined;
  if (!name || !name.countries.includes(slot.id)) return slot;
  const id = chooseCountry(name, named);
  return id === slot.id ? slot : { kind: slot.kind, id, start: slot.start, end: slot.end };
}

/**
 * Meanings with the country swapped, by the trie's list and the country: the lists are the trie's own, and an
 * article's "Congo" is the same few lists every time.
 */
const resolvedFinals = new WeakMap<readonly Final[], Map<string, readonly Final[]>>();

function resolveFinals(finals: readonly Final[], name: SharedName, named: ReadonlySet<string> | null): readonly Final[] {
  const id = chooseCountry(name, named);
  const swaps = (f: Final) => f.entry.type === 'actor' && f.entry.kind === 'country' && f.entry.id !== id && name.countries.includes(f.entry.id);
  if (!finals.some(swaps)) return finals;
  let byId = resolvedFinals.get(finals);
  if (!byId) resolvedFinals.set(finals, (byId = new Map()));
  let out = byId.get(id);
  if (!out) {
    out = finals.map((f) => {
      if (!swaps(f) || f.entry.type !== 'actor') return f;
      return makeFinal({ ...f.entry, id }, f.needsUpper, f.rule);
    });
    byId.set(id, out);
  }
  return out;
}
