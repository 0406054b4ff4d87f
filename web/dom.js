// Building DOM without HTML strings: text always goes in as text, so no
// value (from a URL, an input or a kernel) can ever be parsed as markup.
import { showStatement } from './statement.js';

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
 * *emphasis*, `code` and [text](href). Everything else stays plain text,
 * so a text can never inject markup.
 */
export function richText(text) {
  if (text.match(GLOSSARY_TOKEN)) return withGlossaryTerms(text); // [[term]], [[term|shown]]: below
  const fragment = document.createDocumentFragment();
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`|\[(.+?)\]\((.+?)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    fragment.append(text.slice(last, match.index));
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

// Glossary terms: [[term]] or [[term|shown text]] in a rich text. The page
// sets where definitions come from (its language table); without one a term
// is shown as plain text.
let glossaryDefine = null;
const GLOSSARY_TOKEN = /\[\[([\w-]+)(?:\|(.+?))?\]\]/g;

/** `text` with its glossary terms as toggletips and the rest through richText. */
function withGlossaryTerms(text) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(GLOSSARY_TOKEN)) {
    fragment.append(richText(text.slice(last, match.index)));
    fragment.append(glossaryTerm(match[1], match[2] ?? match[1]));
    last = match.index + match[0].length;
  }
  fragment.append(richText(text.slice(last)));
  return fragment;
}

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
function glossaryTerm(term, shown) {
  const definition = glossaryDefine?.(term);
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
