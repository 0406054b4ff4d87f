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
};
