import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../../core/doc.js';
import { isRejection } from '../../../core/pipeline.js';
import { createDefaultPipeline } from '../../../pipeline.js';

// Who did what to whom, end to end, as CAMEO dyads: `SOURCE>TARGET CAMEO` for every event with both sides
// (a reciprocal event gives both directions). Sentences written for these tests.
const pipeline = await createDefaultPipeline();

async function dyads(text: string, lang = 'en'): Promise<string[]> {
  const result = await pipeline.run({ meta: { sourcePath: null, format: 'txt', lang, publishedRaw: '2024-05-02' }, raw: text, diagnostics: [] });
  assert.ok(!isRejection(result));
  const out = new Set<string>();
  for (const e of (result as Doc).events ?? []) {
    if (e.modality === 'negated') continue;
    const pairs = e.reciprocal ? e.participants.flatMap((a) => e.participants.filter((b) => b.id !== a.id).map((b) => [a, b] as const)) : [[e.source, e.target] as const];
    for (const [s, t] of pairs) if (s?.code && t?.code) out.add(`${s.code}>${t.code} ${e.cameo}`);
  }
  return [...out].sort();
}

function table(cases: Array<[string, string, string[]]>): void {
  for (const [name, text, expected] of cases) it(name, async () => assert.deepEqual(await dyads(text), expected));
}

describe('dyads: trigger data', () => {
  table([
    ['a state ratifies alone; the other party is its target', 'Chile ratified a trade agreement with Japan on Monday.', ['CHL>JPN 057']],
    ['signing stays reciprocal', 'Chile and Japan signed a trade agreement on Monday.', ['CHL>JPN 057', 'JPN>CHL 057']],
    ['weapons received come from the giver', 'Sudanese rebels received weapons from Eritrea last year.', ['ERI>SDNREB 072']],
    ['a plain reception stays a hosting', 'Sudanese rebels received envoys from Eritrea last year.', ['SDNREB>ERI 043']],
    ['pressure faced comes from the one pressing', 'Albania faces pressure from Greece over the border.', ['GRC>ALB 100']],
  ]);
});

describe('dyads: generic agents with a country', () => {
  table([
    ['men of a country are its people', 'Police in Peru detained three Bolivian men near the border.', ['PERCOP>BOLPPL 173']],
    ['a commander is military', 'The Turkish commander met Greek lawmakers in Athens.', ['GRCLEG>TURMIL 040', 'TURMIL>GRCLEG 040']],
  ]);
});
