// Derivation: D(P‖Q) ≥ 0 by Jensen's inequality, with a picture: the concave
// log curve, the points (x_i, log x_i) with x_i = Q_i/P_i sized by P_i, their
// P-weighted mean below the curve, and why equality needs Q = P. Live
// numbers of the decomposition panel's P and Q, from the kernels
// (jensenPoints, klDivergence, logCurve). Pure.
import { localize } from '../i18n.js';
import { Formula, claim } from '../statement.js';
import * as charts from '../charts/common.js';
import { unitName } from '../format.js';

export const panel = 'decomposition';

/** Jensen holds for the kernels' values within a few ulps where it is an equality (Q = c·P). */
const SLACK = 1e-12;
/** The sum of Q over P's categories may exceed 1 by the distributions' tolerance. */
const SUM_TOLERANCE = 1e-9;

function numbers(api, { P, Q, units }) {
  const points = api.jensenPoints(P, Q, { units });
  const kl = api.klDivergence(P, Q, { units });
  return { points, kl };
}

export function steps(api, state) {
  const { units } = state;
  const L = localize(state.lang);
  const { points, kl } = numbers(api, state);
  const amount = (x) => L.amount(x, units);
  const info = (x) => L.info(x, units);
  const { P, Q } = state;
  // Labelled for the statement checker's independent sums (tests/statements.js).
  const q = {
    kl: amount(kl).as('D(P‖Q)', { P, Q }),
    meanLog: amount(points.meanLog),
    logMean: amount(points.logMean),
    meanX: L.number(points.meanX, 3).as('Σ_{P>0} Q', { P, Q }),
  };
  const said = {
    kl: info(kl).as('D(P‖Q)', { P, Q }),
    meanLog: info(points.meanLog),
    logMean: info(points.logMean),
    meanX: q.meanX,
  };
  const negated = (a, b) => claim.sum([{ q: a, sign: -1 }], b); // −a = b
  const jensen = (s) => claim.atMost(s.meanLog, s.logMean, SLACK);
  const finite = kl !== Infinity;
  const equal = kl === 0;
  const xs = Array.from(points.xs);
  const spread = {
    low: L.number(Math.min(...xs), 3),
    high: L.number(Math.max(...xs), 3),
  };
  // Equality needs both: all points at one x (Jensen) and that x at 1 (Q's mass all on P's categories).
  let last;
  if (equal) last = L.say('derivation.jensen.6.equal', { kl: said.kl }, [claim.equal(said.kl, 0)]);
  else if (Math.min(...xs) === Math.max(...xs)) {
    last = L.say('derivation.jensen.6.oneX', { x: spread.low, meanX: q.meanX, logMean: said.logMean, kl: said.kl }, [
      claim.less(q.meanX, 1),
      claim.less(said.logMean, 0),
      claim.sum([{ q: said.logMean, sign: -1 }], said.kl),
    ]);
  } else {
    last = L.say('derivation.jensen.6.apart', { ...spread, kl: said.kl }, [
      claim.less(spread.low, spread.high),
      claim.greater(said.kl, 0),
    ]);
  }
  return [
    {
      label: L.say('derivation.jensen.1.label'),
      formula: new Formula('derive.jensen.1', { kl: q.kl }),
      text: L.say('derivation.jensen.1', { kl: said.kl }),
      changed: ['flip'],
    },
    {
      label: L.say('derivation.jensen.2.label'),
      formula: new Formula('derive.jensen.2', { meanLog: q.meanLog }),
      text: finite
        ? L.say('derivation.jensen.2', { meanLog: said.meanLog, kl: said.kl }, [negated(said.kl, said.meanLog)])
        : L.say('derivation.jensen.2.infinite', { meanLog: said.meanLog, kl: said.kl }, [
            negated(said.kl, said.meanLog),
          ]),
      changed: ['x', 'mean'],
    },
    {
      label: L.say('derivation.jensen.3.label'),
      formula: new Formula('derive.jensen.3', { meanLog: q.meanLog, logMean: q.logMean }, [jensen(q)]),
      text: L.say('derivation.jensen.3', { meanLog: said.meanLog, logMean: said.logMean }, [jensen(said)]),
      changed: ['jensen', 'logmean'],
    },
    {
      label: L.say('derivation.jensen.4.label'),
      formula: new Formula('derive.jensen.4', { meanX: q.meanX }, [claim.atMost(q.meanX, 1, SUM_TOLERANCE)]),
      text: L.say('derivation.jensen.4', { meanX: q.meanX, logMean: said.logMean }, [
        claim.atMost(q.meanX, 1, SUM_TOLERANCE),
        claim.atMost(said.logMean, 0),
      ]),
      changed: ['support', 'logmean'],
    },
    {
      label: L.say('derivation.jensen.5.label'),
      formula: new Formula('derive.jensen.5', { kl: q.kl }, [claim.atLeast(q.kl, 0)]),
      text: L.say('derivation.jensen.5', { kl: said.kl }, [claim.atLeast(said.kl, 0)]),
      changed: ['result'],
    },
    {
      label: L.say('derivation.jensen.6.label'),
      formula: new Formula('derive.jensen.6'),
      text: L.join(L.say('derivation.jensen.6'), last),
      changed: ['equal'],
    },
  ];
}

