// The JS API rows of the bad-input table (tests/bad-inputs.json), walked one
// case at a time against the wasm module: a refused value throws an Error
// whose message names the function, the argument and (where there is one)
// the index; a valid edge value (subnormal, 1 − 1e-16, the 10^7 cap) gives
// the right number and never NaN; and after every case the module still
// answers correctly.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';
import { DOORS, decode, rowsOf } from '../bad-inputs.js';

let api;
beforeAll(async () => {
  api = await load();
});

/** Calls whose answers are exact, asked after every case. */
function stillWorks() {
  expect(api.klDivergence([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  expect(api.surprise(0.5, { units: 'bits' })).toBe(1);
  expect(api.entropy([0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
}

/** Every number inside a result: plain numbers, arrays, typed arrays, objects. */
function numbersIn(value) {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value).flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

function describeArgs(args) {
  const text = JSON.stringify(args, (key, v) => (typeof v === 'object' && v !== null && 'num' in v ? v.num : v));
  return text.length > 70 ? `${text.slice(0, 70)}…` : text;
}

const rows = rowsOf(DOORS.api);

test('the table has JS API rows for every bad-value class', () => {
  expect(rows.map((row) => row.bad)).toEqual(
    expect.arrayContaining([
      'negative',
      'NaN',
      '±∞',
      'empty',
      'unequal lengths',
      'sum off 1',
      'p outside [0, 1]',
      'σ ≤ 0',
      'huge size (> 10⁷)',
      'subnormal (5e-324)',
      '1 − 1e-16',
      'string or other type',
    ]),
  );
});

describe.each(rows.map((row) => [row.bad, row]))('%s', (bad, row) => {
  test.each(row.cases.map((c) => [`${c.fn}(${describeArgs(c.args)})`, c]))('%s', (name, c) => {
    const args = decode(c.args, api);
    if (c.error) {
      let error;
      try {
        api[c.fn](...args);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(Error);
      // "fn: " first, then the argument (and index) in the case's words.
      expect(error.message.startsWith(`${c.fn}: `)).toBe(true);
      expect(error.message).toContain(c.error);
      expect(error.message).not.toMatch(/undefined undefined|\[object /);
    } else {
      const result = api[c.fn](...args);
      expect(numbersIn(result).some(Number.isNaN)).toBe(false);
      if (c.finite) expect(numbersIn(result).every(Number.isFinite)).toBe(true);
      if ('sum' in c) expect(numbersIn(result).reduce((a, b) => a + b, 0)).toBe(c.sum);
      if ('value' in c) {
        const got = 'at' in c ? result[c.at] : result;
        const want = decode(c.value, api);
        if (!Number.isFinite(want)) {
          expect(got).toBe(want);
        } else {
          const tolerance = Math.max(c.abs ?? 0, (c.rel ?? 0) * Math.abs(want));
          expect(Math.abs(got - want)).toBeLessThanOrEqual(tolerance);
        }
      }
    }
    stillWorks();
  });
});
