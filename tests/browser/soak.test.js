// Long use of the whole page: 10^4 seeded random interactions across every
// panel (keys on chart sliders and range sliders, typed numbers, buttons,
// menus, radios, disclosures, mouse drags and clicks, units and theme).
// The JS heap, the wasm memory, malloc's bytes in use, Embind's handles,
// DOM nodes, event listeners and Chart.js instances stay flat; nothing is
// logged as an error; no "NaN" or "undefined" reaches the page; and at the
// end every panel's readouts are what the kernels, called in the page for
// the state the panel shows, say they should be.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  answerQuestions,
  bounded,
  cdpSession,
  launch,
  mouseDrag,
  openPage,
  pointPosition,
  readout,
  xPixel,
} from './harness.js';
import { localize } from '../../web/i18n.js';
import { PANELS } from '../../web/panels/index.js';
import { mulberry32 } from '../random.js';

const INTERACTIONS = 10000;
const WARM_UP = 500; // before the first measurement, so that one-time work is done
const CHECKPOINTS = 10; // measured every INTERACTIONS / CHECKPOINTS interactions

// Bounds, and why they catch a leak without tripping on noise. Each is an
// amount per 10^4 interactions that anything kept per interaction exceeds:
// - JS objects (a heap snapshot: everything in the JS heap but compiled code
//   and the DOM's native objects): 512 KiB is 52 bytes an interaction; a
//   chart config, a listener or a closure over a state kept each time is more.
// - The whole JS heap (after a full GC): 3 MiB. It does grow, by about
//   1-1.5 MB and at most checkpoints, but a heap snapshot diff between 5000
//   and 10^4 interactions shows +270 KB of V8's compiled code (code, bytecode,
//   deopt data) against +12 KB of JS objects: code for the paths that get hot,
//   levelling off, not data.
// - DOM nodes and listeners: the page's own count varies with what is open
//   and with K; 3000 nodes and 200 listeners cover that, and one node or
//   listener kept per interaction is 10^4.
// - wasm: malloc's bytes in use come back to the same number after every
//   call, Embind handles to their count at load, and the memory never grows.
const JS_OBJECTS_SLACK = 512 * 1024;
const JS_HEAP_SLACK = 3 * 1024 * 1024;
const NODE_SLACK = 3000;
const LISTENER_SLACK = 200;

const L = localize('en');

/** A seeded generator of numbers in [0, 1) (mulberry32), with helpers. */
function random(seed) {
  const next = mulberry32(seed);
  return {
    next,
    int: (lo, hi) => lo + Math.floor((hi - lo + 1) * next()),
    pick: (items) => items[Math.floor(items.length * next())],
    weighted: (table) => {
      let u = next() * table.reduce((s, [, w]) => s + w, 0);
      for (const [item, w] of table) if ((u -= w) < 0) return item;
      return table[table.length - 1][0];
    },
  };
}

// The keys that move a chart slider or a range slider, with their key codes.
const STEPS = { ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39, ArrowDown: 40, PageUp: 33, PageDown: 34 };
const JUMPS = { End: 35, Home: 36 };

/**
 * Presses `keys` one after the other on the focused element. The events go
 * out together (in order) instead of waiting for each to be handled, as
 * from a held-down key: Chromium handles them in turn, redrawing once a frame.
 */
function pressKeys(cdp, keys) {
  return Promise.all(
    keys.flatMap((key) => {
      const code = STEPS[key] ?? JUMPS[key];
      const event = { key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code };
      return [
        cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event }),
      ];
    }),
  );
}

// What each kind of interaction acts on (only what is visible at the time
// counts). Left out: the language menu (it reloads the page) and the share
// tools' downloads and file chooser.
const TARGETS = {
  chart: 'canvas[role="slider"]',
  slider: '.widget input[type="range"]',
  number: '.widget input[type="number"]',
  button:
    '.widget .buttons:not(.share .buttons) button, .widget .self-check button, ' +
    '.share > .buttons:first-of-type button:nth-of-type(-n+2)',
  select: '.widget select',
  radio: '[data-units-switch] input, [data-theme-switch] input, .widget input[type="radio"]',
  summary: '.widget summary',
};

