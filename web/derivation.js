// A derivation, one step at a time (item 3 of issue 13): Previous / Next
// buttons and a list of the steps (buttons too, so every step is one click
// or one Enter away), the current step's formula typeset with its live
// numbers and the terms that changed from the previous step highlighted
// (class term-changed on its \data{term=…} parts), its explanation, and a
// polite live region announcing the step. The numbers follow the store of
// the panel it belongs to. The steps come from a pure builder
// (web/derivations/); this file only shows them.
import { h, perFrame, uniqueId } from './dom.js';
import { showStatement } from './statement.js';
import { attachDataTable, describeChart } from './charts/a11y.js';
import { applyConfig, createChart } from './charts/common.js';
import { whenNear } from './charts/offscreen.js';
import { DERIVATIONS } from './derivations/index.js';

/**
 * Mounts derivation `name` in `root`, following `store` (its panel's).
 * @returns {{go: (index: number) => void, current: () => number, steps: () => Array}}
 */
export function mountDerivation(root, { name, api, store, Chart, L, headingLevel = 3 }) {
  const derivation = DERIVATIONS[name];
  const { t } = L;
  let steps = derivation.steps(api, store.get());
  let index = 0;
  // Measured once per frame, when the browser lays out anyway: measuring
  // right after the new formula is written would force a layout inside the
  // input event that changed it.
  const scheduleFit = perFrame(() => fitFormula());

  const titleId = uniqueId(`derivation-${name}`);
  const stepButtons = steps.map((_, i) =>
    h('button', { type: 'button', class: 'derivation-goto', onclick: () => go(i, { announce: true }) }),
  );
  const list = h(
    'ol',
    { class: 'derivation-steps', 'aria-label': t('derivation.steps') },
    stepButtons.map((button) => h('li', {}, button)),
  );
  const count = h('p', { class: 'derivation-count' });
  const formula = h('div', { class: 'derivation-formula', 'data-display': 'block' });
  const explanation = h('p', { class: 'derivation-explain' });
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const previous = h(
    'button',
    { type: 'button', class: 'derivation-previous', onclick: () => step(-1) },
    t('derivation.previous'),
  );
  const next = h('button', { type: 'button', class: 'derivation-next', onclick: () => step(1) }, t('derivation.next'));

  let chart = null;
  let canvas = null;
  const figure = [];
  if (derivation.chart) {
    canvas = h('canvas', { role: 'img', 'aria-label': t(`derivation.${name}.chart.canvas`) });
    figure.push(h('div', { class: 'chart chart-jensen' }, canvas));
  }

  root.replaceChildren(
    h(`h${headingLevel}`, { id: titleId }, t(`derivation.${name}.title`)),
    h('p', { class: 'note' }, t('derivation.live')),
    list,
    h('div', { class: 'derivation-step', 'data-step': '' }, count, formula, explanation),
    ...figure,
    h('div', { class: 'derivation-nav' }, previous, next),
    live,
  );
  root.setAttribute('role', 'region');
  root.setAttribute('aria-labelledby', titleId);

  if (canvas) {
    const { config, description } = derivation.chart(api, store.get());
    chart = createChart(Chart, canvas, config);
    describeChart(canvas, description);
    attachDataTable(chart, {
      L,
      format: (x) => String(typeof x === 'number' ? L.plain(Number(x.toPrecision(6))) : x),
    });
  }

  function show() {
    const current = steps[index];
    stepButtons.forEach((button, i) => {
      const text = `${i + 1}. ${steps[i].label}`;
      if (button.textContent !== text) button.textContent = text;
      if (i === index) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
    });
    count.textContent = t('derivation.stepOf', { i: index + 1, n: steps.length });
    showStatement(formula, current.formula);
    // The terms this step changed, highlighted.
    for (const term of formula.querySelectorAll('[data-term]')) {
      term.classList.toggle('term-changed', current.changed.includes(term.getAttribute('data-term')));
    }
    showStatement(explanation, current.text);
    scheduleFit();
    previous.disabled = index === 0;
    next.disabled = index === steps.length - 1;
    root.dataset.step = String(index + 1);
  }

  // A formula wider than the column (MathML does not wrap) scrolls inside
  // its box, which then takes focus so a keyboard can scroll it too.
  function fitFormula() {
    const wide = formula.scrollWidth > formula.clientWidth + 1;
    if (wide) {
      formula.setAttribute('tabindex', '0');
      formula.setAttribute('role', 'group');
      formula.setAttribute('aria-label', t('derivation.formula'));
    } else {
      formula.removeAttribute('tabindex');
      formula.removeAttribute('role');
      formula.removeAttribute('aria-label');
    }
  }
  if (typeof ResizeObserver === 'function') new ResizeObserver(fitFormula).observe(formula);

  function announce() {
    const current = steps[index];
    live.textContent = t('derivation.announce', {
      i: index + 1,
      n: steps.length,
      label: current.label,
      text: current.text,
    });
  }

  function go(i, { announce: say = false } = {}) {
    index = Math.max(0, Math.min(steps.length - 1, i));
    show();
    if (say) announce();
  }

  function step(delta) {
    const focused = root.getRootNode().activeElement;
    go(index + delta, { announce: true });
    // A button that just became disabled loses the focus: hand it to the other one.
    if (focused === previous && previous.disabled) next.focus();
    if (focused === next && next.disabled) previous.focus();
  }

  // Far off-screen, the steps and the chart follow the panel when they come
  // into view or the input pauses (charts/offscreen.js), not on every move.
  const near = whenNear(root);
  store.subscribe((state) => {
    near.run(() => {
      steps = derivation.steps(api, state);
      show();
      if (chart) {
        const { config, description } = derivation.chart(api, state);
        applyConfig(chart, config);
        describeChart(canvas, description);
      }
    });
  });
  show();
  return { go, current: () => index, steps: () => steps };
}
