// Random panel states drawn from a panel's schema, the same on every run:
// shared by the statements checker's test and the predict test.
import { PANELS } from '../web/panels/index.js';

/** Mulberry32: a small seeded generator, the same states on every run. */
export function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (values) => values[Math.floor(next() * values.length)],
    uniform: (lo, hi) => lo + (hi - lo) * next(),
  };
  return r;
}

/** A distribution of length k: random, with zeros, ties, a point mass or uniform. */
function distribution(api, r, k) {
  const kind = r.pick(['random', 'random', 'zeros', 'ties', 'pointMass', 'uniform', 'rounded']);
  if (kind === 'uniform') return Array.from(api.uniform(k));
  if (kind === 'pointMass') return Array.from(api.pointMass(k, r.int(0, k - 1)));
  let P = Array.from(api.randomDistribution(k, r.int(0, 1e6)));
  if (kind === 'zeros' && k > 2) P = Array.from(api.setProbability(P, r.int(0, k - 1), 0));
  if (kind === 'ties') {
    // Two (or more) categories tied for the largest probability.
    const ties = r.int(2, k);
    const share = 1 / (ties + r.int(0, 2));
    P = Array.from(api.uniform(k));
    for (let i = 0; i < ties; i++) P = Array.from(api.setProbability(P, i, share));
  }
  if (kind === 'rounded') {
    // Values a learner types: two decimals, the last entry taking the rest.
    const first = Array.from({ length: k - 1 }, () => r.int(0, Math.floor(100 / k)) / 100);
    P = [...first, Number((1 - first.reduce((a, b) => a + b, 0)).toFixed(2))];
  }
  return P;
}

/** A number in [lo, hi], sometimes at an end. */
function number(r, lo, hi, { log = false, integer = false } = {}) {
  if (r.chance(0.1)) return r.pick([lo, hi]);
  let x = log && lo > 0 ? Math.exp(r.uniform(Math.log(lo), Math.log(hi))) : r.uniform(lo, hi);
  if (integer) x = Math.round(x);
  else if (r.chance(0.5)) x = Number(x.toFixed(2));
  return Math.min(hi, Math.max(lo, x));
}

/** A random state for `name` from its schema (list fields share one length); `api` the loaded kernels. */
export function randomState(api, name, r) {
  const panel = PANELS[name];
  const schema = panel.schema;
  const lists = Object.values(schema).filter((f) => f.kind === 'distribution' || f.kind === 'numbers');
  const kLo = Math.max(...lists.map((f) => f.minLength), 0);
  const kHi = Math.min(...lists.map((f) => f.maxLength), 64);
  const k = lists.length ? r.int(kLo, kHi) : 0;
  const state = { ...panel.defaults };
  for (const [key, f] of Object.entries(schema)) {
    if (f.kind === 'distribution') state[key] = distribution(api, r, k);
    else if (f.kind === 'numbers') {
      const equal = r.chance(0.1);
      const first = number(r, f.min, f.max);
      state[key] = Array.from({ length: k }, () => (equal ? first : number(r, f.min, f.max)));
    } else if (f.kind === 'choice') state[key] = r.pick(f.values);
    else if (f.kind === 'integer') {
      state[key] = key === 'trueClass' ? r.int(0, k - 1) : number(r, f.min, f.max, { log: f.min > 0, integer: true });
    } else {
      state[key] = number(r, f.min, f.max, { log: f.min > 0 && f.max / f.min > 100 });
    }
  }
  return state;
}
