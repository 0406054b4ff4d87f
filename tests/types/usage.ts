// Uses every declaration in types/ as a user of the package would, and checks
// the types tsc gives back: `npx tsc -p tests/types` must report nothing.
// Each result goes through is<Expected>(), which fails on any other type,
// `any` included; each `@ts-expect-error` line is a wrong use that must stay
// an error, so a declaration that becomes too loose fails the check. Never
// run (noEmit): only type-checked.
import { load } from 'infotheory-widget';
import type {
  Curve,
  CurveExtremes,
  Decomposition,
  ElboTerms,
  GaussianFit,
  ImportanceWeights,
  InfotheoryAPI,
  JensenPoints,
  JointSurprise,
  KlEstimates,
  KlIntegrandCurve,
  KlPerState,
  MemoryUsage,
  Mixture,
  PosteriorNormal,
  PpoSurrogate,
  QuadratureCheck,
  RunningSurprise,
  ShannonCode,
  States,
  SurpriseTerms,
  Units,
  VaeKLTerms,
} from 'infotheory-widget';
import 'infotheory-widget/element';
import { load as loadFromElement } from 'infotheory-widget/element';
import type { InfoWidgetElement, InfoWidgetEvent, PanelName, PanelState } from 'infotheory-widget/element';
import widget from 'infotheory-widget/anywidget';
import type { AnyModel, InfoWidgetModel } from 'infotheory-widget/anywidget';

// --- Exact-type checks --------------------------------------------------------

/** True when A and B are the same type (any is only equal to any). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** is<T>()(value) compiles only when value's type is exactly T (not any, not wider, not narrower). */
function is<Expected>() {
  return <Actual>(value: Actual, ..._exactly: Equal<Actual, Expected> extends true ? [] : ['type differs']): Actual =>
    value;
}

/** Compiles only for `true`. */
function assert<T extends true>(): T | void {}

// --- The API ------------------------------------------------------------------

is<() => Promise<Readonly<InfotheoryAPI>>>()(load);
is<typeof load>()(loadFromElement);

const api = await load();
const P = [0.5, 0.3, 0.2];
const Q = new Float64Array([0.2, 0.3, 0.5]);
const P32 = new Float32Array([0.25, 0.75]);
const readonlyP: readonly number[] = [0.5, 0.5];
const mixture: Mixture = { weights: [0.3, 0.7], means: [-3, 2], sigmas: [0.6, 1.2] };
const states: States = {
  piOld: [
    [0.4, 0.3, 0.2, 0.1],
    [0.6, 0.4],
  ],
  advantages: [[-0.5, 1, 0.2, -1], new Float64Array([0.8, -0.3])],
  weights: [0.7, 0.3],
};

// Every member, called as documented; the type of each result checked exactly.
is<number>()(api.maxCategories);

// Information
is<number>()(api.convertInformation(0.02, 'nats', 'bits'));
is<number>()(api.surprise(0.5));
const bits: Units = 'bits';
const h: number = api.entropy([0.5, 0.5], { units: bits });
is<number>()(api.entropy(P32));
is<number>()(api.entropy(readonlyP, {}));
const joint = is<JointSurprise>()(api.jointSurprise(0.5, 0.25, { units: 'bits' }));
is<number>()(joint.probability + joint.joint + joint.sum);
is<number>()(api.binaryEntropy(0.9));
is<number>()(api.crossEntropy(P, Q));
is<number>()(api.klDivergence(P, Q, { units: 'nats' }));
const parts = is<Decomposition>()(api.decompose(P, Q));
is<number>()(parts.entropy + parts.crossEntropy + parts.kl + parts.reverseKl);
const curve = is<Curve>()(api.surpriseCurve({ points: 240, maxNats: 7, units: 'bits' }));
is<Float64Array>()(curve.x);
is<Float64Array>()(curve.y);
is<Curve>()(api.surpriseCurve());
is<Curve>()(api.binaryEntropyCurve({ points: 201 }));
is<Curve>()(api.binaryEntropyCurve());
is<Float64Array>()(api.logSpace(0.05, 20, 100));
is<Float64Array>()(api.logSpacedCounts(1000, 20));
is<Float64Array>()(api.logitsFor(P));
is<Float64Array>()(api.logitsFor(P, -5));
is<Float64Array>()(api.uniform(4));
is<Float64Array>()(api.pointMass(3, 1));
is<Float64Array>()(api.randomDistribution(5, 42));
is<Float64Array>()(api.setProbability([0.1, 0.2, 0.3, 0.4], 3, 0.7));
is<Float64Array>()(api.resizeDistribution([0.5, 0.5], 4));
is<Float64Array>()(api.empiricalDistribution([3, 1, 0]));

