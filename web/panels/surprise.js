// Panel: surprise I(p) = −log p. The curve, a draggable point on it, the
// four properties as live numbers, and two independent events whose
// surprises add.
import { field } from '../state.js';
import { h } from '../dom.js';
import { probabilityControl } from '../controls.js';
import { localize } from '../i18n.js';
import { Quantity, claim } from '../statement.js';
import { localized, unitName } from '../format.js';
import * as charts from '../charts/common.js';

/** The chart's y axis stops where I(p) reaches this many nats (p ≈ 0.0009). */
export const TOP_NATS = 7;

export const defaults = { p: 0.25, p1: 0.5, p2: 0.25, units: 'nats' };

/** What a link or an attribute may set (see ../state.js). */
export const schema = { p: field.probability(), p1: field.probability(), p2: field.probability() };

/** The rare events of the third property. */
const RARE = [0.001, 1e-6];

/**
 * Everything the panel shows for `state` (in state.lang), computed by the
 * kernels: the chart config (pure data), the texts of the readouts, the
 * chart's description and the text to announce.
 */
export function render(api, state) {
  const { p, p1, p2, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const opts = { units };
  const info = (x) => L.info(x, units);
  const curve = api.surpriseCurve({ points: 240, maxNats: TOP_NATS, units });
  const top = curve.y[0]; // I at the left end of the curve: the top of the axis
  const pAtTop = curve.x[0];
  const surprise = api.surprise(p, opts);
  const clipped = surprise > top;
  const joint = api.jointSurprise(p1, p2, opts);
  const s1 = api.surprise(p1, opts);
  const s2 = api.surprise(p2, opts);

  const chart = charts.curveWithMarker({
    curve,
    curveLabel: t('surprise.curve'),
    marker: { x: p, y: clipped ? top : surprise },
    markerLabel: t('surprise.marker'),
    offChart: clipped,
    offChartLabel: t('surprise.offChart'),
    xTitle: t('surprise.xAxis'),
    y: { max: top, title: charts.axisTitle(t('surprise.yAxis', { units: unitName(units) })) },
    lang: L.lang,
  });

  const i = info(surprise);
  const at = { p: L.probability(p), i };
  const topQ = info(top);
  let clip;
  if (!clipped) clip = L.say('surprise.clip.below', { top: topQ, p: L.probability(pAtTop) }, [claim.atMost(i, topQ)]);
  else if (surprise === Infinity)
    clip = L.say('surprise.clip.infinite', { ...at, top: topQ }, [claim.greater(i, topQ)]);
  else clip = L.say('surprise.clip.above', { ...at, top: topQ }, [claim.greater(i, topQ)]);

  const value = L.say('surprise.value', at);
  const rare = RARE.map((q) => info(api.surprise(q, opts)));
  const certain = info(api.surprise(1, opts));
  const parts = { i1: info(s1), i2: info(s2), sum: info(joint.sum), p: L.probability(joint.probability) };
  const jointQ = info(joint.joint);
  const readouts = {
    value,
    clip,
    properties: [
      L.say('surprise.property.positive', at, [claim.atLeast(i, 0)]),
      L.say('surprise.property.certain', { i: certain }, [claim.equal(certain, 0)]),
      L.say('surprise.property.rare', { p1: L.plain(RARE[0]), i1: rare[0], p2: L.plain(RARE[1]), i2: rare[1] }, [
        claim.less(rare[0], rare[1]),
      ]),
      L.say('surprise.property.additive'),
    ],
    joint: L.say('surprise.joint', { ...parts, joint: jointQ }, [
      claim.sum([parts.i1, parts.i2], parts.sum),
      claim.equal(parts.sum, jointQ),
    ]),
  };
  const describe = { top: topQ, pTop: L.probability(pAtTop), ...at };
  const descriptions = {
    chart: clipped
      ? L.say('surprise.describe.above', describe, [claim.greater(i, topQ)])
      : L.say('surprise.describe', describe, [claim.atMost(i, topQ)]),
  };
  return { charts: { chart }, readouts, descriptions, announcement: value };
}

/** The self-check: two independent events of probability ½, how surprising together? */
export function selfCheck(api, state) {
  const { units } = state;
  const L = localize(state.lang);
  const opts = { units };
  const half = 0.5;
  const one = L.info(api.surprise(half, opts), units);
  const both = api.jointSurprise(half, half, opts);
  const params = {
    p: L.plain(half),
    one,
    both: L.probability(both.probability),
    sum: L.info(both.sum, units),
    joint: L.info(both.joint, units),
  };
  const adds = claim.sum([one, one], params.joint);
  return {
    question: L.say('surprise.check.question', params),
    options: [
      {
        text: L.say('surprise.check.same', params),
        correct: false,
        feedback: L.say('surprise.check.sameFeedback', params, [claim.greater(params.joint, one)]),
      },
      {
        text: L.say('surprise.check.add', params, [claim.sum([one, one], params.sum)]),
        correct: true,
        feedback: L.say('surprise.check.addFeedback', params, [adds]),
      },
      {
        text: L.say('surprise.check.less', params),
        correct: false,
        feedback: L.say('surprise.check.lessFeedback', params, [claim.greater(params.joint, one)]),
      },
    ],
    show: { text: L.say('surprise.check.show', params), patch: { p1: half, p2: half, units: 'bits' } },
  };
}

/** The predict question's event: one in a million, far off the chart. */
const ONE_IN_A_MILLION = 1e-6;

/** A guess counts as right within this fraction of the answer. */
export const PREDICT_TOLERANCE = 0.05;

/**
 * Predict, then reveal (../predict.js): how surprising is an event of
 * probability one in a million? Typed in the page's units, before the
 * properties (which state it) are shown. The feedback rebuilds the answer
 * from six factors of ten, each worth I(0.1).
 */
export function predict(api, state) {
  const { units } = state;
  const L = localize(state.lang);
  const opts = { units };
  const p = L.plain(ONE_IN_A_MILLION);
  const exact = L.info(api.surprise(ONE_IN_A_MILLION, opts), units);
  const tenth = L.plain(0.1);
  const perTen = L.info(api.surprise(0.1, opts), units);
  const topQ = L.info(api.surpriseCurve({ points: 240, maxNats: TOP_NATS, units }).y[0], units);
  const sixTens = claim.sum([perTen, perTen, perTen, perTen, perTen, perTen], exact);
  return {
    id: 'surprise-one-in-a-million',
    question: L.say('surprise.predict.question', { p, top: topQ }, [claim.greater(exact, topQ)]),
    answer: {
      kind: 'number',
      label: L.say('surprise.predict.label', { p }),
      min: 0,
      max: 100,
      step: 0.1,
      units,
    },
    hides: { readouts: ['properties'], datasets: {}, descriptions: [] },
    judge(guess) {
      // The learner's own number, as typed, in the page's units.
      const mine = new Quantity({
        value: guess,
        text: `${localized(String(guess), L.lang)} ${unitName(units)}`,
        shown: guess,
        step: 0,
        unit: units,
      });
      const params = { guess: mine, p, exact, tenth, perTen };
      const correct = Math.abs(guess - exact.value) <= PREDICT_TOLERANCE * exact.value;
      let key = 'surprise.predict.close';
      const claims = [sixTens];
      if (!correct && guess > exact.value) {
        key = 'surprise.predict.above';
        claims.push(claim.greater(mine, exact));
      } else if (!correct) {
        key = 'surprise.predict.below';
        claims.push(claim.less(mine, exact));
      }
      return { correct, feedback: L.say(key, params, claims) };
    },
  };
}

/** The panel's controls and layout (see ../binder.js). */
export function mount(root, { store, L, view }) {
  const { t } = L;
  const state = () => store.get();
  const control = (key, label) =>
    probabilityControl({
      label: t(label),
      name: `surprise-${key}`,
      value: state()[key],
      L,
      onChange: (p) => store.set({ [key]: p }),
    });
  const controls = {
    p: control('p', 'surprise.control'),
    p1: control('p1', 'surprise.control.p1'),
    p2: control('p2', 'surprise.control.p2'),
  };

  // The drag plugin holds on to the dragged point by dataset and index, so a
  // point that crossed between the disc (1) and the triangle (2) mid-drag
  // left it holding nothing (a TypeError at every move): during a drag the
  // point stays in the dataset it was grabbed in, and takes its shape on release.
  let grabbed = null;
  const canvas = view.chart(
    'chart',
    { 'aria-label': t('surprise.canvas') },
    {
      onDrag: (dataset, index, point) => store.set({ p: point.x }),
      dragData: {
        onDragStart: (event, datasetIndex) => {
          grabbed = datasetIndex;
        },
        onDragEnd: () => {
          grabbed = null;
          store.set({}); // redraw the point in its own shape
        },
      },
    },
  );
  // The point drags sideways; off the chart it lives in the triangle dataset (2).
  view.keyboard('chart', {
    probability: true,
    axis: 'x',
    bars: (chart) => [
      {
        datasetIndex: chart.data.datasets[1].data.length > 0 ? 1 : 2,
        index: 0,
        label: t('surprise.marker'),
        value: state().p,
      },
    ],
    set: (datasetIndex, index, p) => store.set({ p }),
  });

  root.replaceChildren(
    h('div', { class: 'chart' }, canvas),
    controls.p.element,
    view.readout('value'),
    view.readout('clip', { className: 'note' }),
    view.readout('properties', { tag: 'ul', className: 'properties' }),
    h('h3', {}, t('surprise.twoEvents')),
    controls.p1.element,
    controls.p2.element,
    view.readout('joint'),
  );

  return {
    beforeApply(output) {
      const datasets = output.charts.chart.data.datasets;
      if (grabbed !== null && datasets[grabbed].data.length === 0) {
        const other = grabbed === 1 ? 2 : 1;
        [datasets[grabbed].data, datasets[other].data] = [datasets[other].data, []];
      }
    },
    sync: (s) => Object.entries(controls).forEach(([key, c]) => c.set(s[key])),
    // Moving p₁ or p₂ (and not p) changes only the two-events readout: speak that.
    announcement(s, output, previous) {
      const twoEvents = previous && previous.p === s.p && (previous.p1 !== s.p1 || previous.p2 !== s.p2);
      return twoEvents ? output.readouts.joint : output.announcement;
    },
  };
}
