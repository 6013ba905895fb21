import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cachePathOf, readYamlCached } from './read-yaml.js';

describe('readYamlCached', () => {
  it('gives what the YAML says, and follows the file when it changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-yaml-'));
    const file = join(dir, 'people.yml');
    try {
      writeFileSync(file, '- { id: a, roles: [] }\n');
      assert.deepEqual(readYamlCached(file), [{ id: 'a', roles: [] }]);
      assert.ok(existsSync(cachePathOf(file)));
      assert.deepEqual(readYamlCached(file), [{ id: 'a', roles: [] }]);
      writeFileSync(file, '- { id: bb, roles: [] }\n');
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      assert.deepEqual(readYamlCached(file), [{ id: 'bb', roles: [] }]);
      assert.equal(readYamlCached(join(dir, 'absent.yml')), null);
      writeFileSync(file, '- { id: [unclosed\n');
      utimesSync(file, new Date(), new Date(Date.now() + 10000));
      assert.throws(() => readYamlCached(file), /Cannot load/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(cachePathOf(file), { force: true });
    }
  });
});
