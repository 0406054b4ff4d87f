// How numbers read on the page. Formatting only: every value shown was
// computed by the kernels.

/** Unit name as printed after a number. */
export function unitName(units) {
  return units === 'bits' ? 'bits' : 'nats';
}

/**
 * An amount of information: 3 decimals ("0.325"), scientific notation below
 * 0.001 so small divergences stay visible ("4.00 × 10⁻¹²"), "0.000" only for
 * an exact 0, and "∞" for an infinite one. Never "NaN".
 */
export function formatAmount(x) {
  if (x === Infinity) return '∞';
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new Error(`formatAmount: ${x} is not an amount of information`);
  }
  if (x === 0) return '0.000';
  if (Math.abs(x) < 0.001 || Math.abs(x) >= 1e6) return scientific(x);
  return x.toFixed(3);
}

/** An amount with its unit: "0.325 nats", "∞ bits". */
export function formatInfo(x, units) {
  return `${formatAmount(x)} ${unitName(units)}`;
}

/** A probability: "0.900"; tiny ones in scientific notation; "0" and "1" exact. */
export function formatProbability(p) {
  if (p === 0) return '0';
  if (p === 1) return '1';
  if (p < 0.001) return scientific(p);
  return p.toFixed(3);
}

const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

function scientific(x) {
  const [mantissa, exponent] = x.toExponential(2).split('e');
  const power = String(Number(exponent))
    .split('')
    .map((c) => SUPERSCRIPT[c])
    .join('');
  return `${mantissa} × 10${power}`;
}
