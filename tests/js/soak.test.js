// Long use: 10^5 calls to every function of the API, with seeded random
// valid and invalid arguments. Refused input throws an Error naming the
// function; accepted input gives finite results of the right shape; and
// nothing accumulates: malloc's bytes in use, the wasm memory, Embind's
// handles and the JS heap end where they stood after a warm-up, and the
// kernels still compute what they computed at the start.
import { beforeAll, describe, expect, test } from '@jest/globals';
import v8 from 'node:v8';
import vm from 'node:vm';
import { load } from '../../web/kernels.js';
import { mulberry32 } from '../random.js';

const CALLS = 100000;
const WARM_UP = 10000;
const CHECKPOINTS = 10; // memory is read every CALLS / CHECKPOINTS calls
const MAX_SIZE = 2048; // the most categories an argument has

// Bounds, and why they catch a leak without tripping on noise:
// - malloc: every binding frees what it allocates before returning, so bytes
//   in use return exactly to the same number; 1 KiB of slack is under what
//   a leak of one 16-byte chunk every 1000 calls would leave (1.6 KB).
// - JS heap (after a full GC): 4 MiB over 10^5 calls is 42 bytes a call,
//   less than any result kept alive (a Float64Array alone is over 100 bytes).
//   It does grow by about 1 MB, and at every checkpoint: a heap snapshot
//   diff shows only V8's compiled code (code, deopt data, relocation info)
//   as the random paths get hot, levelling off near 1.1 MB after 2 * 10^5
//   calls; no data objects accumulate.
const MALLOC_SLACK = 1024;
const JS_HEAP_SLACK = 4 * 1024 * 1024;

// A full garbage collection without starting node with --expose-gc: the
// flag applies to contexts created after it is set.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

function jsHeap() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A seeded generator of numbers in [0, 1) (mulberry32), with helpers. */
function random(seed) {
  const next = mulberry32(seed);
  const r = {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor((hi - lo + 1) * next()),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(items.length * next())],
    /** A probability in (0, 1]. */
    positive: () => 1 - next(),
    logUniform: (lo, hi) => Math.exp(r.uniform(Math.log(lo), Math.log(hi))),
    /** Category counts: mostly small, sometimes hundreds or a few thousand. */
    size: (min = 1) => {
      const u = next();
      if (u < 0.75) return r.int(min, 16);
      if (u < 0.98) return r.int(17, 128);
      return r.int(129, MAX_SIZE);
    },
    /** A random distribution over k categories (flat Dirichlet); `zeros`: some entries exactly 0. */
    dist: (k, { zeros = false } = {}) => {
      const w = Array.from({ length: k }, () => -Math.log(1 - next()));
      if (zeros && k > 1) for (let i = 0; i < k; i++) if (next() < 0.3) w[i] = 0;
      if (!w.some((x) => x > 0)) w[0] = 1;
      const sum = w.reduce((s, x) => s + x, 0);
      return r.probabilities(w.map((x) => x / sum));
    },
    /** Probabilities as a plain array or a Float64Array (Float32 would move the sum off 1). */
    probabilities: (values) => (next() < 0.5 ? values : Float64Array.from(values)),
    /** Other numbers as a plain array, a Float64Array or a Float32Array. */
    numbers: (values) => r.pick([() => values, () => Float64Array.from(values), () => Float32Array.from(values)])(),
    units: () => r.pick([undefined, {}, { units: 'nats' }, { units: 'bits' }]),
    unit: () => r.pick([undefined, 'nats', 'bits']),
    mixture: () => {
      const w = r.uniform(0.05, 0.95);
      return {
        weights: [w, 1 - w],
        means: [r.uniform(-5, 5), r.uniform(-5, 5)],
        sigmas: [r.logUniform(0.2, 2.5), r.logUniform(0.2, 2.5)],
      };
    },
    direction: () => r.pick(['forward', 'reverse']),
    advantages: (k) => r.numbers(Array.from({ length: k }, () => r.uniform(-2, 2))),
    alphas: () => r.numbers(Array.from({ length: r.int(1, 32) }, () => r.uniform(0, 3))),
  };
  return r;
}

// --- Invalid arguments ------------------------------------------------------

// An array longer than maxCategories. Only its last entry is set, so V8
// keeps it as a dictionary: it costs no memory (new Array(n) would cost 8n bytes).
let tooLong;

const badNumber = (r) => r.pick([NaN, Infinity, -Infinity, '0.5', null, undefined, {}, [0.5], true]);
const badProbability = (r) => r.pick([NaN, -0.1, 1.5, Infinity, -Infinity, '0.5', null, undefined]);
const badPositive = (r) => r.pick([0, -1, -1e-300, NaN, Infinity, '1', null]);
const badCount = (r) => r.pick([-1, 1.5, NaN, Infinity, 1e20, '3', null]);
const badUnits = (r) => r.pick([{ units: 'bytes' }, { units: 'Bits' }, { units: null }, 'bits', 42]);
const badDirection = (r) => r.pick(['sideways', 'Forward', undefined, null, 1]);
/** Not a distribution of k categories: NaN, negative, > 1, sums off 1, empty, strings, too long... */
function badDist(r, k = r.size(2)) {
  const P = Array.from(r.dist(k));
  const i = r.int(0, k - 1);
  const withEntry = (value) => {
    P[i] = value;
    return r.chance(0.5) || typeof value === 'string' ? P : Float64Array.from(P);
  };
  return r.pick([
    () => withEntry(NaN),
    () => withEntry(-P[i] - 0.01),
    () => withEntry(Infinity),
    () => withEntry(String(P[i])),
    () => P.map((p) => p * 1.01), // sums to 1.01
    () => P.map((p, j) => (j === i ? p + 1e-6 : p)), // sums to 1 + 1e-6
    () => [1.5, -0.5],
    () => [],
    () => '0.5,0.5',
    () => null,
    () => ({ length: k }),
    () => tooLong,
  ])();
}
/** Logits or other finite numbers gone wrong. */
const badNumbers = (r) =>
  r.pick([[], [1, NaN], [Infinity, 0], [0, -Infinity], 'abc', [1, '2'], null, new Float32Array([NaN, 1]), tooLong]);