// Gaussians
is<number>()(api.gaussianKL(1, 0.5, 0, 1));
is<number>()(api.vaeKL(1, 0.5, { units: 'bits' }));
const terms = is<VaeKLTerms>()(api.vaeKLTerms(1, 0.5));
is<number>()(terms.mean + terms.variance + terms.logVariance + terms.constant + terms.total);
is<number>()(api.gaussianEntropy(0.1));
const quadrature = is<QuadratureCheck>()(api.gaussianKLByQuadrature(1, 0.5, 0, 1));
is<number>()(quadrature.value + quadrature.errorEstimate + quadrature.evaluations);
is<number>()(quadrature.closedForm - quadrature.difference);
is<Curve>()(api.gaussianDensityCurve(0, 1, { lo: -4, hi: 4 }));
is<Curve>()(api.mixtureDensityCurve(mixture, { lo: -9, hi: 9, points: 361 }));
is<Curve>()(
  api.mixtureDensityCurve({ weights: [0.5, 0.5], means: new Float64Array([0, 1]), sigmas: [1, 1] }, { lo: 0, hi: 1 }),
);
is<number>()(api.mixtureDensity(mixture, 0));
const fit = is<GaussianFit>()(api.fitGaussian(mixture, 'reverse', { units: 'bits' }));
is<number>()(fit.mu + fit.sigma + fit.kl);
is<'none' | 'sitsOnComponent' | 'coversBoth' | 'neither'>()(fit.behaviour);
is<-1 | 0 | 1>()(fit.component);
if (fit.tie) {
  is<number>()(fit.otherMu + fit.otherSigma);
} else {
  is<undefined>()(fit.otherMu);
}
is<number>()(api.mixtureKL(mixture, 0, 1, 'forward'));
is<Float64Array>()(
  api.klLandscape(mixture, 'reverse', {
    muLo: -6,
    muHi: 6,
    nMu: 61,
    logSigmaLo: -2.3,
    logSigmaHi: 2.3,
    nLogSigma: 41,
    units: 'bits',
  }),
);

// Learning
is<Float64Array>()(api.logSoftmax([1e4, -1e4, 0]));
is<Float64Array>()(api.softmax([0, Math.log(2), Math.log(3)]));
is<number>()(api.softmaxCrossEntropy([2, 0.5, -1], 0));
is<Float64Array>()(api.softmaxCrossEntropyGradient([2, 0.5, -1], 0, { units: 'bits' }));
is<Float64Array>()(api.sampleCounts(P, { n: 1000, seed: 7 }));
is<Float64Array>()(api.nllConvergence(P, Q, { seed: 7, checkpoints: [10, 100, 1000] }));
const piOld = [0.4, 0.3, 0.2, 0.1];
const advantages = [-0.5, 1, 0.2, -1];
is<Float64Array>()(api.policyUpdate(piOld, advantages, 0.5));
is<Float64Array>()(api.klAlongUpdate(piOld, advantages, [0, 0.5, 1]));
is<number>()(api.maxStepWithinBudget(piOld, advantages, 0.02));
const ppo = is<PpoSurrogate>()(api.ppoSurrogate(piOld, advantages, { epsilon: 0.2, beta: 0, alphas: [0, 1] }));
is<Float64Array>()(ppo.unclipped);
is<Float64Array>()(ppo.clipped);
is<Float64Array>()(ppo.penalized);
const estimates = is<KlEstimates>()(api.klEstimators(piOld, advantages, 0.5, { n: 1000, seed: 3 }));
is<number>()(estimates.exact + estimates.k1Mean + estimates.k1StdError + estimates.k3Mean + estimates.k3StdError);
is<KlEstimates>()(api.klEstimators(piOld, advantages, 0.5));
is<Float64Array>()(api.temper(P, 0.5));
is<Float64Array>()(api.entropyAlongTemperature(P, api.logSpace(0.05, 20, 100)));
const memory = is<MemoryUsage>()(api.memoryUsage());
is<number>()(memory.wasmBytes + memory.bytesInUse + memory.handles);

