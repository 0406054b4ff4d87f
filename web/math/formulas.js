// Every formula the page shows, once, as LaTeX (rendered to MathML at build
// time by scripts/math.js into rendered.js; the page has no math library).
// Conventions (see README, "Typeset math"):
// - \class{series-p}{…}, series-q, series-h (entropy), series-ce
//   (cross-entropy), series-kl (KL): the term is coloured like its chart series;
// - \data{live=slot}{0}: a live number, filled by fillMath (math/index.js)
//   from a Formula statement's quantities (statement.js);
// - \data{term=name}{…}: a term a derivation step can highlight
//   (derivation.js marks the terms a step changed).
// Logs are natural (nats) unless the page is in bits, where they are base 2.

const P = String.raw`\class{series-p}{P}`;
const Q = String.raw`\class{series-q}{Q}`;
const Pi = String.raw`\class{series-p}{P_i}`;
const Qi = String.raw`\class{series-q}{Q_i}`;
const H = String.raw`\class{series-h}{H(${P})}`;
const CE = String.raw`\class{series-ce}{H(${P},${Q})}`;
const KL = String.raw`\class{series-kl}{D(${P}\,\|\,${Q})}`;
const live = (slot) => String.raw`\data{live=${slot}}{0}`;
const term = (name, tex) => String.raw`\data{term=${name}}{${tex}}`;

