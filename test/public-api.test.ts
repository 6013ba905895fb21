import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as readout from '../src/index.js';

test('src/index.ts exposes the public API', () => {
  assert.deepEqual(Object.keys(readout).sort(), [
    'DIAGNOSTIC_CODES',
    'DataError',
    'PipelineError',
    'ReadoutError',
    'UsageError',
    'addDiagnostic',
    'countEvents',
    'createApp',
    'createDefaultPipeline',
    'createPipeline',
    'describeRejection',
    'ingestRecords',
    'inputLabel',
    'isRejection',
    'loadPacks',
    'mergeEvents',
    'openStore',
    'queryEvents',
    'readInputs',
    'toArticleResult',
  ]);
});
