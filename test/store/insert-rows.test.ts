import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertRows } from '../../src/store/insert-rows.js';
import { runStatement } from '../../src/store/run-statement.js';
import { BACKENDS } from './backends.js';

const skips = await Promise.all(BACKENDS.map((b) => b.skip()));

for (const [i, backend] of BACKENDS.entries()) {
  describe(`insertRows on ${backend.name}`, () => {
    const skip = skips[i]!;

    it('stores every row when their count is no power of two, a missing value as null', { skip }, async () => {
      const t = await backend.open();
      try {
        const rows = Array.from({ length: 11 }, (_, k) => ({ id: `actor-${k}`, name: `Name ${k}`, kind: 'person', country: k % 2 ? 'IDN' : null, code: undefined as unknown as null }));
        await insertRows(t.store.db, 'actors', rows, { max: 4 });
        const stored = await t.store.db.selectFrom('actors').selectAll().orderBy('id').execute();
        assert.deepEqual(stored, rows.map((r) => ({ ...r, code: null })).sort((a, b) => (a.id < b.id ? -1 : 1)));
      } finally {
        await t.dispose();
      }
    });

    it('runs the conflict clause it is given on rows already stored', { skip }, async () => {
      const t = await backend.open();
      try {
        const keepSmaller = 'on conflict ("id") do update set "name" = "excluded"."name" where "excluded"."name" < "actors"."name"';
        const row = (name: string) => ({ id: 'x', name, kind: 'person', country: null, code: null });
        await insertRows(t.store.db, 'actors', [row('Maria')], { max: 8 });
        await insertRows(t.store.db, 'actors', [row('Zainab')], { max: 8, onConflict: keepSmaller });
        await insertRows(t.store.db, 'actors', [row('Ahmad')], { max: 8, onConflict: keepSmaller });
        assert.deepEqual(await runStatement(t.store.db, 'select "name" from "actors" where "id" = ?', ['x']), [{ name: 'Ahmad' }]);
      } finally {
        await t.dispose();
      }
    });
  });
}
