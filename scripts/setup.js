// Installs what the build and the tests need and the machine lacks:
// Debian packages by apt-get (run as root, or with sudo), npm packages by
// `npm ci`. Idempotent and quick when everything is present.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, have, isMain, run } from './run.js';

// Debian package -> why the project needs it.
const PACKAGES = {
  cmake: 'the one build definition',
  'g++': 'the native build of the kernels and their tests',
  make: 'CMake generator',
  'libgtest-dev': 'GoogleTest, the C++ test framework',
  'nlohmann-json3-dev': 'reads tests/cases.json in the C++ tests',
  emscripten: 'compiles the kernels to WebAssembly (emcc 3.1.6)',
  clang: 'builds the libFuzzer harnesses (tests/fuzz) with the sanitizers',
  'libclang-rt-14-dev': "libFuzzer and the sanitizers' runtimes for clang 14",
  chromium: 'the browser the browser tests drive',
  pandoc: "Quarto's Markdown engine: the browser tests render the Quarto recipe with it",
  mkdocs: 'the browser tests build the MkDocs recipe with it',
  'mkdocs-material': 'the theme of the MkDocs recipe',
};
// Needed only by the browser tests (not by `npm start`).
const FOR_BROWSER_TESTS = ['chromium', 'pandoc', 'mkdocs', 'mkdocs-material'];

function installed(pkg) {
  const out = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return out.status === 0 && out.stdout.includes('install ok installed');
}

export function setupSystem({ browser = true } = {}) {
  if (!have('dpkg-query')) {
    console.warn(
      'setup: not a Debian system; install cmake, g++, GoogleTest, nlohmann-json, emscripten and chromium yourself.',
    );
    return;
  }
  const wanted = Object.keys(PACKAGES).filter((pkg) => browser || !FOR_BROWSER_TESTS.includes(pkg));
  const missing = wanted.filter((pkg) => !installed(pkg));
  if (missing.length === 0) return;
  console.log(`setup: installing ${missing.map((pkg) => `${pkg} (${PACKAGES[pkg]})`).join(', ')}`);
  const root = process.getuid?.() === 0;
  if (!root && !have('sudo')) {
    console.error(`setup: need root to run apt-get. Please install: ${missing.join(' ')}`);
    process.exit(1);
  }
  const sudo = root ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const [aptCommand, ...aptPrefix] = [...sudo, 'apt-get'];
  run(aptCommand, [...aptPrefix, 'update', '-qq'], { env });
  run(aptCommand, [...aptPrefix, 'install', '-y', '-qq', ...missing], { env });
}

export function setupNode() {
  const lock = path.join(ROOT, 'package-lock.json');
  const installedLock = path.join(ROOT, 'node_modules', '.package-lock.json');
  const fresh = fs.existsSync(installedLock) && fs.statSync(installedLock).mtimeMs >= fs.statSync(lock).mtimeMs;
  if (!fresh) run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function setup(options) {
  setupSystem(options);
  setupNode();
}

if (isMain(import.meta.url)) setup();