function badMixture(r) {
  const m = r.mixture();
  const change = r.int(0, 9);
  if (change === 0) return { ...m, weights: [0.5, 0.4] };
  if (change === 1) return { ...m, weights: [1.2, -0.2] };
  if (change === 2) return { ...m, sigmas: [0, 1] };
  if (change === 3) return { ...m, sigmas: [1, -1] };
  if (change === 4) return { ...m, means: [NaN, 0] };
  if (change === 5) return { ...m, weights: [0.3, 0.3, 0.4] };
  if (change === 6) return { weights: m.weights, means: m.means };
  if (change === 7) return null;
  if (change === 8) return 'mixture';
  return { ...m, means: ['0', 1] };
}
const badCurvePoints = (r) => r.pick([3, 0, -1, 2.5, NaN, 100001, '200', null]);

// --- Every function: valid arguments, what a result must look like, invalid arguments

const isNumber = (x) => typeof x === 'number' && Number.isFinite(x);
const floats = (n) => (x) => x instanceof Float64Array && x.length === n && x.every(Number.isFinite);
const sumsToOne = (x) => Math.abs(x.reduce((s, v) => s + v, 0) - 1) < 1e-9;
const distribution = (n) => (x) => floats(n)(x) && x.every((v) => v >= 0 && v <= 1) && sumsToOne(x);
const curve = (n) => (c) => floats(n)(c.x) && floats(n)(c.y);
/** An object whose `keys` are all finite numbers. */
function object(...keys) {
  return (o) => o !== null && typeof o === 'object' && keys.every((key) => isNumber(o[key]));
}

/** A pair P, Q of the same length; P may have zeros, Q has none (so every value stays finite). */
function pair(r, { zeros = true } = {}) {
  const k = r.size(2);
  return [r.dist(k, { zeros: zeros && r.chance(0.3) }), r.dist(k)];
}
function pairInvalid(r, { units = true } = {}) {
  const [P, Q] = pair(r);
  return r.pick([
    () => [badDist(r, P.length), Q],
    () => [P, badDist(r, P.length)],
    () => [P, r.dist(P.length + 1)], // lengths differ
    ...(units ? [() => [P, Q, badUnits(r)]] : []),
  ])();
}
/** Where a density curve is drawn, and in how many points. */
const range = (r) => {
  const lo = r.uniform(-10, 0);
  return { lo, hi: lo + r.uniform(0.5, 20), points: r.int(4, 400) };
};
const badRange = (r) =>
  r.pick([
    { lo: 1, hi: 1, points: 50 },
    { lo: 2, hi: -2, points: 50 },
    { lo: NaN, hi: 1, points: 50 },
    { lo: -1, hi: Infinity, points: 50 },
    { hi: 1, points: 50 },
    { lo: -1, hi: 1, points: badCurvePoints(r) },
  ]);
const grid = (r) => {
  const muLo = r.uniform(-8, 0);
  const logSigmaLo = r.uniform(-3, 0);
  return {
    muLo,
    muHi: muLo + r.uniform(1, 12),
    nMu: r.int(2, 12),
    logSigmaLo,
    logSigmaHi: logSigmaLo + r.uniform(0.5, 5),
    nLogSigma: r.int(2, 12),
    units: r.unit(),
  };
};
const policy = (r) => {
  const k = r.size(2);
  return [r.dist(k), r.advantages(k)];
};
function policyInvalid(r) {
  const [piOld, advantages] = policy(r);
  return r.pick([
    () => [badDist(r, piOld.length), advantages],
    () => [piOld, badNumbers(r)],
    () => [piOld, r.advantages(piOld.length + 1)], // lengths differ
    () => [
      [0.5, 0.5],
      [1e308, -1e308],
    ], // their spread overflows
  ])();
}
/** Ascending whole numbers of draws. */
const checkpoints = (r) => {
  let n = 0;
  return r.numbers(Array.from({ length: r.int(1, 40) }, () => (n += r.int(0, 60) || 1)));
};