// The draggable items of each chart: dataset(s), and the axis a drag moves along.
const DRAGS = [
  { canvas: '#surprise canvas', datasets: [1, 2], axis: 'x' },
  { canvas: '#coin canvas', datasets: [1], axis: 'x' },
  { canvas: '#extremes .chart-bars canvas', datasets: [0], axis: 'y' },
  { canvas: '#decomposition .chart-bars canvas', datasets: [0, 1], axis: 'y' },
  { canvas: '#fits .chart canvas', datasets: [3], axis: 'x' },
  { canvas: '#loss .chart-pair .chart canvas', datasets: [0], axis: 'y' },
  { canvas: '#loss .chart-bars canvas', datasets: [0], axis: 'y' },
  { canvas: '#trust .chart-pair .chart:first-child canvas', datasets: [0], axis: 'y' },
  { canvas: '#trust .chart-pair .chart:last-child canvas', datasets: [0], axis: 'y' },
  { canvas: '#trust canvas[aria-label^="Expected KL"]', datasets: [3], axis: 'x' },
];

/**
 * In the page: focuses the `u`-th (as a fraction) visible element matching
 * `selector`, scrolled into view; returns what it is, or null if none is visible.
 */
function focusTarget([selector, u]) {
  const visible = [...document.querySelectorAll(selector)].filter(
    (e) => e.checkVisibility() && !e.disabled && e.getClientRects().length > 0,
  );
  if (!visible.length) return null;
  const e = visible[Math.floor(u * visible.length)];
  e.scrollIntoView({ block: 'center' });
  e.focus();
  if (document.activeElement !== e) return null;
  return { tag: e.tagName, type: e.type ?? '', min: e.min, max: e.max, step: e.step, inTable: !!e.closest('table') };
}

/** In the page: page coordinates of a drag of one item of a chart, to a random value on its axis. */
function dragPath([{ canvas: selector, datasets, axis }, u, v]) {
  const canvas = document.querySelector(selector);
  const chart = canvas?.infotheoryChart;
  if (!chart) return null;
  canvas.scrollIntoView({ block: 'center' });
  const items = datasets.flatMap((d) => chart.getDatasetMeta(d).data);
  if (!items.length) return null;
  const item = items[Math.floor(u * items.length)];
  const box = canvas.getBoundingClientRect();
  const scale = chart.scales[axis];
  const to = scale.getPixelForValue(scale.min + v * (scale.max - scale.min));
  const from = { x: box.left + item.x, y: box.top + item.y + (axis === 'y' ? 2 : 0) };
  return { from, to: axis === 'x' ? { x: box.left + to, y: from.y } : { x: from.x, y: box.top + to } };
}

/** A value to type in a number box: mostly in range, sometimes out of it or empty. */
function typedValue(r, { min, max, step }) {
  const lo = Number(min === '' ? -10 : min);
  const hi = Number(max === '' ? 10 : max);
  const u = r.next();
  if (u < 0.1) return '';
  if (u < 0.2) return String(hi + 1 + r.int(0, 5));
  if (u < 0.25) return String(lo - 1);
  const x = lo + r.next() * (hi - lo);
  return String(step === '1' ? Math.round(x) : Number(x.toFixed(3)));
}

/**
 * Bytes of JS objects in the page (strings, objects, arrays, closures,
 * numbers, shapes), from a heap snapshot: leaves out V8's compiled code,
 * which grows as more paths get hot, and the DOM's native objects.
 */
async function jsObjectBytes(cdp) {
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[fields.indexOf('type')];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const left = new Set(['code', 'native', 'synthetic', 'hidden']);
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length) {
    if (!left.has(types[nodes[i + type]])) bytes += nodes[i + size];
  }
  return bytes;
}

/** Memory and counts, after a full garbage collection. */
async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const inPage = await page.evaluate(() => {
    const canvases = [...document.querySelectorAll('canvas')].filter((c) => c.infotheoryChart);
    const text = document.body.innerText;
    const attributes = [...document.querySelectorAll('[aria-valuetext], [aria-label]')]
      .map((e) => `${e.getAttribute('aria-valuetext') ?? ''} ${e.getAttribute('aria-label') ?? ''}`)
      .join(' ');
    return {
      ...window.infotheory.memoryUsage(),
      charts: Object.keys(canvases[0].infotheoryChart.constructor.instances).length,
      canvases: canvases.length,
      bad: [...`${text} ${attributes}`.matchAll(/.{0,40}\b(NaN|undefined)\b.{0,40}/g)].map((m) => m[0]),
    };
  });
  return { jsHeap: usedSize, nodes, listeners: jsEventListeners, ...inPage };
}

