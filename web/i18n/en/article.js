// English texts of the article around the panels: the objectives, the table
// of contents, the bridges and "Try" lines into each section, the glossary
// and the note on how the numbers are computed.
export default {
  // Where you are going.
  'page.objectives.heading': 'Where you are going',
  'page.objectives.intro': 'After working through this page you can:',
  'page.objectives.1':
    'explain entropy as the surprise you expect, and why it is largest for the uniform distribution and 0 for a [[point-mass|point mass]] ([surprise](#surprise), [entropy](#coin), [its extremes](#extremes));',
  'page.objectives.2':
    'derive H(P, Q) = H(P) + D(P‖Q) and say what each term means as the length of a code ([the decomposition](#decomposition), [codes](#coding));',
  'page.objectives.3':
    'say why KL divergence is not symmetric, and why fitting with the forward KL covers every [[mode]] (mean-seeking) while the reverse KL picks one (mode-seeking) ([forward or reverse](#fits));',
  'page.objectives.4':
    'show that the cross-entropy loss −log q̂ is maximum likelihood on the data, and find the KL inside a VAE’s [[elbo|ELBO]] and in TRPO’s and PPO’s trust regions ([loss](#loss), [VAE](#vae), [trust regions](#trust)).',

  // The table of contents.
  'page.toc.label': 'Contents',
  'page.toc.toggle': 'Contents',
  'page.toc.top': 'Goals and settings',
  'page.toc.glossary': 'Glossary',
  'page.toc.computed': 'How it is computed',
  'page.units.nats': 'nats',
  'page.units.bits': 'bits',

  // Glossary and the note on computation.
  'page.glossary.heading': 'Glossary',
  'page.glossary.intro':
    'The words the page uses before it explains them. In the text, each is a button at its first use: press it to read the definition here too.',
  'page.computed.summary': 'How it is computed',
  'page.computed.body':
    'Every number on this page is computed live by small C++ functions (the kernels), compiled to WebAssembly and run in your browser; the JavaScript only draws and formats. Closed forms (entropy, cross-entropy, KL between discrete distributions, the Gaussian formulas) are exact to the digits shown. The rest are approximations, and each says so, with its error where it has one: Monte-Carlo estimates (averages over random draws), numerical integrals (the KL between a two-bump P and a Gaussian Q, evaluated by quadrature), line searches (the largest step a KL budget allows) and fitted curves (the reverse-KL fit, searched for from several starting points).',

  // Bridges: why each section follows from the last.
  'surprise.bridge': 'Everything on this page is built from one number: how surprised you are by a single outcome.',
  'coin.bridge':
    'One outcome has a surprise; a distribution has many outcomes. Averaging their surprises gives one number for the whole distribution.',
  'extremes.bridge':
    'A coin has two outcomes. With more outcomes, the question becomes: which shapes of P make the average surprise as small, or as large, as it can be?',
  'decomposition.bridge':
    'So far we knew the true P. In practice we predict with a model Q, and pay for every place where Q is wrong.',
  'coding.bridge':
    'The decomposition called D(P‖Q) the extra cost of believing Q. Counted in binary digits, that cost is concrete: with ideal code lengths, every symbol sent with a code built for Q costs on average D(P‖Q) more bits than with a code built for P.',
  'fits.bridge':
    'D(P‖Q) measures the cost of using Q when P is true. Swap the two and the number changes, which matters as soon as Q is chosen by minimising a KL.',
  'loss.bridge':
    'Machine learning minimises these quantities every day. The most common case: a classifier trained with the cross-entropy loss.',
  'vae.bridge':
    'A classifier compares distributions over labels. A VAE compares distributions over hidden codes, and the reverse KL from the fits section comes back as a penalty.',
  'trust.bridge':
    'KL also works as a ruler for how far a model has moved. Reinforcement learning uses it to keep each update small.',
  'summary.bridge': 'Every section measured one side of the same triangle. Here are its three quantities together.',

  // The one thing to try first.
  'surprise.try': '**Try:** drag the point down towards p = 0 and watch the surprise grow without bound.',
  'coin.try': '**Try:** find the p with the largest entropy, then move p to 0 or 1.',
  'extremes.try':
    '**Try:** drag the temperature from its smallest to its largest value and watch H(P) climb from 0 to log N.',
  'decomposition.try': '**Try:** make Q equal to P and watch the KL part of the bar shrink to 0.',
  'summary.try': '**Try:** change P or Q in the decomposition section; this table follows it.',

  // Section 9's prose.
  'summary.intro':
    'Three quantities make a triangle. The **entropy** H(P) is the surprise you cannot avoid when outcomes come from P: the length of the best code for P. The **cross-entropy** H(P, Q) is the surprise you actually pay when you predict with Q: the length of a code built for Q. The **KL divergence** D(P‖Q) is the difference, the price of believing Q. It is never negative and is 0 only when Q = P, so H(P, Q) ≥ H(P).',
  'summary.connect':
    'The sections walk round it. Surprise and entropy give the first corner; the decomposition adds Q and splits the cross-entropy into the two others, and the coding section reads all three as code lengths: the bits of P’s own code, of Q’s code, and the bits wasted between them. The fits show that D(P‖Q) and D(Q‖P) are different questions. The loss section minimises H(P, Q) over a model, which, with H(P) fixed by the data, is the same as minimising the KL; the VAE and trust-region sections use the KL itself, as a penalty and as a speed limit.',

  // The glossary: names and short definitions.
  'glossary.nat.name': 'nat',
  'glossary.nat': 'The unit of information with the natural log; 1 nat ≈ 1.443 bits.',
  'glossary.bit.name': 'bit',
  'glossary.bit':
    'The unit of information with log base 2; the surprise of one fair coin toss, 1 bit = ln 2 ≈ 0.693 nats.',
  'glossary.point-mass.name': 'point mass',
  'glossary.point-mass': 'A distribution that puts all its probability on one outcome, so nothing is uncertain.',
  'glossary.mode.name': 'mode',
  'glossary.mode': 'A peak of a distribution, a place where its density is locally highest.',
  'glossary.one-hot.name': 'one-hot',
  'glossary.one-hot':
    'A distribution (or vector) with probability 1 on one class and 0 on all others, as a known label is.',
  'glossary.policy.name': 'policy',
  'glossary.policy': 'In reinforcement learning, the probabilities with which an agent picks each action in a state.',
  'glossary.advantage.name': 'advantage',
  'glossary.advantage':
    'How much better an action did than the policy does on average in that state; positive means better than usual.',
  'glossary.surrogate.name': 'surrogate (objective)',
  'glossary.surrogate':
    'A stand-in for the true objective that can be computed from old experience; it is only trustworthy near the old policy.',
  'glossary.unbiased.name': 'unbiased',
  'glossary.unbiased': 'An estimate is unbiased if its average over many repetitions equals the true value.',
  'glossary.line-search.name': 'line search',
  'glossary.line-search':
    'Finding how far to go along a fixed direction, here the largest step whose KL stays within the budget.',
  'glossary.encoder.name': 'encoder',
  'glossary.encoder': 'The network of a VAE that maps an input x to a distribution q(z|x) over latent codes.',
  'glossary.latent.name': 'latent (code)',
  'glossary.latent': 'A hidden variable z, not observed in the data, that a model uses to describe it.',
  'glossary.prior.name': 'prior',
  'glossary.prior': 'The distribution a model assumes before seeing data; in a VAE, the codes’ N(0, 1).',
  'glossary.posterior.name': 'posterior',
  'glossary.posterior':
    'The distribution after seeing the data, here over the code z given the input x; a VAE’s encoder approximates it.',
  'glossary.elbo.name': 'ELBO (evidence lower bound)',
  'glossary.elbo':
    'A VAE’s objective, the expected log-likelihood of the input minus the KL of the encoder from the prior; it is a lower bound on log p(x).',
};
