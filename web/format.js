// How numbers read on the page. Formatting only: every value shown was
// computed by the kernels.

/** Unit name as printed after a number. */
export function unitName(units) {
  return units === 'bits' ? 'bits' : 'nats';
}

/**
 * An amount of information: 3 decimals ("0.325"), scientific notation below
 * 0.001 so small divergences stay visible ("4.00 × 10⁻¹²"), "0.000" only for
 * an exact 0, "∞" for an infinite one, and a true minus sign for the
 * negative amounts differential entropy can have ("−0.884"). Never "NaN".
 */
export function formatAmount(x) {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new Error(`formatAmount: ${x} is not an amount of information`);
  }
  if (x === 0) return '0.000';
  if (x < 0) return `−${formatAmount(-x)}`;
  if (x < 0.001 || x >= 1e6) return scientific(x);
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

/**
 * A plain number (a mean, a step size, a logit) to `digits` decimals, with a
 * true minus sign: "−2.492", "0.500". Never "-0.000".
 */
export function formatNumber(x, digits = 3) {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  const text = Math.abs(x).toFixed(digits);
  return x < 0 && Number(text) !== 0 ? `−${text}` : text;
}

/** A tick label for log axes: only 1, 2 and 5 times a power of ten are labelled. */
export function logTickLabel(value) {
  const mantissa = Number((value / 10 ** Math.floor(Math.log10(value))).toPrecision(6));
  return mantissa === 1 || mantissa === 2 || mantissa === 5 ? String(Number(value.toPrecision(6))) : '';
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
