// `npm run fuzz`: builds the libFuzzer harnesses (tests/fuzz, clang with
// AddressSanitizer and UndefinedBehaviorSanitizer) and runs each in turn on
// one core, then merges the inputs that found new coverage into its
// committed corpus (tests/fuzz/corpus/<harness>).
//
//   npm run fuzz                      every harness, 180 s each
//   npm run fuzz -- --seconds=600     longer (or FUZZ_SECONDS=600)
//   npm run fuzz -- softmax mixture   some harnesses only
//   npm run fuzz -- --check           the short run of `npm test`: a fixed
//                                     number of runs each (CHECK_RUNS, about
//                                     3 s here), fixed seed, committed corpus
//                                     only, no merge: the same inputs on
//                                     every machine
//
// A failure leaves the input in build/fuzz/artifacts/ and prints how to
// replay it; the harness's message names the invariant that broke.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setupSystem } from './setup.js';
import { JOBS, ROOT, isMain, run } from './run.js';

const SOURCES = path.join(ROOT, 'tests', 'fuzz');
const BUILD = path.join(ROOT, 'build', 'fuzz');

/**
 * The harnesses' names, sorted: each tests/fuzz/<name>_fuzz.cpp is one,
 * built as build/fuzz/fuzz_<name> (CMakeLists.txt globs the same files).
 * Empty if there is no tests/fuzz.
 * @returns {string[]}
 */
export function harnesses() {
  if (!fs.existsSync(SOURCES)) return [];
  return fs
    .readdirSync(SOURCES)
    .map((file) => /^(.*)_fuzz\.cpp$/.exec(file)?.[1])
    .filter((name) => name !== undefined)
    .sort();
}

/** Configures and builds every harness into build/fuzz (CMake preset `fuzz`). */
export function buildHarnesses() {
  setupSystem({ browser: false });
  run('cmake', ['--preset', 'fuzz']);
  run('cmake', ['--build', '--preset', 'fuzz', '-j', JOBS]);
}

// The check's executions per harness: about 3 s each on the CI machine. A
// count, not a time, so a slower or faster machine tries the same inputs
// (a timed run found a failure in CI that the local run never reached).
// CHECK_CAP_SECONDS bounds a harness that has become far slower.
const CHECK_RUNS = {
  binary: 150000,
  curves: 4000,
  distributions: 150000,
  divergence: 30000,
  gaussian: 6000,
  mixture: 5000,
  sampling: 80000,
  softmax: 100000,
  temperature: 150000,
  trust_region: 50000,
  vector_log: 150000,
};
const CHECK_DEFAULT_RUNS = 5000;
const CHECK_CAP_SECONDS = 60;

/**
 * Runs one harness on its committed corpus (read only: new inputs go to a
 * scratch folder) for `seconds`, or for its CHECK_RUNS from a fresh scratch
 * folder when `check`. Returns the executions, or exits the process if the
 * harness failed or (check) ran out of time before its runs.
 */
function fuzzOne(name, { seconds, check }) {
  const binary = path.join(BUILD, `fuzz_${name}`);
  const corpus = path.join(ROOT, 'tests', 'fuzz', 'corpus', name);
  const scratch = path.join(BUILD, check ? 'check-corpus' : 'corpus', name);
  const artifacts = path.join(BUILD, 'artifacts');
  if (check) fs.rmSync(scratch, { recursive: true, force: true });
  for (const dir of [corpus, scratch, artifacts]) fs.mkdirSync(dir, { recursive: true });
  const runs = CHECK_RUNS[name] ?? CHECK_DEFAULT_RUNS;
  const args = [
    ...(check ? [`-runs=${runs}`, `-max_total_time=${CHECK_CAP_SECONDS}`, '-seed=1'] : [`-max_total_time=${seconds}`]),
    '-max_len=2048',
    '-timeout=25',
    '-rss_limit_mb=2048',
    '-print_final_stats=1',
    `-artifact_prefix=${artifacts}/${name}-`,
    scratch,
    corpus,
  ];
  console.log(`\n$ ${path.relative(ROOT, binary)} ${args.join(' ')}`);
  const result = spawnSync(binary, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const executions = Number(/stat::number_of_executed_units:\s*(\d+)/.exec(output)?.[1] ?? NaN);
  if (result.status !== 0) {
    // The harness's own message, or the sanitizer's report, and the input.
    const lines = output.split('\n');
    const start = lines.findIndex((line) => /INVARIANT FAILED|ERROR: |runtime error|SUMMARY/.test(line));
    console.error(lines.slice(Math.max(0, start), start + 40).join('\n'));
    console.error(`\nfuzz_${name} failed. Replay the input above with:\n  ${binary} ${artifacts}/${name}-*`);
    process.exit(1);
  }
  if (check && !(executions >= runs)) {
    console.error(
      `fuzz_${name}: ${executions} of its ${runs} runs in the ${CHECK_CAP_SECONDS} s cap; it has become slower (CHECK_RUNS in scripts/fuzz.js)`,
    );
    process.exit(1);
  }
  return executions;
}

// The committed corpus stays small: a merge adds at most this many files
// per harness in all (the smallest of the new ones).
const MAX_CORPUS = 60;

/**
 * Adds the scratch inputs that cover something new to the committed corpus
 * (libFuzzer's -merge=1 copies only those), up to MAX_CORPUS files.
 */
function mergeOne(name) {
  const binary = path.join(BUILD, `fuzz_${name}`);
  const corpus = path.join(ROOT, 'tests', 'fuzz', 'corpus', name);
  const scratch = path.join(BUILD, 'corpus', name);
  const before = new Set(fs.readdirSync(corpus));
  const result = spawnSync(binary, ['-merge=1', '-max_len=2048', '-timeout=25', corpus, scratch], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stderr);
    process.exit(1);
  }
  const added = fs
    .readdirSync(corpus)
    .filter((file) => !before.has(file))
    .map((file) => ({ file, size: fs.statSync(path.join(corpus, file)).size }))
    .sort((a, b) => a.size - b.size);
  const room = Math.max(0, MAX_CORPUS - before.size);
  for (const { file } of added.slice(room)) fs.rmSync(path.join(corpus, file));
  return Math.min(added.length, room);
}

/** Runs the harnesses; prints executions per harness and in total. */
export function fuzz({ names = harnesses(), seconds = 180, check = false } = {}) {
  if (names.length === 0) throw new Error(`fuzz: no harnesses (${path.relative(ROOT, SOURCES)}/*_fuzz.cpp)`);
  buildHarnesses();
  const counts = {};
  for (const name of names) {
    counts[name] = fuzzOne(name, { seconds, check });
    const added = check ? 0 : mergeOne(name);
    console.log(`fuzz_${name}: ${counts[name]} executions${check ? '' : `, ${added} inputs merged into the corpus`}`);
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log('\nexecutions per harness:');
  for (const [name, n] of Object.entries(counts)) console.log(`  ${name.padEnd(14)} ${n}`);
  console.log(`  ${'total'.padEnd(14)} ${total}`);
  return total;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const secondsArg = args.find((arg) => arg.startsWith('--seconds='));
  const seconds = Number(secondsArg?.split('=')[1] ?? process.env.FUZZ_SECONDS ?? (check ? 3 : 180));
  const names = args.filter((arg) => !arg.startsWith('--'));
  const known = harnesses();
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length || !(seconds > 0)) {
    console.error(`usage: node scripts/fuzz.js [--seconds=N] [--check] [${known.join('|')} ...]`);
    process.exit(2);
  }
  fuzz({ names: names.length ? names : known, seconds, check });
}
