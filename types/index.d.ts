// Types of the information-theory API: `load()` from web/kernels.js and the
// object it resolves to (wrap() there, the functions in web/kernels/*.js).
// Written by hand; tests/types/usage.ts checks them with tsc and
// tests/js/types.test.js checks that every member of the real API is declared.
//
// Every function checks its arguments: a wrong type, a wrong size or a value
// the kernels refuse throws an Error whose message names the function and the
// argument (`entropy: P[1] = -0.1 is negative; …`); the API keeps working.

/** Units of information: natural log (nats, the default) or log base 2 (bits). 1 bit = ln 2 nats. */
export type Units = 'nats' | 'bits';

/** Which divergence a fit or curve uses: 'forward' is D(P‖Q), 'reverse' is D(Q‖P). */
export type Direction = 'forward' | 'reverse';

/**
 * An array argument: a plain array of numbers, a Float64Array or a Float32Array
 * (other typed arrays and array-likes are refused). At most `maxCategories` entries.
 */
export type Numbers = readonly number[] | Float64Array | Float32Array;

/** Two numbers, as a mixture's fields take them: a plain array of 2 or a Float64Array of length 2. */
export type Pair = readonly [number, number] | Float64Array;

/** The options of every information quantity: `{ units: 'bits' }`; nats when left out. */
export interface UnitsOption {
  units?: Units;
}

/** A sampled curve for a chart: y at each x, two Float64Arrays of the same length. */
export interface Curve {
  x: Float64Array;
  y: Float64Array;
}

/** Where a density curve is sampled: `points` (default 241) evenly spaced x from `lo` to `hi`. */
export interface CurveRange {
  lo: number;
  hi: number;
  points?: number;
}

/** surpriseCurve's options: `points` (default 200) with I(p) from `maxNats` (default 7) down to 0. */
export interface SurpriseCurveOptions extends UnitsOption {
  points?: number;
  maxNats?: number;
}

/** binaryEntropyCurve's options: `points` (default 201) from p = 0 to 1. */
export interface BinaryEntropyCurveOptions extends UnitsOption {
  points?: number;
}

/** logCurve's options: `points` (default 121) evenly spaced x in [lo, hi], 0 < lo < hi. */
export interface LogCurveOptions extends CurveRange, UnitsOption {}

/** A two-component Gaussian mixture: weights (summing to 1), means and standard deviations (> 0). */
export interface Mixture {
  weights: Pair;
  means: Pair;
  sigmas: Pair;
}

/** klLandscape's grid: nMu means from muLo to muHi by nLogSigma values of log sigma from logSigmaLo to logSigmaHi. */
export interface LandscapeGrid extends UnitsOption {
  muLo: number;
  muHi: number;
  nMu: number;
  logSigmaLo: number;
  logSigmaHi: number;
  nLogSigma: number;
}

/** Seeded draws: `n` of them from the whole-number `seed` (the same seed gives the same draws everywhere). */
export interface DrawOptions {
  n: number;
  seed: number;
}

/** nllConvergence's options: the seed of the draws and the sample sizes n at which to average. */
export interface NllConvergenceOptions extends UnitsOption {
  seed: number;
  checkpoints: Numbers;
}

/** ppoSurrogate's options: the step sizes `alphas`, the clip range `epsilon` (default 0.2), the KL penalty `beta` (default 0). */
export interface PpoSurrogateOptions {
  alphas: Numbers;
  epsilon?: number;
  beta?: number;
}

/** klEstimators' options: `n` draws (default 1000) from `seed` (default 1). */
export interface KlEstimatorsOptions extends UnitsOption {
  n?: number;
  seed?: number;
}

/**
 * Several states of a policy: `piOld[s]` and `advantages[s]` (one array per
 * state, of equal lengths state by state) and how often π_old visits each state (`weights`, summing to 1).
 */
export interface States {
  piOld: readonly Numbers[];
  advantages: readonly Numbers[];
  weights: Numbers;
}

/** Two independent events: their joint probability, the surprise of that, and the sum of their surprises (equal). */
export interface JointSurprise {
  probability: number;
  joint: number;
  sum: number;
}

