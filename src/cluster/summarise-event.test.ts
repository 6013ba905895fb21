// The incremental tally and merge: the same summaries and groups as a plain reading of the rules over all members.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ActorRef, Event, EventLocation } from '../core/doc.js';
import { coreParticipants, datesAgree, placesAgree } from './event-key.js';
import { compareMembers, mergeBlock, mergeInto, openEvent, type MemberEvent } from './merge-events.js';
import { EventTally, summariseEvent, type Disagreement, type MergedFields } from './summarise-event.js';

const ref = (id: string, country: string): ActorRef => ({ id, name: id, kind: 'person', country, code: `${country}GOV` });
const ACTORS = [ref('leader-a', 'IDN'), ref('leader-b', 'AUS'), ref('minister-c', 'IDN'), ref('envoy-d', 'JPN')];
const PLACES: Array<EventLocation | null> = [
  null,
  { name: 'Surabaya', country: 'IDN', lat: -7.25, lon: 112.75 },
  { name: 'Surabaya', country: 'IDN', lat: null, lon: null },
  { name: 'Surabaya', country: null, lat: null, lon: null },
  { name: 'Perth', country: 'AUS', lat: -31.95, lon: 115.86 },
  { name: 'the venue', country: null, lat: null, lon: null },
];
const DATES = [null, '2023', '2023-08', '2023-08-30', '2023-08-31', '2023-09-01', '2023-09-03', '2023-12-31', '2024-01-01'];

/** Article events with few distinct values, so that votes tie and members link often. */
const memberList = fc.uniqueArray(
  fc.record({
    articleId: fc.constantFrom('art-1', 'art-2', 'art-3', 'art-4', 'art-5', 'art-6'),
    id: fc.constantFrom('e1', 'e2', 'e3'),
    main: fc.boolean(),
    mode: fc.constantFrom(null, 'phone', 'in-person', 'video'),
    cameo: fc.constantFrom('040', '036', '042'),
    // Not tied to the code, so that which member's code wins shows.
    goldstein: fc.constantFrom(1, 2.5, -2),
    date: fc.constantFrom(...DATES),
    basis: fc.constantFrom('explicit', 'relative', 'published', 'none') as fc.Arbitrary<Event['date_basis']>,
    place: fc.nat(PLACES.length - 1),
    people: fc.subarray([0, 1, 2, 3], { minLength: 0, maxLength: 3 }),
    sides: fc.constantFrom('ab', 'ba', 'a-', '--'),
    confidence: fc.constantFrom(0.5, 0.7, 0.9),
    topics: fc.subarray(['trade', 'fisheries', 'energy']),
    evidence: fc.nat(2),
  }),
  { minLength: 1, maxLength: 14, selector: (m) => `${m.articleId}/${m.id}` },
).map((list) => list.map((m): MemberEvent => {
  const people = m.people.map((i) => ACTORS[i]!);
  const side = (c: string): ActorRef | null => (c === 'a' ? ACTORS[0]! : c === 'b' ? ACTORS[1]! : null);
  return {
    articleId: m.articleId,
    event: {
      id: m.id, main: m.main, plover: 'CONSULT', mode: m.mode, cameo: m.cameo, cameo_root: m.cameo.slice(0, 2), quad: 1, goldstein: m.goldstein,
      source: side(m.sides[0]!), target: side(m.sides[1]!), participants: people, date: m.date,
      date_precision: m.date === null ? null : m.date.length === 10 ? 'day' : m.date.length === 7 ? 'month' : 'year', date_basis: m.basis,
      location: PLACES[m.place]!, evidence: Array.from({ length: m.evidence }, (_, k) => ({ sentence: `${m.articleId} says ${k}`, start: k * 10, end: k * 10 + 9 })),
      confidence: m.confidence, modality: 'actual', topics: m.topics,
    },
  };
}));

const BASIS_RANK: Record<string, number> = { explicit: 4, dateline: 3, relative: 2, published: 1, none: 0 };