// Derivations
const jensen = is<JensenPoints>()(api.jensenPoints(P, Q));
is<Float64Array>()(jensen.indices);
is<Float64Array>()(jensen.xs);
is<Float64Array>()(jensen.logs);
is<Float64Array>()(jensen.weights);
is<number>()(jensen.meanX + jensen.meanLog + jensen.logMean);
is<Curve>()(api.logCurve({ lo: 0.05, hi: 3, points: 121, units: 'bits' }));
is<number>()(api.logLikelihood([3, 0, 2], [0.5, 0.25, 0.25]));

// Areas
const areas = is<SurpriseTerms>()(api.surpriseTerms([0.9, 0.1]));
is<Float64Array>()(areas.left);
is<Float64Array>()(areas.p);
is<Float64Array>()(areas.surpriseP);
is<Float64Array>()(areas.entropy);
is<Float64Array>()(areas.surpriseQ);
is<Float64Array>()(areas.cross);
is<Float64Array>()(areas.kl);
is<SurpriseTerms>()(api.surpriseTerms(P, Q, { units: 'bits' }));
is<SurpriseTerms>()(api.surpriseTerms(P, { units: 'bits' }));
const outcomes = is<Float64Array>()(api.drawOutcomes(P, { n: 10, seed: 7 }));
const running = is<RunningSurprise>()(api.runningSurprise(P, Q, outcomes));
is<Float64Array>()(running.surpriseP);
is<Float64Array>()(running.surpriseQ);
is<Float64Array>()(running.averageP);
is<Float64Array>()(running.averageQ);
is<Float64Array>()(running.gap);

// Coding and the fits' integrand
const code = is<ShannonCode>()(api.shannonCode([0.5, 0.25, 0.125, 0.125]));
is<Float64Array>()(code.lengths);
is<string[]>()(code.codewords);
is<number>()(code.kraftSum);
const lengths = is<Float64Array>()(api.huffmanLengths([0.4, 0.3, 0.2, 0.1]));
is<number>()(api.averageCodeLength(P, code.lengths));
const symbols = is<Float64Array>()(api.sampleMessage(P, { n: 16, seed: 1 }));
is<number>()(api.messageLength(lengths, symbols));
const integrand = is<KlIntegrandCurve>()(
  api.klIntegrandCurve(mixture, 0.5, 2.6, 'forward', { lo: -9, hi: 9, points: 361 }, { units: 'bits' }),
);
is<Float64Array>()(integrand.x);
is<CurveExtremes>()(integrand.extremes);
const extremes = is<CurveExtremes>()(api.curveExtremes([0, 1, 2], [0.5, -0.2, 0.1]));
is<number>()(extremes.lowX + extremes.lowY + extremes.highX + extremes.highY);

// ML
const elbo = is<ElboTerms>()(api.vaeElbo([1.5, -0.5], [1, 0], [0.5, 1], 0.7));
is<number>()(elbo.reconstruction + elbo.kl + elbo.elbo + elbo.logEvidence + elbo.gap);
is<Float64Array>()(api.expectedKlAlongUpdate(states, [0.1, 1]));
const perState = is<KlPerState>()(api.klPerState(states, 0.5, { units: 'bits' }));
is<Float64Array>()(perState.kl);
is<Float64Array>()(perState.share);
is<number>()(api.maxStepWithinExpectedBudget(states, 0.02));
const weights = is<ImportanceWeights>()(api.importanceWeightsAt(states, 0.5));
is<number>()(weights.surrogate + weights.oldValue + weights.expectedKl + weights.maxRatio);
is<number>()(weights.secondMoment + weights.effectiveFraction);
const posterior = is<PosteriorNormal>()(api.vaePosterior(1.5, 0.7));
is<number>()(posterior.mean + posterior.sd);

