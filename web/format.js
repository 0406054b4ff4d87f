// How numbers read on the page. Formatting only: every value shown was
// computed by the kernels. Each function takes the page language last
// (default English); other languages get their own decimal sign ("0,325").

// The decimal sign of each language, from the browser's own locale data.
const DECIMAL = new Map();
function decimalSign(lang) {
  if (!DECIMAL.has(lang)) {
    const part = new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal');
    DECIMAL.set(lang, part ? part.value : '.');
  }
  return DECIMAL.get(lang);
}

/** An English-formatted number ("0.325", "9.12 × 10⁻⁴") with `lang`'s decimal sign. */
export function localized(text, lang) {
  return lang === 'en' ? text : text.replace('.', decimalSign(lang));
}

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
export function formatAmount(x, lang = 'en') {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new Error(`formatAmount: ${x} is not an amount of information`);
  }
  if (x === 0) return localized('0.000', lang);
  if (x < 0) return `−${formatAmount(-x, lang)}`;
  if (x < 0.001 || x >= 1e6) return localized(scientific(x), lang);
  return localized(x.toFixed(3), lang);
}

/** An amount with its unit: "0.325 nats", "∞ bits". */
export function formatInfo(x, units, lang = 'en') {
  return `${formatAmount(x, lang)} ${unitName(units)}`;
}

/** A probability: "0.900"; tiny ones in scientific notation; "0" and "1" exact. */
export function formatProbability(p, lang = 'en') {
  if (p === 0) return '0';
  if (p === 1) return '1';
  if (p < 0.001) return localized(scientific(p), lang);
  return localized(p.toFixed(3), lang);
}

/**
 * A plain number (a mean, a step size, a logit) to `digits` decimals, with a
 * true minus sign: "−2.492", "0.500". Never "-0.000".
 */
export function formatNumber(x, digits = 3, lang = 'en') {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  const text = Math.abs(x).toFixed(digits);
  return (x < 0 && Number(text) !== 0 ? '−' : '') + localized(text, lang);
}

/** A tick label for log axes: only 1, 2 and 5 times a power of ten are labelled. */
export function logTickLabel(value, lang = 'en') {
  const mantissa = Number((value / 10 ** Math.floor(Math.log10(value))).toPrecision(6));
  return mantissa === 1 || mantissa === 2 || mantissa === 5
    ? localized(String(Number(value.toPrecision(6))), lang)
    : '';
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
