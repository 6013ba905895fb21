import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIAGNOSTIC_CODES } from '../src/core/codes.js';

const SRC = 'src';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const files = sourceFiles(SRC).map((path) => ({ path, source: readFileSync(path, 'utf8') }));

test('stages import only from core/ and lang/, never from each other', () => {
  const offenders: string[] = [];
  for (const { path, source } of files) {
    const parts = relative(SRC, path).split(sep);
    if (parts[0] !== 'stages') continue;
    const stage = parts[1];
    for (const m of source.matchAll(/from\s+'(\.[^']+)'/g)) {
      const target = relative(SRC, join(path, '..', m[1]!)).split(sep);
      const allowed = target[0] === 'core' || target[0] === 'lang' || (target[0] === 'stages' && target[1] === stage);
      if (!allowed) offenders.push(`${path} imports ${m[1]}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('core/ and lang/ never import from stages, store, cli or server', () => {
  const offenders: string[] = [];
  for (const { path, source } of files) {
    const top = relative(SRC, path).split(sep)[0];
    if (top !== 'core' && top !== 'lang') continue;
    for (const m of source.matchAll(/from\s+'(\.[^']+)'/g)) {
      const target = relative(SRC, join(path, '..', m[1]!)).split(sep)[0];
      if (target !== 'core' && target !== 'lang') offenders.push(`${path} imports ${m[1]}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('every diagnostic code used in src/ is listed once in core/codes.ts', () => {
  const unknown: string[] = [];
  for (const { path, source } of files) {
    for (const m of source.matchAll(/\bcode:\s*'([a-z][a-z0-9-]*)'/g)) {
      if (!Object.hasOwn(DIAGNOSTIC_CODES, m[1]!)) unknown.push(`${path}: ${m[1]}`);
    }
  }
  assert.deepEqual(unknown, []);
});

test('src/ holds no import cycles', () => {
  const graph = new Map<string, string[]>();
  for (const { path, source } of files) {
    const deps: string[] = [];
    for (const m of source.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) {
      deps.push(join(path, '..', m[1]!.replace(/\.js$/, '.ts')));
    }
    graph.set(path, deps);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[] = [];
  const visit = (node: string, trail: string[]): void => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(node)), node].join(' -> '));
      return;
    }
    state.set(node, 'visiting');
    for (const dep of graph.get(node) ?? []) visit(dep, [...trail, node]);
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node, []);
  assert.deepEqual(cycles, []);
});