// The members exercised above are exactly the declared ones: a member added to
// InfotheoryAPI must be added here too (with its checks), and one removed fails.
assert<
  Equal<
    keyof InfotheoryAPI,
    | 'maxCategories'
    | 'convertInformation'
    | 'surprise'
    | 'jointSurprise'
    | 'entropy'
    | 'binaryEntropy'
    | 'crossEntropy'
    | 'klDivergence'
    | 'decompose'
    | 'surpriseCurve'
    | 'binaryEntropyCurve'
    | 'logSpace'
    | 'logSpacedCounts'
    | 'logitsFor'
    | 'uniform'
    | 'pointMass'
    | 'randomDistribution'
    | 'setProbability'
    | 'resizeDistribution'
    | 'empiricalDistribution'
    | 'gaussianKL'
    | 'vaeKL'
    | 'vaeKLTerms'
    | 'gaussianEntropy'
    | 'gaussianKLByQuadrature'
    | 'gaussianDensityCurve'
    | 'mixtureDensityCurve'
    | 'mixtureDensity'
    | 'fitGaussian'
    | 'mixtureKL'
    | 'klLandscape'
    | 'logSoftmax'
    | 'softmax'
    | 'softmaxCrossEntropy'
    | 'softmaxCrossEntropyGradient'
    | 'sampleCounts'
    | 'nllConvergence'
    | 'policyUpdate'
    | 'klAlongUpdate'
    | 'maxStepWithinBudget'
    | 'ppoSurrogate'
    | 'klEstimators'
    | 'temper'
    | 'entropyAlongTemperature'
    | 'memoryUsage'
    | 'jensenPoints'
    | 'logCurve'
    | 'logLikelihood'
    | 'surpriseTerms'
    | 'drawOutcomes'
    | 'runningSurprise'
    | 'shannonCode'
    | 'huffmanLengths'
    | 'averageCodeLength'
    | 'sampleMessage'
    | 'messageLength'
    | 'klIntegrandCurve'
    | 'curveExtremes'
    | 'vaeElbo'
    | 'expectedKlAlongUpdate'
    | 'klPerState'
    | 'maxStepWithinExpectedBudget'
    | 'importanceWeightsAt'
    | 'vaePosterior'
  >
>();

// --- Wrong uses of the API: each must stay a compile error ----------------------

// @ts-expect-error a string where a number goes
api.surprise('0.5');
// @ts-expect-error a string where a number goes, in a multi-number call
api.gaussianKL(1, '0.5', 0, 1);
// @ts-expect-error misspelled option (unit for units)
api.entropy(P, { unit: 'bits' });
// @ts-expect-error unknown units value
api.klDivergence(P, Q, { units: 'bytes' });
// @ts-expect-error unknown unit in convertInformation
api.convertInformation(1, 'nats', 'shannons');
// @ts-expect-error missing argument (Q)
api.crossEntropy(P);
// @ts-expect-error missing argument (the draws' options)
api.sampleCounts(P);
// @ts-expect-error missing required option (seed)
api.drawOutcomes(P, { n: 10 });
// @ts-expect-error missing required option (alphas)
api.ppoSurrogate(piOld, advantages, { epsilon: 0.2 });
// @ts-expect-error missing curve range (lo, hi)
api.gaussianDensityCurve(0, 1, { points: 100 });
// @ts-expect-error misspelled curve option
api.binaryEntropyCurve({ point: 100 });
// @ts-expect-error a typed array the API refuses (only Float64Array and Float32Array)
api.entropy(new Int32Array([1]));
// @ts-expect-error an array of strings
api.entropy(['0.5', '0.5']);
// @ts-expect-error a number where a distribution goes
api.softmax(3);
// @ts-expect-error an unknown direction
api.fitGaussian(mixture, 'backward');
// @ts-expect-error a mixture field needs exactly two numbers
api.mixtureDensity({ weights: [1], means: [0], sigmas: [1] }, 0);
// @ts-expect-error a mixture field may not be a Float32Array (refused at run time)
api.mixtureDensity({ weights: new Float32Array([0.5, 0.5]), means: [0, 1], sigmas: [1, 1] }, 0);
// @ts-expect-error states need their weights
api.klPerState({ piOld: [[0.5, 0.5]], advantages: [[1, -1]] }, 0.5);
// @ts-expect-error surpriseTerms(P, {}) is refused at run time: the two-argument form needs units
api.surpriseTerms(P, {});
// @ts-expect-error a wrong field of a result
api.decompose(P, Q).reverseKL;
// @ts-expect-error a wrong field of a result
api.fitGaussian(mixture, 'forward').means;
// @ts-expect-error a curve has x and y, not xs
api.logCurve({ lo: 0.1, hi: 2 }).xs;
// @ts-expect-error entropy is a number, not a string
const notAString: string = api.entropy(P);
// @ts-expect-error curves are Float64Arrays, not plain arrays
const notAnArray: number[] = api.surpriseCurve().x;
// @ts-expect-error without a tie there is no otherMu to use as a number
is<number>()(fit.otherMu);
// @ts-expect-error not a member of the API
api.mutualInformation(P, Q);
// @ts-expect-error the API object is frozen
api.entropy = () => 0;
// @ts-expect-error maxCategories is read-only
api.maxCategories = 1;
// @ts-expect-error load takes no arguments
load('kernels.wasm');