/** H(P), H(P, Q), D(P‖Q) and D(Q‖P): crossEntropy = entropy + kl. */
export interface Decomposition {
  entropy: number;
  crossEntropy: number;
  kl: number;
  reverseKl: number;
}

/** The VAE's KL term part by part: mu²/2, sigma²/2, −log(sigma²)/2, −1/2 and their total. */
export interface VaeKLTerms {
  mean: number;
  variance: number;
  logVariance: number;
  constant: number;
  total: number;
}

/** gaussianKL by numerical integration, beside the closed form: difference = |value − closedForm|. */
export interface QuadratureCheck {
  value: number;
  errorEstimate: number;
  evaluations: number;
  closedForm: number;
  difference: number;
}

/** What a reverse fit did: sits on one component, covers both modes, neither; 'none' for a forward fit. */
export type FitBehaviour = 'none' | 'sitsOnComponent' | 'coversBoth' | 'neither';

/** The fields of every fit of one Gaussian N(mu, sigma²) to a mixture. */
export interface GaussianFitBase {
  mu: number;
  sigma: number;
  /** The minimised divergence, in the requested units. */
  kl: number;
  behaviour: FitBehaviour;
  /** The component the fit sits on (0 or 1) with behaviour 'sitsOnComponent', else −1. */
  component: -1 | 0 | 1;
}

/** A fit with one best answer. */
export interface GaussianFitSingle extends GaussianFitBase {
  tie: false;
  otherMu?: undefined;
  otherSigma?: undefined;
}

/** A reverse fit with two equally good answers: (mu, sigma) has the smaller mean, (otherMu, otherSigma) the other. */
export interface GaussianFitTie extends GaussianFitBase {
  tie: true;
  otherMu: number;
  otherSigma: number;
}

/** fitGaussian's result; `tie` tells whether otherMu and otherSigma are there. */
export type GaussianFit = GaussianFitSingle | GaussianFitTie;

/** PPO's surrogate objectives at each step size α (penalized = clipped − beta·KL). */
export interface PpoSurrogate {
  unclipped: Float64Array;
  clipped: Float64Array;
  penalized: Float64Array;
}

/** Sample estimates of D(π_old ‖ π_α) (k1 and k3, with their standard errors) beside the exact value. */
export interface KlEstimates {
  exact: number;
  k1Mean: number;
  k1StdError: number;
  k3Mean: number;
  k3StdError: number;
}

/** The kernels' memory: the WebAssembly memory's size, malloc's bytes in use, the Embind handles held. */
export interface MemoryUsage {
  wasmBytes: number;
  bytesInUse: number;
  handles: number;
}

/** Jensen's picture of D(P‖Q) ≥ 0 over the categories with P_i > 0. */
export interface JensenPoints {
  /** The categories with P_i > 0 (0-based). */
  indices: Float64Array;
  /** x_i = Q_i / P_i. */
  xs: Float64Array;
  /** log x_i (−Infinity where Q_i = 0). */
  logs: Float64Array;
  /** P_i. */
  weights: Float64Array;
  /** Σ_{P>0} Q ≤ 1. */
  meanX: number;
  /** −D(P‖Q). */
  meanLog: number;
  /** log meanX ≥ meanLog. */
  logMean: number;
}

/** Per outcome i: the bar's left edge and width p_i, −log p_i, −p_i log p_i, −log q_i, −p_i log q_i, p_i log(p_i/q_i). */
export interface SurpriseTerms {
  left: Float64Array;
  p: Float64Array;
  surpriseP: Float64Array;
  entropy: Float64Array;
  surpriseQ: Float64Array;
  cross: Float64Array;
  kl: Float64Array;
}

/** Per draw: its surprise under P and Q, their running averages (→ H(P), H(P, Q)) and averageQ − averageP (→ D(P‖Q)). */
export interface RunningSurprise {
  surpriseP: Float64Array;
  surpriseQ: Float64Array;
  averageP: Float64Array;
  averageQ: Float64Array;
  gap: Float64Array;
}

/** Shannon's prefix code: code lengths (Infinity where q_i = 0), the codewords ('' where none) and Σ 2^−length ≤ 1. */
export interface ShannonCode {
  lengths: Float64Array;
  codewords: string[];
  kraftSum: number;
}

