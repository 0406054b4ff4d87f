// Form controls shared by the panels. Each works by mouse, touch and keyboard
// (native range and number inputs), and refuses bad typed input with a
// visible message instead of passing it on.
import { h, isFocused, uniqueId } from './dom.js';
import { localize } from './i18n.js';

// How a slider position maps to a value: evenly, or evenly in log10 (for
// quantities spanning decades: widths, budgets, sample sizes, temperatures).
const SCALES = {
  linear: { toSlider: (v) => v, fromSlider: (s) => s },
  log: { toSlider: (v) => Math.log10(v), fromSlider: (s) => 10 ** s },
};

/**
 * A number set by a slider and a number box kept in step.
 * @param {{label: string, name: string, value: number, min: number, max: number,
 *          step?: number, scale?: 'linear'|'log', integer?: boolean,
 *          format?: (v: number) => string, kind?: 'number'|'integer'|'probability'|'width',
 *          L?: object, onChange: (v: number) => void}} spec
 *   `kind` names the quantity in the message for refused input ("a probability");
 *   L is the localize() bundle (English by default).
 * @returns {{element: HTMLElement, set: (v: number) => void}}
 */
export function rangeControl({
  label,
  name,
  value,
  min,
  max,
  step,
  scale = 'linear',
  integer = false,
  L = localize('en'),
  format = (v) => L.plain(v),
  kind = integer ? 'integer' : 'number',
  onChange,
}) {
  const map = SCALES[scale];
  const id = uniqueId(name);
  const messageId = `${id}-message`;
  const sliderStep = step ?? (scale === 'log' ? 0.01 : integer ? 1 : (max - min) / 1000);
  const slider = h('input', {
    type: 'range',
    id,
    name,
    min: map.toSlider(min),
    max: map.toSlider(max),
    step: sliderStep,
    value: String(map.toSlider(value)),
    'aria-valuetext': format(value),
    oninput: () => commit(sliderValue(), slider),
  });
  const box = h('input', {
    type: 'number',
    class: 'number',
    name: `${name}-value`,
    min,
    max,
    step: integer ? 1 : 'any',
    value: String(value),
    'aria-label': L.t('control.exact', { label }),
    'aria-describedby': messageId,
    oninput: () => {
      const typed = box.value.trim();
      const v = Number(typed);
      if (typed === '' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
        box.setAttribute('aria-invalid', 'true');
        message.textContent = L.t('control.enter', {
          kind: L.t(`control.kind.${kind}`),
          min: L.plain(min),
          max: L.plain(max),
        });
        return;
      }
      commit(v, box);
    },
    onchange: () => {
      // Leaving a refused value: show the value in use again.
      if (box.getAttribute('aria-invalid') === 'true') set(current);
    },
  });
  const message = h('span', { class: 'message', id: messageId, role: 'status' });
  let current = value;

  // Slider positions in log scale give values like 0.30000000000000004;
  // round to the slider's resolution so readouts and URLs stay clean.
  function sliderValue() {
    const v = map.fromSlider(Number(slider.value));
    if (integer) return Math.round(v);
    return Math.min(max, Math.max(min, Number(v.toPrecision(scale === 'log' ? 3 : 12))));
  }

  function commit(v, source) {
    current = v;
    box.removeAttribute('aria-invalid');
    message.textContent = '';
    if (source !== slider) slider.value = String(map.toSlider(v));
    if (source !== box) box.value = String(v);
    slider.setAttribute('aria-valuetext', format(v));
    onChange(v);
  }

  function set(v) {
    current = v;
    slider.value = String(map.toSlider(v));
    slider.setAttribute('aria-valuetext', format(v));
    if (!isFocused(box) || Number(box.value) !== v) box.value = String(v);
    box.removeAttribute('aria-invalid');
    message.textContent = '';
  }

  const element = h('div', { class: 'control' }, h('label', { for: id }, label), slider, box, message);
  return { element, set };
}

/** A probability in [min, max] (default [0, 1]) set by a slider and a number box. */
export function probabilityControl({ min = 0, max = 1, step = 0.001, L = localize('en'), ...spec }) {
  return rangeControl({ min, max, step, L, format: L.probability, kind: 'probability', ...spec });
}

/** A row of buttons: [{text, onClick, title?}]. */
export function buttonRow(label, buttons) {
  return h(
    'div',
    { class: 'buttons', role: 'group', 'aria-label': label },
    h('span', { class: 'buttons-label', 'aria-hidden': 'true' }, label),
    buttons.map(({ text, onClick, title }) => h('button', { type: 'button', onclick: onClick, title }, text)),
  );
}

/** A labelled <select> of [{value, text}] options. */
export function selectControl({ label, name, value, options, onChange }) {
  const id = uniqueId(name);
  const select = h(
    'select',
    { id, name, onchange: () => onChange(select.value) },
    options.map((option) => h('option', { value: String(option.value) }, option.text)),
  );
  select.value = String(value);
  const element = h('div', { class: 'control' }, h('label', { for: id }, label), select);
  return {
    element,
    set(v) {
      select.value = String(v);
    },
  };
}

/**
 * A number box for one probability of a table (entry i of P or Q): an empty
 * box or a value outside [0, 1] is refused (aria-invalid, `invalid` written
 * in `message`); a good one clears the message and goes to `onValue`.
 */
export function probabilityEntry({ label, message, invalid, onValue }) {
  const input = h('input', {
    type: 'number',
    class: 'number',
    min: 0,
    max: 1,
    step: 0.01,
    'aria-label': label,
    onchange: () => {
      const value = Number(input.value);
      if (input.value.trim() === '' || !(value >= 0 && value <= 1)) {
        input.setAttribute('aria-invalid', 'true');
        message.textContent = invalid;
        return;
      }
      input.removeAttribute('aria-invalid');
      message.textContent = '';
      onValue(value);
    },
  });
  return input;
}
