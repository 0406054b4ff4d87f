// The shared reference cases (tests/cases.json) against the wasm module,
// through the public API. tests/cpp/cases_test.cpp runs the same file natively.
import { beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import { load } from '../../web/kernels.js';

const cases = JSON.parse(fs.readFileSync(new URL('../cases.json', import.meta.url), 'utf8'));
const SPELLED = { Infinity: Infinity, '-Infinity': -Infinity, NaN: NaN };
const decode = (v) => (Array.isArray(v) ? v.map(decode) : typeof v === 'string' ? SPELLED[v] : v);

let api;
beforeAll(async () => {
  api = await load();
});

// Relative tolerance from the file; references of 0 or ∞ must be met exactly.
function expectClose(got, wantRaw) {
  const want = decode(wantRaw);
  if (want === 0 || !Number.isFinite(want)) {
    expect(got).toBe(want); // toBe distinguishes +0 from -0
  } else {
    expect(Math.abs(got - want)).toBeLessThanOrEqual(cases.relativeTolerance * Math.abs(want));
  }
}

const VALUE_KERNELS = {
  surprise: (c, units) => api.surprise(decode(c.p), { units }),
  binaryEntropy: (c, units) => api.binaryEntropy(decode(c.p), { units }),
  entropy: (c, units) => api.entropy(decode(c.P), { units }),
  crossEntropy: (c, units) => api.crossEntropy(decode(c.P), decode(c.Q), { units }),
  klDivergence: (c, units) => api.klDivergence(decode(c.P), decode(c.Q), { units }),
  gaussianKL: (c, units) => api.gaussianKL(...decode(c.args), { units }),
  vaeKL: (c, units) => api.vaeKL(...decode(c.args), { units }),
  gaussianEntropy: (c, units) => api.gaussianEntropy(...decode(c.args), { units }),
  softmaxCrossEntropy: (c, units) => api.softmaxCrossEntropy(...decode(c.args), { units }),
};

for (const [section, compute] of Object.entries(VALUE_KERNELS)) {
  describe(section, () => {
    test.each(cases[section].map((c) => [c.name, c]))('%s', (name, c) => {
      for (const units of ['nats', 'bits']) expectClose(compute(c, units), c[units]);
    });
  });
}

describe('jointSurprise', () => {
  test.each(cases.jointSurprise.map((c) => [c.name, c]))('%s', (name, c) => {
    for (const units of ['nats', 'bits']) {
      const got = api.jointSurprise(c.p1, c.p2, { units });
      expect(got.probability).toBe(c.probability);
      expectClose(got.joint, c[units]);
      expectClose(got.sum, c[units]);
    }
  });
});

describe('logSoftmax', () => {
  test.each(cases.logSoftmax.map((c) => [c.name, c]))('%s', (name, c) => {
    const got = api.logSoftmax(c.logits);
    expect(got).toHaveLength(c.values.length);
    c.values.forEach((want, i) => expectClose(got[i], want));
  });
});

describe('decompose agrees with the separate kernels', () => {
  test.each(cases.crossEntropy.map((c, i) => [c.name, c, cases.klDivergence[i]]))('%s', (name, ce, kl) => {
    const P = decode(ce.P);
    const Q = decode(ce.Q);
    const d = api.decompose(P, Q);
    expectClose(d.crossEntropy, ce.nats);
    expectClose(d.kl, kl.nats);
    expect(d.entropy).toBe(api.entropy(P));
    expect(d.reverseKl).toBe(api.klDivergence(Q, P));
  });
});

describe('invalid input throws an Error naming the argument', () => {
  test.each(cases.invalid.map((c) => [c.name, c]))('%s', (name, c) => {
    let error;
    try {
      api[c.fn](...decode(c.args));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(error.message.startsWith(`${c.fn}: `)).toBe(true);
    for (const fragment of c.message) expect(error.message).toContain(fragment);
  });
});