const SPECS = {
  surprise: {
    valid: (r) => [r.positive(), r.units()],
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [(r) => [badProbability(r)], (r) => [0.5, badUnits(r)]],
  },
  jointSurprise: {
    valid: (r) => [r.positive(), r.positive(), r.units()],
    ok: object('probability', 'joint', 'sum'),
    invalid: [(r) => [badProbability(r), 0.5], (r) => [0.5, badProbability(r)], (r) => [0.5, 0.5, badUnits(r)]],
  },
  entropy: {
    valid: (r) => [r.dist(r.size(1), { zeros: r.chance(0.3) }), r.units()],
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [(r) => [badDist(r)], (r) => [[0.5, 0.5], badUnits(r)]],
  },
  binaryEntropy: {
    valid: (r) => [r.next(), r.units()],
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [(r) => [badProbability(r)], (r) => [0.5, badUnits(r)]],
  },
  crossEntropy: { valid: (r) => [...pair(r), r.units()], ok: isNumber, invalid: [pairInvalid] },
  klDivergence: { valid: (r) => [...pair(r), r.units()], ok: (x) => isNumber(x) && x >= 0, invalid: [pairInvalid] },
  decompose: {
    valid: (r) => [...pair(r, { zeros: false }), r.units()],
    ok: object('entropy', 'crossEntropy', 'kl', 'reverseKl'),
    invalid: [pairInvalid],
  },
  surpriseCurve: {
    valid: (r) => [{ points: r.int(4, 500), maxNats: r.uniform(0.1, 50), units: r.unit() }],
    ok: (c, [{ points }]) => curve(points)(c),
    invalid: [
      (r) => [{ points: badCurvePoints(r) }],
      (r) => [{ maxNats: r.pick([0, -1, NaN, Infinity, 701, '7']) }],
      (r) => [{ units: r.pick(['bytes', 'Bits', 2]) }],
    ],
  },
  binaryEntropyCurve: {
    valid: (r) => [{ points: r.int(4, 500), units: r.unit() }],
    ok: (c, [{ points }]) => curve(points)(c),
    invalid: [(r) => [{ points: badCurvePoints(r) }], (r) => [{ units: 'bytes' }]],
  },
  logSpace: {
    valid: (r) => {
      const lo = r.logUniform(1e-6, 10);
      return [lo, lo * r.logUniform(1.01, 1e6), r.int(2, 500)];
    },
    ok: (x, [, , n]) => floats(n)(x),
    invalid: [
      (r) => [r.pick([0, -1, NaN, '1']), 10, 50],
      (r) => [10, r.pick([10, 1, NaN, Infinity]), 50],
      (r) => [1, 10, r.pick([1, 0, 1.5, NaN, 100001])],
    ],
  },
  logSpacedCounts: {
    valid: (r) => [r.int(1, 1000000), r.int(2, 200)],
    ok: (x, [nMax, count]) =>
      x instanceof Float64Array && x.length >= 1 && x.length <= count && x[x.length - 1] <= nMax,
    invalid: [(r) => [r.pick([0, 1.5, NaN, -3, '10']), 50], (r) => [100, r.pick([1, 0, 1.5, NaN, 100001])]],
  },
  logitsFor: {
    valid: (r) => (r.chance(0.5) ? [r.dist(r.size(1))] : [r.dist(r.size(1)), -r.uniform(0.1, 50)]),
    ok: (x, [P]) => floats(P.length)(x) && x.every((z) => z <= 0),
    invalid: [(r) => [badDist(r)], (r) => [[0.5, 0.5], r.pick([0, 1, NaN, -Infinity, '-1'])]],
  },
  uniform: {
    valid: (r) => [r.size(1)],
    ok: (x, [k]) => distribution(k)(x),
    invalid: [(r) => [r.chance(0.4) ? r.pick([0, 1e7 + 1]) : badCount(r)]],
  },
  pointMass: {
    valid: (r) => {
      const k = r.size(1);
      return [k, r.int(0, k - 1)];
    },
    ok: (x, [k]) => distribution(k)(x),
    invalid: [(r) => [badCount(r), 0], (r) => [4, r.pick([4, 5, -1, 1.5, NaN])], (r) => [0, 0]],
  },
  randomDistribution: {
    valid: (r) => [r.size(1), r.int(0, 1e9)],
    ok: (x, [k]) => distribution(k)(x),
    invalid: [(r) => [badCount(r), 1], (r) => [4, r.pick([-1, 1.5, NaN, 2 ** 53, '1'])]],
  },
  setProbability: {
    valid: (r) => {
      const k = r.size(2);
      return [r.dist(k, { zeros: r.chance(0.3) }), r.int(0, k - 1), r.next()];
    },
    ok: (x, [P]) => distribution(P.length)(x),
    invalid: [
      (r) => [badDist(r), 0, 0.5],
      (r) => [[0.5, 0.5], r.pick([2, 3, -1, 1.5, NaN]), 0.5],
      (r) => [[0.5, 0.5], 0, badProbability(r)],
    ],
  },
  resizeDistribution: {
    valid: (r) => [r.dist(r.size(1)), r.size(1)],
    ok: (x, [, k]) => distribution(k)(x),
    invalid: [(r) => [badDist(r), 3], (r) => [[0.5, 0.5], r.pick([0, 1e7 + 1, -1, 1.5, NaN, '3'])]],
  },
  empiricalDistribution: {
    valid: (r) => {
      const counts = Array.from({ length: r.size(1) }, () => r.int(0, 50));
      counts[0] += 1;
      return [r.numbers(counts)];
    },
    ok: (x, [counts]) => distribution(counts.length)(x),
    invalid: [(r) => [r.pick([[1, -1], [0, 0, 0], [1, NaN], [], ['a'], [Infinity, 1], 'counts', tooLong])]],
  },
  gaussianKL: {
    valid: (r) => [r.uniform(-5, 5), r.logUniform(0.05, 20), r.uniform(-5, 5), r.logUniform(0.05, 20), r.units()],
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [
      (r) => [badNumber(r), 1, 0, 1],
      (r) => [0, badPositive(r), 0, 1],
      (r) => [0, 1, badNumber(r), 1],
      (r) => [0, 1, 0, badPositive(r)],
      (r) => [0, 1, 0, 1, badUnits(r)],
    ],
  },
  vaeKL: {
    valid: (r) => [r.uniform(-3, 3), r.logUniform(0.05, 3), r.units()],
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [(r) => [badNumber(r), 1], (r) => [0, badPositive(r)], (r) => [0, 1, badUnits(r)]],
  },
  vaeKLTerms: {
    valid: (r) => [r.uniform(-3, 3), r.logUniform(0.05, 3), r.units()],
    ok: object('mean', 'variance', 'logVariance', 'constant', 'total'),
    invalid: [(r) => [badNumber(r), 1], (r) => [0, badPositive(r)], (r) => [0, 1, badUnits(r)]],
  },
  convertInformation: {
    valid: (r) => [r.uniform(-10, 10), r.unit(), r.unit()],
    ok: isNumber,
    invalid: [() => [NaN, 'nats', 'bits'], () => [1, 'bytes', 'nats'], () => ['1', 'nats', 'bits']],
  },
  gaussianEntropy: {
    valid: (r) => [r.logUniform(1e-3, 1e3), r.units()],
    ok: isNumber,
    invalid: [(r) => [badPositive(r)], (r) => [1, badUnits(r)]],
  },
  gaussianKLByQuadrature: {
    valid: (r) => [r.uniform(-3, 3), r.logUniform(0.2, 5), r.uniform(-3, 3), r.logUniform(0.2, 5), r.units()],
    ok: object('value', 'errorEstimate', 'evaluations', 'closedForm', 'difference'),
    invalid: [(r) => [badNumber(r), 1, 0, 1], (r) => [0, 1, 0, badPositive(r)], (r) => [0, 1, 0, 1, badUnits(r)]],
  },
  gaussianDensityCurve: {
    valid: (r) => [r.uniform(-5, 5), r.logUniform(0.05, 5), range(r)],
    ok: (c, [, , { points }]) => curve(points)(c),
    invalid: [(r) => [badNumber(r), 1, range(r)], (r) => [0, badPositive(r), range(r)], (r) => [0, 1, badRange(r)]],
  },
  mixtureDensityCurve: {
    valid: (r) => [r.mixture(), range(r)],
    ok: (c, [, { points }]) => curve(points)(c),
    invalid: [(r) => [badMixture(r), range(r)], (r) => [r.mixture(), badRange(r)]],
  },
  mixtureDensity: {
    valid: (r) => [r.mixture(), r.uniform(-10, 10)],
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [(r) => [badMixture(r), 0], (r) => [r.mixture(), badNumber(r)]],
  },
  fitGaussian: {
    valid: (r) => [r.mixture(), r.direction(), r.units()],
    ok: (fit) => object('mu', 'sigma', 'kl')(fit) && typeof fit.tie === 'boolean',
    invalid: [
      (r) => [badMixture(r), 'forward'],
      (r) => [r.mixture(), badDirection(r)],
      (r) => [r.mixture(), 'reverse', badUnits(r)],
    ],
  },
  mixtureKL: {
    valid: (r) => [r.mixture(), r.uniform(-6, 6), r.logUniform(0.1, 10), r.direction(), r.units()],
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [
      (r) => [badMixture(r), 0, 1, 'forward'],
      (r) => [r.mixture(), badNumber(r), 1, 'forward'],
      (r) => [r.mixture(), 0, badPositive(r), 'reverse'],
      (r) => [r.mixture(), 0, 1, badDirection(r)],
      (r) => [r.mixture(), 0, 1, 'forward', badUnits(r)],
    ],
  },
  klLandscape: {
    valid: (r) => [r.mixture(), r.direction(), grid(r)],
    ok: (x, [, , g]) => floats(g.nMu * g.nLogSigma)(x),
    invalid: [
      (r) => [badMixture(r), 'reverse', grid(r)],
      (r) => [r.mixture(), badDirection(r), grid(r)],
      (r) => [r.mixture(), 'forward', { ...grid(r), nMu: r.pick([1, 401, 1.5, NaN]) }],
      (r) => [r.mixture(), 'reverse', { ...grid(r), muLo: 1, muHi: -1 }],
      (r) => [r.mixture(), 'reverse', { ...grid(r), logSigmaLo: -701 }],
      (r) => [r.mixture(), 'forward', { ...grid(r), logSigmaHi: 701 }],
      (r) => [r.mixture(), 'forward', { ...grid(r), muLo: undefined }],
      (r) => [r.mixture(), 'forward', { ...grid(r), units: 'bytes' }],
    ],
  },
  logSoftmax: {
    valid: (r) => [r.numbers(Array.from({ length: r.size(1) }, () => r.uniform(-50, 50)))],
    ok: (x, [z]) => floats(z.length)(x) && x.every((v) => v <= 0),
    invalid: [(r) => [badNumbers(r)]],
  },
  softmax: {
    valid: (r) => [r.numbers(Array.from({ length: r.size(1) }, () => r.uniform(-50, 50)))],
    ok: (x, [z]) => distribution(z.length)(x),
    invalid: [(r) => [badNumbers(r)]],
  },
  softmaxCrossEntropy: {
    valid: (r) => {
      const k = r.size(1);
      return [r.numbers(Array.from({ length: k }, () => r.uniform(-20, 20))), r.int(0, k - 1), r.units()];
    },
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [
      (r) => [badNumbers(r), 0],
      (r) => [[1, 2, 3], r.pick([3, 4, -1, 1.5, NaN, '0'])],
      (r) => [[1, 2, 3], 0, badUnits(r)],
    ],
  },
  softmaxCrossEntropyGradient: {
    valid: (r) => {
      const k = r.size(1);
      return [r.numbers(Array.from({ length: k }, () => r.uniform(-20, 20))), r.int(0, k - 1)];
    },
    ok: (x, [z]) => floats(z.length)(x),
    invalid: [(r) => [badNumbers(r), 0], (r) => [[1, 2, 3], r.pick([3, 4, -1, 1.5, NaN, '0'])]],
  },
  // fitscode: prefix codes, messages, the KL integrand.
  shannonCode: {
    valid: (r) => [r.dist(r.size(1), { zeros: r.chance(0.3) })],
    ok: (c, [Q]) =>
      c.lengths instanceof Float64Array &&
      c.lengths.length === Q.length &&
      c.codewords.length === Q.length &&
      c.kraftSum <= 1 + 1e-12,
    invalid: [(r) => [badDist(r)]],
  },
  huffmanLengths: {
    valid: (r) => [r.dist(r.size(1), { zeros: r.chance(0.3) })],
    ok: (x, [Q]) => x instanceof Float64Array && x.length === Q.length,
    invalid: [(r) => [badDist(r)]],
  },
  averageCodeLength: {
    valid: (r) => {
      const P = r.dist(r.size(1), { zeros: r.chance(0.3) });
      return [P, Array.from(P, () => r.int(0, 20))];
    },
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [
      (r) => [badDist(r), [1]],
      () => [[0.5, 0.5], [1]],
      () => [
        [0.5, 0.5],
        [1, -1],
      ],
      () => [[0.5, 0.5], '1,1'],
    ],
  },
  sampleMessage: {
    valid: (r) => [r.dist(r.size(1), { zeros: r.chance(0.3) }), { n: r.int(1, 200), seed: r.int(0, 1e9) }],
    ok: (x, [P, { n }]) => floats(n)(x) && x.every((s) => Number.isInteger(s) && s >= 0 && s < P.length),
    invalid: [
      (r) => [badDist(r), { n: 10, seed: 1 }],
      (r) => [[0.5, 0.5], { n: r.pick([0, -1, 1.5, NaN, 10001, '10']), seed: 1 }],
      () => [[0.5, 0.5], 10, 1],
    ],
  },
  messageLength: {
    valid: (r) => {
      const k = r.int(1, 8);
      const lengths = Array.from({ length: k }, () => r.int(0, 20));
      return [lengths, Array.from({ length: r.int(0, 50) }, () => r.int(0, k - 1))];
    },
    ok: (x) => isNumber(x) && x >= 0,
    invalid: [() => [[1, 2], [2]], () => [[1, 2], [0.5]], () => [[1, -2], [0]], () => [[1, 2], '0']],
  },
  klIntegrandCurve: {
    valid: (r) => [r.mixture(), r.uniform(-5, 5), r.logUniform(0.1, 10), r.direction(), range(r), r.units()],
    ok: (c, [, , , , { points }]) => curve(points)(c) && object('lowX', 'lowY', 'highX', 'highY')(c.extremes),
    invalid: [
      (r) => [badMixture(r), 0, 1, 'forward', range(r)],
      (r) => [r.mixture(), badNumber(r), 1, 'forward', range(r)],
      (r) => [r.mixture(), 0, badPositive(r), 'reverse', range(r)],
      (r) => [r.mixture(), 0, 1, badDirection(r), range(r)],
      (r) => [r.mixture(), 0, 1, 'forward', badRange(r)],
      (r) => [r.mixture(), 0, 1, 'forward', range(r), badUnits(r)],
    ],
  },
  curveExtremes: {
    valid: (r) => {
      const n = r.int(1, 50);
      return [Array.from({ length: n }, (_, i) => i), Array.from({ length: n }, () => r.uniform(-1, 1))];
    },
    ok: object('lowX', 'lowY', 'highX', 'highY'),
    invalid: [() => [[1, 2], [1]], () => [[], []], () => ['1', [1]]],
  },
  sampleCounts: {
    valid: (r) => [r.dist(r.size(1), { zeros: r.chance(0.3) }), { n: r.int(0, 5000), seed: r.int(0, 1e9) }],
    ok: (x, [P, { n }]) => floats(P.length)(x) && x.reduce((s, c) => s + c, 0) === n,
    invalid: [
      (r) => [badDist(r), { n: 10, seed: 1 }],
      (r) => [[0.5, 0.5], { n: r.pick([-1, 1.5, NaN, 1e7 + 1, '10']), seed: 1 }],
      (r) => [[0.5, 0.5], { n: 10, seed: r.pick([-1, 1.5, NaN, 2 ** 53, '1']) }],
      () => [[0.5, 0.5], 10, 1],
    ],
  },
  nllConvergence: {
    valid: (r) => [...pair(r), { seed: r.int(0, 1e9), checkpoints: checkpoints(r), units: r.unit() }],
    ok: (x, [, , { checkpoints: c }]) => floats(c.length)(x),
    invalid: [
      (r) => {
        const [P, Q] = pairInvalid(r, { units: false });
        return [P, Q, { seed: 1, checkpoints: [1, 10] }];
      },
      (r) => [
        [0.5, 0.5],
        [0.5, 0.5],
        { seed: 1, checkpoints: r.pick([[10, 5], [0], [1.5], [], [1, NaN], [1e7 + 1], undefined, 'all']) },
      ],
      (r) => [[0.5, 0.5], [0.5, 0.5], { seed: r.pick([-1, 1.5, NaN, undefined]), checkpoints: [1] }],
      (r) => [[0.5, 0.5], [0.5, 0.5], { seed: 1, checkpoints: [1], units: 'bytes' }],
    ],
  },
  policyUpdate: {
    valid: (r) => [...policy(r), r.uniform(0, 3)],
    ok: (x, [piOld]) => distribution(piOld.length)(x),
    invalid: [(r) => [...policyInvalid(r), 0.5], (r) => [...policy(r), r.pick([-0.1, NaN, Infinity, '1'])]],
  },
  klAlongUpdate: {
    valid: (r) => [...policy(r), r.alphas(), r.units()],
    ok: (x, [, , alphas]) => floats(alphas.length)(x),
    invalid: [
      (r) => [...policyInvalid(r), [0.5]],
      (r) => [...policy(r), r.pick([[-1], [], [NaN], 'alphas', null])],
      (r) => [...policy(r), [0.5], badUnits(r)],
    ],
  },
  maxStepWithinBudget: {
    valid: (r) => [...policy(r), r.logUniform(1e-3, 1), r.units()],
    ok: (x) => typeof x === 'number' && x >= 0, // Infinity when no step leaves the budget
    invalid: [(r) => [...policyInvalid(r), 0.02], (r) => [...policy(r), badPositive(r)]],
  },
  ppoSurrogate: {
    valid: (r) => [...policy(r), { epsilon: r.uniform(0.05, 0.5), beta: r.uniform(0, 5), alphas: r.alphas() }],
    ok: (s, [, , { alphas }]) => ['unclipped', 'clipped', 'penalized'].every((key) => floats(alphas.length)(s[key])),
    invalid: [
      (r) => [...policyInvalid(r), { alphas: [0.5] }],
      (r) => [...policy(r), { epsilon: r.pick([0, 1, -0.2, NaN, '0.2']), alphas: [0.5] }],
      (r) => [...policy(r), { beta: r.pick([-1, NaN]), alphas: [0.5] }],
      (r) => [...policy(r), { alphas: r.pick([[-1], [], undefined]) }],
    ],
  },
  klEstimators: {
    valid: (r) => [...policy(r), r.uniform(0, 3), { n: r.int(2, 5000), seed: r.int(0, 1e9), units: r.unit() }],
    ok: object('exact', 'k1Mean', 'k1StdError', 'k3Mean', 'k3StdError'),
    invalid: [
      (r) => [...policyInvalid(r), 0.5],
      (r) => [...policy(r), r.pick([-1, NaN]), {}],
      (r) => [...policy(r), 0.5, { n: r.pick([0, 1, 1.5, 1e7 + 1, NaN]) }],
      (r) => [...policy(r), 0.5, { seed: r.pick([-1, 0.5, 2 ** 53]) }],
    ],
  },
  temper: {
    valid: (r) => [r.dist(r.size(1), { zeros: r.chance(0.3) }), r.logUniform(0.01, 100)],
    ok: (x, [P]) => distribution(P.length)(x),
    invalid: [(r) => [badDist(r), 1], (r) => [[0.5, 0.5], r.pick([0, -1, 1e-4, 1e4, NaN, '1'])]],
  },
  entropyAlongTemperature: {
    valid: (r) => [
      r.dist(r.size(1)),
      r.numbers(Array.from({ length: r.int(1, 40) }, () => r.logUniform(0.01, 100))),
      r.units(),
    ],
    ok: (x, [, temperatures]) => floats(temperatures.length)(x),
    invalid: [
      (r) => [badDist(r), [1]],
      (r) => [[0.5, 0.5], r.pick([[0], [1, -1], [], [NaN], [1e4], 'hot'])],
      (r) => [[0.5, 0.5], [1], badUnits(r)],
    ],
  },
  jensenPoints: {
    valid: (r) => [...pair(r), r.units()],
    ok: (j, [P]) =>
      object('meanX', 'meanLog', 'logMean')(j) &&
      j.meanLog <= j.logMean + 1e-12 &&
      j.xs.length === P.filter((p) => p > 0).length,
    invalid: [pairInvalid],
  },
  logCurve: {
    valid: (r) => {
      const lo = r.logUniform(1e-3, 1);
      return [{ lo, hi: lo + r.uniform(0.1, 10), points: r.int(4, 400), units: r.unit() }];
    },
    ok: (c, [{ points }]) => curve(points)(c),
    invalid: [
      (r) => [r.pick([{ lo: 0, hi: 1 }, { lo: 2, hi: 1 }, { lo: NaN, hi: 1 }, { lo: 0.1, hi: Infinity }, { hi: 1 }])],
      (r) => [{ lo: 0.1, hi: 1, points: badCurvePoints(r) }],
      (r) => [{ lo: 0.1, hi: 1, units: r.pick(['bytes', 'Bits', 2]) }],
    ],
  },
  logLikelihood: {
    valid: (r) => {
      const Q = r.dist(r.size(1));
      return [r.numbers(Q.map(() => r.int(0, 50))), Q, r.units()];
    },
    ok: (x) => isNumber(x) && x <= 0,
    invalid: [
      (r) => [
        [1, -1],
        [0.5, 0.5],
      ],
      (r) => [[1, 2], badDist(r, 2)],
      (r) => [
        [1, 2, 3],
        [0.5, 0.5],
      ],
      (r) => [
        [1.5, NaN],
        [0.5, 0.5],
      ],
    ],
  },
  // area (issue 13): per-outcome surprise terms, the draws, their running averages.
  surpriseTerms: {
    valid: (r) => [...pair(r), r.units()],
    ok: (x, [P]) =>
      ['left', 'p', 'surpriseP', 'entropy', 'surpriseQ', 'cross', 'kl'].every(
        (key) => x[key] instanceof Float64Array && x[key].length === P.length && !x[key].some(Number.isNaN),
      ),
    invalid: [pairInvalid],
  },
  drawOutcomes: {
    valid: (r) => [r.dist(r.size(1), { zeros: r.chance(0.3) }), { n: r.int(0, 2000), seed: r.int(0, 1e9) }],
    ok: (x, [P, { n }]) => floats(n)(x) && x.every((i) => P[i] > 0),
    invalid: [
      (r) => [badDist(r), { n: 10, seed: 1 }],
      (r) => [[0.5, 0.5], { n: r.pick([-1, 1.5, NaN, 1e7 + 1, '10']), seed: 1 }],
      () => [[0.5, 0.5], 10, 1],
    ],
  },
  runningSurprise: {
    valid: (r) => {
      const [P, Q] = pair(r, { zeros: false });
      return [P, Q, Array.from({ length: r.int(0, 200) }, () => r.int(0, P.length - 1)), r.units()];
    },
    ok: (x, [, , outcomes]) =>
      ['surpriseP', 'surpriseQ', 'averageP', 'averageQ', 'gap'].every((key) => floats(outcomes.length)(x[key])),
    invalid: [
      (r) => {
        const [P, Q] = pairInvalid(r, { units: false });
        return [P, Q, [0]];
      },
      () => [[0.5, 0.5], [0.5, 0.5], [2]],
      () => [[1, 0], [0.5, 0.5], [1]],
      () => [[0.5, 0.5], [0.5, 0.5], 'all'],
    ],
  },
  memoryUsage: {
    valid: () => [],
    ok: object('wasmBytes', 'bytesInUse', 'handles'),
    invalid: [],
  },
};

