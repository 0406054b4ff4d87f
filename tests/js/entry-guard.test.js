// The scripts' entry guard (isMain in scripts/run.js): a script started with
// `node` runs its main part, also from a folder whose path has a space and a
// non-ASCII character (where import.meta.url percent-encodes what
// process.argv[1] holds as it is), and an imported one does not.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../scripts/run.js';

const TIMEOUT = 15000; // for each node process

let base; // a fresh temporary folder
let dir; // inside it, the folder with the awkward name

/** Runs `node file args…` in `cwd`; gives up (and says so) after TIMEOUT. */
function node(cwd, file, args = []) {
  const result = spawnSync(process.execPath, [file, ...args], { cwd, encoding: 'utf8', timeout: TIMEOUT });
  if (result.error) throw new Error(`node ${file} in ${cwd}: ${result.error.message}`);
  return result;
}

beforeAll(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'infotheory-guard-'));
  dir = path.join(base, 'dir with space ü');
  fs.mkdirSync(path.join(dir, 'scripts'), { recursive: true });
  for (const file of fs.readdirSync(path.join(ROOT, 'scripts'))) {
    fs.copyFileSync(path.join(ROOT, 'scripts', file), path.join(dir, 'scripts', file));
  }
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  fs.writeFileSync(
    path.join(dir, 'tiny.js'),
    "import { isMain } from './scripts/run.js';\n" +
      "export const loaded = true;\nif (isMain(import.meta.url)) console.log('main part ran');\n",
  );
  fs.writeFileSync(path.join(dir, 'importer.js'), "import './tiny.js';\nconsole.log('imported');\n");
  fs.symlinkSync(path.join(dir, 'tiny.js'), path.join(dir, 'link to tiny.js'));
});

afterAll(() => {
  fs.rmSync(base, { recursive: true, force: true });
});

describe('a script in a folder named "dir with space ü"', () => {
  test('runs its main part when started, by absolute or relative path', () => {
    expect(node(base, path.join(dir, 'tiny.js')).stdout).toBe('main part ran\n');
    expect(node(dir, 'tiny.js').stdout).toBe('main part ran\n');
  });

  test('runs its main part when started through a symbolic link', () => {
    expect(node(dir, 'link to tiny.js').stdout).toBe('main part ran\n');
  });

  test('does not run its main part when imported', () => {
    expect(node(dir, 'importer.js').stdout).toBe('imported\n');
  });

  test('scripts/fuzz.js started there reads its arguments (and refuses an unknown harness)', () => {
    const result = node(dir, 'scripts/fuzz.js', ['no_such_harness']);
    expect(result.stderr).toContain('usage: node scripts/fuzz.js');
    expect(result.status).toBe(2);
  });
});

test('every script and bench file uses isMain, none compares import.meta.url with argv by hand', () => {
  const files = ['scripts', 'bench'].flatMap((folder) =>
    fs
      .readdirSync(path.join(ROOT, folder))
      .filter((file) => file.endsWith('.js'))
      .map((file) => path.join(folder, file)),
  );
  for (const file of files) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    expect({ file, handMade: /import\.meta\.url\s*===|===\s*import\.meta\.url/.test(text) }).toEqual({
      file,
      handMade: false,
    });
    if (file !== path.join('scripts', 'run.js')) {
      expect({ file, argv1: text.includes('process.argv[1]') }).toEqual({ file, argv1: false });
    }
  }
});
