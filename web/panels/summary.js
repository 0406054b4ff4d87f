// Panel: the summary triangle. Entropy, cross-entropy and KL divergence side
// by side, with live numbers for the P and Q of the decomposition panel.
import { h } from '../dom.js';
import { formatInfo } from '../format.js';
import * as decomposition from './decomposition.js';

/** This panel shows the decomposition panel's state: it shares its store. */
export const source = 'decomposition';
/** The panel's name for people (embed page heading, iframe title). */
export const title = 'Entropy, cross-entropy and KL in one table';

export const { defaults, schema, constraints } = decomposition;

const ROWS = [
  {
    key: 'entropy',
    name: 'Entropy H(P)',
    formula: '−E_P[log P] = −Σ P log P',
    meaning: 'How uncertain P is: the shortest average code length for draws from P, using a code built for P.',
  },
  {
    key: 'crossEntropy',
    name: 'Cross-entropy H(P, Q)',
    formula: '−E_P[log Q] = −Σ P log Q',
    meaning: 'The average code length when the code is built for the model Q but the draws come from P.',
  },
  {
    key: 'kl',
    name: 'KL divergence D(P‖Q)',
    formula: 'H(P, Q) − H(P) = Σ P log(P/Q)',
    meaning: 'The extra length wasted by coding with Q instead of P; 0 only when Q = P.',
  },
];

/** The table rows and the closing identity for `state`, numbers from the kernels. */
export function render(api, state) {
  const { P, Q, units } = state;
  const d = api.decompose(P, Q, { units });
  const rows = ROWS.map((row) => ({ ...row, value: formatInfo(d[row.key], units) }));
  const identity =
    d.kl === Infinity
      ? `Here Q misses an outcome P can produce, so H(P, Q) = ${formatInfo(d.entropy, units)} + ∞ = ∞.`
      : `Cross-entropy = entropy + KL: ${formatInfo(d.crossEntropy, units)} = ${formatInfo(d.entropy, units)} + ` +
        `${formatInfo(d.kl, units)}. Since H(P) does not depend on Q, minimising the cross-entropy over Q ` +
        'minimises the KL, and on data it is maximum likelihood.';
  return { rows, identity };
}

/** Builds the table inside `root` and keeps it in step with the (shared) store. */
export function mount(root, { api, store }) {
  const body = h('tbody');
  const identity = h('p', { class: 'readout', 'data-readout': 'summary-identity' });
  root.replaceChildren(
    h(
      'table',
      { class: 'summary-table' },
      h('caption', {}, 'The three quantities, for the P and Q of section 4'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Quantity', 'Formula', 'What it measures', 'Now'].map((text) => h('th', { scope: 'col' }, text)),
        ),
      ),
      body,
    ),
    identity,
  );
  function update(s) {
    const { rows, identity: text } = render(api, s);
    body.replaceChildren(
      ...rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, row.name),
          h('td', {}, row.formula),
          h('td', {}, row.meaning),
          h('td', { class: 'value', 'data-readout': `summary-${row.key}` }, row.value),
        ),
      ),
    );
    identity.textContent = text;
  }
  update(store.get());
  store.subscribe(update);
  return { charts: {}, update };
}
