import type { Actor, ActorKind, Doc, Mention, PlaceMention, Sentence, Token } from '../../core/doc.js';
import { identityMap } from '../../core/offset-map.js';

/** An actor for a hand-built test Doc, with the surface forms that name it. */
export interface TestActor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  code?: string;
  /** Surface forms naming the actor as an agent ("Vladimir Putin", "Putin"). */
  names: string[];
  /** Surface forms used as adjectives ("Russian"). */
  modifiers?: string[];
}

/** Options of `makeTestDoc`. */
export interface TestDocOptions {
  lang?: string;
  published?: string | null;
  /** The first line is the headline. */
  title?: boolean;
  actors?: TestActor[];
  /** Event places: surface form → place (all `role: 'event'`). */
  places?: Record<string, { name: string; country: string; lat: number; lon: number }>;
  id?: string;
}

/**
 * Builds a Doc the way the earlier stages would, with naive sentence splitting, tokens and
 * mentions found by exact surface forms: for testing the events stage in isolation.
 */
export function makeTestDoc(text: string, options: TestDocOptions = {}): Doc {
  const doc: Doc = {
    id: options.id ?? 'test', input: { sourcePath: null, format: 'txt' }, raw: text, text, toRaw: identityMap(),
    title: null, published: options.published ?? null, diagnostics: [], lang: options.lang ?? 'en',
    paragraphs: [], sentences: [], tokens: [], mentions: [], actors: [], dates: [], places: [],
  };
  let offset = 0;
  text.split('\n').forEach((line, pi) => {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') return;
    const paragraph = doc.paragraphs!.length;
    const isTitle = options.title === true && pi === 0;
    doc.paragraphs!.push(isTitle ? { start, end: start + line.length, title: true } : { start, end: start + line.length });
    if (isTitle) doc.title = line;
    for (const m of line.matchAll(/[^.!?]+(?:[.!?]+["”]?|$)/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const s: Sentence = { start: start + m.index + lead, end: start + m.index + m[0].trimEnd().length, paragraph };
      if (s.end <= s.start) continue;
      if (isTitle) s.title = true;
      doc.sentences!.push(s);
    }
  });
  doc.sentences!.forEach((s, si) => {
    for (const m of text.slice(s.start, s.end).matchAll(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)) {
      const start = s.start + m.index;
      const t: Token = { start, end: start + m[0].length, norm: norm(m[0]), kind: /^\p{N}/u.test(m[0]) ? 'number' : /[\p{L}]/u.test(m[0]) ? 'word' : 'punct', upper: /^\p{Lu}/u.test(m[0]), sentence: si };
      doc.tokens!.push(t);
    }
  });
  addMentions(doc, options.actors ?? []);
  for (const [form, place] of Object.entries(options.places ?? {})) {
    for (const at of occurrences(text, form)) {
      const sentence = doc.sentences!.findIndex((s) => s.start <= at && at < s.end);
      const p: PlaceMention = { start: at, end: at + form.length, text: form, ...place, kind: 'city', sentence, role: 'event' };
      doc.places!.push(p);
    }
  }
  return doc;
}

function addMentions(doc: Doc, actors: TestActor[]): void {
  const found: Array<Mention & { actor: number }> = [];
  const taken: boolean[] = [];
  const forms = actors.flatMap((a, ai) => [
    ...a.names.map((f) => ({ f, ai, modifier: false })),
    ...(a.modifiers ?? []).map((f) => ({ f, ai, modifier: true })),
  ]).sort((x, y) => y.f.length - x.f.length);
  for (const { f, ai, modifier } of forms) {
    for (const at of occurrences(doc.text, f)) {
      if (taken.slice(at, at + f.length).some(Boolean)) continue;
      for (let k = at; k < at + f.length; k++) taken[k] = true;
      const sentence = doc.sentences!.findIndex((s) => s.start <= at && at < s.end);
      const m: Mention & { actor: number } = { start: at, end: at + f.length, text: f, actorIds: [actors[ai]!.id], resolution: 'name', sentence, actor: ai };
      if (modifier) m.modifier = true;
      found.push(m);
    }
  }
  found.sort((a, b) => a.start - b.start);
  doc.mentions = found.map(({ actor: _actor, ...m }) => m);
  doc.actors = actors.map((a): Actor => ({
    id: a.id, name: a.name, kind: a.kind, country: a.country, role: null, code: a.code ?? a.country,
    mentions: doc.mentions!.flatMap((m, i) => (m.actorIds[0] === a.id ? [i] : [])),
  }));
}

/** Word-bounded, case-sensitive occurrences of `form`. */
function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + form.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(i);
  }
  return out;
}

function norm(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
