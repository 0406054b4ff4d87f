// English texts of the model panels: fits, loss, VAE, trust regions, summary.
export default {
  // Panel: fits.
  // Charts.
  'fits.mixture': 'P: mixture of two Gaussians',
  'fits.forwardCurve': 'forward fit: argmin D(P‖Q)',
  'fits.reverseCurve': 'reverse fit: argmin D(Q‖P)',
  'fits.handles': 'drag to move a mode',
  'fits.xAxis': 'x',
  'fits.yAxis': 'density',
  'fits.point.forward': 'forward fit',
  'fits.point.reverse': 'reverse fit',
  'fits.point.other': 'reverse fit, other mode',
  'fits.muAxis': 'mean μ of Q',
  'fits.sigmaAxis': 'width σ of Q (log scale)',
  'fits.densityCanvas': 'The mixture P and its forward and reverse Gaussian fits; drag a diamond to move a mode',
  'fits.landscapeCanvas': 'Heat map of the KL divergence over the mean and width of Q, with both fits marked',
  'fits.handle': 'mean of mode {i}',

  // Controls.
  'fits.meanControl': 'Mean of mode {i}',
  'fits.sigmaControl': 'Width σ of mode {i}',
  'fits.weightControl': 'Weight of mode 1',
  'fits.landscapeControl': 'Landscape',
  'fits.landscape.reverse': 'reverse KL D(Q‖P)',
  'fits.landscape.forward': 'forward KL D(P‖Q)',
  'fits.landscape.off': 'off',
  'fits.presets': 'P:',
  'fits.preset.apart': 'Modes apart',
  'fits.preset.close': 'Modes close',
  'fits.preset.unequal': 'Unequal modes',

  // Readouts.
  'fits.forward': 'Forward fit Q = N({mu}, {sigma}²): D(P‖Q) = {kl}, D(Q‖P) = {other}',
  'fits.reverse': 'Reverse fit Q = N({mu}, {sigma}²): D(Q‖P) = {kl}, D(P‖Q) = {other}',
  'fits.modeSeeking':
    'Mode-seeking: the reverse fit sits on one mode (μ = {mu}, near {mode}) and ignores the other, while the forward fit spreads over both (μ = {forwardMu}, the mean of P, σ = {forwardSigma}).',
  'fits.overlap':
    'The modes overlap enough that one Gaussian can cover both: the two fits are close. Pull the modes apart to see the reverse fit pick one.',
  'fits.differ':
    'The two fits differ, but neither sits on a single mode: the forward fit N({fmu}, {fsigma}²) spreads over all of P’s mass, the reverse fit N({rmu}, {rsigma}²) keeps to where P is dense.',
  'fits.tie':
    'The two modes fit equally well: D(Q‖P) has two minima, at μ = {mu} and μ = {other} (both drawn on the landscape). An optimiser ends in whichever valley it starts in.',
  'fits.shading.reverse':
    'Shading: D(Q‖P) in {units} for every Q = N(μ, σ²), dark = small. With separated modes it has a valley at each mode.',
  'fits.shading.forward':
    'Shading: D(P‖Q) in {units} for every Q = N(μ, σ²), dark = small. It has a single valley, at the mean and spread of P.',

  // Chart descriptions and announcements.
  'fits.describe.seeking':
    'P has modes at {m1} and {m2}; the forward fit N({fmu}, {fsigma}²) spreads over both, the reverse fit N({rmu}, {rsigma}²) sits on the mode at {mode}.',
  'fits.describe.covering':
    'P has modes at {m1} and {m2}, close enough to overlap; the forward fit N({fmu}, {fsigma}²) and the reverse fit N({rmu}, {rsigma}²) both cover them.',
  'fits.describe.differ':
    'P has modes at {m1} and {m2}; the forward fit N({fmu}, {fsigma}²) spreads over all of P’s mass, the reverse fit N({rmu}, {rsigma}²) keeps to where P is dense, without sitting on one mode.',
  'fits.describe.landscape.reverse':
    'Heat map of D(Q‖P) over the mean μ and width σ of Q, dark where small: it is lowest at the reverse fit, μ = {rmu}, σ = {rsigma} (D(Q‖P) = {kl}). The forward fit is marked at μ = {fmu}, σ = {fsigma}.',
  'fits.describe.landscape.reverseTie':
    'Heat map of D(Q‖P) over the mean μ and width σ of Q, dark where small: two equally low minima, at μ = {rmu}, σ = {rsigma} and at μ = {otherMu}, σ = {otherSigma} (D(Q‖P) = {kl}). The forward fit is marked at μ = {fmu}, σ = {fsigma}.',
  'fits.describe.landscape.forward':
    'Heat map of D(P‖Q) over the mean μ and width σ of Q, dark where small: a single valley, lowest at the forward fit, μ = {fmu}, σ = {fsigma} (D(P‖Q) = {kl}). The reverse fit is marked at μ = {rmu}, σ = {rsigma}.',
  'fits.describe.landscape.off':
    'The heat map is switched off; the forward fit is marked at μ = {fmu}, σ = {fsigma} and the reverse fit at μ = {rmu}, σ = {rsigma}.',
  'fits.announce.seeking':
    'Mode-seeking: the reverse fit N({rmu}, {rsigma}²) sits on the mode at {mode}; the forward fit N({fmu}, {fsigma}²) spreads over both.',
  'fits.announce.covering':
    'One Gaussian covers both modes: forward fit N({fmu}, {fsigma}²), reverse fit N({rmu}, {rsigma}²).',
  'fits.announce.differ': 'The fits differ: forward fit N({fmu}, {fsigma}²), reverse fit N({rmu}, {rsigma}²).',

  // The self-check.
  'fits.check.question':
    'P has two modes far apart. Will the Gaussian Q that minimises the reverse KL D(Q‖P) cover both of them?',
  'fits.check.cover': 'Yes: it stretches over both modes',
  'fits.check.coverFeedback':
    'That is the forward fit, which must put mass wherever P has some. With modes at {m1} and {m2}, each of width {width}, the forward fit is N({fmu}, {fsigma}²), but the reverse fit is only N({rmu}, {rsigma}²).',
  'fits.check.pick': 'No: it settles on one mode and ignores the other',
  'fits.check.pickFeedback':
    'D(Q‖P) weighs log(Q/P) by Q, so Q pays heavily for any mass in the gap where P is nearly 0. The reverse fit N({rmu}, {rsigma}²) sits on one mode with D(Q‖P) = {kl}; the covering Gaussian N({fmu}, {fsigma}²) would cost D(Q‖P) = {coverKl}.',
  'fits.check.middle': 'It sits between the modes, at the mean of P',
  'fits.check.middleFeedback':
    'Between the modes P has almost no mass, and that is exactly where D(Q‖P) punishes Q most. The reverse fit sits on a mode instead, at μ = {rmu}; only the forward fit is centred on the mean of P, μ = {fmu}.',
  'fits.check.show': 'Show me two distant modes',

  // Panel: loss.
  // Charts.
  'loss.class': 'class {i}',
  'loss.logitsLabel': 'logits z (drag)',
  'loss.logitAxis': 'logit',
  'loss.predictionLabel': 'q̂ = softmax(z)',
  'loss.predictionAxis': 'predicted probability',
  'loss.trueLabel': 'P (true label frequencies)',
  'loss.sampleLabel': 'P̂ (frequencies in {n} draws)',
  'loss.modelLabel': 'q̂ (the model)',
  'loss.probabilityAxis': 'probability',
  'loss.running': 'average loss over the first n draws',
  'loss.limit': 'H(P, q̂): its limit',
  'loss.bestLine': 'H(P̂): the best any model can do on this sample',
  'loss.drawsAxis': 'number of draws n (log scale)',
  'loss.lossAxis': 'average loss in {units}',
  'loss.logitsCanvas': 'Logits of each class; drag a bar to change it',
  'loss.predictionCanvas': 'Predicted probabilities q̂ = softmax of the logits',
  'loss.mleCanvas': 'True label frequencies P (drag), sample frequencies P̂ and the model q̂',
  'loss.convergenceCanvas': 'Average loss over the first n draws, converging to the cross-entropy H(P, q̂)',
  'loss.logitBar': 'logit of class {i}',
  'loss.pBar': 'P of class {i}',

  // Controls.
  'loss.kControl': 'Number of classes K',
  'loss.classControl': 'True class k',
  'loss.nControl': 'Number of draws n',
  'loss.seedControl': 'Seed',
  'loss.actions': 'Sample:',
  'loss.newSample': 'New sample',
  'loss.fit': 'Fit q̂ to the sample',
  'loss.fitTitle': 'Set the logits so that q̂ = P̂: the maximum-likelihood model for this sample',
  'loss.manyHeading': 'Many examples: the average loss and maximum likelihood',
  'loss.manyIntro':
    'From here on, q̂ is one fixed prediction used for every example, as for a model that ignores its input. Only then is the average loss over a sample the cross-entropy H(P̂, q̂) between the labels’ frequencies P̂ and q̂; a real classifier’s q̂ changes from input to input, and its average loss is the average of these per-example cross-entropies.',

  // Readouts.
  'loss.prediction': 'q̂ = softmax(z) = {q}',
  'loss.loss': 'True class {k}: loss −log q̂_{k} = −log {qk} = {loss}',
  'loss.gradient':
    'Gradient of the loss in nats: ∂loss/∂z = q̂ − onehot({k}) = {gradient} {units} per unit of logit. The arrows point the way a gradient step moves each logit: the true class up, every other class down.',
  'loss.gradient.bits':
    'Gradient of the loss in bits: ∂loss/∂z = (q̂ − onehot({k}))/ln 2 = {gradient} {units} per unit of logit. The arrows point the way a gradient step moves each logit: the true class up, every other class down.',
  'loss.sample': 'n = {n} draws from P (seed {seed}): P̂ = {empirical}',
  'loss.average': 'Average loss of q̂ over the sample: H(P̂, q̂) = {sample}; as n grows it tends to H(P, q̂) = {limit}.',
  'loss.best':
    'On this sample no model scores below H(P̂) = {best}, reached only by q̂ = P̂: the model that minimises the average cross-entropy loss is the maximum-likelihood one. This q̂ is {gap} {units} above it: D(P̂‖q̂).',
  'loss.neverDrawn':
    'Some class was never drawn, so P̂ gives it 0; a softmax never outputs exactly 0, so finite logits can only come close to that minimum.',

  // Chart descriptions and the announcement.
  'loss.describe.logits':
    'Logits of the {count} classes: {logits}. The true class {k} is highlighted; arrows show a gradient step, up for the true class and down for the others.',
  'loss.describe.prediction': 'Predicted probabilities q̂ = {q}; the true class {k} gets {qk}.',
  'loss.describe.mle':
    'Bars per class: the true frequencies P = {P}, the frequencies in {n} draws P̂ = {empirical} and the model q̂ = {q}.',
  'loss.describe.convergence':
    'The average loss over the first n draws ends, at n = {n}, at H(P̂, q̂) = {sample}; its limit H(P, q̂) = {limit} and the best any model can do on this sample, H(P̂) = {best}, are drawn as lines.',
  'loss.announce': 'True class {k}: loss {loss}. Average loss on the sample {sample}; the best possible is {best}.',

  // The self-check.
  'loss.check.question':
    'You draw a sample of labels. Which model q̂ gives the lowest average loss −log q̂ on that sample?',
  'loss.check.true': 'The distribution P the labels were drawn from',
  'loss.check.trueFeedback':
    'P wins on average over many samples, but not on this one: with n = {n} draws it scores H(P̂, P) = {trueLoss}, which is H(P̂) = {best} plus D(P̂‖P) = {gap}. Any difference between the sample’s frequencies and P costs extra.',
  'loss.check.trueFeedbackEqual':
    'On this sample it does: with n = {n} draws the frequencies P̂ came out exactly equal to P, so P is the sample’s own frequencies and scores H(P̂, P) = {trueLoss} = H(P̂) = {best}, the least possible. Draw a new sample: usually P̂ differs from P, and P then costs D(P̂‖P) more.',
  'loss.check.sample': 'The sample’s own frequencies P̂',
  'loss.check.sampleFeedback':
    'The average loss is the cross-entropy H(P̂, q̂) = H(P̂) + D(P̂‖q̂), and D(P̂‖q̂) is 0 only at q̂ = P̂. So P̂ scores H(P̂) = {best} here, less than any other model: it is the maximum-likelihood model.',
  'loss.check.uniform': 'The uniform distribution, which hedges its bets',
  'loss.check.uniformFeedback':
    'Hedging costs: the uniform model scores log {count} = {uniform} on every sample, more than the H(P̂) = {best} of the sample’s own frequencies.',
  'loss.check.uniformFeedbackEqual':
    'On this sample it does: its frequencies P̂ came out uniform, so the uniform model is P̂ itself and scores log {count} = {uniform} = H(P̂) = {best}, the least possible. On most samples P̂ is not uniform, and hedging then costs extra.',
  'loss.check.show': 'Show me q̂ = P̂',

  // Panel: vae.
  // The chart.
  'vae.posterior': 'q = N(μ, σ²): the encoder’s guess',
  'vae.prior': 'p = N(0, 1): the prior',
  'vae.other': 'N(μ₂, σ₂²): the other normal',
  'vae.xAxis': 'z',
  'vae.yAxis': 'density',
  'vae.canvas': 'Latent dimension 1: the encoder’s q, the prior N(0, 1), the true posterior and the other normal',

  // Controls.
  'vae.control.mu': 'Mean μ₁ of q in dimension 1',
  'vae.control.sigma': 'Width σ₁ of q in dimension 1',
  'vae.control.mu2': 'Mean μ₂ of the other normal',
  'vae.control.sigma2': 'Width σ₂ of the other normal',
  'vae.twoNormals': 'Between any two normals',

  // Readouts.
  'vae.formula': 'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total}',
  'vae.formula.bits':
    'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total} = {bits} (the terms use the natural log, so they are in nats; divide by ln 2 for bits)',
  'vae.term.mean': '½μ² = {value}: pulls the mean to 0',
  'vae.term.variance': '½σ² = {value}: penalises a wide posterior',
  'vae.term.logVariance': '−½ ln σ² = {value}: penalises a narrow one (grows without bound as σ → 0)',
  'vae.term.constant': '−½ = {value}: makes the total exactly 0 at μ = 0, σ = 1',
  'vae.quadrature':
    'Check by numerical integration of q log(q/p): {value}, differing from the closed form by {difference} {units} (estimated error {error}, {evaluations} evaluations).',
  'vae.general.prior':
    'With the second normal set to N(0, 1) (the prior), KL(q ‖ N(μ₂, σ₂²)) = {forward} is the VAE term; the other direction, KL(N(0, 1) ‖ q) = {backward}, differs.',
  'vae.general.priorEqual':
    'With the second normal set to N(0, 1) (the prior), KL(q ‖ N(μ₂, σ₂²)) = {forward} is the VAE term; the other direction, KL(N(0, 1) ‖ q) = {backward}, is the same here (at σ = 1 both directions give ½μ²), though in general it differs.',
  'vae.general.other': 'KL(q ‖ N({mu2}, {sigma2}²)) = {forward}; KL(N({mu2}, {sigma2}²) ‖ q) = {backward}.',
  'vae.entropy.negative':
    'Differential entropy of q: ½ log(2πeσ²) = {h}. Negative, because σ is below 1/√(2πe) ≈ {zeroWidth}: q is so concentrated (its density peaks at {peak}) that q(z) > 1 over most of its mass, so −log q(z) is negative there and so is its average. Unlike discrete entropy, differential entropy is not an average code length and can go below 0; only differences such as the KL keep their meaning.',
  'vae.entropy.peak':
    'Differential entropy of q: ½ log(2πeσ²) = {h}. The density peaks at {peak}, above 1, so −log q(z) is negative near the centre; averaged over q it is still positive. It turns negative only for σ below 1/√(2πe) ≈ {zeroWidth}.',
  'vae.entropy.positive':
    'Differential entropy of q: ½ log(2πeσ²) = {h}. It falls by {fall} each time σ shrinks by a factor e, and turns negative for σ below 1/√(2πe) ≈ {zeroWidth}.',

  // The chart description and the announcement.
  'vae.describe':
    'Latent dimension 1: the encoder’s q = N({mu}, {sigma}²) against the prior p = N(0, 1) and the true posterior N({m1}, {s1}²); the KL term KL(q ‖ p) is {kl}.',
  'vae.describe.other':
    'Latent dimension 1: the encoder’s q = N({mu}, {sigma}²) against the prior p = N(0, 1), KL(q ‖ p) = {kl}, the true posterior N({m1}, {s1}²), and against the other normal N({mu2}, {sigma2}²), KL(q ‖ N({mu2}, {sigma2}²)) = {forward}.',
  'vae.announce': 'ELBO = {elbo}; gap = {gap}; KL(q ‖ N(0, 1)) = {kl}',
  'vae.announce.other':
    'ELBO = {elbo}; gap = {gap}; KL(q ‖ N(0, 1)) = {kl}; KL(q ‖ N({mu2}, {sigma2}²)) = {forward}; KL(N({mu2}, {sigma2}²) ‖ q) = {backward}',

  // The self-check.
  'vae.check.question':
    'The VAE’s KL term KL(q ‖ N(0, 1)) is never negative. For which encoder output q is it exactly 0?',
  'vae.check.narrow': 'A very narrow q (σ close to 0): the most confident code',
  'vae.check.narrowFeedback':
    'A narrow q is penalised without bound: at σ = {narrow} the term −½ ln σ² alone contributes {narrowLog}, and the KL is {narrowKl}. The prior pushes back against codes that are too sure of themselves.',
  'vae.check.meanZero': 'Any q with mean μ = 0, whatever its width',
  'vae.check.meanZeroFeedback':
    'The mean is only half the story: the width terms ½σ² − ½ ln σ² − ½ add up to 0 only at σ = 1. With μ = 0 but σ = {wide}, the KL is {wideKl}.',
  'vae.check.prior': 'Only q = N(0, 1), the prior itself',
  'vae.check.priorFeedback':
    'At μ = 0 and σ = 1 the four terms are ½μ² = {mean}, ½σ² = {variance}, −½ ln σ² = {logVariance} and −½ = −{constant}: they cancel, so KL = {zero}. q is then the prior itself.',
  'vae.check.show': 'Show me μ = 0, σ = 1',

  // Panel: trust.
  // Charts.
  'trust.action': 'action {i}',
  'trust.klCurve': 'E_s D(π_old ‖ π_α): the average over the states',
  'trust.budgetLine': 'budget δ = {delta} {units}',
  'trust.maxStepLine': 'largest step within δ: α = {alpha}',
  'trust.maxStepLineBeyond': 'largest step within δ: α = {alpha}, beyond the chart',
  'trust.dot': 'your step α',
  'trust.stepAxis': 'step size α',
  'trust.klAxis': 'KL in {units}',
  'trust.unclipped': 'unclipped surrogate Σ π_old·r·A',
  'trust.clipped': 'clipped surrogate (ε = {epsilon})',
  'trust.penalized': 'clipped − β·KL (β = {beta})',
  'trust.surrogateAxis': 'surrogate objective',
  'trust.piOldLabel': 'π_old (drag)',
  'trust.piNewLabel': 'π_α at α = {alpha}',
  'trust.probabilityAxis': 'probability',
  'trust.advantageLabel': 'advantage A (drag)',
  'trust.advantageAxis': 'advantage',
  'trust.policyCanvas': 'Old policy (drag) and updated policy over the actions',
  'trust.advantageCanvas': 'Advantage of each action; drag a bar to change it',
  'trust.klCanvas':
    'Expected KL divergence of the update over the states against the step size, with the budget, the largest allowed step and the selected state’s own KL; drag the dot to change α',
  'trust.ppoCanvas': 'PPO surrogate objectives against the step size',
  'trust.piOldBar': 'π_old of action {i}',
  'trust.advantageBar': 'advantage of action {i}',

  // Controls.
  'trust.control.alpha': 'Step size α',
  'trust.control.delta': 'KL budget δ, in nats',
  'trust.control.epsilon': 'PPO clip ε',
  'trust.control.beta': 'KL penalty β',
  'trust.control.n': 'Draws for the estimators',
  'trust.control.seed': 'Seed',
  'trust.ppoHeading': 'PPO: clipping instead of a hard budget',
  'trust.estimatorsHeading': 'Estimating the KL from samples',

  // Readouts.
  'trust.step.inside': 'At α = {alpha}: E_s D(π_old ‖ π_α) = {kl}, inside the budget δ = {delta}.',
  'trust.step.outside': 'At α = {alpha}: E_s D(π_old ‖ π_α) = {kl}, outside the budget δ = {delta}.',
  'trust.budget':
    'TRPO’s trust region allows steps up to α = {alpha}, where the expected KL reaches δ. TRPO finds that step by a line search: it tries step sizes along the update direction and keeps the largest one that satisfies the constraint.',
  'trust.budget.never':
    'In every state, every action π_old can take has the same advantage, so the update leaves π_old as it is: E_s D = 0 for every α, and no step ever leaves the budget.',
  'trust.ppo':
    'The clipped objective stops rewarding a step once the probability ratio r = π_α/π_old of an action with positive advantage passes 1 + ε = {upper} (or one with negative advantage drops below 1 − ε = {lower}): PPO’s soft version of the trust region.',
  'trust.ppo.penalty': 'The KL penalty bends the objective down as the policy moves away.',
  'trust.estimators':
    'From {n} draws of π_old (seed {seed}): k1 = −log r averages {k1} ± {k1Error}, k3 = (r − 1) − log r averages {k3} ± {k3Error}; the exact KL is {exact}. Both are unbiased; k3 is never negative and usually has the smaller spread.',
  'trust.estimators.bits':
    'From {n} draws of π_old (seed {seed}): k1 = −log₂ r averages {k1} ± {k1Error}, k3 = ((r − 1) − ln r)/ln 2 averages {k3} ± {k3Error} (bits); the exact KL is {exact}. Both are unbiased; k3 is never negative and usually has the smaller spread.',
  'trust.policy': 'State {s}: π_α = {policy}',

  // Chart descriptions.
  'trust.describe.policy':
    'State {s}, bars per action: the old policy π_old = {piOld} and the updated policy π_α = {piNew} at α = {alpha}.',
  'trust.describe.advantage':
    'State {s}, advantages of the actions: {advantages}. The update moves probability towards actions whose advantage is above the average under π_old and away from the others; only differences between advantages count, and as α grows the mass gathers on the best action.',
  'trust.describe.kl':
    'The expected KL E_s D(π_old ‖ π_α) rises from 0 at α = 0 and reaches the budget δ = {delta} at α = {maxStep}. Your step α = {alpha} has E_s D = {kl}, {position}. A dotted curve shows the selected state’s own KL.',
  'trust.describe.klNever':
    'In every state, every action π_old can take has the same advantage, so E_s D(π_old ‖ π_α) stays 0 for every step, below the budget δ = {delta}. Your step α = {alpha} has E_s D = {kl}, {position}.',
  'trust.describe.inside': 'inside the budget',
  'trust.describe.outside': 'outside the budget',
  'trust.describe.ppo':
    'Surrogate objectives for steps α up to {max}: the unclipped one reaches {unclipped} at α = {max}; the clipped one (ε = {epsilon}) is highest, {clipped}, at α = {clippedAt}.',
  'trust.describe.ppoFlat':
    'Surrogate objectives for steps α up to {max}: the unclipped one reaches {unclipped} at α = {max}; the clipped one (ε = {epsilon}) stays at {clipped} for every step.',
  'trust.describe.ppoPenalty':
    'With the KL penalty (β = {beta}) the highest value is {penalized}, at α = {penalizedAt}.',

  // The self-check.
  'trust.check.question': 'What happens to the expected KL E_s D(π_old ‖ π_α) as the step size α grows from 0?',
  'trust.check.same': 'It stays the same, however large the step',
  'trust.check.sameFeedback':
    'The update π_α ∝ π_old·exp(α·A) moves the policy further with every increase of α: with the policy and advantages set now, E_s D = {small} at α = {a} but {large} at α = {b}.',
  'trust.check.sameFeedbackFlat':
    'With this policy and these advantages, yes: every action π_old can take has the same advantage, so exp(α·A) scales them alike and π_α is π_old for every α. E_s D = {small} at α = {a} and {large} at α = {b}. Make the advantages differ and D grows with α.',
  'trust.check.shrinks': 'It shrinks: bigger steps bring π_α closer to π_old',
  'trust.check.shrinksFeedback':
    'At α = 0, π_α is π_old itself and D = 0, the least a KL divergence can be; from there it can only grow. With the policy and advantages set now, E_s D = {small} at α = {a} and {large} at α = {b}.',
  'trust.check.shrinksFeedbackFlat':
    'At α = 0, π_α is π_old itself and D = 0, the least a KL divergence can be, so it cannot shrink. With this policy and these advantages (every action π_old can take has the same advantage) it does not grow either: E_s D = {small} at α = {a} and {large} at α = {b}.',
  'trust.check.grows': 'It grows from 0, so a KL budget δ caps how large α may be',
  'trust.check.growsFeedback':
    'At α = 0 the policy has not moved and D = 0; larger steps move π_α further from π_old (now E_s D = {small} at α = {a}, {large} at α = {b}). So the budget δ = {delta} allows steps up to α = {maxStep} and no further: TRPO’s trust region.',
  'trust.check.growsFeedbackFlat':
    'Usually, but not here: every action π_old can take has the same advantage, so the update leaves the policy as it is and D stays {small} at α = {a} and {large} at α = {b}. No budget δ is ever reached. Make the advantages differ to see D grow.',
  'trust.check.show': 'Show me the largest step within δ',
  'trust.check.showBeyond': 'Show me the largest step on the chart (α = {alpha})',

  // Panel: summary.
  'summary.caption':
    'The three quantities, for the P and Q of the decomposition panel (its defaults where this table is shown alone)',
  'summary.column.quantity': 'Quantity',
  'summary.column.formula': 'Formula',
  'summary.column.meaning': 'What it measures',
  'summary.column.now': 'Now',
  'summary.row.entropy': 'Entropy H(P)',
  'summary.row.crossEntropy': 'Cross-entropy H(P, Q)',
  'summary.row.kl': 'KL divergence D(P‖Q)',
  'summary.meaning.entropy':
    'How uncertain P is: the shortest average code length for draws from P, using a code built for P.',
  'summary.meaning.crossEntropy':
    'The average code length when the code is built for the model Q but the draws come from P.',
  'summary.meaning.kl': 'The extra length wasted by coding with Q instead of P; 0 only when Q = P.',
  'summary.identity':
    'Cross-entropy = entropy + KL: {cross} = {h} + {kl}. Since H(P) does not depend on Q, minimising the cross-entropy over Q minimises the KL, and on data it is maximum likelihood.',
  'summary.identity.infinite': 'Here Q misses an outcome P can produce, so H(P, Q) = {h} + ∞ = ∞.',
  'summary.check.question': 'Compared with the entropy H(P), the cross-entropy H(P, Q) is always …',
  'summary.check.smaller': 'smaller or equal: a model cannot cost more than the truth',
  'summary.check.smallerFeedback':
    'That would make the KL divergence negative, and it never is: H(P, Q) − H(P) = D(P‖Q) ≥ 0. For P = {P} and Q = {Q}, H(P, Q) = {cross} is more than H(P) = {h}.',
  'summary.check.either': 'larger or smaller, depending on Q',
  'summary.check.eitherFeedback':
    'Q enters only through the KL divergence, which is never negative: H(P, Q) = H(P) + D(P‖Q), so no model beats coding with P itself. For P = {P} and Q = {Q}: {cross} = {h} + {kl}.',
  'summary.check.larger': 'at least as large, and equal only when Q = P',
  'summary.check.largerFeedback':
    'H(P, Q) = H(P) + D(P‖Q), and the KL divergence is never negative and is 0 only when Q = P. For P = {P} and Q = {Q}: {cross} = {h} + {kl}.',
  'summary.check.show': 'Show me the equal case, Q = P',
};
