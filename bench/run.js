// `npm run bench`: builds the site, measures kernels (Node), interaction
// latency and load time (headless Chromium), sizes, and Lighthouse scores,
// and writes the figures and how each compares with its goal
// (bench/goals.js) to bench/RESULTS.md. `npm run bench -- --check` also
// exits non-zero when a figure misses its goal.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { ROOT, run } from '../scripts/run.js';
import { benchCalls, benchKernels, kernelTable } from './kernels.js';
import { GOALS } from './goals.js';
import { benchLatency, benchLoad, launchBrowser, withSite } from './browser.js';

const DIST = path.join(ROOT, 'dist');
// Everything index.html loads in English; the other languages' scripts are
// listed apart (fetched only when a reader asks for one).
const SITE = ['index.html', 'style.css', 'infotheory-early.js', 'infotheory.js', 'infotheory.wasm', 'favicon.svg'];
const CHECK = process.argv.includes('--check');

function sizes() {
  const measure = (file) => {
    const body = fs.readFileSync(path.join(DIST, file));
    return { raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  };
  const site = SITE.map((file) => ({ file, ...measure(file) }));
  const total = site.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  const languages = fs
    .readdirSync(DIST)
    .filter((file) => /^infotheory-[a-z]{2}\.js$/.test(file))
    .map((file) => ({ file, ...measure(file) }));
  return { site, total, languages, single: measure('infotheory-widget.html'), embed: measure('embed.html') };
}

// Asynchronous: the site is served from this process, whose event loop must
// keep running while Lighthouse loads the page.
async function lighthouse(url) {
  const out = path.join(os.tmpdir(), `lighthouse-${process.pid}.json`);
  const result = await spawnAsync(
    'npm',
    [
      'exec',
      '--yes',
      '--package=lighthouse@12.2.3',
      '--',
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ],
    {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    },
  );
  if (result.status !== 0 || !fs.existsSync(out)) {
    return { error: (result.stderr || result.stdout || 'lighthouse failed').trim().split('\n').slice(-3).join(' ') };
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.rmSync(out, { force: true });
  const audit = (id) => report.audits[id]?.displayValue ?? '';
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    tbtMs: report.audits['total-blocking-time']?.numericValue,
    cls: audit('cumulative-layout-shift'),
  };
}

/** Runs a command to its end; resolves to { status, stdout, stderr }. */
function spawnAsync(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (x) => `${x.toFixed(2)} ms`;
const mark = (ok) => (ok ? 'reached' : 'not reached');

/** Each goal with its figure: [what, figure as text, reached]. */
function goalRows({ size, load, latency, calls, kernels, score }) {
  const speedup = (n) =>
    Math.min(...kernels.filter((r) => r.n === n).map((r) => r.result['plain JS'].ns / r.result.wasm.ns));
  const worst = (key) => Math.max(...Object.values(latency).map((r) => r[key]));
  const slowestCall = Math.max(...calls.map((c) => c.ns));
  const rows = [
    [
      'site, gzip (English, all panels)',
      `${kib(size.total.gzip)} ≤ ${kib(GOALS.siteGzipBytes)}`,
      size.total.gzip <= GOALS.siteGzipBytes,
    ],
    [
      'single file, gzip (every language)',
      `${kib(size.single.gzip)} ≤ ${kib(GOALS.singleGzipBytes)}`,
      size.single.gzip <= GOALS.singleGzipBytes,
    ],
    [
      'first panel interactive',
      `${ms(load.firstPanel)} ≤ ${GOALS.firstPanelMs} ms`,
      load.firstPanel <= GOALS.firstPanelMs,
    ],
    ['all panels ready', `${ms(load.allPanels)} ≤ ${GOALS.allPanelsMs} ms`, load.allPanels <= GOALS.allPanelsMs],
    [
      'longest task while loading',
      `${ms(load.longestTask)} ≤ ${GOALS.loadLongestTaskMs} ms`,
      load.longestTask <= GOALS.loadLongestTaskMs,
    ],
    ['drag p95, worst panel', `${ms(worst('p95'))} ≤ ${GOALS.dragP95Ms} ms`, worst('p95') <= GOALS.dragP95Ms],
    [
      'longest drag update, worst panel',
      `${ms(worst('max'))} ≤ ${GOALS.dragLongestMs} ms`,
      worst('max') <= GOALS.dragLongestMs,
    ],
    [
      'kernel call on K = 4, slowest',
      `${slowestCall.toFixed(0)} ns ≤ ${GOALS.callK4Ns} ns`,
      slowestCall <= GOALS.callK4Ns,
    ],
    [
      'wasm ÷ plain JS at n = 10³, worst',
      `${speedup(1e3).toFixed(2)}× ≥ ${GOALS.speedupAt1e3}×`,
      speedup(1e3) >= GOALS.speedupAt1e3,
    ],
    [
      'wasm ÷ plain JS at n = 10⁶, worst',
      `${speedup(1e6).toFixed(2)}× ≥ ${GOALS.speedupAt1e6}×`,
      speedup(1e6) >= GOALS.speedupAt1e6,
    ],
  ];
  if (score.error) {
    rows.push(['Lighthouse', `did not run: ${score.error}`, false]);
  } else {
    rows.push(
      [
        'Lighthouse performance',
        `${score.performance} ≥ ${GOALS.lighthousePerformance}`,
        score.performance >= GOALS.lighthousePerformance,
      ],
      [
        'Lighthouse total blocking time',
        `${score.tbt} ≤ ${GOALS.lighthouseTbtMs} ms`,
        score.tbtMs <= GOALS.lighthouseTbtMs,
      ],
    );
  }
  return rows;
}

async function main() {
  run('node', ['scripts/build.js']);
  console.log('\nkernels…');
  const kernels = await benchKernels();
  const calls = await benchCalls();
  console.log(kernelTable(kernels));
  const browser = await launchBrowser();
  let latency;
  let load;
  let score;
  try {
    await withSite(DIST, async (url) => {
      console.log('latency…');
      latency = await benchLatency(browser, url);
      console.log('load…');
      load = await benchLoad(browser, url);
      console.log('lighthouse…');
      score = await lighthouse(`${url}index.html`);
    });
  } finally {
    await browser.close();
  }
  const size = sizes();
  const goals = goalRows({ size, load, latency, calls, kernels, score });
  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
    encoding: 'utf8',
  }).trim();

  const md = `# Benchmark results

Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0].model} (${os.cpus().length} cores),
${os.type()} ${os.release()}, Node ${process.version}, ${chromium} (headless, software rendering).
Written by \`npm run bench\` (bench/run.js); rerun it to refresh. The goals are in bench/goals.js;
\`npm run bench -- --check\` exits non-zero when one is missed. These are figures, not tests.

## Goals

| goal | figure | |
|---|---|---|
${goals.map(([what, figure, ok]) => `| ${what} | ${figure} | ${mark(ok)} |`).join('\n')}

## How to read them

- **Kernels**: nanoseconds per element for one call on a distribution of n elements, median of many runs
  after warm-up. "wasm" goes through the public JS API, so it includes copying the Float64Array into the
  wasm heap and the input checks; "plain JS" is the same formula as a bare loop over \`Math.log\` with a
  plain sum; "@stdlib" uses \`@stdlib/math-base-special-ln\` and the compensated
  \`@stdlib/blas-ext-base-gsumkbn\`. Relative error is against a reference summed in double-double
  arithmetic. **Calls**: the fixed cost of one call on K = 4 (copy in, checks, result out).
- **Latency**: for each panel, 200 synthetic drags or slider moves on the full page, its question answered;
  the time from the input event to the chart having drawn (chart updates are synchronous), p50, p95 and
  the longest.
- **Load**: bytes of what index.html loads in English (index.html, style.css, infotheory-early.js, infotheory.js,
  infotheory.wasm, favicon.svg; other languages are fetched when asked for) and of the single file; time
  from navigation to the first panel being interactive and to all panels being ready, and the longest
  main-thread task until then (only tasks over 50 ms are reported by the browser, so 0 means none), on
  localhost (median of ${load.runs} loads).
- **Lighthouse** 12.2.3 (default mobile emulation, simulated throttling) on the served page.

## Kernels

${kernelTable(kernels)}

| call on K = 4 | ns per call |
|---|---:|
${calls.map((c) => `| ${c.call} | ${c.ns.toFixed(0)} |`).join('\n')}

## Interaction latency (200 inputs per panel)

| panel | input | p50 | p95 | longest |
|---|---|---:|---:|---:|
${Object.entries(latency)
  .map(
    ([panel, r]) =>
      `| ${panel} | ${panel === 'surprise' || panel === 'vae' ? 'slider' : 'drag'} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} |`,
  )
  .join('\n')}

## Load

| file | raw | gzip |
|---|---:|---:|
${size.site.map((s) => `| ${s.file} | ${kib(s.raw)} | ${kib(s.gzip)} |`).join('\n')}
| **site total (English)** | **${kib(size.total.raw)}** | **${kib(size.total.gzip)}** |
${size.languages.map((s) => `| ${s.file} (when asked for) | ${kib(s.raw)} | ${kib(s.gzip)} |`).join('\n')}
| infotheory-widget.html (single file) | ${kib(size.single.raw)} | ${kib(size.single.gzip)} |

First interactive panel: ${ms(load.firstPanel)}; all panels: ${ms(load.allPanels)}; longest task while loading: ${ms(load.longestTask)}.

## Lighthouse

${
  score.error
    ? `Lighthouse did not run: ${score.error}`
    : `Performance ${score.performance}, accessibility ${score.accessibility} (first contentful paint ${score.fcp}, largest contentful paint ${score.lcp}, total blocking time ${score.tbt}, layout shift ${score.cls}).`
}
`;
  fs.writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), md);
  console.log(md);
  const missed = goals.filter(([, , ok]) => !ok);
  if (CHECK && missed.length) {
    console.error(
      `\n${missed.length} goal(s) missed:\n${missed.map(([what, figure]) => `  ${what}: ${figure}`).join('\n')}`,
    );
    process.exit(1);
  }
}

await main();
