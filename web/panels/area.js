// Shared by the coin, extremes and decomposition panels (issue 13): entropy
// and cross-entropy as areas (bars of width p and height −log p or −log q),
// draws from P you can watch, and the number questions' judge. Not a panel.
// Every number comes from the kernels (surpriseTerms, drawOutcomes,
// runningSurprise); this file only chooses what to show and words it.
import { List, claim } from '../statement.js';
import { unitName } from '../format.js';
import * as charts from '../charts/common.js';
import { areaBarChart } from '../charts/area-bars.js';
import { largest } from './values.js';

/** Fills and outlines of the area bars (the charts' colours, see charts/common.js). */
const FILL_P = 'rgba(0, 114, 178, 0.35)';
const FILL_KL = 'rgba(204, 121, 167, 0.55)';
/** The y axis ends at the surprise of a 1-in-1000 outcome at most; taller bars get a mark. */
const RARE = 0.001;
/** Numeric guesses within this many units of the answer count as right. */
export const TOLERANCE = 0.05;

/** Right edges of the bars: the next bar's left edge, and 1 for the last (layout, no arithmetic). */
function rightEdges(left) {
  return [...Array.from(left).slice(1), 1];
}

/** The y axis's end: the tallest finite bar of positive width, between 1 bit and a 1-in-1000 surprise. */
function axisEnd(api, units, widths, ...heightLists) {
  let top = api.surprise(0.5, { units });
  for (const heights of heightLists) {
    heights.forEach((v, i) => {
      if (widths[i] > 0 && Number.isFinite(v) && v > top) top = v;
    });
  }
  const cap = api.surprise(RARE, { units });
  return top > cap ? cap : top;
}

/** " + "-joined list of quantities: the terms of a worked sum. */
export function sumList(items) {
  return new List(items, items.map(String).join(' + '));
}

/**
 * Entropy as area for distribution P: the chart (bars of width p and height
 * −log p; table columns width and area), the worked sum's terms −p log p in
 * the page's units, the heights, and a note when some outcome has p = 0.
 */
export function entropyAreas(api, L, { P, units, labels, series }) {
  const { t } = L;
  const terms = api.surpriseTerms(P, { units });
  const items = Array.from(terms.entropy, (x) => L.amount(x, units));
  const chart = areaBarChart({
    labels,
    left: terms.left,
    right: rightEdges(terms.left),
    series: [
      {
        label: series,
        heights: terms.surpriseP,
        fill: FILL_P,
        stroke: charts.COLORS.p,
        areaLabels: items.map((q, i) => (terms.p[i] > 0 ? String(q) : null)),
      },
    ],
    columns: [
      { label: t('area.width'), values: terms.p },
      { label: t('area.areaP'), values: terms.entropy },
    ],
    yMax: axisEnd(api, units, terms.p, terms.surpriseP),
    xTitle: t('area.xAxis'),
    yTitle: t('area.yAxis', { units: unitName(units) }),
    lang: L.lang,
  });
  const zero = Array.from(terms.p).some((p) => p === 0);
  const zeroNote = zero ? [L.say('area.zeroTerm', {}, [claim.equal(items[Array.from(terms.p).indexOf(0)], 0)])] : [];
  return {
    chart,
    terms: sumList(items),
    heights: Array.from(terms.surpriseP, (x) => L.amount(x, units)),
    largest: largest(Array.from(terms.entropy)),
    raw: terms,
    zeroNote,
  };
}

/**
 * Cross-entropy as area: on widths p, bars of height −log p (P) and −log q
 * (Q, outlined), and the band between them, p log(p/q) per outcome (negative
 * where q > p), for the decomposition panel; `highlight` outlines one
 * outcome's bar (the last draw).
 */
export function crossAreas(api, L, { P, Q, units, labels, highlight = null }) {
  const { t } = L;
  const terms = api.surpriseTerms(P, Q, { units });
  const chart = areaBarChart({
    labels,
    left: terms.left,
    right: rightEdges(terms.left),
    series: [
      {
        label: t('area.decomposition.seriesP'),
        heights: terms.surpriseP,
        fill: FILL_P,
        stroke: charts.COLORS.p,
        highlight,
      },
      { label: t('area.decomposition.seriesQ'), heights: terms.surpriseQ, stroke: charts.COLORS.q, dash: [6, 3] },
    ],
    between: {
      label: t('area.decomposition.band'),
      of: [0, 1],
      positive: FILL_KL,
      negative: charts.COLORS.kl,
      values: terms.kl,
    },
    columns: [
      { label: t('area.width'), values: terms.p },
      { label: t('area.areaP'), values: terms.entropy },
      { label: t('area.areaQ'), values: terms.cross },
    ],
    yMax: axisEnd(api, units, terms.p, terms.surpriseP, terms.surpriseQ),
    xTitle: t('area.xAxis'),
    yTitle: t('area.yAxisQ', { units: unitName(units) }),
    lang: L.lang,
  });
  return { chart, terms };
}

/**
 * A number question's verdict for `guess` (in `units`) against `value`
 * (from the kernels): right within TOLERANCE, else above or below; `why`
 * explains the answer either way.
 */
export function judgeNumber(api, L, { guess, value, units, why }) {
  const g = L.info(guess, units);
  const h = L.info(value, units);
  const tol = L.info(TOLERANCE, units);
  // A verdict, not a number shown: the distance is compared, never displayed.
  const correct = Math.abs(guess - value) <= TOLERANCE;
  let verdict;
  if (correct) verdict = L.say('area.predict.close', { guess: g, tol, h }, []);
  else if (guess > value) verdict = L.say('area.predict.high', { guess: g, h }, [claim.greater(g, h)]);
  else verdict = L.say('area.predict.low', { guess: g, h }, [claim.less(g, h)]);
  return { correct, feedback: L.join(verdict, why) };
}