/** The summary rules read literally over the whole group, sorted first as merging sorts it: the oracle for the tally. */
function plainSummary(members: readonly MemberEvent[]): { fields: MergedFields; disagreements: Disagreement[] } {
  const group = [...members].sort(compareMembers);
  const vote = (value: (e: Event) => string | null): string | null => {
    const counts = new Map<string, number>();
    for (const m of group) {
      const v = value(m.event);
      if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    return best ? best[0] : null;
  };
  const byLead = (a: MemberEvent, b: MemberEvent): number =>
    Number(b.event.main) - Number(a.event.main) || b.event.confidence - a.event.confidence || compareMembers(a, b);
  const precision = (e: Event): number => ({ 10: 3, 7: 2, 4: 1 } as Record<number, number>)[e.date?.length ?? 0] ?? 0;
  const byDate = (a: MemberEvent, b: MemberEvent): number =>
    precision(b.event) - precision(a.event) || BASIS_RANK[b.event.date_basis]! - BASIS_RANK[a.event.date_basis]!
    || ((a.event.date ?? '') < (b.event.date ?? '') ? -1 : (a.event.date ?? '') > (b.event.date ?? '') ? 1 : 0) || byLead(a, b);
  const lead = [...group].sort(byLead)[0]!.event;
  const dated = [...group].sort(byDate)[0]!.event;
  const cameo = vote((e) => e.cameo)!;
  const withCameo = group.find((m) => m.event.cameo === cameo)!.event;
  const placeName = vote((e) => e.location?.name ?? null);
  const places = group.map((m) => m.event.location).filter((l): l is EventLocation => l !== null && l.name === placeName);
  places.sort((a, b) => Number(b.lat !== null) - Number(a.lat !== null) || (a.country ?? '').localeCompare(b.country ?? ''));
  const core = new Set(coreParticipants(group[0]!.event).map((a) => a.id));
  const count = (id: string): number => group.flatMap((m) => m.event.participants).filter((p) => p.id === id).length;
  const participantIds = [...new Set(group.flatMap((m) => m.event.participants.map((p) => p.id)))].filter((id) => core.has(id) || count(id) * 2 >= group.length).sort();
  const fields: MergedFields = {
    plover: lead.plover, mode: vote((e) => e.mode), cameo, cameo_root: withCameo.cameo_root, quad: withCameo.quad, goldstein: withCameo.goldstein,
    source: lead.source, target: lead.target,
    participants: participantIds.map((id) => group.flatMap((m) => m.event.participants).find((p) => p.id === id)!),
    date: dated.date, date_precision: dated.date_precision, date_basis: dated.date_basis, location: places[0] ?? null,
    evidence: group.flatMap((m) => m.event.evidence.map((e) => ({ article: m.articleId, ...e }))),
    confidence: Math.max(...group.map((m) => m.event.confidence)), modality: lead.modality,
    topics: [...new Set(group.flatMap((m) => m.event.topics))].sort(),
  };
  const voices = [...group].sort(byLead).filter((m, i, all) => all.findIndex((x) => x.articleId === m.articleId) === i);
  const disagreements: Disagreement[] = [];
  const fieldValues: Array<[Disagreement['field'], (e: Event) => string | null]> = [
    ['mode', (e) => e.mode], ['cameo', (e) => e.cameo], ['date', (e) => e.date], ['location', (e) => e.location?.name ?? null],
    ['participants', (e) => [...new Set([...e.participants, e.source, e.target].filter((a) => a !== null).map((a) => a.id))].sort().join('+') || null],
  ];
  for (const [field, value] of fieldValues) {
    const values = [...new Set(voices.map((m) => value(m.event)).filter((v) => v !== null))].sort();
    if (values.length > 1) disagreements.push({ field, sides: values.map((v) => ({ value: v, articles: voices.filter((m) => value(m.event) === v).map((m) => m.articleId).sort() })) });
  }
  return { fields, disagreements };
}

/** Groups of a block as linking reads literally: every pair of members compared. */
function plainGroups(members: readonly MemberEvent[]): string[][] {
  const groups: MemberEvent[][] = [];
  for (const m of members) {
    const linked = groups.filter((g) => g.some((x) => datesAgree(x.event.date, m.event.date) && placesAgree(x.event.location, m.event.location)));
    const joined = [m, ...linked.flat()];
    for (const g of linked) groups.splice(groups.indexOf(g), 1);
    groups.push(joined);
  }
  return groups.map((g) => g.map((m) => `${m.articleId}/${m.event.id}`).sort()).sort();
}

const idsOf = (members: readonly { articleId: string; event: { id: string } }[]): string[] => members.map((m) => `${m.articleId}/${m.event.id}`).sort();

describe('summariseEvent() and EventTally', () => {
  it('summarise as the plain rules do, members added one by one in any order', () => {
    fc.assert(fc.property(memberList, fc.func(fc.integer()), (members, order) => {
      const shuffled = [...members].sort((a, b) => order(a) - order(b));
      assert.deepEqual(summariseEvent(shuffled), plainSummary(members));
    }), { numRuns: 400 });
  });

  it('summarise as the plain rules do when tallies of parts are joined', () => {
    fc.assert(fc.property(memberList, fc.array(fc.nat(3), { minLength: 14, maxLength: 14 }), (members, part) => {
      const tallies = [0, 1, 2, 3].map((p) => EventTally.of(members.filter((_, i) => part[i] === p))).filter((t) => t.size > 0);
      const [whole, ...rest] = tallies;
      for (const t of rest) whole!.absorb(t);
      const expected = plainSummary(members);
      assert.deepEqual(whole!.summary(expected.fields.evidence), expected);
      assert.equal(whole!.size, members.length);
    }), { numRuns: 400 });
  });

  it('summarise as the plain rules do over hundreds of reports, most saying the same, some each their own', () => {
    // The tally keeps one copy of each distinct list of values its voices give, up to a few hundred:
    // 700 articles, 600 alike and 100 dated each their own day, then 300 more each their own, past the bound.
    const day = (k: number): string => new Date(Date.UTC(2023, 0, 1) + k * 86_400_000).toISOString().slice(0, 10);
    const members: MemberEvent[] = Array.from({ length: 1000 }, (_, i) => ({
      articleId: `art-${String(i).padStart(4, '0')}`,
      event: {
        id: `e${i % 3}`, main: i % 5 !== 0, plover: 'CONSULT', mode: i % 7 === 0 ? 'phone' : null, cameo: '040', cameo_root: '04', quad: 1, goldstein: 1,
        source: ACTORS[0]!, target: ACTORS[1]!, participants: [ACTORS[0]!, ACTORS[1]!], date: i < 600 ? '2023-08-30' : day(i),
        date_precision: 'day', date_basis: 'explicit', location: null, evidence: [], confidence: i % 2 ? 0.7 : 0.9, modality: 'actual', topics: [],
      },
    }));
    const tally = EventTally.of(members.slice(0, 500));
    tally.absorb(EventTally.of(members.slice(500)));
    const expected = plainSummary(members);
    assert.deepEqual(tally.summary(expected.fields.evidence), expected);
    assert.deepEqual(summariseEvent([...members].reverse()), expected);
  });
});

describe('mergeInto()', () => {
  it('gives the groups and summaries of mergeBlock over all members when new members join stored ones', () => {
    fc.assert(fc.property(memberList, fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (members, isNew) => {
      const added = members.filter((_, i) => isNew[i]);
      const stored = mergeBlock('b', members.filter((_, i) => !isNew[i]));
      const all = mergeBlock('b', members);
      const open = stored.map((e) => openEvent(e.id, e.members));
      const merged = mergeInto('b', open, added);
      const replaced = new Set(merged.flatMap((m) => m.replaces));
      // Stored events no new member links stay; the merged ones replace the rest.
      const membersOf = (m: (typeof merged)[number]): MemberEvent[] => [...stored.filter((e) => m.replaces.includes(e.id)).flatMap((e) => e.members), ...m.added];
      const after = [
        ...stored.filter((e) => !replaced.has(e.id)).map((e) => ({ id: e.id, members: idsOf(e.members), summary: summariseEvent(e.members) })),
        ...merged.map((m) => ({ id: m.event.id, members: idsOf(membersOf(m)), summary: m.event.tally.summary(summariseEvent(membersOf(m)).fields.evidence) })),
      ].sort((a, b) => (a.id < b.id ? -1 : 1));
      const expected = all.map(({ id, members: ms, block: _, disagreements, ...fields }) => ({ id, members: idsOf(ms), summary: { fields, disagreements } }))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      assert.deepEqual(after, expected);
      assert.deepEqual(after.map((e) => e.members).sort(), plainGroups(members));
      assert.deepEqual(idsOf(merged.flatMap((m) => m.added)), idsOf(added));
    }), { numRuns: 400 });
  });
});