export const FORMULAS = {
  // The definitions.
  surprise: String.raw`I(p) = -\log p`,
  entropy: String.raw`${H} = -\sum_i ${Pi} \log ${Pi}`,
  crossEntropy: String.raw`${CE} = -\sum_i ${Pi} \log ${Qi}`,
  kl: String.raw`${KL} = \sum_i ${Pi} \log \frac{${Pi}}{${Qi}}`,
  decomposition: String.raw`${CE} = ${H} + ${KL}`,
  klNonNegative: String.raw`${KL} \ge 0, \text{ with equality only if } ${Q} = ${P}`,
  binaryEntropy: String.raw`H(p) = -p \log p - (1-p) \log (1-p)`,
  entropyBounds: String.raw`0 \le ${H} \le \log N`,
  bitsPerNat: String.raw`1\ \text{bit} = \ln 2\ \text{nats} \approx 0.693\ \text{nats}`,
  temperature: String.raw`P_T(i) = \frac{P_i^{1/T}}{\sum_j P_j^{1/T}}`,
  // Gaussians and the VAE.
  gaussianKl: String.raw`D\big(\mathcal N(\mu_1,\sigma_1^2)\,\|\,\mathcal N(\mu_2,\sigma_2^2)\big) = \ln\frac{\sigma_2}{\sigma_1} + \frac{\sigma_1^2 + (\mu_1-\mu_2)^2}{2\sigma_2^2} - \frac12`,
  gaussianEntropy: String.raw`h\big(\mathcal N(\mu,\sigma^2)\big) = \tfrac12 \ln(2\pi e \sigma^2)`,
  vaeKl: String.raw`D\big(q(z\mid x)\,\|\,\mathcal N(0,1)\big) = \tfrac12\mu^2 + \tfrac12\sigma^2 - \tfrac12\ln\sigma^2 - \tfrac12`,
  // The VAE term with its live terms: mean as L.term, the others as L.signedTerm ("+ 0.125", "− 0.500").
  vaeKlLive: String.raw`\class{series-kl}{D\big(q\,\|\,\mathcal N(0,1)\big)} = ${live('mean')} ${live('variance')} ${live('logVariance')} ${live('constant')} = ${live('total')}`,
  elbo: String.raw`\mathrm{ELBO}(x) = \mathbb E_{q(z\mid x)}\big[\log p(x\mid z)\big] - D\big(q(z\mid x)\,\|\,p(z)\big)`,
  // Classification.
  softmax: String.raw`\hat q_k = \frac{e^{z_k}}{\sum_j e^{z_j}}`,
  lossTerm: String.raw`-\log \hat q_k`,
  encoder: String.raw`q(z\mid x) = \mathcal N(\mu, \sigma^2)`,
  trustBudget: String.raw`\mathbb E_s\, D\big(\pi_{\text{old}}(\cdot\mid s)\,\|\,\pi_{\text{new}}(\cdot\mid s)\big) \le \delta`,
  softmaxLoss: String.raw`H(\text{onehot}(k), \hat q) = -\log \hat q_k`,
  softmaxGradient: String.raw`\frac{\partial\,(-\log \hat q_k)}{\partial z_j} = \hat q_j - [\,j = k\,]`,
  averageLoss: String.raw`\frac1n \sum_{i=1}^n -\log \hat q(x_i) = H(\hat P, \hat q)`,
  // Policies.
  policyUpdate: String.raw`\pi_\alpha(a) \propto \pi_{\text{old}}(a)\, e^{\alpha A(a)}`,
  trpo: String.raw`\max_{\pi}\ \mathbb E\Big[\frac{\pi(a)}{\pi_{\text{old}}(a)} A(a)\Big] \ \text{ subject to }\ D(\pi_{\text{old}}\,\|\,\pi) \le \delta`,
  ppoClip: String.raw`L^{\text{CLIP}} = \mathbb E\big[\min\big(r A,\ \operatorname{clip}(r, 1-\epsilon, 1+\epsilon)\, A\big)\big],\quad r = \frac{\pi(a)}{\pi_{\text{old}}(a)}`,
  ppoPenalty: String.raw`L^{\text{KL}} = \mathbb E\big[r A\big] - \beta\, D(\pi_{\text{old}}\,\|\,\pi)`,
  klEstimators: String.raw`k_1 = -\log r,\qquad k_3 = (r - 1) - \log r,\qquad r = \frac{\pi(a)}{\pi_{\text{old}}(a)},\ a \sim \pi_{\text{old}}`,

  // Derivation 1: H(P, Q) = H(P) + D(P‖Q), one formula per step.
  'derive.split.1': String.raw`${CE} = ${term('def', String.raw`-\sum_i ${Pi} \log ${Qi}`)} = ${live('ce')}`,
  'derive.split.2': String.raw`${CE} = -\sum_i ${Pi} \log \Big(${term('ratio', String.raw`${Pi} \cdot \frac{${Qi}}{${Pi}}`)}\Big)`,
  'derive.split.3': String.raw`${CE} = -\sum_i ${Pi} \Big(${term('logs', String.raw`\log ${Pi} - \log \frac{${Pi}}{${Qi}}`)}\Big)`,
  'derive.split.4': String.raw`${CE} = ${term('h', String.raw`-\sum_i ${Pi} \log ${Pi}`)} + ${term('kl', String.raw`\sum_i ${Pi} \log \frac{${Pi}}{${Qi}}`)}`,
  'derive.split.5': String.raw`\underbrace{${CE}}_{${live('ce')}} = \underbrace{${term('h', H)}}_{${live('h')}} + \underbrace{${term('kl', KL)}}_{${live('kl')}}`,

  // Derivation 2: D(P‖Q) ≥ 0 by Jensen's inequality.
  'derive.jensen.1': String.raw`${KL} = \sum_{i:\,${Pi}>0} ${Pi} \log \frac{${Pi}}{${Qi}} = ${term('flip', String.raw`-\sum_{i:\,${Pi}>0} ${Pi} \log \frac{${Qi}}{${Pi}}`)} = ${live('kl')}`,
  'derive.jensen.2': String.raw`${term('mean', String.raw`\sum_{i:\,${Pi}>0} ${Pi} \log x_i`)} = -${KL} = ${live('meanLog')}, \qquad ${term('x', String.raw`x_i = \frac{${Qi}}{${Pi}}`)}`,
  'derive.jensen.3': String.raw`\underbrace{\sum_{i} ${Pi} \log x_i}_{${live('meanLog')}} \; ${term('jensen', String.raw`\le`)} \; \underbrace{${term('logmean', String.raw`\log \sum_{i} ${Pi}\, x_i`)}}_{${live('logMean')}}`,
  'derive.jensen.4': String.raw`\sum_{i:\,${Pi}>0} ${Pi}\,\frac{${Qi}}{${Pi}} = ${term('support', String.raw`\sum_{i:\,${Pi}>0} ${Qi}`)} = ${live('meanX')} \le 1 \quad\Rightarrow\quad ${term('logmean', String.raw`\log \sum_i ${Pi}\, x_i`)} \le 0`,
  'derive.jensen.5': String.raw`-${KL} \le 0 \quad\Rightarrow\quad ${term('result', String.raw`${KL} \ge 0`)}, \qquad ${live('kl')} \ge 0`,
  'derive.jensen.6': String.raw`${KL} = 0 \iff ${term('equal', String.raw`x_i = \frac{${Qi}}{${Pi}} = 1 \text{ for all } i`)} \iff ${Q} = ${P}`,

  // Derivation 3: minimising cross-entropy on a sample is maximum likelihood.
  'derive.likelihood.1': String.raw`${term('avg', String.raw`\frac1n \sum_{i=1}^{n} -\log \hat q(x_i)`)} = ${live('average')}, \qquad n = ${live('n')}`,
  'derive.likelihood.2': String.raw`\frac1n \sum_{i=1}^{n} -\log \hat q(x_i) = ${term('product', String.raw`-\frac1n \log \prod_{i=1}^{n} \hat q(x_i)`)}, \qquad \log \prod_{i=1}^{n} \hat q(x_i) = ${live('logLikelihood')}`,
  'derive.likelihood.3': String.raw`-\frac1n \log \prod_{i=1}^{n} \hat q(x_i) = ${term('counts', String.raw`-\frac1n \sum_{k} c_k \log \hat q_k`)}`,
  'derive.likelihood.4': String.raw`-\sum_{k} ${term('freq', String.raw`\frac{c_k}{n}`)} \log \hat q_k = -\sum_{k} ${term('phat', String.raw`\hat P_k`)} \log \hat q_k = \class{series-ce}{H(\hat P, \hat q)} = ${live('crossEntropy')}`,
  'derive.likelihood.5': String.raw`\operatorname*{arg\,min}_{\hat q}\, H(\hat P, \hat q) = ${term('argmax', String.raw`\operatorname*{arg\,max}_{\hat q} \prod_{i=1}^{n} \hat q(x_i)`)} = \hat P, \qquad \class{series-h}{H(\hat P)} = ${live('best')}`,
};
