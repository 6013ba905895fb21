import type { Actor, Doc } from '../../core/doc.js';

// Per doc (its actors layer, set once by the actors stage): several steps look actors up by id.
const cache = new WeakMap<readonly Actor[], ReadonlyMap<string, Actor>>();

const NO_ACTORS: readonly Actor[] = [];

/** The doc's actors by id, the last of a repeated id winning as in `new Map(pairs)`; built once per doc. */
export function actorsById(doc: Doc): ReadonlyMap<string, Actor> {
  const actors = doc.actors ?? NO_ACTORS;
  // the steps ask for one doc's actors in turn: the last answer serves without a look-up in the map by doc
  if (actors === lastActors) return lastById;
  let byId = cache.get(actors);
  if (byId === undefined) {
    const map = new Map<string, Actor>();
    for (const a of actors) map.set(a.id, a);
    cache.set(actors, (byId = map));
  }
  lastActors = actors;
  lastById = byId;
  return byId;
}

let lastActors: readonly Actor[] | undefined;
let lastById: ReadonlyMap<string, Actor> = new Map();
