// Predict, then reveal: a panel's question asked before its answer is
// visible. A panel may export a pure predict(api, state) returning null (no
// question in this state) or
//   { id, question: Statement,
//     answer: { kind: 'choice', options: [Statement, …] }
//           | { kind: 'number', label: Statement, min, max, step, units: 'nats'|'bits'|null }
//           | { kind: 'position', label: Statement, chart, axis: 'x', min, max, step },
//     hides: { readouts: [key, …], datasets: { chart: [index, …] }, descriptions: [chart, …] },
//     judge(guess) -> { correct, feedback: Statement } }   // guess: option index | number
// This box asks it above the panel; the binder (binder.js) hides what `hides`
// names (readouts from sight and the accessibility tree, datasets from the
// canvas and its data table, descriptions, announcements that would state
// them) until a guess is committed, then reveals and shows judge's feedback.
// "Ask me again" hides again. A revealed answer stays revealed while the state
// changes (its feedback follows the state); a new question id asks afresh.
// The guess is not part of the link: a shared link always asks first.
import { h, perFrame, uniqueId } from './dom.js';
import { unitName } from './format.js';
import { showStatement } from './statement.js';

/** What a question hides, as sets (nothing for null or a revealed question). */
export function hiddenSets(hides) {
  return {
    readouts: new Set(hides?.readouts ?? []),
    datasets: new Map(Object.entries(hides?.datasets ?? {}).map(([chart, list]) => [chart, new Set(list)])),
    descriptions: new Set(hides?.descriptions ?? []),
  };
}

export const NOTHING_HIDDEN = hiddenSets(null);

/** Rounds `value` to the grid of `step` from `min`, within [min, max]. */
function snap(value, { min, max, step }) {
  const stepped = step > 0 ? min + Math.round((value - min) / step) * step : value;
  return Math.min(max, Math.max(min, Number(stepped.toPrecision(12))));
}

/**
 * The question box of one panel.
 * @param {{build: (state: object) => object|null, store: object, L: object,
 *   convert: (x: number, from: string, to: string) => number}} spec
 *   build: the panel's predict bound to the API; convert: the kernels'
 *   convertInformation, for a committed number when the page's units change
 * @returns {{element: HTMLElement, attach: Function, sync: (state: object) => object, revealed: () => boolean}}
 *   attach({ charts, refresh }): the panel's charts (for a position guess) and a
 *   function that re-renders the panel; sync(state): the sets to hide now.
 */
