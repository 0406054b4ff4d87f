// Kernel throughput in one Node process: entropy, cross-entropy and KL on
// 10^3, 10^4 and 10^6 elements, computed (a) by the wasm kernels through the
// public API (copy-in and input checks included), (b) by the same formula in
// plain JS, and (c) with @stdlib (its ln and its Kahan–Babuška–Neumaier
// sum, stdlib having no entropy of a vector). Prints ns per element, the
// ratio to plain JS and each result's relative error against a reference
// summed in double-double arithmetic.
import { createRequire } from 'node:module';
import { isMain } from '../scripts/run.js';
import { load } from '../web/kernels.js';

const require = createRequire(import.meta.url);
const ln = require('@stdlib/math-base-special-ln');
const gsumkbn = require('@stdlib/blas-ext-base-gsumkbn');

// --- the reference: terms summed exactly enough (double-double) ----------

// Knuth's TwoSum and Dekker's TwoProduct (Dekker 1971): exact error terms.
function twoSum(a, b) {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}
const SPLIT = 134217729; // 2^27 + 1
function twoProduct(a, b) {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
/** Σ a_i · b_i in double-double: each product exact, each sum compensated. */
function referenceDot(a, b) {
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === 0) continue;
    const [p, e] = twoProduct(a[i], b[i]);
    const [s, f] = twoSum(hi, p);
    hi = s;
    lo += f + e;
  }
  return hi + lo;
}
const logs = (x) => Float64Array.from(x, (v) => (v > 0 ? Math.log(v) : 0));
const reference = {
  entropy: (P) => -referenceDot(P, logs(P)),
  crossEntropy: (P, Q) => -referenceDot(P, logs(Q)),
  klDivergence: (P, Q) => {
    const logP = logs(P);
    const logQ = logs(Q);
    return referenceDot(
      P,
      logP.map((v, i) => v - logQ[i]),
    );
  },
};

// --- the same formulas in plain JS and with @stdlib ------------------------

const plain = {
  entropy(P) {
    let s = 0;
    for (let i = 0; i < P.length; i++) if (P[i] > 0) s -= P[i] * Math.log(P[i]);
    return s;
  },
  crossEntropy(P, Q) {
    let s = 0;
    for (let i = 0; i < P.length; i++) if (P[i] > 0) s -= P[i] * Math.log(Q[i]);
    return s;
  },
  klDivergence(P, Q) {
    let s = 0;
    for (let i = 0; i < P.length; i++) if (P[i] > 0) s += P[i] * Math.log(P[i] / Q[i]);
    return s;
  },
};

function stdlibTerms(n, term) {
  const terms = new Float64Array(n);
  for (let i = 0; i < n; i++) terms[i] = term(i);
  return gsumkbn(n, terms, 1);
}
const stdlib = {
  entropy: (P) => -stdlibTerms(P.length, (i) => (P[i] > 0 ? P[i] * ln(P[i]) : 0)),
  crossEntropy: (P, Q) => -stdlibTerms(P.length, (i) => (P[i] > 0 ? P[i] * ln(Q[i]) : 0)),
  klDivergence: (P, Q) => stdlibTerms(P.length, (i) => (P[i] > 0 ? P[i] * ln(P[i] / Q[i]) : 0)),
};

// --- timing --------------------------------------------------------------

/** Median time of `fn` in ms, after warm-up, over enough runs to take ~0.3 s. */
function time(fn) {
  for (let i = 0; i < 5; i++) fn();
  const start = performance.now();
  fn();
  const once = Math.max(performance.now() - start, 1e-3);
  const runs = Math.min(200, Math.max(7, Math.ceil(300 / once)));
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export async function benchKernels({ sizes = [1e3, 1e4, 1e6] } = {}) {
  const api = await load();
  const rows = [];
  for (const n of sizes) {
    const P = api.randomDistribution(n, 1);
    const Q = api.randomDistribution(n, 2);
    for (const kernel of ['entropy', 'crossEntropy', 'klDivergence']) {
      const args = kernel === 'entropy' ? [P] : [P, Q];
      const want = reference[kernel](...args);
      const result = {};
      for (const [name, impl] of [
        ['wasm', (...a) => api[kernel](...a)],
        ['plain JS', plain[kernel]],
        ['@stdlib', stdlib[kernel]],
      ]) {
        const value = impl(...args);
        const ms = time(() => impl(...args));
        result[name] = { ns: (ms * 1e6) / n, error: Math.abs(value - want) / Math.abs(want) };
      }
      rows.push({ kernel, n, result });
    }
  }
  return rows;
}

/**
 * The fixed cost of one call: ns per call on K = 4 (copy in, checks, result
 * back), median of batches of 20,000 calls.
 */
export async function benchCalls() {
  const api = await load();
  const P = new Float64Array([0.1, 0.2, 0.3, 0.4]);
  const Q = new Float64Array([0.4, 0.3, 0.2, 0.1]);
  const calls = {
    'binaryEntropy(p)': () => api.binaryEntropy(0.3),
    'entropy(P)': () => api.entropy(P),
    'crossEntropy(P, Q)': () => api.crossEntropy(P, Q),
    'klDivergence(P, Q)': () => api.klDivergence(P, Q),
    'decompose(P, Q)': () => api.decompose(P, Q),
  };
  const batch = 20000;
  return Object.entries(calls).map(([call, fn]) => ({
    call,
    ns:
      (time(() => {
        for (let i = 0; i < batch; i++) fn();
      }) *
        1e6) /
      batch,
  }));
}

/** The rows as a Markdown table. */
export function kernelTable(rows) {
  const fmt = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
  const err = (x) => (x === 0 ? '0' : x.toExponential(1));
  const lines = [
    '| kernel | n | wasm ns/elt | plain JS ns/elt | @stdlib ns/elt | wasm speed-up vs JS | rel. error wasm | JS | @stdlib |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { kernel, n, result } of rows) {
    const w = result.wasm;
    const j = result['plain JS'];
    const s = result['@stdlib'];
    lines.push(
      `| ${kernel} | ${n.toExponential(0).replace('e+', 'e')} | ${fmt(w.ns)} | ${fmt(j.ns)} | ${fmt(s.ns)} | ` +
        `${(j.ns / w.ns).toFixed(2)}× | ${err(w.error)} | ${err(j.error)} | ${err(s.error)} |`,
    );
  }
  return lines.join('\n');
}

if (isMain(import.meta.url)) {
  console.log(kernelTable(await benchKernels()));
}
