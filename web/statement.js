// Statements: the sentences a panel shows, carrying the numbers they state as
// data. A Quantity is one number as it is written (its value, its text, the
// rounding of that text and its unit); a Statement is a sentence made from an
// i18n text and such quantities, plus the claims it makes about them ("these
// add up to that", "this is below that"). The prose is generated from the same
// quantities the claims hold, so tests check what a sentence says without
// parsing it (tests/statements.js), and readout elements carry their units as
// data for the browser tests. Formatting only: every value comes from the kernels.
import { fillMath, mathElement } from './math/index.js';

/** Anything shown as one text: its toString() is what the reader sees. */
class Shown {
  toString() {
    return this.text;
  }
}

/** One number as shown: `text` is what the reader sees. */
export class Quantity extends Shown {
  /**
   * @param {object} fields
   * @param {number} fields.value the value (before rounding)
   * @param {string} fields.text how it is written ("0.325 nats", "0,325", "∞")
   * @param {number} fields.shown the number the text states (the value rounded)
   * @param {number} fields.step the text's rounding step (0.001 for "0.325"); 0 for exact texts
   * @param {string|null} [fields.unit] 'nats' or 'bits' for an amount of information, else null
   * @param {boolean} [fields.fixed] an amount defined in its unit (a term of a formula written
   *   with the natural log), shown in that unit whatever the page's units are
   * @param {string} [fields.label] what the number is, for the tests' independent checks
   * @param {object} [fields.args] what it was computed from (see as())
   * @param {string} [fields.per] the unit is per this ('logit': a gradient)
   */
  constructor({ value, text, shown, step, unit = null, fixed = false, label, args, per }) {
    super();
    Object.assign(this, { value, text, shown, step, unit, fixed, label, args, per });
  }

  /**
   * The same number, labelled with what it is and the arguments it was
   * computed from, for the tests' independent checks (tests/statements.js):
   * L.term(x).as('½μ²', { mu }).
   */
  as(label, args = {}) {
    return new Quantity({ ...this, label, args });
  }
}

/** The name of a unit where a text prints it on its own ("{gap} {units}"). */
export class UnitName extends Shown {
  constructor(unit, text) {
    super();
    this.unit = unit;
    this.text = text;
  }
}

/** A list shown as one text ("[0.500, 0.300, 0.200]"), keeping its items. */
export class List extends Shown {
  constructor(items, text) {
    super();
    this.items = items;
    this.text = text;
  }
}

/** A sentence: the text of i18n `key` filled with `params`, and the claims it makes. */
export class Statement extends Shown {
  constructor(key, text, params, claims) {
    super();
    this.key = key;
    this.text = text;
    this.params = params;
    this.claims = claims;
  }

  /**
   * The units its amounts of information are stated in ('nats', 'bits'), for
   * data-units: not counting a formula's terms (nats by definition) nor the
   * other side of a conversion it shows.
   */
  units() {
    const units = new Set();
    const aside = new Set();
    for (const statement of statementsIn(this)) {
      for (const c of statement.claims) if (c.kind === 'convert') aside.add(c.b);
    }
    for (const q of quantitiesIn(this)) if (q.unit && !q.fixed && !aside.has(q)) units.add(q.unit);
    return [...units].sort();
  }
}

/**
 * A typeset formula with live numbers: formula `name` of web/math/formulas.js
 * whose \data{live=slot}{0} slots show `values[slot]` (Quantities), and the
 * claims it makes about them. It is a Statement, so the statement checker
 * (tests/statements.js) checks its numbers, units and claims like any
 * sentence's; showStatement() draws it as MathML. Its text (for the checker
 * and plain-text places) lists the slots: "h = 1.280, kl = 0.105".
 */
export class Formula extends Statement {
  constructor(name, values = {}, claims = []) {
    const text = Object.entries(values)
      .map(([slot, q]) => `${slot} = ${q}`)
      .join(', ');
    super(`formula.${name}`, text, values, claims);
    this.formula = name;
  }
}

/**
 * What a sentence claims about its quantities. Arithmetic claims hold for the
 * numbers as written, within their rounding; comparisons hold for the values.
 */
export const claim = {
  /** parts[0] + parts[1] + … = total (a part may be negated: { q, sign: -1 }). */
  sum: (parts, total) => ({ kind: 'sum', parts, total }),
  /** a = b, as written. */
  equal: (a, b) => ({ kind: 'equal', a, b }),
  /** a and b read differently, as written. */
  differ: (a, b) => ({ kind: 'differ', a, b }),
  /** b is a, the page's amount, shown again in the other unit. */
  convert: (a, b) => ({ kind: 'convert', a, b }),
  /** a < b, a ≤ b, a > b, a ≥ b (values; b may be a plain number). */
  less: (a, b) => ({ kind: 'less', a, b }),
  /** a ≤ b, or a ≤ b + slack where the kernels' accuracy is `slack` (numerical integrals). */
  atMost: (a, b, slack = 0) => ({ kind: 'atMost', a, b, slack }),
  greater: (a, b) => ({ kind: 'greater', a, b }),
  atLeast: (a, b) => ({ kind: 'atLeast', a, b }),
};

/** Every Quantity inside `value` (a statement, list, params object or array), depth first. */
export function* quantitiesIn(value, seen = new Set()) {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Quantity) {
    yield value;
    return;
  }
  if (value instanceof UnitName) return;
  const children =
    value instanceof Statement
      ? Object.values(value.params)
      : value instanceof List
        ? value.items
        : Object.values(value);
  for (const child of children) yield* quantitiesIn(child, seen);
}

/** Every Statement inside `value` (render output, a self-check), depth first. */
export function* statementsIn(value, seen = new Set()) {
  if (value === null || typeof value !== 'object' || seen.has(value) || ArrayBuffer.isView(value)) return;
  seen.add(value);
  if (value instanceof Quantity || value instanceof UnitName) return;
  if (value instanceof Statement) yield value;
  const children = value instanceof Statement ? Object.values(value.params) : Object.values(value);
  for (const child of children) yield* statementsIn(child, seen);
}

/**
 * Shows `statement` in `element`: its text, and (for the browser tests) the
 * units it states as data-units. Unchanged text is not touched.
 */
export function showStatement(element, statement) {
  if (statement instanceof Formula) {
    showFormula(element, statement);
    return;
  }
  const text = String(statement ?? '');
  if (element.textContent !== text) element.textContent = text;
  const units = statement instanceof Statement ? statement.units().join(' ') : '';
  if (element.dataset.units !== units) element.dataset.units = units;
}

/** Shows Formula `formula` in `element` as MathML (built once per formula name), its live slots filled. */
function showFormula(element, formula) {
  let math = element.firstElementChild;
  if (element.childElementCount !== 1 || math.getAttribute('data-formula') !== formula.formula) {
    math = mathElement(formula.formula, { display: element.dataset.display === 'block' });
    element.replaceChildren(math);
  }
  fillMath(math, formula.params);
  const units = formula.units().join(' ');
  if (element.dataset.units !== units) element.dataset.units = units;
}