// --- The element ------------------------------------------------------------------

document.querySelector('info-widget')?.setState({ p: 0.9 });
const element = is<InfoWidgetElement | null>()(document.querySelector('info-widget'));
const created = is<InfoWidgetElement>()(document.createElement('info-widget'));
created.setAttribute('panel', 'decomposition');
created.setState({ P: [0.7, 0.2, 0.1], Q: new Float64Array([0.2, 0.3, 0.5]), units: 'bits', seed: 3 });
created.setState({ P: '0.7,0.2,0.1' });
is<PanelState | null>()(created.state);
if (created.state) is<number | string | number[]>()(created.state.p);
created.addEventListener('infotheory-change', (event) => {
  is<InfoWidgetEvent>()(event);
  is<PanelState>()(event.detail.state);
  is<PanelName>()(event.detail.panel);
});
element?.addEventListener('infotheory-ready', (event) => {
  const state: PanelState = event.detail.state;
  console.log(event.detail.panel, state.units);
});
// They bubble: a listener on the document gets them too.
document.addEventListener('infotheory-change', (event) => is<InfoWidgetEvent>()(event));
document.body.addEventListener('infotheory-ready', (event) => is<PanelName>()(event.detail.panel));
const panels: PanelName[] = ['surprise', 'coin', 'extremes', 'decomposition', 'coding', 'fits'];
panels.push('loss', 'vae', 'trust', 'summary');

// @ts-expect-error an unknown panel name
const notAPanel: PanelName = 'entropy';
// @ts-expect-error state is read-only
created.state = null;
// @ts-expect-error setState takes numbers, text or arrays of numbers, not a boolean
created.setState({ p: true });
// @ts-expect-error setState needs the values
created.setState();
created.addEventListener('infotheory-change', (event) => {
  // @ts-expect-error the detail has panel and state, nothing else
  event.detail.values;
});

// --- The anywidget module -----------------------------------------------------------

const traits: InfoWidgetModel = {
  panel: 'coin',
  state: { p: 0.5, units: 'nats' },
  lang: 'en',
  theme: 'light',
  hide: '',
};
const model: AnyModel<InfoWidgetModel> = {
  get: (key) => traits[key],
  set: (key, value) => {
    traits[key] = value;
  },
  save_changes: () => {},
  on: () => {},
  off: () => {},
};
const cleanup: () => void = widget.render({ model, el: document.createElement('div') });
cleanup();
is<PanelName>()(model.get('panel'));
is<PanelState>()(model.get('state'));
model.set('state', { P: [0.5, 0.5], units: 'bits' });
model.save_changes();
model.on('change:state', () => console.log(model.get('state')));
model.off('change:state');
model.off();

// @ts-expect-error an unknown panel name as a trait
model.set('panel', 'entropy');
// @ts-expect-error not a trait of the model
model.get('colour');
// @ts-expect-error render needs the element to draw in
widget.render({ model });
// @ts-expect-error render's cleanup returns nothing to use
const rendered: string = widget.render({ model, el: document.createElement('div') });
