// `npm run bench`: builds the site, measures kernels (Node), interaction
// latency and load time (headless Chromium), sizes, and Lighthouse scores,
// and writes the figures to bench/RESULTS.md. Figures, not pass/fail.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.js';
import { ROOT, run } from '../scripts/run.js';
import { benchKernels, kernelTable } from './kernels.js';
import { benchLatency, benchLoad, launchBrowser, withSite } from './browser.js';

const DIST = path.join(ROOT, 'dist');
const SITE = ['index.html', 'style.css', 'infotheory.js', 'favicon.svg'];
const GOALS = { kernelSpeedup: 4, coreP95: 4, fitsP95: 8, gzipTotal: 120 * 1024, firstChart: 100 };

function sizes() {
  const measure = (file) => {
    const body = fs.readFileSync(path.join(DIST, file));
    return { raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  };
  const site = SITE.map((file) => ({ file, ...measure(file) }));
  const total = site.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
  return { site, total, single: measure('infotheory-widget.html'), embed: measure('embed.html') };
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

async function main() {
  run('node', ['scripts/build.js']);
  console.log('\nkernels…');
  const kernels = await benchKernels();
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

  const big = kernels.filter((r) => r.n === 1e6);
  const speedups = big.map((r) => r.result['plain JS'].ns / r.result.wasm.ns);
  const core = Object.entries(latency).filter(([panel]) => panel !== 'fits');
  const coreP95 = Math.max(...core.map(([, r]) => r.p95));
  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
    encoding: 'utf8',
  }).trim();

  const md = `# Benchmark results

Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0].model} (${os.cpus().length} cores),
${os.type()} ${os.release()}, Node ${process.version}, ${chromium} (headless, software rendering).
Written by \`npm run bench\` (bench/run.js); rerun it to refresh. These are figures, not tests.

## How to read them

- **Kernels**: nanoseconds per element for one call on a distribution of n elements, median of many runs
  after warm-up. "wasm" goes through the public JS API, so it includes copying the Float64Array into the
  wasm heap and the input checks; "plain JS" is the same formula as a bare loop over \`Math.log\` with a
  plain sum; "@stdlib" uses \`@stdlib/math-base-special-ln\` and the compensated
  \`@stdlib/blas-ext-base-gsumkbn\`. Relative error is against a reference summed in double-double
  arithmetic. Goal: wasm ≥ ${GOALS.kernelSpeedup}× plain JS at n = 10⁶, within 1e-14 relative.
- **Latency**: for each panel, 200 synthetic drags or slider moves on the full page; the time from the input
  event to the chart having drawn (chart updates are synchronous). Goal: p95 ≤ ${GOALS.coreP95} ms for the
  core panels, ≤ ${GOALS.fitsP95} ms for the forward/reverse KL panel (its reverse fit and landscape).
- **Load**: bytes of the site a browser fetches (index.html, style.css, infotheory.js, favicon.svg) and of
  the single file; time from navigation to the first panel being interactive and to all nine being ready,
  on localhost (median of ${load.runs} loads). Goals: ≤ 120 KB gzip in total; first interactive chart
  ≤ ${GOALS.firstChart} ms.
- **Lighthouse** 12.2.3 (default mobile emulation, simulated throttling) on the served page.

## Kernels

${kernelTable(kernels)}

Speed-up at 10⁶: entropy ${speedups[0].toFixed(2)}×, cross-entropy ${speedups[1].toFixed(2)}×, KL ${speedups[2].toFixed(2)}× — goal ${mark(Math.min(...speedups) >= GOALS.kernelSpeedup)}.

## Interaction latency (200 inputs per panel)

| panel | input | p50 | p95 |
|---|---|---:|---:|
${Object.entries(latency)
  .map(
    ([panel, r]) =>
      `| ${panel} | ${panel === 'surprise' || panel === 'vae' ? 'slider' : 'drag'} | ${ms(r.p50)} | ${ms(r.p95)} |`,
  )
  .join('\n')}

Core panels: worst p95 ${ms(coreP95)} — goal ${mark(coreP95 <= GOALS.coreP95)}. Forward/reverse KL: p95 ${ms(latency.fits.p95)} — goal ${mark(latency.fits.p95 <= GOALS.fitsP95)}.

## Load

| file | raw | gzip |
|---|---:|---:|
${size.site.map((s) => `| ${s.file} | ${kib(s.raw)} | ${kib(s.gzip)} |`).join('\n')}
| **site total** | **${kib(size.total.raw)}** | **${kib(size.total.gzip)}** |
| infotheory-widget.html (single file) | ${kib(size.single.raw)} | ${kib(size.single.gzip)} |

Size goal (≤ 120 KB gzip): ${mark(size.total.gzip <= GOALS.gzipTotal)}. First interactive panel: ${ms(load.firstPanel)}; all nine panels: ${ms(load.allPanels)} — goal ${mark(load.firstPanel <= GOALS.firstChart)}.

## Lighthouse

${
  score.error
    ? `Lighthouse did not run: ${score.error}`
    : `Performance ${score.performance}, accessibility ${score.accessibility} (first contentful paint ${score.fcp}, largest contentful paint ${score.lcp}, total blocking time ${score.tbt}, layout shift ${score.cls}).`
}
`;
  fs.writeFileSync(path.join(ROOT, 'bench', 'RESULTS.md'), md);
  console.log(md);
}

await main();
