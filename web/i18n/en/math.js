// English texts of the typeset math and the step-by-step derivations (web/derivation.js, web/derivations/).
export default {
  // The stepper.
  'derivation.previous': 'Previous step',
  'derivation.next': 'Next step',
  'derivation.formula': 'The formula of this step (scroll sideways to see all of it)',
  'derivation.steps': 'Steps',
  'derivation.stepOf': 'Step {i} of {n}',
  'derivation.goTo': 'Step {i}: {label}',
  'derivation.announce': 'Step {i} of {n}: {label}. {text}',
  'derivation.live': 'The numbers are those of the panel above: change it, and they follow.',

  // Derivation 1: H(P, Q) = H(P) + D(P‖Q).
  'derivation.split.title': 'Step by step: why cross-entropy splits into entropy plus KL',
  'derivation.split.1.label': 'Definition',
  'derivation.split.1':
    'Start from the definition: the cross-entropy is your average surprise −log Q_i when outcomes come from P. For your P and Q it is {ce}. (The log is the natural log, since the page is in nats.)',
  'derivation.split.1.bits':
    'Start from the definition: the cross-entropy is your average surprise −log Q_i when outcomes come from P. For your P and Q it is {ce}. (The log is log base 2, since the page is in bits.)',
  'derivation.split.2.label': 'Multiply by 1',
  'derivation.split.2':
    'Write Q_i as P_i times Q_i/P_i. That multiplies by P_i/P_i = 1 and changes nothing. (A category with P_i = 0 has weight 0 in the sum, so it never needs this.)',
  'derivation.split.3.label': 'Log of a product',
  'derivation.split.3':
    'The log of a product is the sum of the logs: log(P_i · Q_i/P_i) = log P_i + log(Q_i/P_i), and log(Q_i/P_i) = −log(P_i/Q_i).',
  'derivation.split.4.label': 'Split the sum',
  'derivation.split.4':
    'The sum of a difference is the difference of the sums. The first part is the average surprise under P’s own probabilities; the second weighs the log-ratio log(P_i/Q_i) by how often each outcome really happens.',
  'derivation.split.5.label': 'Name the parts',
  'derivation.split.5':
    'The first part is the entropy H(P), the second the KL divergence D(P‖Q). As codes: a code built for Q spends −log Q_i on outcome i, {ce} on average; the best code, built for P itself, spends H(P) = {h}, and no code does better; the extra length you pay for believing Q is D(P‖Q) = {kl}.',
  'derivation.split.5.infinite':
    'The first part is the entropy H(P) = {h}. But Q gives category {i} probability 0 while P gives it {p}: a code built for Q has no codeword for an outcome that does happen, so H(P, Q) and D(P‖Q) are both {ce}.',

  // Derivation 2: D(P‖Q) ≥ 0 by Jensen's inequality.
  'derivation.jensen.title': 'Step by step: why KL divergence is never negative',
  'derivation.jensen.1.label': 'Flip the ratio',
  'derivation.jensen.1':
    'Only categories with P_i > 0 count (0 · log 0 = 0). Turn each fraction upside down: log(P_i/Q_i) = −log(Q_i/P_i). For your P and Q, D(P‖Q) = {kl}.',
  'derivation.jensen.2.label': 'An average of logs',
  'derivation.jensen.2':
    'Call x_i = Q_i/P_i. The weights P_i add up to 1, so −D(P‖Q) is a weighted average of the heights log x_i: in the picture, each category is a point (x_i, log x_i) on the log curve, drawn larger the larger P_i. Their weighted average height is {meanLog}, which is −D(P‖Q) with D(P‖Q) = {kl}.',
  'derivation.jensen.2.infinite':
    'Call x_i = Q_i/P_i. The weights P_i add up to 1, so −D(P‖Q) is a weighted average of the heights log x_i. Here Q_i = 0 for a category with P_i > 0, so its x_i is 0 and its height log 0 is minus infinity: the average height is {meanLog} and D(P‖Q) = {kl}. The picture leaves that point out.',
  'derivation.jensen.3.label': 'Jensen’s inequality',
  'derivation.jensen.3':
    'The log curve is concave: it bends down, so every chord between two of its points lies below it. A weighted average of points on the curve (the diamond) therefore lies below the curve at the average x (the triangle): the average of the logs is at most the log of the average. Here {meanLog} ≤ {logMean}.',
  'derivation.jensen.4.label': 'The average x',
  'derivation.jensen.4':
    'The average x is Σ P_i · Q_i/P_i: the P_i cancel, leaving Q’s total probability on the categories where P_i > 0, at most 1 (here {meanX}). The log of a number no larger than 1 is at most 0: {logMean}.',
  'derivation.jensen.5.label': 'Put it together',
  'derivation.jensen.5':
    '−D(P‖Q) is at most the log of the average x, which is at most 0. So D(P‖Q) ≥ 0 for every P and Q: here D(P‖Q) = {kl}.',
  'derivation.jensen.6.label': 'When is it 0?',
  'derivation.jensen.6':
    'Both inequalities must be equalities. The log is strictly concave, so an average of its points lies on the curve only when all points sit at the same x: Q_i = c · P_i for every i. And the average x must be exactly 1, so c = 1: Q = P.',
  'derivation.jensen.6.equal': 'Your Q equals P: every point sits at x = 1, height 0, and D(P‖Q) = {kl}.',
  'derivation.jensen.6.oneX':
    'All your points sit at the same x = {x}, so Jensen’s inequality is an equality here. But Q gives only {meanX} of its probability to the categories where P is positive, so the average x is below 1, its log is {logMean}, and D(P‖Q) = {kl}, exactly minus that log.',
  'derivation.jensen.6.apart':
    'Your points spread from x = {low} to x = {high}, so the average falls below the curve and D(P‖Q) = {kl} > 0. Press “Set Q = P” under the bars above to put them all at x = 1.',
  'derivation.jensen.chart.canvas': 'The log curve with one point per category, sized by P, and their weighted average',
  'derivation.jensen.chart.curve': 'log x',
  'derivation.jensen.chart.points': 'points (Q_i/P_i, log Q_i/P_i), size ∝ P_i',
  'derivation.jensen.chart.mean': 'weighted average of the points',
  'derivation.jensen.chart.logMean': 'the curve at the average x',
  'derivation.jensen.chart.x': 'x = Q_i / P_i',
  'derivation.jensen.chart.y': 'log x in {units}',
  'derivation.jensen.chart.describe':
    'The concave curve log x with {count} points on it, one per category where P is positive. Their P-weighted average is at x = {meanX}, height {meanLog}, below the curve’s height there, {logMean}.',
  'derivation.jensen.chart.describeInfinite':
    'The concave curve log x with the points of the {count} categories where P is positive; a point where Q is 0 lies at minus infinity and is left out, so D(P‖Q) = {kl}.',

  // Derivation 3: cross-entropy on a sample is the negative log-likelihood.
  'derivation.likelihood.title': 'Step by step: why minimising cross-entropy maximises the likelihood',
  'derivation.likelihood.1.label': 'Average loss',
  'derivation.likelihood.1':
    'Take the panel’s sample: n = {n} labels x_1, …, x_n drawn from P (seed {seed}). The model’s loss on label x_i is −log q̂(x_i); its average over the sample, computed draw by draw, is {average}.',
  'derivation.likelihood.2.label': 'Log of the product',
  'derivation.likelihood.2':
    'A sum of logs is the log of the product, so the average loss is −1/n times the log of the likelihood Π q̂(x_i), the probability the model gave to the whole sample. Here the log-likelihood is {logLikelihood} (natural log; the likelihood itself is too small to write down).',
  'derivation.likelihood.2.bits':
    'A sum of logs is the log of the product, so the average loss is −1/n times the log of the likelihood Π q̂(x_i), the probability the model gave to the whole sample. Here the log-likelihood is {logLikelihood} (log base 2; the likelihood itself is too small to write down).',
  'derivation.likelihood.3.label': 'Group equal labels',
  'derivation.likelihood.3':
    'The order of the draws does not matter: each label k drawn c_k times contributes the factor q̂_k to the product c_k times. The counts in the sample are {counts}.',
  'derivation.likelihood.4.label': 'Frequencies',
  'derivation.likelihood.4':
    'c_k/n is how often label k occurs in the sample, its frequency P̂_k: here P̂ = {empirical}. What is left is the cross-entropy of the sample’s frequencies and the model, H(P̂, q̂) = {crossEntropy}, the same number as the average loss, {average}.',
  'derivation.likelihood.5.label': 'Minimum = maximum',
  'derivation.likelihood.5':
    'Multiplying by −1/n and taking the log turn “larger” into “smaller”, so the model with the lowest cross-entropy on the sample is the one with the highest likelihood. By the decomposition, H(P̂, q̂) = H(P̂) + D(P̂‖q̂): it is lowest, H(P̂) = {best}, when q̂ = P̂. This model is D(P̂‖q̂) = {gap} above that: {crossEntropy}.',
};