/** The lowest and the highest point of a sampled curve (the first of ties). */
export interface CurveExtremes {
  lowX: number;
  lowY: number;
  highX: number;
  highY: number;
}

/** A KL integrand along x with its lowest and highest points. */
export interface KlIntegrandCurve extends Curve {
  extremes: CurveExtremes;
}

/** The ELBO of the linear-Gaussian VAE term by term: elbo = reconstruction − kl, logEvidence = elbo + gap. */
export interface ElboTerms {
  reconstruction: number;
  kl: number;
  elbo: number;
  logEvidence: number;
  gap: number;
}

/** A normal distribution's mean and standard deviation. */
export interface PosteriorNormal {
  mean: number;
  sd: number;
}

/** Each state's D(π_old ‖ π_α) and its share ρ(s)·D of the expected KL. */
export interface KlPerState {
  kl: Float64Array;
  share: Float64Array;
}

/** The importance weights r = π_α/π_old over several states. */
export interface ImportanceWeights {
  /** E_s E_π_old[r·A]. */
  surrogate: number;
  /** E_s E_π_old[A]. */
  oldValue: number;
  expectedKl: number;
  maxRatio: number;
  /** E[r²]. */
  secondMoment: number;
  /** 1/E[r²]. */
  effectiveFraction: number;
}

/**
 * The information-theory API (frozen). Every number comes from the C++
 * kernels in WebAssembly. Information quantities are in nats unless
 * `{ units: 'bits' }` is given; array results are fresh Float64Arrays. Bad
 * input throws an Error naming the function and the argument.
 */
export interface InfotheoryAPI {
  /** Most categories (entries) an array argument may have: 10^7. */
  readonly maxCategories: number;

  // --- Information (web/kernels/information.js) ---
  /** `amount` given in `from` units, in `to` units (1 bit = ln 2 nats); throws on a non-number or an unknown unit. */
  convertInformation(amount: number, from: Units, to: Units): number;
  /** Surprise I(p) = −log p (0 at p = 1, Infinity at p = 0), in nats or bits; throws naming p unless p is in [0, 1]. */
  surprise(p: number, options?: UnitsOption): number;
  /** Two independent events: { probability: p1·p2, joint: I(p1·p2), sum: I(p1) + I(p2) }; throws naming p1 or p2 outside [0, 1]. */
  jointSurprise(p1: number, p2: number, options?: UnitsOption): JointSurprise;
  /** Entropy H(P) = −Σ P log P (0·log 0 = 0), in nats or bits; throws naming P unless it is a distribution (sum 1 ± 1e-9). */
  entropy(P: Numbers, options?: UnitsOption): number;
  /** Entropy of a coin with P(heads) = p, in nats or bits; throws naming p unless it is in [0, 1]. */
  binaryEntropy(p: number, options?: UnitsOption): number;
  /** Cross-entropy H(P, Q) = −Σ P log Q (Infinity where Q = 0 < P); throws naming P or Q (not distributions, unequal lengths). */
  crossEntropy(P: Numbers, Q: Numbers, options?: UnitsOption): number;
  /** KL divergence D(P‖Q) = Σ P log(P/Q) ≥ 0 (0 when Q = P, Infinity where Q = 0 < P); throws naming P or Q. */
  klDivergence(P: Numbers, Q: Numbers, options?: UnitsOption): number;
  /** { entropy: H(P), crossEntropy: H(P, Q), kl: D(P‖Q), reverseKl: D(Q‖P) } at once; throws naming P or Q. */
  decompose(P: Numbers, Q: Numbers, options?: UnitsOption): Decomposition;
  /** The curve I(p) for p from e^−maxNats to 1 as { x, y }; throws naming points or maxNats when out of range. */
  surpriseCurve(options?: SurpriseCurveOptions): Curve;
  /** The curve H(p) for p from 0 to 1 as { x, y }; throws naming points when out of range. */
  binaryEntropyCurve(options?: BinaryEntropyCurveOptions): Curve;
  /** n points from lo to hi (both > 0) evenly spaced in log; throws naming lo, hi or n. */
  logSpace(lo: number, hi: number, n: number): Float64Array;
  /** Up to `count` whole numbers from 1 to nMax, ascending, spaced in log; throws naming nMax or count. */
  logSpacedCounts(nMax: number, count: number): Float64Array;
  /** Logits whose softmax is P (log P shifted to a largest logit of 0, floored at `floor` < 0, default −10); throws naming P or floor. */
  logitsFor(P: Numbers, floor?: number): Float64Array;
  /** The uniform distribution over k categories; throws naming k unless it is a whole number from 1 to maxCategories. */
  uniform(k: number): Float64Array;
  /** All mass on category `index` (0-based) of k; throws naming k or index. */
  pointMass(k: number, index: number): Float64Array;
  /** A random distribution over k categories, uniform on the simplex, from a whole-number seed; throws naming k or seed. */
  randomDistribution(k: number, seed: number): Float64Array;
  /** P with category `index` set to `value`, the others rescaled to share 1 − value; throws naming P, index or value. */
  setProbability(P: Numbers, index: number, value: number): Float64Array;
  /** P moved to k categories (new ones get 1/k, dropped ones are rescaled away); throws naming P or k. */
  resizeDistribution(P: Numbers, k: number): Float64Array;
  /** The empirical distribution counts / total; throws naming counts (negative, not finite, all zero). */
  empiricalDistribution(counts: Numbers): Float64Array;

