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

/**
 * `fn`, to be run once in the next animation frame however often this is
 * called before it (where there are no frames, at once): for work that reads
 * layout, which is cheap when the browser lays out anyway and forces a layout
 * when done inside an input event or while the page is being built.
 */
export function perFrame(fn, win = globalThis) {
  let frame = null;
  return () => {
    if (typeof win.requestAnimationFrame !== 'function') return fn();
    frame ??= win.requestAnimationFrame(() => {
      frame = null;
      fn();
    });
  };
}

/** True if `element` has the focus, also inside a shadow root (where document.activeElement is the host). */
export function isFocused(element) {
  return element.getRootNode().activeElement === element;
}

/**
 * Our own lightly marked-up texts (the i18n tables) as DOM: **bold**,
 * *emphasis*, `code`, [text](href), glossary terms [[term]] or
 * [[term|shown text]] (a toggletip with the term's short definition; see
 * `setGlossary`) and $name$ (formula `name` of web/math/formulas.js, typeset
 * inline). Everything else stays plain text, so a text can never inject
 * markup.
 */
export function richText(text, { define = glossaryDefine } = {}) {
  const fragment = document.createDocumentFragment();
  const pattern = /\[\[([\w-]+)(?:\|(.+?))?\]\]|\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[(.+?)\]\((.+?)\)|\$([\w.-]+)\$/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
    const [whole, term, shown, strong, em, code, linkText, href, formula] = match;
    // math: $name$ is a formula; an unknown name stays as it is written.
    if (formula !== undefined) fragment.append(hasFormula(formula) ? mathElement(formula) : whole);
    else if (term) fragment.append(glossaryTerm(term, shown ?? term, define));
    else if (strong) fragment.append(h('strong', {}, strong));
    else if (em) fragment.append(h('em', {}, em));
    else if (code) fragment.append(h('code', {}, code));
    else if (linkText) fragment.append(h('a', { href }, linkText));
    else fragment.append(whole);
    last = match.index + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

// Glossary terms: [[term]] in a rich text. The page sets where definitions
// come from (its language table); without one a term is shown as plain text.
let glossaryDefine = null;

/** Where richText finds a term's definition: `define(term)` → text or null (null: no glossary). */
export function setGlossary(define) {
  glossaryDefine = define;
}

/**
 * A toggletip: the term as a button (aria-expanded) and its definition right
 * after it, shown and put in the accessibility tree only while open. Click,
 * tap, Enter or Space toggle it; Escape closes it and keeps the focus on the
 * term.
 */
function glossaryTerm(term, shown, define) {
  const definition = define?.(term);
  if (!definition) return h('span', { class: 'term-plain' }, shown);
  const id = uniqueId(`term-${term}`);
  const tip = h('span', { class: 'term-tip', id, role: 'note', hidden: true }, definition);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'term-button',
      'aria-expanded': 'false',
      'aria-controls': id,
      'data-term': term,
      onclick: () => toggle(button.getAttribute('aria-expanded') !== 'true'),
      onkeydown: (event) => {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
          event.preventDefault();
          event.stopPropagation();
          toggle(false);
        }
      },
    },
    shown,
  );
  const toggle = (open) => {
    button.setAttribute('aria-expanded', String(open));
    tip.hidden = !open;
  };
  tip.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      toggle(false);
      button.focus();
    }
  });
  return h('span', { class: 'term' }, button, tip);
}

/**
 * Shows `texts` as the items of list `list`, reusing the items already there
 * (no DOM churn while the reader drags; unchanged text is not touched).
 */
export function setListItems(list, texts) {
  while (list.children.length > texts.length) list.lastElementChild.remove();
  texts.forEach((text, i) => showStatement(list.children[i] ?? list.appendChild(document.createElement('li')), text));
}