// The largest arguments the run uses, so that the warm-up reaches the
// wasm memory's high-water mark.
function largest(r) {
  const k = MAX_SIZE;
  const P = r.dist(k);
  const mixture = r.mixture();
  const policyArgs = [P, r.advantages(k)];
  const alphas = Array(32).fill(1);
  return {
    entropy: [P],
    crossEntropy: [P, P],
    klDivergence: [P, P],
    decompose: [P, P],
    surpriseCurve: [{ points: 500 }],
    binaryEntropyCurve: [{ points: 500 }],
    logSpace: [1, 2, 500],
    logSpacedCounts: [1000000, 200],
    logitsFor: [P],
    uniform: [k],
    pointMass: [k, 0],
    randomDistribution: [k, 1],
    setProbability: [P, 0, 0.5],
    resizeDistribution: [P, k],
    empiricalDistribution: [Array(k).fill(50)],
    gaussianDensityCurve: [0, 1, { lo: -1, hi: 1, points: 400 }],
    mixtureDensityCurve: [mixture, { lo: -1, hi: 1, points: 400 }],
    klLandscape: [mixture, 'reverse', { muLo: -1, muHi: 1, nMu: 12, logSigmaLo: -1, logSigmaHi: 1, nLogSigma: 12 }],
    logSoftmax: [Array(k).fill(1)],
    softmax: [Array(k).fill(1)],
    softmaxCrossEntropy: [Array(k).fill(1), 0],
    softmaxCrossEntropyGradient: [Array(k).fill(1), 0],
    sampleCounts: [P, { n: 5000, seed: 1 }],
    surpriseTerms: [P, P],
    drawOutcomes: [P, { n: 2000, seed: 1 }],
    runningSurprise: [P, P, Array(2000).fill(0)],
    nllConvergence: [P, P, { seed: 1, checkpoints: Array.from({ length: 40 }, (_, i) => 60 * (i + 1)) }],
    policyUpdate: [...policyArgs, 1],
    klAlongUpdate: [...policyArgs, alphas],
    maxStepWithinBudget: [...policyArgs, 0.001],
    ppoSurrogate: [...policyArgs, { alphas }],
    klEstimators: [...policyArgs, 1, { n: 5000 }],
    temper: [P, 0.01],
    entropyAlongTemperature: [P, Array(40).fill(2)],
  };
}