  // --- Gaussians (web/kernels/gaussians.js) ---
  /** KL(N(mu1, sigma1²) ‖ N(mu2, sigma2²)), stable as the two approach (0 when equal), in nats or bits; throws naming a bad argument. */
  gaussianKL(mu1: number, sigma1: number, mu2: number, sigma2: number, options?: UnitsOption): number;
  /** The VAE's KL term KL(N(mu, sigma²) ‖ N(0, 1)) = ½(mu² + sigma² − log sigma² − 1); throws naming mu or sigma. */
  vaeKL(mu: number, sigma: number, options?: UnitsOption): number;
  /** The VAE's KL term part by part: { mean, variance, logVariance, constant, total }; throws naming mu or sigma. */
  vaeKLTerms(mu: number, sigma: number, options?: UnitsOption): VaeKLTerms;
  /** Differential entropy of N(mu, sigma²), ½ log(2πe sigma²), negative for sigma < 0.242; throws naming sigma unless > 0. */
  gaussianEntropy(sigma: number, options?: UnitsOption): number;
  /** gaussianKL by numerical integration beside the closed form: { value, errorEstimate, evaluations, closedForm, difference }. */
  gaussianKLByQuadrature(
    mu1: number,
    sigma1: number,
    mu2: number,
    sigma2: number,
    options?: UnitsOption,
  ): QuadratureCheck;
  /** The density of N(mu, sigma²) on [lo, hi] as { x, y }; throws naming mu, sigma, lo, hi or points. */
  gaussianDensityCurve(mu: number, sigma: number, range: CurveRange): Curve;
  /** The density of a two-component mixture on [lo, hi] as { x, y }; throws naming the mixture's field or lo, hi, points. */
  mixtureDensityCurve(mixture: Mixture, range: CurveRange): Curve;
  /** The mixture's density p(x) at one point x; throws naming the mixture's field or x. */
  mixtureDensity(mixture: Mixture, x: number): number;
  /** The Gaussian minimising D(P‖Q) ('forward', mass-covering) or D(Q‖P) ('reverse', mode-seeking); throws naming mixture or direction. */
  fitGaussian(mixture: Mixture, direction: Direction, options?: UnitsOption): GaussianFit;
  /** D(P‖Q) ('forward') or D(Q‖P) ('reverse') for the mixture P and Q = N(mu, sigma²); throws naming a bad argument. */
  mixtureKL(mixture: Mixture, mu: number, sigma: number, direction: Direction, options?: UnitsOption): number;
  /** The KL of `direction` over a grid of N(mu, sigma²): nLogSigma rows (log sigma up) of nMu values; throws naming a grid field. */
  klLandscape(mixture: Mixture, direction: Direction, grid: LandscapeGrid): Float64Array;

