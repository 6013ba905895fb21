import type { Token } from '../../../core/doc.js';
import type { Candidate } from '../types.js';
import { endsWithAny } from '../ends-with-any.js';
import { isPunct, NO_PARTIES, partiesAt, type ScanContext } from './arguments-scan.js';

/** Words allowed between a relative pronoun and its verb ("that has long seized"). */
const RELATIVE_GAP = 2;

/**
 * Relative clauses, read without a parser:
 * - "the cartel that has seized the northern ports": the clause is about a noun the article names
 *   no actor for, so the subject carried from an earlier clause does not act in it (with no target
 *   either, nobody named takes part and the candidate is dropped, which is returned);
 * - "The students detained for … were freed by the police": a participle right after an actor, with
 *   no auxiliary, modifies it; the actor is what the later passive verb acts on, and what the
 *   participle's act was done to;
 * - "a veteran of the party jailed in 2021": a lone participle after a plain noun is about
 *   that noun, so neither the carried subject nor a later actor takes part (dropped, returned);
 * - "Chile said that Sendero had shelled Peru": a reported clause with a named subject of its own that
 *   is no actor is no act of the speaker's ("that they had shelled" still is).
 */
export function readRelativeClauses(ctx: ScanContext, found: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const dropped: Candidate[] = [];
  for (const c of found) {
    if (!c.carried || c.trigger.noun) continue;
    const relative = aboutPlainNoun(ctx, c.from);
    if (!relative && !reportedSubject(ctx, c.from, tokens)) continue;
    c.source = NO_PARTIES;
    c.carried = false;
    // "the zoo that hosts two pandas": nobody the article names takes part ("drones had attacked" is still news)
    if (relative && c.target.length === 0) dropped.push(c);
  }
  for (let i = 1; i < found.length; i++) reducedRelative(ctx, found, i);
  // "a veteran of the party jailed in 2021": a participle after a plain noun is about that noun
  for (const c of found) if (c.carried && !c.trigger.noun && loneParticiple(ctx, c) && plainBefore(ctx, c.from)) dropped.push(c);
  return dropped;
}

/** Words looked back from a reported verb to "that" ("that Sendero had shelled"). */
const REPORT_REACH = 5;

/**
 * Between "that" and word `from`, a capitalised word naming no actor ("that Sendero had shelled"), and no
 * pronoun: "said that the country would host", "said that they had shelled" keep the speaker.
 */
function reportedSubject(ctx: ScanContext, from: number, tokens: readonly Token[]): boolean {
  const { view, lex } = ctx;
  let named = false;
  for (let k = from - 1; k >= Math.max(1, from - REPORT_REACH); k--) {
    const w = view.words[k]!;
    if (view.mention[k]! >= 0 || isPunct(w) || lex.quotePronouns.has(w) || lex.quoteVerbs.has(w)) return false;
    if (lex.relativePronouns.has(w)) return named;
    if (tokens[view.tok[k]!]?.upper === true) named = true;
  }
  return false;
}

/** A one-word participle trigger with no auxiliary, followed by a phrase, not an object ("jailed over …", "imprisoned for …"). */
function loneParticiple(ctx: ScanContext, c: Candidate): boolean {
  const { view, lex } = ctx;
  const first = view.words[c.from]!;
  const next = view.words[c.to] ?? '';
  const before = view.words[c.from - 1] ?? '';
  if (c.to - c.from > 1 || c.from < 1 || lex.passiveAux.has(before) || lex.perfectAux.has(before) || !endsWithAny(first, lex.reducedParticipleEndings)) return false;
  // "wanted to coordinate": a purpose after the verb makes it a finite verb with its own subject
  if (lex.purposeMarkers.has(next)) return false;
  return next === ',' || lex.objectPreps.has(next) || lex.locativePreps.has(next) || lex.topicPreps.has(next) || lex.targetPreps.has(next);
}

/** The word before `from` is a plain word: no actor, pronoun, punctuation, function word or verb of saying. */
function plainBefore(ctx: ScanContext, from: number): boolean {
  const { view, lex } = ctx;
  const w = view.words[from - 1]!;
  return view.mention[from - 1]! < 0 && !isPunct(w) && !lex.quoteVerbs.has(w) && !lex.quotePronouns.has(w) && !lex.coordinators.hasWord(w) && !lex.relativePronouns.has(w) &&
    !lex.objectPreps.has(w) && !lex.locativePreps.has(w) && !lex.topicPreps.has(w) && !lex.purposeMarkers.has(w) && !lex.clauseBreaks.has(w);
}

/** A relative pronoun shortly before word `from` whose antecedent is a plain word, not an actor or a verb of saying. */
function aboutPlainNoun(ctx: ScanContext, from: number): boolean {
  const { view, lex } = ctx;
  for (let k = from - 1; k >= Math.max(1, from - 1 - RELATIVE_GAP); k--) {
    const w = view.words[k]!;
    // "the deal that it signed": a clause with a subject of its own is not about the noun before it
    if (view.mention[k]! >= 0 || isPunct(w) || lex.quotePronouns.has(w)) return false;
    if (!lex.relativePronouns.has(w)) continue;
    const before = view.words[k - 1]!;
    // "said that they had shelled": after a verb, "that" opens what was said, not a relative clause
    return view.mention[k - 1]! < 0 && !isPunct(before) && !lex.quoteVerbs.has(before) && lex.triggers.longest(view.words, k - 1) === null && !saidBefore(ctx, k - 1);
  }
  return false;
}

/** Words looked back from "that" for the speech verb it completes ("said on Monday that"). */
const SAID_REACH = 4;

/** A speech verb within a short reach before word `k`, with no punctuation between ("said on Monday that …"). */
function saidBefore(ctx: ScanContext, k: number): boolean {
  const { view, lex } = ctx;
  for (let j = k; j >= Math.max(0, k - SAID_REACH); j--) {
    const w = view.words[j]!;
    if (isPunct(w) || view.mention[j]! >= 0) return false;
    if (lex.quoteVerbs.has(w)) return true;
  }
  return false;
}

function reducedRelative(ctx: ScanContext, found: readonly Candidate[], i: number): void {
  const { view, lex } = ctx;
  const c = found[i]!;
  if (c.target.length > 0 || c.trigger.noun || !(lex.passiveAux.has(view.words[c.from]!) || lex.passiveAux.has(view.words[c.from - 1] ?? ''))) return;
  const p = found[i - 1]!;
  if (p.trigger.noun || p.target.length > 0 || p.from < 1 || view.mention[p.from - 1]! < 0) return;
  // a lone participle followed by a phrase, not an object ("imprisoned for …", not "lifted a curfew")
  if (!loneParticiple(ctx, p)) return;
  // "Russia attacked and was condemned": a coordinator makes the first verb a clause of its own
  for (let k = p.to; k < c.from; k++) if (lex.coordinators.hasWord(view.words[k]!) && view.words[k] !== ',' || lex.clauseBreaks.has(view.words[k]!)) return;
  const noun = partiesAt(ctx, p.from - 1);
  c.target = noun.filter((n) => !c.source.some((s) => s.actorId === n.actorId));
  if (p.source.every((s) => noun.some((n) => n.actorId === s.actorId))) (p.target = noun), (p.source = NO_PARTIES);
}
