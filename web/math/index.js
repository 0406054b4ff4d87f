// Typeset formulas at run time without a math library: the MathML trees that
// scripts/math.js rendered from formulas.js at build time, built into DOM
// with createElementNS (no markup is parsed), and live numbers written into
// their <mn data-live="slot"> placeholders.
import RENDERED from './rendered.js';

export const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** Whether formula `name` exists. */
export const hasFormula = (name) => Object.hasOwn(RENDERED, name);

/** The names of every formula. */
export const formulaNames = () => Object.keys(RENDERED);

function build(document, node) {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const element = document.createElementNS(MATHML, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) element.append(build(document, child));
  return element;
}

/**
 * A fresh <math> element for formula `name` (inline, or a block with
 * `display: true`), its data-formula attribute naming it.
 */
export function mathElement(name, { display = false, document = globalThis.document } = {}) {
  if (!hasFormula(name)) throw new Error(`math: no formula "${name}"`);
  const [inline, block] = RENDERED[name];
  const element = build(document, display && block ? block : inline);
  if (display) element.setAttribute('display', 'block');
  element.setAttribute('data-formula', name);
  return element;
}

/**
 * Writes `values[slot]` (texts, or anything with toString: Quantities) into
 * the <mn data-live="slot"> placeholders of `element`; unchanged text is not
 * touched. Throws if a slot has no value, so no placeholder "0" is ever shown.
 */
export function fillMath(element, values) {
  for (const mn of element.querySelectorAll('[data-live]')) {
    const slot = mn.getAttribute('data-live');
    if (!(slot in values))
      throw new Error(`math: no value for slot "${slot}" of ${element.getAttribute('data-formula')}`);
    const text = String(values[slot]);
    if (mn.textContent !== text) mn.textContent = text;
  }
  return element;
}

/** The live slots of formula `name` (for tests and statements). */
export function liveSlots(name) {
  const slots = [];
  const walk = (node) => {
    if (typeof node === 'string') return;
    if (node[1]['data-live']) slots.push(node[1]['data-live']);
    node.slice(2).forEach(walk);
  };
  walk(RENDERED[name][0]);
  return slots;
}
