// Argument checks and conversions for the API (web/kernels.js): types and
// sizes are checked here, values by the kernels; a refused input (the
// kernels' message string) becomes a thrown Error naming the function.

export const UNITS = ['nats', 'bits'];

// Reads `{ units }`; returns true for bits.
export function wantsBits(fn, options) {
  if (options === undefined || options === null) return false;
  if (typeof options !== 'object') {
    throw new Error(`${fn}: options must be an object like { units: 'bits' }, got ${describe(options)}`);
  }
  const units = options.units === undefined ? 'nats' : options.units;
  if (!UNITS.includes(units)) {
    throw new Error(`${fn}: options.units must be 'nats' or 'bits', got ${describe(units)}`);
  }
  return units === 'bits';
}

export function describe(value) {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const type = value.constructor?.name ?? 'Object';
    return `${/^(?:[AEIO]|U(?!int))/.test(type) ? 'an' : 'a'} ${type}`;
  }
  return String(value);
}

export const DIRECTIONS = ['forward', 'reverse'];

// 'forward' -> false, 'reverse' -> true.
export function isReverse(fn, direction) {
  if (!DIRECTIONS.includes(direction)) {
    throw new Error(`${fn}: direction must be 'forward' or 'reverse', got ${describe(direction)}`);
  }
  return direction === 'reverse';
}

// A two-component mixture { weights, means, sigmas } as the kernels' six numbers.
export function mixtureArgs(fn, mixture) {
  if (mixture === null || typeof mixture !== 'object') {
    throw new Error(
      `${fn}: mixture must be an object { weights: [w1, w2], means: [m1, m2], sigmas: [s1, s2] }, got ${describe(mixture)}`,
    );
  }
  const out = [];
  for (const field of ['weights', 'means', 'sigmas']) {
    const pair = mixture[field];
    if (!(Array.isArray(pair) || pair instanceof Float64Array) || pair.length !== 2) {
      throw new Error(`${fn}: mixture.${field} must be an array of 2 numbers, got ${describe(pair)}`);
    }
    out.push(checkNumber(fn, `mixture.${field}[0]`, pair[0]), checkNumber(fn, `mixture.${field}[1]`, pair[1]));
  }
  const [w1, w2, m1, m2, s1, s2] = out;
  return [w1, w2, m1, m2, s1, s2];
}

/** `options` when it is an object (or undefined: {}); else an Error showing the expected shape. */
export function optionsObject(fn, options, shape) {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`${fn}: options must be an object like ${shape}, got ${describe(options)}`);
  }
  return options;
}

/** checkNumber for each of { name: value, ... }, returning the values in order. */
export function checkNumbers(fn, named) {
  return Object.entries(named).map(([name, value]) => checkNumber(fn, name, value));
}

export function checkNumber(fn, name, value) {
  if (typeof value !== 'number') {
    throw new Error(`${fn}: ${name} must be a number, got ${describe(value)}`);
  }
  return value;
}

/** The checks that depend on the loaded module (its size limit). */
export function argsFor(raw) {
  const maxLength = raw.maxCategories;

  // Accepts a plain array of numbers, a Float64Array or a Float32Array, and
  // returns a Float64Array that the kernels copy in once.
  function toFloat64(fn, name, values, probabilities = true) {
    if (values instanceof Float64Array) {
      checkLength(fn, name, values.length);
      return values;
    }
    if (values instanceof Float32Array) {
      checkLength(fn, name, values.length);
      return Float64Array.from(values);
    }
    if (!Array.isArray(values)) {
      const of = probabilities ? 'probabilities' : 'numbers';
      throw new Error(`${fn}: ${name} must be an array or Float64Array of ${of}, got ${describe(values)}`);
    }
    checkLength(fn, name, values.length);
    for (let i = 0; i < values.length; i++) {
      if (typeof values[i] !== 'number') {
        throw new Error(`${fn}: ${name}[${i}] must be a number, got ${describe(values[i])}`);
      }
    }
    return Float64Array.from(values);
  }

  function checkLength(fn, name, length) {
    if (length > maxLength) {
      throw new Error(`${fn}: ${name} has ${length} categories; at most ${maxLength} are allowed`);
    }
  }

  // A kernel's reply: the result, or a string saying why the input was refused.
  function unwrap(fn, reply) {
    if (typeof reply === 'string') throw new Error(`${fn}: ${reply}`);
    return reply;
  }

  // A policy and its advantages, as the trust-region kernels take them.
  function policyArgs(fn, piOld, advantages) {
    return [toFloat64(fn, 'piOld', piOld), toFloat64(fn, 'advantages', advantages, false)];
  }

  function splitCurve(xy) {
    const n = xy.length / 2;
    return { x: xy.subarray(0, n), y: xy.subarray(n) };
  }

  // Curve options { lo, hi, points } shared by the density curves.
  function range(fn, { lo, hi, points = 241 } = {}) {
    return [checkNumber(fn, 'lo', lo), checkNumber(fn, 'hi', hi), checkNumber(fn, 'points', points)];
  }

  return { maxLength, toFloat64, checkLength, unwrap, policyArgs, splitCurve, range };
}