/**
 * The picture: the log curve, the points (x_i, log x_i) sized by P_i, their
 * P-weighted mean (x̄, mean of the logs) and the curve's height at x̄ (log of
 * the mean), and a description of it. Points at −∞ (Q_i = 0) cannot be drawn;
 * the description says so.
 */
export function chart(api, state) {
  const { units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const { points, kl } = numbers(api, state);
  const finiteXs = Array.from(points.xs).filter((x, i) => Number.isFinite(x) && Number.isFinite(points.logs[i]));
  const hi = Math.min(Math.max(2, 1.15 * Math.max(...finiteXs, points.meanX)), 12);
  const curve = api.logCurve({ lo: hi / 200, hi, points: 160, units });
  const shown = [];
  points.xs.forEach((x, j) => {
    if (Number.isFinite(points.logs[j]) && x <= hi) shown.push({ x, y: points.logs[j], w: points.weights[j] });
  });
  const yValues = shown.map((p) => p.y);
  const yMin = Math.min(...yValues, Number.isFinite(points.meanLog) ? points.meanLog : 0, curve.y[20], -1);
  const yMax = Math.max(...yValues, curve.y[curve.y.length - 1], 0.5);
  const base = charts.baseOptions(L.lang);
  const datasets = [
    {
      ...charts.lineDataset(t('derivation.jensen.chart.curve'), charts.points(curve), charts.COLORS.p),
      showLine: true,
    },
    {
      label: t('derivation.jensen.chart.points'),
      data: shown.map(({ x, y }) => ({ x, y })),
      showLine: false,
      // Area proportional to the weight P_i.
      pointRadius: shown.map(({ w }) => 3 + 12 * Math.sqrt(w)),
      backgroundColor: 'rgba(213, 94, 0, 0.45)',
      borderColor: charts.COLORS.q,
      borderWidth: 1.5,
      dragData: false,
    },
  ];
  if (Number.isFinite(points.meanLog)) {
    datasets.push(
      {
        ...charts.markerDataset(t('derivation.jensen.chart.mean'), [{ x: points.meanX, y: points.meanLog }], {
          pointStyle: 'rectRot',
          color: charts.COLORS.kl,
          draggable: false,
        }),
        dragData: false,
      },
      {
        ...charts.markerDataset(t('derivation.jensen.chart.logMean'), [{ x: points.meanX, y: points.logMean }], {
          pointStyle: 'triangle',
          color: charts.COLORS.entropy,
          draggable: false,
        }),
        dragData: false,
      },
    );
  }
  const config = {
    type: 'scatter',
    data: { datasets },
    options: {
      ...base,
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: Math.ceil(2 * hi) / 2,
          title: charts.axisTitle(t('derivation.jensen.chart.x')),
        },
        y: {
          type: 'linear',
          // Bounds on the half-units, so the ticks read well.
          min: Math.floor(2 * yMin) / 2,
          max: Math.ceil(2 * yMax) / 2,
          title: charts.axisTitle(t('derivation.jensen.chart.y', { units: unitName(units) })),
        },
      },
    },
  };
  const meanLog = L.info(points.meanLog, units);
  const logMean = L.info(points.logMean, units);
  const description = Number.isFinite(points.meanLog)
    ? L.say(
        'derivation.jensen.chart.describe',
        { count: points.xs.length, meanX: L.number(points.meanX, 3), meanLog, logMean },
        [claim.atMost(meanLog, logMean, SLACK)],
      )
    : L.say('derivation.jensen.chart.describeInfinite', {
        count: points.xs.length,
        kl: L.info(kl, units),
      });
  return { config, description };
}
