// The statement checker: what a panel says, checked against what is true in
// that state. Panels return Statements (web/statement.js) that carry the
// numbers they show and the claims they make; this file checks them without
// parsing prose:
// - every amount of information is in the units the page is set to, unless it
//   is a formula's term (in nats by definition, shown without a unit) or one
//   side of a stated conversion;
// - every number is its value rounded as its text says;
// - every claim holds: sums and equalities for the numbers as written (within
//   their rounding), comparisons for the values, conversions to 1e-12;
// - every labelled number matches an independent formula here (½μ², log n,
//   the budget δ in the page's units, …);
// - no text shows NaN, undefined, a bare placeholder, −0.000, or writes a
//   normal's width as "σ = s²"; a unit named in a sentence's own words is the
//   page's unit.
import { List, Quantity, Statement, UnitName, statementsIn } from '../web/statement.js';
import { TABLES } from '../web/i18n.js';

const LOG2E = Math.LOG2E;

/** An amount in nats, expressed in `units`. */
const inUnits = (nats, units) => (units === 'bits' ? nats * LOG2E : nats);

/** Independent values of labelled quantities: (args, state, q) → expected value of q. */
const ORACLES = {
  '½μ²': ({ mu }) => (mu * mu) / 2,
  '½σ²': ({ sigma }) => (sigma * sigma) / 2,
  '−½ ln σ²': ({ sigma }) => -Math.log(sigma),
  '−½': () => -0.5,
  '½': () => 0.5,
  '1/√(2πe)': () => 1 / Math.sqrt(2 * Math.PI * Math.E),
  'gaussian.peak': ({ sigma }) => 1 / (sigma * Math.sqrt(2 * Math.PI)),
  'gaussian.entropy': ({ sigma }, q) => inUnits(0.5 * Math.log(2 * Math.PI * Math.E * sigma * sigma), q.unit),
  'log n': ({ n }, q) => inUnits(Math.log(n), q.unit),
  δ: ({ delta }, q) => inUnits(delta, q.unit),
  // The derivations' numbers (web/derivations/), from the plain sums of the definitions.
  'H(P)': ({ P }, q) =>
    inUnits(
      plainSum(P, (p) => (p > 0 ? -p * Math.log(p) : 0)),
      q.unit,
    ),
  'H(P,Q)': ({ P, Q }, q) =>
    inUnits(
      plainSum(P, (p, i) => (p > 0 ? -p * Math.log(Q[i]) : 0)),
      q.unit,
    ),
  'D(P‖Q)': ({ P, Q }, q) =>
    inUnits(
      plainSum(P, (p, i) => (p > 0 ? p * Math.log(p / Q[i]) : 0)),
      q.unit,
    ),
  'Σ_{P>0} Q': ({ P, Q }) => plainSum(P, (p, i) => (p > 0 ? Q[i] : 0)),
  'log Π q̂(x_i)': ({ counts, q: model }, q) =>
    inUnits(
      plainSum(counts, (c, i) => (c > 0 ? c * Math.log(model[i]) : 0)),
      q.unit,
    ),
};

/** Σ f(x_i, i) in plain doubles (the checker's tolerance is the text's rounding). */
function plainSum(xs, f) {
  let sum = 0;
  Array.from(xs).forEach((x, i) => {
    sum += f(x, i);
  });
  return sum;
}

/** Words of the sentence that name a unit ("nats", "Bits"). */
const UNIT_WORD = /(?<![\p{L}])(nats?|bits?)(?![\p{L}])/giu;

/** Sentences whose own words may name a unit other than the page's, and why. */
export const NAMES_OTHER_UNIT = {
  'vae.formula.bits': 'explains that the formula’s terms are nats and the total is converted to bits',
  'surprise.check.show': 'the button switches the page to bits',
};

function unitOfWord(word) {
  return word.toLowerCase().startsWith('bit') ? 'bits' : 'nats';
}

