// `npm test`: everything, in order: the C++ suite (ctest), every libFuzzer
// harness for a fixed number of runs (scripts/fuzz.js), the wasm module and panels
// in Node (Jest), the built page in headless Chromium (Jest +
// playwright-core). `npm test -- cpp|fuzz|js|browser` runs one part.
import { fuzz } from './fuzz.js';
import { setup } from './setup.js';
import { JOBS, run } from './run.js';

const parts = process.argv.slice(2);
const want = (part) => parts.length === 0 || parts.includes(part);
const unknown = parts.filter((part) => !['cpp', 'fuzz', 'js', 'browser'].includes(part));
if (unknown.length) {
  console.error(`unknown part ${unknown.join(', ')}; use cpp, fuzz, js or browser`);
  process.exit(2);
}

setup({ browser: want('browser') });

// The CMake presets (CMakePresets.json) hold the build directories and flags.
if (want('cpp')) {
  run('cmake', ['--preset', 'native']);
  run('cmake', ['--build', '--preset', 'native', '-j', JOBS]);
  run('ctest', ['--preset', 'native', '-j', JOBS]);
}

// Each harness replays its committed corpus, then fuzzes from a fixed seed
// for a fixed number of runs (CHECK_RUNS in scripts/fuzz.js).
if (want('fuzz')) fuzz({ check: true });

if (want('js') || want('browser')) run('node', ['scripts/build.js']);

// The unit tests also load build/wasm-test/infotheory-test-hooks.js, the
// small module of test-only bindings (tests/wasm/) the shipped one leaves out.
if (want('js')) {
  run('cmake', ['--preset', 'wasm-test']);
  run('cmake', ['--build', '--preset', 'wasm-test', '-j', JOBS]);
}

const jest = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js'];
if (want('js')) run('node', [...jest, '--selectProjects', 'unit']);
// Two test files at a time, each with its own Chromium: the browser part is
// most of npm test's time, and most of that is waiting on the browser.
if (want('browser')) run('node', [...jest, '--selectProjects', 'browser', '--maxWorkers=2']);

console.log('\nAll tests passed.');
