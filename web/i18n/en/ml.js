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
};