/** |a − b| within `tolerance`, with equal infinities equal. */
function close(a, b, tolerance) {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= tolerance + 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

const describe = (q) => (q instanceof Quantity ? `"${q.text}"` : String(q));

function checkClaim(c, state, problems) {
  const say = (what) => problems.push(`${c.kind}: ${what}`);
  const sameUnits = (a, b) => {
    if (b instanceof Quantity && a.unit !== b.unit) say(`${describe(a)} and ${describe(b)} are in different units`);
  };
  const value = (x) => (x instanceof Quantity ? x.value : x);
  switch (c.kind) {
    case 'sum': {
      const parts = c.parts.map((part) => (part instanceof Quantity ? { q: part, sign: 1 } : part));
      for (const { q } of parts) sameUnits(q, c.total);
      const values = parts.map(({ q, sign }) => sign * q.value);
      if (values.some((v) => !Number.isFinite(v))) {
        const total = values.reduce((a, b) => a + b, 0);
        if (total !== c.total.value) say(`${parts.map(({ q }) => describe(q)).join(' + ')} ≠ ${describe(c.total)}`);
        break;
      }
      const shown = parts.reduce((sum, { q, sign }) => sum + sign * q.shown, 0);
      const tolerance = parts.reduce((sum, { q }) => sum + q.step / 2, c.total.step / 2);
      if (!close(shown, c.total.shown, tolerance)) {
        say(`${parts.map(({ q }) => describe(q)).join(' + ')} = ${shown}, not ${describe(c.total)}`);
      }
      break;
    }
    case 'equal': {
      sameUnits(c.a, c.b);
      const b = c.b instanceof Quantity ? c.b : { shown: c.b, step: 0 };
      if (!close(c.a.shown, b.shown, (c.a.step + b.step) / 2)) say(`${describe(c.a)} ≠ ${describe(c.b)}`);
      break;
    }
    case 'differ': {
      sameUnits(c.a, c.b);
      if (c.a.text === c.b.text) say(`${describe(c.a)} reads the same as ${describe(c.b)}`);
      break;
    }
    case 'convert': {
      if (c.a.unit === c.b.unit) say(`${describe(c.a)} and ${describe(c.b)} are in the same unit`);
      const factor = c.a.unit === 'nats' ? LOG2E : 1 / LOG2E; // b = a in the other unit
      if (!close(c.a.value * factor, c.b.value, 1e-12 * Math.abs(c.b.value)))
        say(`${describe(c.a)} ≠ ${describe(c.b)}`);
      break;
    }
    default: {
      sameUnits(c.a, c.b);
      const [a, b] = [value(c.a), value(c.b)];
      const holds = { less: a < b, atMost: a <= b + (c.slack ?? 0), greater: a > b, atLeast: a >= b }[c.kind];
      if (holds === undefined) say('unknown claim');
      else if (!holds) say(`${describe(c.a)} (${a}) vs ${describe(c.b)} (${b})`);
    }
  }
}

/**
 * `text` without the isolates right-to-left text keeps its formulas in, and
 * with plain spaces for the no-break ones of its short formulas
 * (i18n.js isolateLeftToRight): the same words.
 */
function plainText(text) {
  return text.replace(/[\u2066-\u2069]/g, '').replaceAll('\u00a0', ' ');
}

/** The problems with one statement in `state` (an empty list when it is true). */
export function checkStatement(statement, state) {
  const problems = [];
  const text = plainText(statement.text);
  for (const bad of ['NaN', 'undefined', 'Infinity', '[object', '-0.000', '−0.000', '−0,000', '{', '}']) {
    if (text.includes(bad)) problems.push(`text shows ${JSON.stringify(bad)}`);
  }
  if (/σ\S* = [^,;)]*\d²/.test(text)) problems.push('writes a width as "σ = s²"');

  const converted = new Set();
  for (const c of statement.claims) {
    if (c.kind !== 'convert') continue;
    // a is the page's amount, b the same shown in the other unit.
    if (c.a.unit !== state.units) problems.push(`converts from ${describe(c.a)}, not from the page's ${state.units}`);
    converted.add(c.b);
  }
  let rest = text;
  const own = (value) => {
    // What params contribute to the text; the rest is the sentence's own words.
    if (value instanceof Quantity || value instanceof UnitName || value instanceof List || value instanceof Statement) {
      rest = rest.replace(plainText(String(value)), ' ');
    }
  };
  for (const value of Object.values(statement.params)) {
    if (Array.isArray(value)) value.forEach(own);
    else own(value);
  }
  const quantities = [];
  const collect = (value) => {
    // This sentence's own numbers; a sentence inside it is checked on its own.
    if (value instanceof Quantity) quantities.push(value);
    else if (value instanceof List) value.items.forEach(collect);
    else if (Array.isArray(value)) value.forEach(collect);
  };
  Object.values(statement.params).forEach(collect);
  for (const q of quantities) {
    if (q.fixed) {
      if (q.unit !== 'nats') problems.push(`formula term ${describe(q)} is not in nats`);
      if (UNIT_WORD.test(q.text)) problems.push(`formula term ${describe(q)} names a unit`);
      UNIT_WORD.lastIndex = 0;
    } else if (q.unit && q.unit !== state.units && !converted.has(q)) {
      problems.push(`${describe(q)} is in ${q.unit}, the page is in ${state.units}`);
    }
    if (!close(q.shown, q.value, q.step / 2 + 1e-9 * q.step)) problems.push(`${describe(q)} is not ${q.value} rounded`);
    if (q.label !== undefined && ORACLES[q.label]) {
      const expected = ORACLES[q.label](q.args ?? {}, q);
      if (!close(q.shown, expected, q.step / 2)) problems.push(`${q.label} = ${expected}, shown as ${describe(q)}`);
    }
  }
  for (const param of Object.values(statement.params)) {
    if (param instanceof UnitName && param.unit !== state.units) problems.push(`names the unit ${param.unit}`);
  }
  if (!NAMES_OTHER_UNIT[statement.key]) {
    for (const [word] of rest.matchAll(UNIT_WORD)) {
      if (unitOfWord(word) !== state.units) problems.push(`its own words say "${word}", the page is in ${state.units}`);
    }
  }
  // A sentence written for nats that has a version for bits (a formula with
  // ln, a gradient per nat) is used only in nats, and its bits version only in bits.
  const base = statement.key.replace(/\.bits$/, '');
  if (TABLES.en[`${base}.bits`] !== undefined && (statement.key === base) !== (state.units === 'nats')) {
    problems.push(
      `the ${statement.key === base ? 'nats' : 'bits'} version of the sentence on a page in ${state.units}`,
    );
  }
  for (const c of statement.claims) checkClaim(c, state, problems);
  return problems;
}

/** Every problem in everything `output` shows (render output or a self-check), as "key: problem". */
export function checkOutput(output, state) {
  const problems = [];
  for (const statement of statementsIn(output)) {
    for (const problem of checkStatement(statement, state)) problems.push(`${statement.key}: ${problem}`);
  }
  return problems;
}
