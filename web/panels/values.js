// Small helpers the panels share for the values their controls set: where
// the largest entry is, a typed or dragged number kept in its range, and the
// next seed. None of them computes an information quantity (the kernels do).

/** Seeds run from 0 to this in every panel; "Random" and "New sample" wrap round to 0 after it. */
export const MAX_SEED = 1e9;

/** The seed after `seed`, wrapping round to 0 after MAX_SEED. */
export function nextSeed(seed) {
  return (seed + 1) % (MAX_SEED + 1);
}

/** Index of the largest entry (the first, on ties). */
export function largest(values) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** `x` rounded to 3 decimals (what a drag or a key can set) and kept within [lo, hi]. */
export function clampToRange(x, [lo, hi]) {
  return Math.min(hi, Math.max(lo, Number(x.toFixed(3))));
}