// --- The run -------------------------------------------------------------------

let api;
beforeAll(async () => {
  api = await load();
  tooLong = [];
  tooLong[api.maxCategories] = 0;
});

/** Calls `count` random functions with valid or invalid arguments; returns problems found. */
function soak(r, count, tally) {
  const names = Object.keys(SPECS);
  const problems = [];
  const report = (text) => {
    if (problems.length < 20) problems.push(text);
  };
  for (let i = 0; i < count; i++) {
    const name = r.pick(names);
    const spec = SPECS[name];
    const refuse = spec.invalid.length > 0 && r.chance(0.35);
    const args = refuse ? r.pick(spec.invalid)(r) : spec.valid(r);
    let result;
    let error;
    try {
      result = api[name](...args);
    } catch (e) {
      error = e;
    }
    tally.calls += 1;
    const counts = (tally.byName[name] ??= { valid: 0, refused: 0 });
    counts[refuse ? 'refused' : 'valid'] += 1;
    const shown = () => `${name}(${describeArgs(args)})`;
    if (refuse) {
      tally.refused += 1;
      if (!(error instanceof Error)) report(`${shown()} did not throw an Error (returned ${String(result)})`);
      else if (!error.message.startsWith(`${spec.label ?? name}: `)) report(`${shown()} threw "${error.message}"`);
    } else if (error) {
      report(`${shown()} threw "${error.message}"`);
    } else if (!spec.ok(result, args)) {
      report(`${shown()} gave an unexpected result ${describeArgs([result])}`);
    }
  }
  return problems;
}

