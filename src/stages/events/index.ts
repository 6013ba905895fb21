import { addDiagnostic } from '../../core/diagnostic.js';
import type { ActorRef, Doc, Event } from '../../core/doc.js';
import type { Stage } from '../../core/stage.js';
import { loadPacks, type PackRegistry } from '../../lang/pack.js';
import { loadCountryRefs } from './countries.js';
import { compileLexicon, type EventLexicon } from './lexicon.js';
import { loadOntology } from './ontology.js';
import { defaultPickers, type Pickers } from './pickers.js';
import { buildViews, mentionOwners } from './steps/01-build-views.js';
import { collectCandidates } from './steps/05-collect-candidates.js';
import { reviseCandidates } from './steps/05b-revise-candidates.js';
import { buildDrafts, placeDrafts } from './steps/06-build-drafts.js';
import { mergeDrafts } from './steps/07-merge-drafts.js';
import { pickMain } from './steps/08-pick-main.js';
import { nameRepresentatives } from './steps/08b-name-representatives.js';
import { finishEvents } from './steps/09-finish-events.js';
import { findQuotes } from './steps/10-find-quotes.js';

/** Options of the events stage. */
export interface EventsOptions {
  /** Date and place pickers (default: the dates and places stages' pickers). */
  pickers?: Pickers;
}

/**
 * Creates the events stage: codes who did what to whom (PLOVER type and mode, CAMEO code, Goldstein,
 * quad class, source, target, participants, date, place, evidence, modality, topics), picks the
 * headline event and finds direct quotes with their speakers. Lexicons compile once per pack.
 * @example
 * const stage = await createEventsStage({}, loadPacks());
 * stage.run(doc, context); // doc.events, doc.quotes
 */
export async function createEventsStage(options: EventsOptions = {}, packs: PackRegistry = loadPacks()): Promise<Stage> {
  const ontology = loadOntology(packs.dataDir);
  const countries = loadCountryRefs(packs.dataDir);
  const pickers = options.pickers ?? defaultPickers;
  const lexicons = new Map<string, EventLexicon>();
  for (const code of packs.codes()) {
    const lex = compileLexicon(packs.get(code)!);
    if (lex) lexicons.set(code, lex);
  }
  return {
    name: 'events',
    requires: ['sentences', 'tokens', 'mentions', 'actors', 'dates', 'places'],
    provides: ['events', 'quotes'],
    run(doc) {
      doc.events = [];
      doc.quotes = [];
      const lex = lexicons.get(doc.lang ?? '');
      if (!lex) return;
      // which mention covers each token: read by the sentence views and by the quote speakers alike
      const owner = mentionOwners(doc.mentions ?? [], doc.tokens ?? []);
      codeEvents(doc, lex, ontology, pickers, owner, countries);
      doc.quotes = findQuotes(doc, lex, owner);
    },
  };
}

/** The ordered steps; exported for the stage's own tests. */
function codeEvents(doc: Doc, lex: EventLexicon, ontology: ReturnType<typeof loadOntology>, pickers: Pickers, owner: Int32Array, countries: ReadonlyMap<string, ActorRef>): void {
  const views = buildViews(doc, lex, owner);
  const candidates = reviseCandidates(doc, views, collectCandidates(doc, views, lex), lex);
  const drafts = mergeDrafts(doc, buildDrafts(doc, candidates, ontology, pickers, countries, { preps: lex.topicPreps, determiners: lex.determiners }), candidates.filter((c) => c.anaphor));
  placeDrafts(doc, drafts, pickers);
  pickMain(doc, drafts);
  nameRepresentatives(doc, drafts, views, lex);
  finishEvents(doc, drafts, views, lex);
  // pushed, not mapped: an optimised map() makes a holey list, which later readers of the events would meet
  const events: Event[] = [];
  for (const d of drafts) events.push(d.event);
  doc.events = events.sort(byEvidence);
  if (doc.events.length === 0 && (doc.sentences?.length ?? 0) > 0) {
    addDiagnostic(doc, { code: 'no-event', message: 'No event was found in the article', severity: 'info', stage: 'events' });
  }
}

/** Events in the order of their first evidence sentence. */
function byEvidence(a: Event, b: Event): number {
  return (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0);
}
