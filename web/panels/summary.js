// Panel: the summary triangle. Entropy, cross-entropy and KL divergence side
// by side, with live numbers for the P and Q of the decomposition panel.
import { h } from '../dom.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import * as decomposition from './decomposition.js';

/** This panel shows the decomposition panel's state: it shares its store. */
export const source = 'decomposition';

export const { defaults, schema, constraints } = decomposition;

/** The rows: the quantity's key in api.decompose(), and its formula (the same in every language). */
const ROWS = [
  { key: 'entropy', formula: '−E_P[log P] = −Σ P log P' },
  { key: 'crossEntropy', formula: '−E_P[log Q] = −Σ P log Q' },
  { key: 'kl', formula: 'H(P, Q) − H(P) = Σ P log(P/Q)' },
];

/**
 * The table rows, the closing identity and the text to announce for `state`
 * (in state.lang), numbers from the kernels. The panel draws no chart.
 */
export function render(api, state) {
  const { P, Q, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const info = (x) => L.info(x, units);
  const d = api.decompose(P, Q, { units });
  const rows = ROWS.map((row) => ({
    ...row,
    name: t(`summary.row.${row.key}`),
    meaning: t(`summary.meaning.${row.key}`),
    value: info(d[row.key]),
  }));
  const [h, cross, kl] = rows.map((row) => row.value);
  const identity =
    d.kl === Infinity
      ? L.say('summary.identity.infinite', { h }, [claim.equal(kl, Infinity), claim.equal(cross, Infinity)])
      : L.say('summary.identity', { cross, h, kl }, [claim.sum([h, kl], cross)]);
  return {
    charts: {},
    readouts: { ...Object.fromEntries(rows.map((row) => [row.key, row.value])), identity },
    descriptions: {},
    announcement: identity,
    rows,
  };
}

/** The self-check: cross-entropy against entropy (with numbers for the default P and Q). */
export function selfCheck(api, state) {
  const { units } = state;
  const L = localize(state.lang);
  const { P, Q } = defaults;
  const d = api.decompose(P, Q, { units });
  const params = {
    P: L.list(P, L.probability),
    Q: L.list(Q, L.probability),
    h: L.info(d.entropy, units),
    cross: L.info(d.crossEntropy, units),
    kl: L.info(d.kl, units),
  };
  const sum = claim.sum([params.h, params.kl], params.cross);
  return {
    question: L.say('summary.check.question'),
    options: [
      {
        text: L.say('summary.check.smaller'),
        correct: false,
        feedback: L.say('summary.check.smallerFeedback', params, [claim.greater(params.cross, params.h)]),
      },
      {
        text: L.say('summary.check.either'),
        correct: false,
        feedback: L.say('summary.check.eitherFeedback', params, [sum]),
      },
      {
        text: L.say('summary.check.larger'),
        correct: true,
        feedback: L.say('summary.check.largerFeedback', params, [sum]),
      },
    ],
    show: { text: L.say('summary.check.show'), patch: { Q: Array.from(state.P) } },
  };
}

/** The predict question's options, in order; the second is right. */
const PREDICT_OPTIONS = ['onlyKl', 'crossAndKl', 'all', 'onlyCross'];

/**
 * Predict, then reveal (../predict.js), a transfer question: change only Q,
 * keep P: which of the three quantities change? The feedback shows it with
 * numbers from the kernels: the current P and Q beside the same P with a
 * different Q (the uniform one, else Q = P, else a point mass).
 */
export function predict(api, state) {
  const { P, Q, units } = state;
  const L = localize(state.lang);
  const info = (x) => L.info(x, units);
  const now = api.decompose(P, Q, { units });
  const k = P.length;
  const candidates = [
    ['uniform', api.uniform(k)],
    ['equal', Array.from(P)],
    ['pointMass', api.pointMass(k, 0)],
  ];
  let change = candidates[candidates.length - 1];
  let then = api.decompose(P, change[1], { units });
  for (const candidate of candidates) {
    const d = api.decompose(P, candidate[1], { units });
    if (d.crossEntropy !== now.crossEntropy) {
      [change, then] = [candidate, d];
      break;
    }
  }
  const params = {
    h: info(now.entropy),
    hThen: info(then.entropy),
    cross: info(now.crossEntropy),
    crossThen: info(then.crossEntropy),
    kl: info(now.kl),
    klThen: info(then.kl),
  };
  const example = L.say(`summary.predict.example.${change[0]}`, params, [
    claim.equal(params.h, params.hThen),
    claim.sum([params.h, params.kl], params.cross),
    claim.sum([params.hThen, params.klThen], params.crossThen),
  ]);
  return {
    id: 'summary-only-q',
    question: L.say('summary.predict.question'),
    answer: { kind: 'choice', options: PREDICT_OPTIONS.map((key) => L.say(`summary.predict.${key}`)) },
    // The numbers would let a reader who changes Q above watch the answer happen.
    hides: { readouts: ['entropy', 'crossEntropy', 'kl', 'identity'], datasets: {}, descriptions: [] },
    judge(guess) {
      const key = PREDICT_OPTIONS[guess];
      if (key === undefined) throw new Error(`summary.predict: no option ${guess}`);
      return {
        correct: key === 'crossAndKl',
        feedback: L.join(L.say(`summary.predict.${key}Feedback`), example),
      };
    },
  };
}

/** The table (see ../binder.js); the panel shares the decomposition panel's store. */
export function mount(root, { L, view }) {
  const { t } = L;
  root.replaceChildren(
    h(
      'table',
      { class: 'summary-table' },
      h('caption', {}, t('summary.caption')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['quantity', 'formula', 'meaning', 'now'].map((key) => h('th', { scope: 'col' }, t(`summary.column.${key}`))),
        ),
      ),
      h(
        'tbody',
        {},
        ROWS.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, t(`summary.row.${row.key}`)),
            h('td', {}, row.formula),
            h('td', {}, t(`summary.meaning.${row.key}`)),
            view.readout(row.key, { tag: 'td', className: 'value', id: `summary-${row.key}` }),
          ),
        ),
      ),
    ),
    view.readout('identity'),
  );
  return {
    // The store is shared: a change made in the decomposition panel is
    // announced there. Speak only changes made inside this widget (its
    // self-check's "Show me", its own units switch or loaded state).
    announcement(state, output) {
      const host = root.parentElement ?? root;
      return host.contains(root.getRootNode().activeElement) ? output.announcement : null;
    },
  };
}
