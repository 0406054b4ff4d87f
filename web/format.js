// How numbers read on the page. Formatting only: every value shown was
// computed by the kernels. Each function takes the page language last
// (default English); other languages get their own decimal sign ("0,325").

// The decimal sign of each language, from the browser's own locale data, for
// the Latin digits 0–9 the page writes every number with (Arabic included:
// its digits and decimal sign are then "0.325").
const DECIMAL = new Map();
function decimalSign(lang) {
  if (!DECIMAL.has(lang)) {
    const part = new Intl.NumberFormat(lang, { numberingSystem: 'latn' })
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal');
    DECIMAL.set(lang, part ? part.value : '.');
  }
  return DECIMAL.get(lang);
}

const NUMBER_LOCALE = new Map();
/**
 * The locale Chart.js formats numbers with for `lang`: the language's own,
 * with Latin digits where its default digits are others (Arabic's ٠–٩), so a
 * chart writes its numbers as the text around it does.
 */
export function numberLocale(lang) {
  // Asked by every chart config a render builds: worked out once per language.
  if (!NUMBER_LOCALE.has(lang)) {
    const latin = new Intl.NumberFormat(lang).resolvedOptions().numberingSystem === 'latn';
    NUMBER_LOCALE.set(lang, latin ? lang : `${lang}-u-nu-latn`);
  }
  return NUMBER_LOCALE.get(lang);
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
 * Returns the English text, the number it states and its rounding step.
 * @returns {{text: string, shown: number, step: number}}
 */
export function amountParts(x) {
  if (x === Infinity || x === -Infinity) return { text: x > 0 ? '∞' : '−∞', shown: x, step: 0 };
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new Error(`amountParts: ${x} is not an amount of information`);
  }
  if (x === 0) return { text: '0.000', shown: 0, step: 0 };
  if (x < 0) {
    const { text, shown, step } = amountParts(-x);
    return { text: `−${text}`, shown: -shown, step };
  }
  if (x < 0.001 || x >= 1e6) return scientificParts(x);
  return fixedParts(x, 3);
}

/** A probability: "0.900"; tiny ones in scientific notation; "0" and "1" exact. */
export function probabilityParts(p) {
  if (p === 0 || p === 1) return { text: String(p), shown: p, step: 0 };
  if (p < 0.001) return scientificParts(p);
  return fixedParts(p, 3);
}

/**
 * A plain number (a mean, a step size, a logit) to `digits` decimals, with a
 * true minus sign: "−2.492", "0.500". Never "-0.000".
 */
export function numberParts(x, digits = 3) {
  if (x === Infinity || x === -Infinity) return { text: x > 0 ? '∞' : '−∞', shown: x, step: 0 };
  const text = Math.abs(x).toFixed(digits);
  const negative = x < 0 && Number(text) !== 0;
  return { text: (negative ? '−' : '') + text, shown: (negative ? -1 : 1) * Number(text), step: 10 ** -digits };
}

/** A tick label for log axes: only 1, 2 and 5 times a power of ten are labelled. */
export function logTickLabel(value, lang = 'en') {
  const mantissa = Number((value / 10 ** Math.floor(Math.log10(value))).toPrecision(6));
  return mantissa === 1 || mantissa === 2 || mantissa === 5
    ? localized(String(Number(value.toPrecision(6))), lang)
    : '';
}

const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

function fixedParts(x, digits) {
  const text = x.toFixed(digits);
  return { text, shown: Number(text), step: 10 ** -digits };
}

/** "4.00 × 10⁻¹²": three significant digits. */
function scientificParts(x) {
  const [mantissa, exponent] = x.toExponential(2).split('e');
  const power = String(Number(exponent))
    .split('')
    .map((c) => SUPERSCRIPT[c])
    .join('');
  return { text: `${mantissa} × 10${power}`, shown: Number(x.toExponential(2)), step: 10 ** (Number(exponent) - 2) };
}