  // --- Learning (web/kernels/learning.js) ---
  /** log softmax(logits), stable for logits up to ±1e4; throws naming logits (empty, not finite). */
  logSoftmax(logits: Numbers): Float64Array;
  /** softmax(logits): the predicted probabilities; throws naming logits. */
  softmax(logits: Numbers): Float64Array;
  /** The classification loss −log softmax(logits)[trueClass] (0-based), in nats or bits; throws naming logits or trueClass. */
  softmaxCrossEntropy(logits: Numbers, trueClass: number, options?: UnitsOption): number;
  /** The loss's gradient q̂ − onehot(trueClass) (times log₂ e in bits); throws naming logits or trueClass. */
  softmaxCrossEntropyGradient(logits: Numbers, trueClass: number, options?: UnitsOption): Float64Array;
  /** Counts per category of n seeded draws from P; throws naming P, n or seed. */
  sampleCounts(P: Numbers, options: DrawOptions): Float64Array;
  /** Average −log Q over the first n seeded draws from P at each n in checkpoints (→ H(P, Q)); throws naming a bad argument. */
  nllConvergence(P: Numbers, Q: Numbers, options: NllConvergenceOptions): Float64Array;
  /** The updated policy π_α ∝ π_old · exp(α·A); throws naming piOld, advantages or alpha. */
  policyUpdate(piOld: Numbers, advantages: Numbers, alpha: number): Float64Array;
  /** D(π_old ‖ π_α) at each step size in alphas, in nats or bits; throws naming piOld, advantages or alphas. */
  klAlongUpdate(piOld: Numbers, advantages: Numbers, alphas: Numbers, options?: UnitsOption): Float64Array;
  /** The largest α with D(π_old ‖ π_α) ≤ delta (TRPO), Infinity if none leaves the budget; throws naming a bad argument. */
  maxStepWithinBudget(piOld: Numbers, advantages: Numbers, delta: number, options?: UnitsOption): number;
  /** PPO's surrogate objectives at each α: { unclipped, clipped, penalized }; throws naming a bad argument or option. */
  ppoSurrogate(piOld: Numbers, advantages: Numbers, options: PpoSurrogateOptions): PpoSurrogate;
  /** Sample estimates of D(π_old ‖ π_α) from n seeded draws: { exact, k1Mean, k1StdError, k3Mean, k3StdError }; throws naming a bad argument. */
  klEstimators(piOld: Numbers, advantages: Numbers, alpha: number, options?: KlEstimatorsOptions): KlEstimates;
  /** P tempered, P_T ∝ P^(1/T) (T < 1 sharpens, T > 1 flattens); throws naming P or T. */
  temper(P: Numbers, T: number): Float64Array;
  /** H(P_T) at each temperature in temperatures, in nats or bits; throws naming P or temperatures. */
  entropyAlongTemperature(P: Numbers, temperatures: Numbers, options?: UnitsOption): Float64Array;
  /** The kernels' memory, { wasmBytes, bytesInUse, handles }: the last two return to the same numbers between calls. */
  memoryUsage(): MemoryUsage;

  // --- Derivations (web/kernels/math.js) ---
  /** Jensen's picture of D(P‖Q) ≥ 0 (points x_i = Q_i/P_i, log x_i, weights P_i and their means), logs in nats or bits; throws naming P or Q. */
  jensenPoints(P: Numbers, Q: Numbers, options?: UnitsOption): JensenPoints;
  /** The curve y = log x for x evenly spaced in [lo, hi] (0 < lo < hi) as { x, y }; throws naming lo, hi or points. */
  logCurve(options: LogCurveOptions): Curve;
  /** The log-likelihood Σ counts_k · log Q_k (≤ 0, −Infinity if a drawn category has Q = 0); throws naming counts or Q. */
  logLikelihood(counts: Numbers, Q: Numbers, options?: UnitsOption): number;