/** What interact() is doing now, for the message if it hangs. */
let current = 'nothing yet';

/** One interaction (or a burst of key presses on one target); returns how many were made. */
async function interact(page, cdp, r, budget, log) {
  const kind = r.weighted([
    ['chart', 36],
    ['slider', 30],
    ['number', 8],
    ['button', 8],
    ['select', 4],
    ['radio', 5],
    ['summary', 4],
    ['drag', 3],
    ['click', 2],
  ]);
  if (kind === 'drag') {
    const drag = r.pick(DRAGS);
    current = `a drag on ${drag.canvas}`;
    const path = await page.evaluate(dragPath, [drag, r.next(), r.next()]);
    if (!path) return 0;
    await page.mouse.move(path.from.x, path.from.y);
    await page.mouse.down();
    await page.mouse.move(path.to.x, path.to.y, { steps: 4 });
    await page.mouse.up();
    log.drag = (log.drag ?? 0) + 1;
    return 1;
  }
  if (kind === 'click') {
    const selector = r.pick([TARGETS.button, TARGETS.radio, TARGETS.summary]);
    current = `a click on one of ${selector}`;
    const target = await page.evaluate(focusTarget, [selector, r.next()]);
    if (!target) return 0;
    current = `a click on ${JSON.stringify(target)}`;
    const box = await page.evaluate(() => {
      const b = document.activeElement.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    log.click = (log.click ?? 0) + 1;
    return 1;
  }
  current = `focusing a ${kind}`;
  const target = await page.evaluate(focusTarget, [TARGETS[kind], r.next()]);
  if (!target) return 0;
  current = `a ${kind}: ${JSON.stringify(target)}`;
  let made = 0;
  if (kind === 'chart' || kind === 'slider') {
    const presses = Math.min(budget, r.int(1, 8));
    // Home and End jump to the ends; keep them rarer than the steps.
    const keys = Array.from({ length: presses }, () => r.pick(Object.keys(r.next() < 0.93 ? STEPS : JUMPS)));
    current = `keys ${keys.join(', ')} on a ${kind}: ${JSON.stringify(target)}`;
    await pressKeys(cdp, keys);
    made = presses;
  } else if (kind === 'number') {
    const value = typedValue(r, target);
    await page.keyboard.press('ControlOrMeta+a');
    if (value === '') await page.keyboard.press('Backspace');
    else await page.keyboard.type(value);
    // Table cells take the value on Enter; control boxes as they are typed (Tab leaves one).
    await page.keyboard.press(target.inTable || r.next() < 0.5 ? 'Enter' : 'Tab');
    made = 1;
  } else if (kind === 'select') {
    await page.keyboard.press(r.pick(['ArrowDown', 'ArrowUp']));
    made = 1;
  } else {
    // Buttons and summaries answer to Enter, radios to Space.
    await page.keyboard.press(kind === 'radio' ? 'Space' : r.pick(['Enter', 'Space']));
    made = 1;
  }
  log[kind] = (log[kind] ?? 0) + made;
  return made;
}

// --- Readouts against the kernels -------------------------------------------------

/** Each panel's state as the address bar has it (the page keeps it in step), over the defaults. */
function statesFromAddress(href) {
  const params = new URL(href).searchParams;
  const units = params.get('units') ?? 'nats';
  const states = {};
  for (const [name, panel] of Object.entries(PANELS)) {
    if (panel.source) continue;
    const state = { ...panel.defaults, units, lang: 'en' };
    for (const key of Object.keys(panel.schema)) {
      const text = params.get(`${name}.${key}`);
      if (text === null) continue;
      state[key] = Array.isArray(panel.defaults[key])
        ? text.split(',').map(Number)
        : typeof panel.defaults[key] === 'number'
          ? Number(text)
          : text;
    }
    states[name] = state;
  }
  return states;
}

/** In the page: the numbers each panel's readouts show, from window.infotheory. */
function kernelValues(states) {
  const api = window.infotheory;
  const { surprise: s, coin: c, extremes: e, decomposition: d, fits: f, loss: l, vae: v, trust: t } = states;
  const trustStates = {
    piOld: [t.piOld, t.piOld2, t.piOld3],
    advantages: [t.advantages, t.advantages2, t.advantages3],
    weights: t.visits,
  };
  const other = { nats: 'bits', bits: 'nats' };
  const mixture = { weights: f.weights, means: f.means, sigmas: f.sigmas };
  const fit = (direction) => {
    const q = api.fitGaussian(mixture, direction, { units: f.units });
    const back = direction === 'forward' ? 'reverse' : 'forward';
    return { ...q, other: api.mixtureKL(mixture, q.mu, q.sigma, back, { units: f.units }) };
  };
  const q = Array.from(api.softmax(l.logits));
  const empirical = api.empiricalDistribution(api.sampleCounts(l.P, { n: l.n, seed: l.seed }));
  return {
    surprise: {
      i: api.surprise(s.p, { units: s.units }),
      i1: api.surprise(s.p1, { units: s.units }),
      i2: api.surprise(s.p2, { units: s.units }),
      joint: api.jointSurprise(s.p1, s.p2, { units: s.units }),
    },
    coin: {
      h: api.binaryEntropy(c.p, { units: c.units }),
      other: api.binaryEntropy(c.p, { units: other[c.units] }),
    },
    extremes: {
      h: api.entropy(e.P, { units: e.units }),
      ceiling: api.entropy(api.uniform(e.P.length), { units: e.units }),
    },
    decomposition: api.decompose(d.P, d.Q, { units: d.units }),
    fits: { forward: fit('forward'), reverse: fit('reverse') },
    loss: {
      q,
      loss: api.softmaxCrossEntropy(l.logits, l.trueClass, { units: l.units }),
      sample: api.crossEntropy(empirical, q, { units: l.units }),
      limit: api.crossEntropy(l.P, q, { units: l.units }),
    },
    vae: {
      terms: api.vaeKLTerms(v.mu, v.sigma),
      bits: api.vaeKL(v.mu, v.sigma, { units: 'bits' }),
      forward: api.gaussianKL(v.mu, v.sigma, v.mu2, v.sigma2, { units: v.units }),
      backward: api.gaussianKL(v.mu2, v.sigma2, v.mu, v.sigma, { units: v.units }),
    },
    trust: {
      // TRPO's constraint: the expected KL over the three states.
      kl: api.importanceWeightsAt(trustStates, t.alpha, { units: t.units }).expectedKl,
      klNats: api.importanceWeightsAt(trustStates, t.alpha).expectedKl,
      // The budget δ is in nats, shown in the page's units.
      maxStep: api.maxStepWithinExpectedBudget(trustStates, t.delta),
      budget: api.convertInformation(t.delta, 'nats', t.units),
    },
  };
}

/** The readouts the panels should show for `states`, given the kernels' numbers `k`. */
function expectedReadouts(states, k) {
  const { t } = L;
  const info = (units) => (x) => L.info(x, units);
  const { surprise: s, coin: c, extremes: e, decomposition: d, fits: f, loss: l, vae: v, trust: tr } = states;
  const out = {};

  let i = info(s.units);
  out['surprise-value'] = t('surprise.value', { p: L.probability(s.p), i: i(k.surprise.i) });
  out['surprise-joint'] = t('surprise.joint', {
    i1: i(k.surprise.i1),
    i2: i(k.surprise.i2),
    sum: i(k.surprise.joint.sum),
    p: L.probability(k.surprise.joint.probability),
    joint: i(k.surprise.joint.joint),
  });
  out['coin-value'] = t('coin.value', {
    p: L.probability(c.p),
    h: L.info(k.coin.h, c.units),
    other: L.info(k.coin.other, c.units === 'nats' ? 'bits' : 'nats'),
  });
  i = info(e.units);
  out['extremes-value'] = t('extremes.value', { h: i(k.extremes.h), n: e.P.length, ceiling: i(k.extremes.ceiling) });
  i = info(d.units);
  out['decomposition-entropy'] = String(i(k.decomposition.entropy));
  out['decomposition-cross-entropy'] = String(i(k.decomposition.crossEntropy));
  out['decomposition-kl'] = String(i(k.decomposition.kl));
  out['decomposition-reverse-kl'] = String(i(k.decomposition.reverseKl));
  out['summary-entropy'] = String(i(k.decomposition.entropy));
  out['summary-crossEntropy'] = String(i(k.decomposition.crossEntropy));
  out['summary-kl'] = String(i(k.decomposition.kl));
  i = info(f.units);
  for (const direction of ['forward', 'reverse']) {
    const q = k.fits[direction];
    out[`fits-${direction}`] = t(`fits.${direction}`, {
      mu: L.number(q.mu),
      sigma: L.number(q.sigma),
      kl: i(q.kl),
      other: i(q.other),
    });
  }
  i = info(l.units);
  out['loss-loss'] = t('loss.loss', {
    k: l.trueClass + 1,
    qk: L.probability(k.loss.q[l.trueClass]),
    loss: i(k.loss.loss),
  });
  out['loss-average'] = t('loss.average', { sample: i(k.loss.sample), limit: i(k.loss.limit) });
  i = info(v.units);
  const terms = k.vae.terms;
  // The formula's terms are nats whatever the units; in bits the total is converted.
  const formula = {
    mean: L.term(terms.mean),
    variance: L.signedTerm(terms.variance),
    logVariance: L.signedTerm(terms.logVariance),
    constant: L.signedTerm(terms.constant),
    total: L.info(terms.total, 'nats'),
  };
  out['vae-formula'] =
    v.units === 'bits'
      ? t('vae.formula.bits', { ...formula, bits: L.info(k.vae.bits, 'bits') })
      : t('vae.formula', formula);
  out['vae-general'] = t(v.mu2 === 0 && v.sigma2 === 1 ? 'vae.general.prior' : 'vae.general.other', {
    mu2: L.number(v.mu2),
    sigma2: L.number(v.sigma2),
    forward: i(k.vae.forward),
    backward: i(k.vae.backward),
  });
  i = info(tr.units);
  out['trust-step'] = t(k.trust.klNats <= tr.delta ? 'trust.step.inside' : 'trust.step.outside', {
    alpha: L.number(tr.alpha),
    kl: i(k.trust.kl),
    delta: i(k.trust.budget),
  });
  out['trust-budget'] =
    k.trust.maxStep === Infinity ? t('trust.budget.never') : t('trust.budget', { alpha: L.number(k.trust.maxStep) });
  return out;
}

// --- The run ----------------------------------------------------------------------

let env;
beforeAll(async () => {
  env = await launch();
});
afterAll(async () => {
  await env?.close();
});

describe('10^4 random interactions with the whole page', () => {
  test('leave memory, handles, listeners and charts flat, log no error, and keep readouts true', async () => {
    const started = Date.now();
    const page = await openPage(env.browser, env.url);
    const cdp = await cdpSession(page);
    const r = random(20240602);
    const log = {};
    const initial = await measure(page, cdp);
    // Every disclosure opened once and closed again, so that what they hold
    // (data tables, self-checks, share tools) exists from the start: opening
    // one for the first time adds hundreds of nodes for good, which is not a leak.
    for (const open of [true, false]) {
      await page.evaluate((open) => {
        for (const d of document.querySelectorAll('details')) d.open = open;
        return new Promise((resolve) => setTimeout(resolve, 0)); // after the toggle events
      }, open);
    }

    let done = 0;
    // Each interaction bounded as a whole too, named by what it was doing.
    const once = (budget, into) =>
      bounded(
        () => `the interaction after ${done} (${current})`,
        () => interact(page, cdp, r, budget, into),
      );
    while (done < WARM_UP) done += await once(WARM_UP - done, {});
    const warmedUp = Date.now();
    const points = [{ done: 0, ...(await measure(page, cdp)) }];
    const objects = [await jsObjectBytes(cdp)];
    done = 0;
    while (done < INTERACTIONS) {
      const until = (points.length * INTERACTIONS) / CHECKPOINTS;
      while (done < until) done += await once(until - done, log);
      points.push({ done, ...(await measure(page, cdp)) });
      if (points.length === CHECKPOINTS / 2 + 1) objects.push(await jsObjectBytes(cdp));
    }
    objects.push(await jsObjectBytes(cdp));
    const soaked = Date.now();

    // The units switch, last, so every panel shows the same units; then the
    // address bar (written at most every 300 ms) holds every panel's state.
    const units = r.pick(['nats', 'bits']);
    await page.locator(`[data-units-switch] input[value="${units === 'nats' ? 'bits' : 'nats'}"]`).check();
    await page.locator(`[data-units-switch] input[value="${units}"]`).check();
    await page.waitForTimeout(400);
    // A random click may have pressed "Ask me again": answer every question so that all readouts show.
    await answerQuestions(page);
    const states = statesFromAddress(page.url());
    const values = await page.evaluate(kernelValues, states);
    const want = expectedReadouts(states, values);
    const shown = await page.evaluate(
      (names) => Object.fromEntries(names.map((n) => [n, document.querySelector(`[data-readout="${n}"]`).innerText])),
      Object.keys(want),
    );
    const end = points[points.length - 1];
    const [start, mid] = [points[0], points[Math.floor(points.length / 2)]];
    const figure = (label, p) =>
      `${label} (${p.done}): JS heap ${p.jsHeap} B, wasm ${p.wasmBytes} B, malloc in use ${p.bytesInUse} B, ` +
      `Embind handles ${p.handles}, DOM nodes ${p.nodes}, listeners ${p.listeners}, charts ${p.charts}`;
    console.log(
      [
        `soak: ${done} interactions after a warm-up of ${WARM_UP}: ${JSON.stringify(log)}`,
        `time: warm-up ${((warmedUp - started) / 1000).toFixed(1)} s, ` +
          `${done} interactions ${((soaked - warmedUp) / 1000).toFixed(1)} s ` +
          `(${((1000 * done) / (soaked - warmedUp)).toFixed(0)}/s, with ${points.length} measurements)`,
        figure('initial', { done: '-', ...initial }),
        figure('after warm-up', start),
        figure('midway', mid),
        figure('end', end),
        `JS objects (heap snapshot, without compiled code and DOM) after warm-up, midway, end (B): ${objects.join(', ')}`,
        `JS heap at each checkpoint (B): ${points.map((p) => p.jsHeap).join(', ')}`,
        `DOM nodes at each checkpoint: ${points.map((p) => p.nodes).join(', ')}`,
        `listeners at each checkpoint: ${points.map((p) => p.listeners).join(', ')}`,
        `units ${units}; state: ${JSON.stringify(states)}`,
      ].join('\n'),
    );

    expect(done).toBe(INTERACTIONS);
    expect(page.problems).toEqual([]);
    for (const p of points) {
      expect(p.bad).toEqual([]);
      expect(p.charts).toBe(initial.charts);
      expect(p.charts).toBe(p.canvases);
      expect(p.handles).toBe(initial.handles);
      expect(p.bytesInUse).toBe(initial.bytesInUse);
      expect(p.wasmBytes).toBe(start.wasmBytes);
    }
    expect(objects[2] - objects[0]).toBeLessThan(JS_OBJECTS_SLACK);
    expect(end.jsHeap - start.jsHeap).toBeLessThan(JS_HEAP_SLACK);
    expect(end.nodes - start.nodes).toBeLessThan(NODE_SLACK);
    expect(end.listeners - start.listeners).toBeLessThan(LISTENER_SLACK);
    // Nodes and listeners not rising from each checkpoint to the next, as a
    // steady leak would make them (the JS heap does, with compiled code: above).
    const rises = (key) => points.slice(1).filter((p, i) => p[key] > points[i][key]).length;
    expect(rises('nodes')).toBeLessThan(CHECKPOINTS);
    expect(rises('listeners')).toBeLessThan(CHECKPOINTS);

    expect(shown).toEqual(want);
  }, 900000);
});

describe('regression: the surprise point dragged across the top of the chart', () => {
  // Off the chart (I(p) above the axis) the point is a triangle in a dataset
  // of its own; dragging it onto the curve, or the disc off the top, moved
  // it between datasets mid-drag and threw a TypeError at every mouse move.
  test('drags from the triangle onto the curve and back, with no error', async () => {
    const page = await openPage(env.browser, env.url);
    const canvas = '#surprise canvas';
    await page.locator('#surprise input.number').first().fill('0');
    await page.$eval(canvas, (c) => c.scrollIntoView({ block: 'center' }));
    const triangle = await pointPosition(page, canvas, 2, 0);
    await mouseDrag(page, triangle, { x: await xPixel(page, canvas, 0.5), y: triangle.y });
    expect(await readout(page, 'surprise-value')).toMatch(/^I\(0\.(4|5)\d\d\) = 0\.\d{3} nats$/);
    const disc = await pointPosition(page, canvas, 1, 0); // the disc again, once released
    await mouseDrag(page, disc, { x: (await xPixel(page, canvas, 0)) - 20, y: disc.y });
    expect(await readout(page, 'surprise-value')).toBe('I(0) = ∞ nats');
    const points = await page.$eval(canvas, (c) => c.infotheoryChart.data.datasets.map((d) => d.data.length));
    expect(points).toEqual([240, 0, 1]);
    expect(page.problems).toEqual([]);
  });
});
