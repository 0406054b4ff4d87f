// English texts of "ml": the ELBO of the VAE panel, the predict-first
// questions of the loss, vae and trust panels, and their disclosures.
export default {
  // Panel: vae, the ELBO.
  'vae.try':
    'Try this first: drag the width σ₁ of q towards 0 and watch the reconstruction term and the KL term pull the ELBO in opposite directions; then press “Show me the best q”.',
  'vae.words':
    'Words used here. The latent z is the hidden code the model explains the data x with (here two numbers, z₁ and z₂). The prior p(z) = N(0, I) is what codes look like before seeing x. The decoder p(x | z) = N(x; z, s²) says how likely x is for a code z. The posterior p(z | x) is what codes should look like after seeing x. The encoder q(z | x) = N(μ, σ²) is the network’s guess at that posterior. The ELBO (evidence lower bound) is reconstruction − KL(q ‖ p(z)), a lower bound on log p(x) that a VAE maximises.',
  'vae.truePosterior': 'p(z | x): the true posterior',
  'vae.dim1': 'Latent dimension 1 (the one drawn)',
  'vae.dim2': 'Latent dimension 2',
  'vae.control.muB': 'Mean μ₂ of q in dimension 2',
  'vae.control.sigmaB': 'Width σ₂ of q in dimension 2',
  'vae.control.x1': 'Data point, coordinate x₁',
  'vae.control.x2': 'Data point, coordinate x₂',
  'vae.control.noise': 'Decoder noise s',
  'vae.actions': 'Encoder',
  'vae.best': 'Show me the best q',
  'vae.bestTitle': 'Set q to the true posterior in both dimensions: the gap closes',
  'vae.moreSettings': 'More settings: the data point and the decoder',
  'vae.klHeading': 'The KL term of dimension 1, term by term',
  'vae.howComputed': 'How it is computed',
  'vae.howComputedText':
    'Every number on this panel comes from closed forms evaluated in C++ compiled to WebAssembly: the model is linear and Gaussian, so the reconstruction term, the KL, log p(x) and the gap need no sampling. The KL of dimension 1 is also checked independently by adaptive numerical integration:',
  'vae.elbo.terms':
    'ELBO = reconstruction − KL = {reconstruction} − {kl} = {elbo}. The reconstruction term E_q[log p(x | z)] rewards codes that explain x; the KL term pulls q toward the prior N(0, I).',
  'vae.elbo.bound':
    'log p(x) = {evidence} = ELBO {elbo} + gap {gap}: the ELBO stays below log p(x), and the gap is KL(q ‖ p(z | x)), how far the encoder is from the true posterior.',
  'vae.elbo.closed':
    'log p(x) = {evidence} = ELBO {elbo} + gap {gap}: q is the true posterior, so the gap KL(q ‖ p(z | x)) has closed and the bound is tight.',
  'vae.elbo.dimensions': 'The KL adds over the latent dimensions: {kl1} (dimension 1) + {kl2} (dimension 2) = {kl}.',
  'vae.elbo.posterior':
    'The data point is x = ({x1}, {x2}) and the decoder’s noise s = {s}. The true posterior is N(x/(1 + s²), s²/(1 + s²)) per dimension: N({m1}, {s1}²) and N({m2}, {s2}²).',

  // Predict: vae.
  'vae.predict.question':
    'Before you look at the terms: as the width σ of q shrinks towards 0, which term of KL(q ‖ N(0, 1)) grows without bound?',
  'vae.predict.mean': '½μ², the mean term',
  'vae.predict.variance': '½σ², the variance term',
  'vae.predict.logVariance': '−½ ln σ², the log-variance term',
  'vae.predict.right':
    'Right. At σ = {narrow} and your μ, −½ ln σ² = {logVariance} while ½σ² = {variance} has almost vanished and ½μ² = {mean} does not depend on σ at all. A code that is too sure of itself costs without bound.',
  'vae.predict.wrong':
    'Not that one. At σ = {narrow} and your μ, the term you picked is {picked}; it stays bounded. The term that grows is −½ ln σ² = {logVariance}: a narrow q is penalised without bound.',

  // Panel: loss.
  'loss.try':
    'Try this first: drag the true class’s logit up and down and watch its probability q̂ₖ and the loss −log q̂ₖ move against each other.',
  'loss.words':
    'Words used here. A one-hot target puts all its probability on the true class and 0 on every other, so the cross-entropy keeps one term. An estimate is unbiased when its average over many samples equals the quantity it estimates: the average loss on a sample drawn from P is an unbiased estimate of H(P, q̂).',
  'loss.temperatureControl': 'Temperature T: the logits are divided by T',
  'loss.temperature.one':
    'At T = {T} the logits are used as they are: softmax(z/T) = q̂ = {qT}, with entropy H = {hT}, and the loss is {loss}. Move T to divide every logit by it: that is the temperature path of section 3, because softmax(z/T) ∝ q̂^(1/T).',
  'loss.temperature.hot':
    'Dividing the logits by T = {T} gives softmax(z/T) = {qT}: q̂ tempered to q̂^(1/T), as in section 3. Above T = 1 it is flatter: H = {hT} against {h1} at T = 1. The true class {k} gets {qk}, a loss of {loss}.',
  'loss.temperature.cold':
    'Dividing the logits by T = {T} gives softmax(z/T) = {qT}: q̂ tempered to q̂^(1/T), as in section 3. Below T = 1 it is sharper: H = {hT} against {h1} at T = 1. The true class {k} gets {qk}, a loss of {loss}.',
  'loss.moreSettings': 'More settings: sample size and seed',

  // Predict: loss.
  'loss.predict.question':
    'The model gives the true class {k} the probability q̂ₖ = {qk}. Before the readout shows it: what is the loss −log q̂ₖ in {units}?',
  'loss.predict.label': 'Your loss in {units}',
  'loss.predict.right': 'Right: −log {qk} = {loss} (that is {other}). Your {guess} is within 5 % of it.',
  'loss.predict.high':
    'Too high: your {guess} is above −log {qk} = {loss} (that is {other}). A loss that large would need a smaller q̂ₖ.',
  'loss.predict.low':
    'Too low: your {guess} is below −log {qk} = {loss} (that is {other}). Only q̂ₖ = 1 gives a loss of 0; every smaller probability costs more.',

  // Panel: trust, over several states, as a guided task.
  'trust.try':
    'Try this first: in step 2, drag the dot on the KL chart until the expected KL just touches the budget line.',
  'trust.words':
    'Words used here. A policy π(a | s) gives each action a a probability in state s. The advantage A(s, a) says how much better action a did than the policy does on average in s. The update here, π_α ∝ π_old·exp(α·A), shifts probability towards actions with higher advantage, the more the larger the step α. The surrogate is the objective TRPO maximises instead of the true return: E_s E_(a∼π_old)[r·A] with r = π_α/π_old, an estimate computed from actions π_old already took. A line search tries step sizes along the update direction until one satisfies the constraint.',
  'trust.control.state': 'State shown',
  'trust.stateOption': 'State {s} (visited {rho} of the time)',
  'trust.klCurveState': 'D in state {s} alone',
  'trust.task.pick':
    'Pick a state. Each state s has its own old policy π_old(· | s) and its own advantages; drag the bars or use the arrow keys to change them.',
  'trust.task.budget':
    'Move the step size α until the expected KL hits the budget δ. TRPO’s constraint is an average over the states the old policy visits: E_s D(π_old(· | s) ‖ π_α(· | s)) ≤ δ.',
  'trust.task.ppo':
    'Compare with PPO’s clip (for the state you picked): instead of a hard budget, PPO stops rewarding ratios r beyond 1 ± ε.',
  'trust.moreSettings': 'More settings: KL penalty and estimating the KL from samples',
  'trust.states':
    'At α = {alpha}, state by state: state 1 (visited {rho1}) D = {kl1}, share {share1}; state 2 (visited {rho2}) D = {kl2}, share {share2}; state 3 (visited {rho3}) D = {kl3}, share {share3}. The shares add up to the expectation E_s D = {total}.',
  'trust.importance.inside':
    'The ratio r = π_α/π_old is the importance weight: the surrogate E_s E_(a∼π_old)[r·A] = {surrogate} (it was {old} at α = 0) is estimated from actions π_old took, each reweighted by r. Inside the budget the weights stay near 1: the largest is {maxRatio} and E[r²] = {second}, so a batch of n samples is worth about {share} of n. A small KL keeps the estimate trustworthy.',
  'trust.importance.outside':
    'The ratio r = π_α/π_old is the importance weight: the surrogate E_s E_(a∼π_old)[r·A] = {surrogate} (it was {old} at α = 0) is estimated from actions π_old took, each reweighted by r. Outside the budget the weights spread: the largest is {maxRatio} and E[r²] = {second}, so a batch of n samples is worth only about {share} of n. Far from π_old a few heavily weighted samples decide the estimate, and its variance blows up: that is what the KL budget prevents.',

  // Predict: trust.
  'trust.predict.question':
    'TRPO’s largest step is where the expected KL reaches the budget δ. If you halve the budget, what happens to the largest step?',
  'trust.predict.half': 'It halves too',
  'trust.predict.root': 'It shrinks by about a factor √2 (to about 0.71 of it)',
  'trust.predict.same': 'It stays the same',
  'trust.predict.right':
    'Right. With δ = {delta} the largest step is α = {full}; with δ/2 = {half} it is α = {halfStep}. Near α = 0 the KL grows like the square of the step (about ½α²·Var(A)), so half the budget allows about 1/√2 of the step.',
  'trust.predict.wrong':
    'Not quite. With δ = {delta} the largest step is α = {full}; with δ/2 = {half} it is α = {halfStep}. Near α = 0 the KL grows like the square of the step (about ½α²·Var(A)), not in proportion to it, so half the budget allows about 1/√2 of the step.',
  'trust.predict.other.right':
    'Right for these policies. With δ = {delta} the largest step is α = {full}; with δ/2 = {half} it is α = {halfStep}. For small steps the KL grows like the square of the step, which would give a factor √2; these policies are far enough from that regime that the factor differs.',
  'trust.predict.other.wrong':
    'Not for these policies. With δ = {delta} the largest step is α = {full}; with δ/2 = {half} it is α = {halfStep}. For small steps the KL grows like the square of the step, which would give a factor √2; these policies are far enough from that regime that the factor differs.',
};
