// Form controls shared by the panels. Each works by mouse, touch and keyboard
// (native range and number inputs), and refuses bad typed input with a
// visible message instead of passing it on.
import { h, uniqueId } from './dom.js';
import { formatProbability } from './format.js';

/**
 * A probability set by a slider and a number box kept in step.
 * @param {{label: string, name: string, value: number, min?: number, max?: number,
 *          step?: number, onChange: (p: number) => void}} spec
 * @returns {{element: HTMLElement, set: (p: number) => void}}
 */
export function probabilityControl({ label, name, value, min = 0, max = 1, step = 0.001, onChange }) {
  const id = uniqueId(name);
  const messageId = `${id}-message`;
  const slider = h('input', {
    type: 'range',
    id,
    name,
    min,
    max,
    step,
    value: String(value),
    'aria-valuetext': formatProbability(value),
    oninput: () => commit(Number(slider.value), slider),
  });
  const box = h('input', {
    type: 'number',
    class: 'number',
    name: `${name}-value`,
    min,
    max,
    step: 'any',
    value: String(value),
    'aria-label': `${label}, exact value`,
    'aria-describedby': messageId,
    oninput: () => {
      const typed = box.value.trim();
      const p = Number(typed);
      if (typed === '' || !Number.isFinite(p) || p < min || p > max) {
        box.setAttribute('aria-invalid', 'true');
        message.textContent = `Enter a probability from ${min} to ${max}.`;
        return;
      }
      commit(p, box);
    },
    onchange: () => {
      // Leaving a refused value: show the value in use again.
      if (box.getAttribute('aria-invalid') === 'true') set(current);
    },
  });
  const message = h('span', { class: 'message', id: messageId, role: 'status' });
  let current = value;

  function commit(p, source) {
    current = p;
    box.removeAttribute('aria-invalid');
    message.textContent = '';
    if (source !== slider) slider.value = String(p);
    if (source !== box) box.value = String(p);
    slider.setAttribute('aria-valuetext', formatProbability(p));
    onChange(p);
  }

  function set(p) {
    current = p;
    slider.value = String(p);
    slider.setAttribute('aria-valuetext', formatProbability(p));
    if (document.activeElement !== box || Number(box.value) !== p) box.value = String(p);
    box.removeAttribute('aria-invalid');
    message.textContent = '';
  }

  const element = h('div', { class: 'control' }, h('label', { for: id }, label), slider, box, message);
  return { element, set };
}

/** A row of buttons: [{label, onClick, title?}]. */
export function buttonRow(label, buttons) {
  return h(
    'div',
    { class: 'buttons', role: 'group', 'aria-label': label },
    h('span', { class: 'buttons-label', 'aria-hidden': 'true' }, label),
    buttons.map(({ text, onClick, title }) => h('button', { type: 'button', onclick: onClick, title }, text)),
  );
}