function describeArgs(args) {
  return args
    .map((a) => {
      if (a === tooLong) return `[${a.length} entries]`;
      const text = JSON.stringify(ArrayBuffer.isView(a) ? Array.from(a) : a) ?? String(a);
      return text.length > 80 ? `${text.slice(0, 80)}…` : text;
    })
    .join(', ');
}

/** A fixed set of calls whose results must be the same, bit for bit, before and after the run. */
function battery() {
  const r = random(2024);
  const out = [];
  for (const name of Object.keys(SPECS)) {
    if (name === 'memoryUsage') continue;
    for (let i = 0; i < 3; i++) {
      const result = api[name](...SPECS[name].valid(r));
      out.push([name, ArrayBuffer.isView(result) ? Array.from(result) : result]);
    }
  }
  return out;
}

// Sums in plain JS, independent of the kernels.
const log = Math.log;
const jsEntropy = (P) => -P.reduce((s, p) => (p > 0 ? s + p * log(p) : s), 0);
const jsCross = (P, Q) => -P.reduce((s, p, i) => (p > 0 ? s + p * log(Q[i]) : s), 0);

describe('10^5 calls to every function with random valid and invalid arguments', () => {
  test('refuse bad input with an Error, and leave memory, handles and results as they were', () => {
    const started = performance.now();
    // Every function of the API has a spec here, so none is left out of the soak.
    const functions = Object.keys(api).filter((key) => typeof api[key] === 'function');
    expect(Object.keys(SPECS).sort()).toEqual(functions.sort());

    const initial = api.memoryUsage(); // before any call
    const before = battery();
    const r = random(20240601);
    const tally = { calls: 0, refused: 0, byName: {} };
    const warm = { calls: 0, refused: 0, byName: {} };
    for (const [name, args] of Object.entries(largest(r))) {
      const result = api[name](...args);
      expect(SPECS[name].ok(result, args)).toBe(true);
    }
    expect(soak(r, WARM_UP, warm)).toEqual([]);
    const points = [{ calls: 0, ...api.memoryUsage(), jsHeap: jsHeap() }];
    const problems = [];
    for (let c = 1; c <= CHECKPOINTS; c++) {
      problems.push(...soak(r, CALLS / CHECKPOINTS, tally));
      points.push({ calls: tally.calls, ...api.memoryUsage(), jsHeap: jsHeap() });
    }
    const soaked = performance.now();
    const after = battery();
    const [start, end] = [points[0], points[points.length - 1]];
    const mid = points[CHECKPOINTS / 2];

    console.log(
      [
        `soak: ${tally.calls} calls (${tally.refused} refused) after a warm-up of ${warm.calls}, in ${((soaked - started) / 1000).toFixed(1)} s`,
        `initial: wasm ${initial.wasmBytes} B, malloc in use ${initial.bytesInUse} B, Embind handles ${initial.handles}`,
        ...[
          ['after warm-up', start],
          ['midway', mid],
          ['end', end],
        ].map(
          ([label, p]) =>
            `${label} (${p.calls} calls): wasm ${p.wasmBytes} B, malloc in use ${p.bytesInUse} B, ` +
            `Embind handles ${p.handles}, JS heap ${p.jsHeap} B`,
        ),
        `JS heap at each checkpoint (B): ${points.map((p) => p.jsHeap).join(', ')}`,
      ].join('\n'),
    );

    expect(problems).toEqual([]);
    expect(tally.calls).toBe(CALLS);
    expect(tally.refused).toBeGreaterThan(CALLS / 4);
    // Every function, many times over, with valid and (where it takes any) invalid arguments.
    for (const [name, spec] of Object.entries(SPECS)) {
      expect([name, tally.byName[name].valid > 1000]).toEqual([name, true]);
      expect([name, tally.byName[name].refused > 500 || spec.invalid.length === 0]).toEqual([name, true]);
    }
    for (const p of points) {
      expect(p.handles).toBe(initial.handles);
      expect(p.bytesInUse - start.bytesInUse).toBeLessThanOrEqual(MALLOC_SLACK);
      expect(p.wasmBytes).toBe(start.wasmBytes);
    }
    expect(end.jsHeap - start.jsHeap).toBeLessThan(JS_HEAP_SLACK);

    // The kernels compute what they computed before the run, bit for bit...
    expect(after).toEqual(before);
    // ...and what is known independently.
    expect(api.binaryEntropy(0.5)).toBeCloseTo(Math.LN2, 15);
    expect(api.binaryEntropy(0.5, { units: 'bits' })).toBe(1);
    expect(api.surprise(0.25, { units: 'bits' })).toBe(2);
    for (const n of [2, 3, 10, 1000, 4096, 100000]) {
      expect(api.entropy(api.uniform(n))).toBeCloseTo(log(n), 13);
    }
    const check = random(7);
    for (let i = 0; i < 20; i++) {
      const k = check.int(2, 50);
      const P = Array.from(check.dist(k));
      const Q = Array.from(check.dist(k));
      const d = api.decompose(P, Q);
      expect(d.crossEntropy).toBeCloseTo(d.entropy + d.kl, 12);
      expect(d.entropy).toBeCloseTo(jsEntropy(P), 12);
      expect(d.crossEntropy).toBeCloseTo(jsCross(P, Q), 12);
      expect(d.reverseKl).toBeCloseTo(jsCross(Q, P) - jsEntropy(Q), 12);
      expect(api.klDivergence(P, P)).toBe(0);
    }
    const [m1, s1, m2, s2] = [0.3, 0.7, -1.1, 1.9];
    expect(api.gaussianKL(m1, s1, m2, s2)).toBeCloseTo(
      log(s2 / s1) + (s1 ** 2 + (m1 - m2) ** 2) / (2 * s2 ** 2) - 0.5,
      14,
    );
    expect(api.memoryUsage()).toEqual({
      wasmBytes: end.wasmBytes,
      bytesInUse: end.bytesInUse,
      handles: initial.handles,
    });
  }, 120000);
});