export function createPredict({ build, store, L, convert }) {
  const titleId = uniqueId('predict-title');
  const question = h('p', { class: 'predict-question', id: uniqueId('predict-question') });
  const answerArea = h('div', { class: 'predict-answer' });
  const feedback = h('p', { class: 'predict-feedback', role: 'status', 'aria-live': 'polite' });
  const checkButton = h('button', { type: 'submit', class: 'predict-check' }, L.t('predict.check'));
  const againButton = h(
    'button',
    { type: 'button', class: 'predict-again', hidden: true, onclick: () => askAgain() },
    L.t('predict.again'),
  );
  // An unnamed form (a named one would be a landmark, one per panel) in a
  // group named by its title.
  const inner = h(
    'form',
    {
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        commit();
      },
    },
    question,
    answerArea,
    h('div', { class: 'buttons predict-buttons' }, checkButton, againButton),
    feedback,
  );
  const form = h(
    'div',
    { class: 'predict', role: 'group', 'aria-labelledby': titleId },
    h('p', { class: 'predict-title', id: titleId }, L.t('predict.title')),
    inner,
  );

  let current = null; // the panel's predict output for the current state
  let id = null;
  let guess = null; // committed guess, or null
  let guessUnits = null;
  let controls = null; // the answer's inputs: { value(), enable(on), update(q), focus() }
  let charts = {};
  let refresh = () => {};
  let marker = null;
  // Placed once per frame: reading the canvas's offsets right after a redraw
  // (whose readouts changed the page) would force a layout inside the input
  // event.
  const schedulePlace = perFrame(() => placeMarker());

  function say(text, correct) {
    feedback.textContent = String(text);
    if (correct === undefined) delete feedback.dataset.correct;
    else feedback.dataset.correct = String(correct);
  }

  function showFeedback() {
    if (guess === null || !current) return;
    // A number typed in other units is converted (by the kernels) into the
    // page's units now, then judged there: the feedback speaks the page's units.
    const units = current.answer.units;
    if (units && guessUnits && units !== guessUnits) {
      guess = convert(guess, guessUnits, units);
      guessUnits = units;
      controls?.show?.(guess);
    }
    const { correct, feedback: statement } = current.judge(guess);
    say(`${L.t(correct ? 'predict.right' : 'predict.notQuite')} ${statement}`, correct);
    feedback.dataset.units = statement.units?.().join(' ') ?? '';
  }

  function choiceControls(answer) {
    const name = uniqueId('predict-choice');
    const legend = h('legend', { class: 'visually-hidden' }, L.t('predict.yourAnswer'));
    const labels = [];
    const inputs = [];
    const rows = answer.options.map((option, i) => {
      const inputId = `${name}-${i}`;
      const input = h('input', { type: 'radio', name, id: inputId, value: String(i) });
      const label = h('label', { for: inputId });
      inputs.push(input);
      labels.push(label);
      return h('div', { class: 'predict-option' }, input, label);
    });
    answerArea.replaceChildren(h('fieldset', { 'aria-describedby': question.id }, legend, ...rows));
    return {
      value: () => {
        const index = inputs.findIndex((input) => input.checked);
        return index < 0 ? null : index;
      },
      enable: (on) => inputs.forEach((input) => (input.disabled = !on)),
      clear: () => inputs.forEach((input) => (input.checked = false)),
      update: (a) => a.options.forEach((option, i) => showStatement(labels[i], option)),
      focus: () => (inputs.find((input) => input.checked) ?? inputs[0]).focus(),
      missing: 'predict.needChoice',
    };
  }

  function numberControls(answer) {
    const inputId = uniqueId('predict-number');
    const label = h('label', { for: inputId });
    const units = h('span', { class: 'predict-units' });
    const input = h('input', {
      type: 'number',
      id: inputId,
      class: 'predict-number',
      inputmode: 'decimal',
      'aria-describedby': question.id,
    });
    answerArea.replaceChildren(h('div', { class: 'predict-row' }, label, input, units));
    const update = (a) => {
      showStatement(label, a.label);
      input.min = String(a.min);
      input.max = String(a.max);
      input.step = a.step ? String(a.step) : 'any';
      units.textContent = a.units ? unitName(a.units) : '';
    };
    return {
      value: () => (Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : null),
      enable: (on) => (input.disabled = !on),
      clear: () => (input.value = ''),
      // A committed guess converted to other units, shown to 4 significant digits.
      show: (v) => (input.value = String(Number(v.toPrecision(4)))),
      update,
      focus: () => input.focus(),
      missing: 'predict.needNumber',
    };
  }

  function positionControls(answer) {
    const sliderId = uniqueId('predict-slider');
    const boxId = uniqueId('predict-box');
    const label = h('label', { for: sliderId });
    const boxLabel = h('label', { for: boxId, class: 'visually-hidden' });
    const slider = h('input', {
      type: 'range',
      id: sliderId,
      class: 'predict-slider',
      'aria-describedby': question.id,
    });
    const box = h('input', { type: 'number', id: boxId, class: 'predict-number', inputmode: 'decimal' });
    let spec = answer;
    let value = snap((answer.min + answer.max) / 2, answer);
    const set = (v) => {
      value = snap(v, spec);
      slider.value = String(value);
      box.value = String(value);
      slider.setAttribute('aria-valuetext', L.number(value, 2).text);
      schedulePlace();
    };
    slider.addEventListener('input', () => set(slider.valueAsNumber));
    box.addEventListener('change', () => Number.isFinite(box.valueAsNumber) && set(box.valueAsNumber));
    answerArea.replaceChildren(h('div', { class: 'predict-row' }, label, slider, boxLabel, box));
    const update = (a) => {
      spec = a;
      showStatement(label, a.label);
      boxLabel.textContent = L.t('predict.exact', { label: String(a.label) });
      for (const input of [slider, box]) {
        input.min = String(a.min);
        input.max = String(a.max);
        input.step = a.step ? String(a.step) : 'any';
      }
      set(value);
    };
    const controls = {
      value: () => value,
      set,
      enable: (on) => {
        slider.disabled = !on;
        box.disabled = !on;
        marker?.classList.toggle('predict-marker-fixed', !on);
      },
      clear: () => {},
      update,
      focus: () => slider.focus(),
      missing: 'predict.needNumber',
    };
    return controls;
  }

  /** The draggable guess marker over the position question's chart. */
  function makeMarker(answer) {
    marker?.remove();
    marker = null;
    const chart = charts[answer.chart];
    if (!chart) return;
    const canvas = chart.canvas;
    const host = canvas.parentElement;
    host.classList.add('predict-host');
    marker = h(
      'div',
      { class: 'predict-marker', 'aria-hidden': 'true', 'data-chart': answer.chart },
      h('span', { class: 'predict-marker-label' }, L.t('predict.marker')),
    );
    host.append(marker);
    const valueAt = (event) => {
      const rect = canvas.getBoundingClientRect();
      return chart.scales.x.getValueForPixel(event.clientX - rect.left);
    };
    marker.addEventListener('pointerdown', (event) => {
      if (guess !== null) return;
      event.preventDefault();
      marker.setPointerCapture?.(event.pointerId);
      marker.classList.add('predict-marker-dragging');
    });
    marker.addEventListener('pointermove', (event) => {
      if (!marker.classList.contains('predict-marker-dragging')) return;
      controls.set(valueAt(event));
    });
    const release = () => marker?.classList.remove('predict-marker-dragging');
    marker.addEventListener('pointerup', release);
    marker.addEventListener('pointercancel', release);
    (chart.$afterUpdate ??= []).push(() => schedulePlace());
    placeMarker();
  }

  function placeMarker() {
    if (!marker || !controls || current?.answer.kind !== 'position') return;
    const chart = charts[current.answer.chart];
    if (!chart?.scales?.x || !chart.chartArea) return;
    const canvas = chart.canvas;
    const x = chart.scales.x.getPixelForValue(controls.value());
    // Positioned through the CSSOM (allowed by the page's CSP, unlike style attributes).
    marker.style.left = `${canvas.offsetLeft + x}px`;
    marker.style.top = `${canvas.offsetTop + chart.chartArea.top}px`;
    marker.style.height = `${chart.chartArea.bottom - chart.chartArea.top}px`;
  }

  function ask(q) {
    current = q;
    id = q.id;
    guess = null;
    say('');
    const make = { choice: choiceControls, number: numberControls, position: positionControls }[q.answer.kind];
    if (!make) throw new Error(`predict: unknown answer kind "${q.answer.kind}"`);
    controls = make(q.answer);
    controls.update(q.answer);
    if (q.answer.kind === 'position') makeMarker(q.answer);
    else {
      marker?.remove();
      marker = null;
    }
    setRevealed(false);
  }

  function setRevealed(on) {
    controls.enable(!on);
    checkButton.hidden = on;
    againButton.hidden = !on;
    form.dataset.revealed = String(on);
  }

  function commit() {
    if (!current || guess !== null) return;
    const value = controls.value();
    if (value === null) {
      say(L.t(controls.missing));
      return;
    }
    const { min, max } = current.answer;
    if (current.answer.kind !== 'choice' && !(value >= min && value <= max)) {
      say(L.t('predict.outOfRange', { min: L.plain(min), max: L.plain(max) }));
      return;
    }
    guess = value;
    guessUnits = current.answer.units;
    setRevealed(true);
    showFeedback();
    refresh();
    againButton.focus();
  }

  function askAgain() {
    guess = null;
    say('');
    controls.clear();
    setRevealed(false);
    refresh();
    controls.focus();
  }

  return {
    element: form,
    revealed: () => guess !== null,
    attach(options) {
      charts = options.charts;
      refresh = options.refresh;
      if (current?.answer.kind === 'position') makeMarker(current.answer);
    },
    /** Asks (or keeps asking) the question for `state`; returns what to hide now. */
    sync(state = store.get()) {
      const q = build(state);
      form.hidden = q === null;
      if (q === null) {
        current = null;
        id = null;
        guess = null;
        return NOTHING_HIDDEN;
      }
      if (q.id !== id || q.answer.kind !== current?.answer.kind) ask(q);
      else {
        current = q;
        controls.update(q.answer);
      }
      showStatement(question, q.question);
      if (guess !== null) {
        showFeedback();
        return NOTHING_HIDDEN;
      }
      return hiddenSets(q.hides);
    },
  };
}
