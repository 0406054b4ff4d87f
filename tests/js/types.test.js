// The hand-written TypeScript declarations (types/) against the real API:
// every member of the object load() resolves to is declared in InfotheoryAPI
// and nothing else is, and tsc accepts tests/types/usage.ts, which uses every
// declaration and keeps wrong uses errors (so a declaration gone loose fails).
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/run.js';
import { load } from '../../web/kernels.js';

const DECLARATIONS = path.join(ROOT, 'types', 'index.d.ts');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const TSC_TIMEOUT = 120000;

/**
 * The members of `export interface InfotheoryAPI { … }` in types/index.d.ts:
 * the names that start a line at the interface's own indentation (two
 * spaces), overloads once, in order, each with whether it is a method and
 * whether a doc comment ends on the line before its first declaration.
 */
function declaredMembers() {
  const lines = fs.readFileSync(DECLARATIONS, 'utf8').split('\n');
  const start = lines.findIndex((line) => /^export interface InfotheoryAPI\b.*\{\s*$/.test(line));
  if (start < 0) throw new Error(`no "export interface InfotheoryAPI {" line in ${DECLARATIONS}`);
  const length = lines.slice(start + 1).findIndex((line) => /^\}/.test(line));
  if (length < 0) throw new Error(`InfotheoryAPI in ${DECLARATIONS} has no closing "}" at the start of a line`);
  const members = new Map();
  lines.slice(start + 1, start + 1 + length).forEach((line, i) => {
    const match = /^ {2}(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*([(<:])/.exec(line);
    if (!match || members.has(match[1])) return;
    const before = lines[start + i].trim();
    members.set(match[1], { method: match[2] !== ':', documented: before.endsWith('*/') });
  });
  return members;
}

let api;
let members;
beforeAll(async () => {
  api = await load();
  members = declaredMembers();
});

describe('types/index.d.ts', () => {
  test('declares exactly the members of the API object', () => {
    const declared = [...members.keys()].sort();
    const actual = Object.keys(api).sort();
    // Named in the failure: what the API has and the declarations lack, and the reverse.
    expect({
      undeclared: actual.filter((name) => !members.has(name)),
      notInTheApi: declared.filter((name) => !(name in api)),
    }).toEqual({ undeclared: [], notInTheApi: [] });
    expect(declared).toEqual(actual);
  });

  test('declares functions as methods and the rest as properties', () => {
    const wrong = [...members].filter(([name, { method }]) => method !== (typeof api[name] === 'function'));
    expect(wrong.map(([name]) => name)).toEqual([]);
  });

  test('documents every member', () => {
    const undocumented = [...members].filter(([, { documented }]) => !documented).map(([name]) => name);
    expect(undocumented).toEqual([]);
  });
});

describe('tsc -p tests/types', () => {
  test(
    'type-checks tests/types/usage.ts against the declarations with no error and no output',
    () => {
      const result = spawnSync(process.execPath, [TSC, '-p', 'tests/types'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: TSC_TIMEOUT,
      });
      if (result.error) throw new Error(`tsc -p tests/types: ${result.error.message}`);
      expect({ status: result.status, signal: result.signal, output: result.stdout + result.stderr }).toEqual({
        status: 0,
        signal: null,
        output: '',
      });
    },
    TSC_TIMEOUT + 10000,
  );
});
