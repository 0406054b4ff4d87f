// Building DOM without HTML strings: text always goes in as text, so no
// value (from a URL, an input or a kernel) can ever be parsed as markup.
import { showStatement } from './statement.js';
import { hasFormula, mathElement } from './math/index.js';

/**
 * h('button', { class: 'preset', onclick: f }, 'Uniform')
 * Attributes starting with "on" become listeners; `false`/`null` ones are
 * skipped; children are nodes or strings (inserted as text).
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name in element && typeof value !== 'string') {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

let nextId = 0;
/** A page-unique id with a readable prefix, for label/for and aria links. */
export function uniqueId(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** True if `element` has the focus, also inside a shadow root (where document.activeElement is the host). */
export function isFocused(element) {
  return element.getRootNode().activeElement === element;
}

/**
 * Our own lightly marked-up texts (the i18n tables) as DOM: **bold**,
 * *emphasis*, `code`, [text](href) and $name$ (formula `name` of
 * web/math/formulas.js, typeset inline). Everything else stays plain text,
 * so a text can never inject markup.
 */
export function richText(text) {
  const fragment = document.createDocumentFragment();
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[(.+?)\]\((.+?)\)|\$([\w.-]+)\$/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
    // math: $name$ is a formula; an unknown name stays as it is written.
    const formula = match[6];
    if (formula !== undefined) {
      fragment.append(hasFormula(formula) ? mathElement(formula) : match[0]);
      last = match.index + match[0].length;
      continue;
    }
    const [, strong, em, code, linkText, href] = match;
    if (strong) fragment.append(h('strong', {}, strong));
    else if (em) fragment.append(h('em', {}, em));
    else if (code) fragment.append(h('code', {}, code));
    else fragment.append(h('a', { href }, linkText));
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/**
 * Shows `texts` as the items of list `list`, reusing the items already there
 * (no DOM churn while the reader drags; unchanged text is not touched).
 */
export function setListItems(list, texts) {
  while (list.children.length > texts.length) list.lastElementChild.remove();
  texts.forEach((text, i) => showStatement(list.children[i] ?? list.appendChild(document.createElement('li')), text));
}
