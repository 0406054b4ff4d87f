// The two-lane log (cpp/vector_log.hpp) as the wasm build compiles it, with
// wasm SIMD, against the C library's log in the same module: through the test
// bindings vectorLog and scalarLog (tests/wasm/test_hooks_bindings.cpp), in a
// module of their own that `npm test -- js` builds (CMake preset wasm-test).
import { beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const createTestHooks = createRequire(import.meta.url)('../../build/wasm-test/infotheory-test-hooks.js');

let hooks;
beforeAll(async () => {
  // The .wasm beside the loader, read here (the loader's own Node path would fetch() a file path).
  hooks = await createTestHooks({
    wasmBinary: fs.readFileSync(new URL('../../build/wasm-test/infotheory-test-hooks.wasm', import.meta.url)),
  });
});

// Doubles from bit patterns and back, through one shared buffer.
const bitsView = new BigInt64Array(1);
const doubleView = new Float64Array(bitsView.buffer);
function fromBits(bits) {
  bitsView[0] = bits;
  return doubleView[0];
}

// A seeded 64-bit generator (SplitMix64), so that failures reproduce.
function splitMix64(seed) {
  let state = BigInt.asUintN(64, BigInt(seed));
  return () => {
    state = BigInt.asUintN(64, state + 0x9e3779b97f4a7c15n);
    let z = state;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  };
}

const DBL_MAX = Number.MAX_VALUE;
const DBL_MIN = 2 ** -1022;
const DENORM_MIN = Number.MIN_VALUE;
const EPS = Number.EPSILON;

// Positive finite doubles of every kind: random over the whole exponent
// range, subnormals, powers of two and their neighbours, 1 ± k eps, the
// range reduction's boundaries (sqrt(2)/2, sqrt(2) and the high words
// 0x3fe6a09e, 0x3ff6a09e) in many binades, and the extremes.
function logInputs() {
  const x = [];
  const next = splitMix64(20240601);
  for (let i = 0; i < 1200000; i++) {
    const bits = next() % 0x7fefffffffffffffn; // [0, DBL_MAX's bits)
    x.push(fromBits(bits + 1n));
  }
  for (let i = 0; i < 200000; i++) {
    const bits = (next() & 0x000fffffffffffffn) >> BigInt(i % 52);
    x.push(fromBits(bits === 0n ? 1n : bits));
  }
  for (let i = 0; i < 300000; i++) {
    x.push(1 - Number(next() >> 11n) / 2 ** 53); // uniform in (0, 1]
  }
  for (let e = -1074; e <= 1023; e++) {
    const bits = doubleToBits(2 ** e);
    x.push(fromBits(bits), fromBits(bits + 1n));
    if (e > -1074) x.push(fromBits(bits - 1n));
  }
  for (let k = 1; k <= 100000; k++) x.push(1 + k * EPS, 1 - (k * EPS) / 2);
  const boundaries = [0x3fe6a09e667f3bcdn, 0x3ff6a09e667f3bcdn, 0x3fe6a09e00000000n, 0x3ff6a09e00000000n];
  for (const b of boundaries) {
    for (const e of [-1070, -1022, -500, -3, 0, 1, 7, 500, 1020]) {
      for (let k = -2000n; k <= 2000n; k++) {
        const y = fromBits(b + k) * 2 ** e;
        if (y > 0 && y <= DBL_MAX) x.push(y);
      }
    }
  }
  x.push(DBL_MAX, DBL_MIN, DENORM_MIN, fromBits(0x000fffffffffffffn), 1, 2, 0.5, 0.1, 10);
  return Float64Array.from(x);
}

function doubleToBits(v) {
  doubleView[0] = v;
  return bitsView[0];
}

// Doubles ordered as integers (negative ones mirrored), for ulp distances.
function ordered(bits) {
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

function ulpDistance(a, b) {
  const d = ordered(doubleToBits(a)) - ordered(doubleToBits(b));
  return d < 0n ? -d : d;
}

describe('vector log in wasm', () => {
  test('is within 1 ulp of the C library log on over 2 million inputs', () => {
    const x = logInputs();
    expect(x.length).toBeGreaterThanOrEqual(2000000);
    const got = hooks.vectorLog(x);
    const want = hooks.scalarLog(x);
    expect(got).toHaveLength(x.length);
    const gotBits = new BigInt64Array(got.buffer, got.byteOffset, got.length);
    const wantBits = new BigInt64Array(want.buffer, want.byteOffset, want.length);
    let worst = 0n;
    let differ = 0;
    let firstBad = -1;
    for (let i = 0; i < x.length; i++) {
      let d = ordered(gotBits[i]) - ordered(wantBits[i]);
      if (d < 0n) d = -d;
      if (d !== 0n) differ++;
      if (d > worst) worst = d;
      if (d > 1n && firstBad < 0) firstBad = i;
    }
    if (firstBad >= 0) {
      throw new Error(`x = ${x[firstBad]}: vector ${got[firstBad]}, scalar ${want[firstBad]}`);
    }
    expect(worst <= 1n).toBe(true);
    expect(differ).toBeLessThan(x.length / 10);
  });

  test('is exact where the answer is, and right on both sides of 1', () => {
    const got = hooks.vectorLog(new Float64Array([1, 2, 0.5, 1 - EPS / 2, 1 + EPS]));
    expect(Object.is(got[0], 0)).toBe(true);
    expect(got[1]).toBe(Math.LN2);
    expect(got[2]).toBe(-Math.LN2);
    expect(got[3]).toBeLessThan(0);
    expect(got[4]).toBeGreaterThan(0);
  });

  test('special values, alone or next to ordinary ones, match the C library', () => {
    const specials = [0, -0, -1, Infinity, -Infinity, NaN, DENORM_MIN, DBL_MAX, 3];
    const x = [];
    for (const a of specials) for (const b of specials) x.push(a, b);
    x.push(0); // an odd last entry
    const got = hooks.vectorLog(Float64Array.from(x));
    const want = hooks.scalarLog(Float64Array.from(x));
    x.forEach((v, i) => {
      if (Number.isFinite(want[i])) {
        expect([v, ulpDistance(got[i], want[i]) <= 1n]).toEqual([v, true]);
      } else {
        expect([v, got[i]]).toEqual([v, want[i]]); // -Infinity, Infinity or NaN
      }
    });
  });
});
