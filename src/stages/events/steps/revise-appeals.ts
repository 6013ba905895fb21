import type { Candidate, Party } from '../types.js';
import { isPunct, type ScanContext } from './arguments-scan.js'; 

/**
 * The CAMEO appeal for an act of each root (CAMEO 1.1b3: 021 material cooperation, 022 diplomatic
 * cooperation, 023 aid, 025 yielding, 026 meeting or negotiating, 028 mediation).
 */
const APPEAL_FOR: Record<string, string> = { '04': '026', '045': '028', '05': '022', '06': '021', '07': '023', '08': '025' };

/** Words from an appeal's trigger to the act it asks for ("urged the Israeli government to"). */
const APPEAL_REACH = 8;

/**
 * "the senate asked the president to help Chile", "Chile wants Peru to bomb the camps": the act asked for is what the
 * appeal or demand is about, not an event of its own (CAMEO and PLOVER code the appeal only). A plain
 * appeal (020) takes the code of what it asks for (023 for aid). Returns the candidates to drop.
 */
export function readAppeals(ctx: ScanContext, found: readonly Candidate[]): Candidate[] {
  const { view, lex } = ctx;
  const dropped: Candidate[] = [];
  for (const a of found) {
    if (!appealOrDemand(a.trigger.cameo) || a.reciprocal || a.modality === 'negated') continue;
    const c = firstFrom(found, a.to);
    if (!c || c.trigger.noun || c.from - a.to > APPEAL_REACH || c.modality !== 'planned' || !lex.purposeMarkers.has(view.words[c.from - 1]!)) continue;
    let named = false;
    let clean = true;
    for (let k = a.to; k < c.from - 1; k++) {
      const w = view.words[k]!;
      if (isPunct(w) || lex.clauseBreaks.has(w)) clean = false;
      if (a.target.some((t) => t.mention === view.mention[k])) named = true;
    }
    // "asked the president to help Chile": an object the article names no actor for is still who is asked
    if (!clean || !(named || (a.target.length === 0 && c.from - 1 > a.to))) continue;
    dropped.push(c);
    const code = APPEAL_FOR[c.trigger.cameo.slice(0, 3)] ?? APPEAL_FOR[c.trigger.cameo.slice(0, 2)];
    if (a.trigger.cameo === '020' && code) a.trigger = { ...a.trigger, cameo: code };
  }
  return dropped;
}

/** The code's root is 02 (appeal) or 10 (demand): read for every candidate, so no root string is cut. */
function appealOrDemand(cameo: string): boolean {
  const a = cameo.charCodeAt(0);
  const b = cameo.charCodeAt(1);
  return (a === 48 && b === 50) || (a === 49 && b === 48);
}

/** The first candidate starting at or after word `from` (a loop, not a closure: this runs per candidate). */
function firstFrom(found: readonly Candidate[], from: number): Candidate | undefined {
  for (const x of found) if (x.from >= from) return x;
  return undefined;
}

/** PLOVER types of the acts a threat threatens: force, coercion and sanctions. */
const THREATENED = new Set(['ASSAULT', 'COERCE', 'SANCTION']);

/**
 * The source of the act told right after a threat in a framing clause ("after Estonia expels …", "setelah Prancis,
 * Jerman dan Inggris memicu …"), when it is another side than the threatener's; none otherwise.
 */
function provoker(ctx: ScanContext, threat: Candidate, next: Candidate | undefined): Party[] {
  if (!next || next.source.length === 0 || next.carried || next.source.some((p) => threat.source.some((q) => q.actorId === p.actorId))) return threat.target;
  for (let k = threat.to; k < next.from; k++) if (ctx.lex.framingLinks.has(ctx.view.words[k]!)) return next.source;
  return threat.target;
}

/** The plain threat (130) and its code when the act threatened is force (138). */
const PLAIN_THREAT = '130';
const THREAT_OF_FORCE = '138';

/**
 * "Pakistan warned India that any attempt to divert the water would be considered an act of war": the threatener's
 * own hostile acts told after a threat in its sentence, up to the next statement or threat, are what it threatens, not
 * events of their own, up to a predicate of their own after a comma or "and"; a plain threat of force takes the code
 * of a threat of force, and the threatened act's target when it names none. Returns the candidates to drop.
 */
export function readThreats(ctx: ScanContext, found: readonly Candidate[]): Candidate[] {
  const { view, lex } = ctx;
  const dropped: Candidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const t = found[i]!;
    if (t.trigger.plover !== 'THREATEN' || t.modality === 'negated' || t.source.length === 0) continue;
    // "Moscow vows response after Estonia expels Russian diplomat": who did what the threat answers is threatened
    if (t.target.length === 0) t.target = provoker(ctx, t, found[i + 1]);
    for (let j = i + 1; j < found.length; j++) {
      const c = found[j]!;
      if (c.trigger.pattern === 'speech' || c.trigger.plover === 'THREATEN') break;
      // "…, suspends trade and closes airspace": a predicate of its own after a comma or "and" is done, not threatened
      const before = c.from > 0 ? view.words[c.from - 1]! : '';
      if (before === ',' || before === ';' || lex.coordinators.hasWord(before)) break;
      if (!THREATENED.has(c.trigger.plover) || !(c.source.length === 0 || c.carried || c.source.every((p) => t.source.some((q) => q.actorId === p.actorId)))) continue;
      dropped.push(c);
      if (t.trigger.cameo === PLAIN_THREAT && c.trigger.plover === 'ASSAULT') t.trigger = { ...t.trigger, cameo: THREAT_OF_FORCE };
      // "threatened to strike South Korea": who the act would hit is who is threatened
      if (t.target.length === 0 && c.target.length > 0) t.target = c.target;
    }
  }
  return dropped;
}