  // --- Areas (web/kernels/area.js) ---
  /** Per outcome, as areas: { left, p, surpriseP, entropy, surpriseQ, cross, kl } (Q = P when left out); throws naming P or Q. */
  surpriseTerms(P: Numbers, Q?: Numbers, options?: UnitsOption): SurpriseTerms;
  /** surpriseTerms(P, { units }): P's terms with Q = P, in the units given; throws naming P. */
  surpriseTerms(P: Numbers, options: { units: Units }): SurpriseTerms;
  /** The first n seeded draws from P as category indices (0-based), the ones sampleCounts counts; throws naming P, n or seed. */
  drawOutcomes(P: Numbers, options: DrawOptions): Float64Array;
  /** Each draw's surprise under P and Q and their running averages (→ H(P), H(P, Q), D(P‖Q)); throws naming P, Q or outcomes. */
  runningSurprise(P: Numbers, Q: Numbers, outcomes: Numbers, options?: UnitsOption): RunningSurprise;

  // --- Coding and the fits' integrand (web/kernels/fitscode.js) ---
  /** Shannon's prefix code for Q, ⌈−log₂ q_i⌉ binary digits each: { lengths, codewords, kraftSum }; throws naming Q. */
  shannonCode(Q: Numbers): ShannonCode;
  /** Huffman's optimal code lengths for Q in binary digits (Infinity where q_i = 0); throws naming Q. */
  huffmanLengths(Q: Numbers): Float64Array;
  /** Σ p_i·lengths_i, binary digits per symbol from P (Infinity if P sends a symbol without a codeword); throws naming P or lengths. */
  averageCodeLength(P: Numbers, lengths: Numbers): number;
  /** A message of n symbols (indices 0..k−1) drawn from P, seeded; throws naming P, n or seed. */
  sampleMessage(P: Numbers, options: DrawOptions): Float64Array;
  /** The binary digits a message of symbol indices takes with a code of these lengths; throws naming lengths or symbols. */
  messageLength(lengths: Numbers, symbols: Numbers): number;
  /** The integrand of D(P‖Q) ('forward') or D(Q‖P) ('reverse') along x, with its extremes; throws naming a bad argument. */
  klIntegrandCurve(
    mixture: Mixture,
    mu: number,
    sigma: number,
    direction: Direction,
    range: CurveRange,
    options?: UnitsOption,
  ): KlIntegrandCurve;
  /** The lowest and highest point of a sampled curve (the first of ties): { lowX, lowY, highX, highY }; throws naming x or y. */
  curveExtremes(x: Numbers, y: Numbers): CurveExtremes;

  // --- ML (web/kernels/ml.js) ---
  /** The linear-Gaussian VAE's ELBO over the latent dimensions: { reconstruction, kl, elbo, logEvidence, gap }; throws naming x, mu, sigma or s. */
  vaeElbo(x: Numbers, mu: Numbers, sigma: Numbers, s: number, options?: UnitsOption): ElboTerms;
  /** TRPO's constraint E_s D(π_old(·|s) ‖ π_α(·|s)) at each step in alphas; throws naming states or alphas. */
  expectedKlAlongUpdate(states: States, alphas: Numbers, options?: UnitsOption): Float64Array;
  /** Each state's D(π_old ‖ π_α) at step alpha and its share ρ(s)·D: { kl, share }; throws naming states or alpha. */
  klPerState(states: States, alpha: number, options?: UnitsOption): KlPerState;
  /** The largest α with E_s D(π_old ‖ π_α) ≤ delta, Infinity if no state can move; throws naming states or delta. */
  maxStepWithinExpectedBudget(states: States, delta: number, options?: UnitsOption): number;
  /** The importance weights r = π_α/π_old at step alpha (surrogate, expected KL, E[r²], …); throws naming states or alpha. */
  importanceWeightsAt(states: States, alpha: number, options?: UnitsOption): ImportanceWeights;
  /** The true posterior of one latent dimension: { mean: x/(1+s²), sd: s/√(1+s²) }; throws naming x or s. */
  vaePosterior(x: number, s: number): PosteriorNormal;
}

/**
 * Loads the WebAssembly kernels (once: every call returns the same promise)
 * and resolves to the frozen API object; in browsers and in Node. Rejects if
 * the kernels cannot be loaded (a later call tries again).
 */
export function load(): Promise<Readonly<InfotheoryAPI>>;
