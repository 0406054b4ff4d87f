// `npm test`: everything, in order: the C++ suite (ctest), the wasm module
// and panels in Node (Jest), the built page in headless Chromium (Jest +
// playwright-core). `npm test -- cpp|js|browser` runs one part.
import path from 'node:path';
import { setup } from './setup.js';
import { JOBS, ROOT, run } from './run.js';

const parts = process.argv.slice(2);
const want = (part) => parts.length === 0 || parts.includes(part);
const unknown = parts.filter((part) => !['cpp', 'js', 'browser'].includes(part));
if (unknown.length) {
  console.error(`unknown part ${unknown.join(', ')}; use cpp, js or browser`);
  process.exit(2);
}

setup({ browser: want('browser') });

if (want('cpp')) {
  const native = path.join(ROOT, 'build', 'native');
  run('cmake', ['-S', '.', '-B', native, '-DCMAKE_BUILD_TYPE=Release']);
  run('cmake', ['--build', native, '-j', JOBS]);
  run('ctest', ['--test-dir', native, '--output-on-failure', '-j', JOBS]);
}

if (want('js') || want('browser')) run('node', ['scripts/build.js']);

const jest = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js'];
if (want('js')) run('node', [...jest, '--selectProjects', 'unit']);
if (want('browser')) run('node', [...jest, '--selectProjects', 'browser', '--runInBand']);

console.log('\nAll tests passed.');
