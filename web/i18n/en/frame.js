// English texts of the frame, the page, the panel titles and the introductions.
export default {
  // Lists and notes about values from links, attributes and saved files.
  'list.separator': ', ',
  'note.notNumber': '{field}: {value} is not a number; using the default ({default}).',
  'note.notWhole': '{field}: {value} is not a whole number; using the default ({default}).',
  'note.outside': '{field}: {value} is outside {range}; using the default ({default}).',
  'note.count': '{field}: {value} has {count} values, not {min} to {max}; using the default ({default}).',
  'note.entry': '{field}: value {index}, {entry}, is not a number in {range}; using the default ({default}).',
  'note.notDistribution':
    '{field}: {value} is not a list of probabilities summing to 1; using the default ({default}).',
  'note.notChoice': '{field}: {value} is not one of {choices}; using the default ({default}).',
  'note.lengths': 'The lists {fields} have different lengths; using their defaults.',
  'note.trueClass': 'trueClass is not one of the classes; using the defaults for {fields}.',
  'note.hide': 'hide: {value} is not one of {choices}; ignored.',

  // Controls.
  'control.exact': '{label}, exact value',
  'control.enter': 'Enter {kind} from {min} to {max}.',
  'control.kind.number': 'a number',
  'control.kind.integer': 'a whole number',
  'control.kind.probability': 'a probability',
  'control.kind.width': 'a width',
  'keyboard.bars': 'bar chart; left and right arrows choose a bar, up and down arrows change it',
  'keyboard.points': 'chart; up and down arrows choose a point, left and right arrows move it',
  'keyboard.single': 'chart; arrow keys change the value',
  'keyboard.chosen': '{name} ({item} chosen)',
  'keyboard.valuetext': '{label}: {value}',

  // The frame round every panel.
  'units.legend': 'Units',
  'units.nats': 'nats (natural log)',
  'units.bits': 'bits (log base 2)',
  'theme.legend': 'Theme',
  'theme.auto': 'as the system',
  'theme.light': 'light',
  'theme.dark': 'dark',
  'language.legend': 'Language',
  'share.summary': 'Share and export',
  'share.copyLink': 'Copy link',
  'share.copyEmbed': 'Copy embed code',
  'share.save': 'Save state',
  'share.load': 'Load state…',
  'share.chart': 'Chart “{name}”:',
  'share.png': 'PNG',
  'share.csv': 'CSV',
  'share.output': 'Text to copy',
  'share.what.link': 'Link',
  'share.what.embed': 'Embed code',
  'share.copied': '{what} copied to the clipboard.',
  'share.copyManually': 'Copy the text from the box below (the clipboard is not available here).',
  'share.sandboxed':
    'This panel runs in a sandboxed frame: the page around it may block downloads (PNG, CSV, saved state) and the clipboard here.',
  'share.openAlone': 'Open it on its own page',
  'share.loaded': 'State loaded.',
  'share.loadedWithNotes': 'State loaded, with the notes above.',
  'share.loadFailed': 'Could not load the state: {reason}',
  'share.embedIframe': 'As an iframe that sizes itself:',
  'share.embedElement': 'Or as an element of your page:',
  'export.notJson': 'The file is not JSON.',
  'export.noState': 'The file has no "state" object.',
  'export.otherPanel': 'The file holds the state of "{other}", not of this panel.',
  'export.unreadable': 'The file could not be read.',
  'table.show': 'Data table',
  'table.category': 'category',
  'table.series': 'series',
  'table.thinned': '“{series}”: every {step}th of its {count} points; the CSV has them all.',
  'check.summary': 'Check yourself',
  'check.right': 'Right.',
  'check.notQuite': 'Not quite.',
  'status.loading': 'Loading the calculators…',
  'status.failed': 'The calculators could not start: {reason}',
  'embed.needPanel': 'This embed needs ?panel= set to one of: {panels}.',
  'element.needPanel': '<info-widget> needs panel= set to one of: {panels}.',

  // The page.
  'page.title': 'Surprise, entropy, cross-entropy and KL divergence, live',
  'page.heading': 'Surprise, entropy, cross-entropy and KL divergence',
  'page.lede':
    'Drag the points and bars and the numbers follow: every value on this page is computed afresh from what you set. Most are exact to the digits shown; the few that are estimates say so, and [how it is computed](#computed) tells which are which.',
  'page.footer.console':
    'Try the kernels yourself: open the browser console and type `infotheory.entropy([0.9, 0.1])` or `infotheory.klDivergence([0.5, 0.5], [0.9, 0.1], { units: "bits" })`.',
  'page.footer.downloads':
    'Take it with you: [the whole page as one HTML file](infotheory-widget.html) (works offline, from anywhere) or [the site as a zip](infotheory-site.zip). Every panel’s “Share and export” gives a link to its current state and the code to embed it in your own pages.',

  // Panel titles (embed headings, iframe titles).
  'surprise.title': 'Surprise: how much an outcome tells you',
  'extremes.title': 'The extremes of entropy',
  'decomposition.title': 'Cross-entropy = entropy + KL divergence',
  'fits.title': 'Forward or reverse KL: covering the modes or picking one',
  'loss.title': 'Cross-entropy loss is maximum likelihood',
  'vae.title': 'The ELBO of a variational autoencoder',
  'trust.title': 'Trust regions in policy optimisation',
  'summary.title': 'Entropy, cross-entropy and KL in one table',

  // Section headings and introductions on the page.
  'surprise.heading': 'Surprise: how much an outcome tells you',
  'surprise.intro':
    'An outcome you expected tells you little; an outcome you thought nearly impossible tells you a lot. Information theory measures this as the **surprise** $surprise$ of an outcome that had probability p. With the natural log the unit is the [[nat]]; with log base 2 it is the [[bit]], and 1 bit = ln 2 ≈ 0.693 nats.',
  'coin.heading': 'Entropy: the surprise you expect',
  'extremes.heading': 'The extremes of entropy',
  'extremes.intro':
    'With N possible outcomes, entropy can be anything from 0 to log N. It is 0 for a **point mass**, where one outcome is certain, and log N for the **uniform** distribution, where every outcome is equally likely. Reshape P by dragging its bars, or sharpen and flatten it with a temperature: raising P to the power 1/T and renormalising moves it along a path from the point mass (T → 0) to the uniform (T → ∞).',
  'decomposition.heading': 'Cross-entropy = entropy + KL divergence',
  'decomposition.intro':
    'Suppose outcomes really come from P, but you predict them with a model Q. Your average surprise is then the **cross-entropy** $crossEntropy$. It splits into two parts: the entropy H(P), which no model can beat, and the **KL divergence** $kl$, the extra cost of believing Q. Drag the bars of P and Q (or type values in the table) and watch the split.',
  'fits.heading': 'Forward or reverse KL: covering the modes or picking one',
  'fits.intro':
    'KL divergence is not symmetric, and the direction matters when a simple model Q must stand in for a complicated P. Here P has two bumps and Q is a single Gaussian. Minimising the **forward** KL D(P‖Q) punishes Q for missing any place where P has mass, so Q stretches to cover both bumps (mass-covering, mean-seeking). Minimising the **reverse** KL D(Q‖P) punishes Q for putting mass where P has little, so Q settles on one bump, one [[mode]] of P (mode-seeking) — the behaviour of variational inference, which minimises the reverse KL.',
  'loss.heading': 'Cross-entropy loss is maximum likelihood',
  'loss.intro':
    'A classifier turns its scores (logits) into probabilities q̂ with the softmax. When the true label is class k, the target P is [[one-hot]] (all its probability on class k) and the cross-entropy H(P, q̂) collapses to a single term, the loss $lossTerm$. Summed over a data set, the losses are the negative log-likelihood of the labels, so driving the loss down is maximising the likelihood.',
  'vae.heading': 'The ELBO of a variational autoencoder',
  'vae.intro':
    'A VAE’s [[encoder]] maps each input x to a Gaussian $encoder$ over the [[latent]] code z, its approximation of the [[posterior]]. Its training objective, the [[elbo|ELBO]], has two terms: a reconstruction term, how well codes drawn from q explain x, minus KL(q ‖ N(0, I)), which keeps the codes close to the [[prior]]. In the small model here every term is exact, so you can see the ELBO stay below log p(x) and the gap close when q becomes the true posterior. The KL has a closed form with one term for the mean, two for the width and a constant.',
  'trust.heading': 'Trust regions in policy optimisation',
  'trust.intro':
    'A reinforcement-learning [[policy]] improves by moving probability towards actions with a positive [[advantage]]: actions that did better than the policy does on average. Move too far on one batch of experience and the estimates behind the step stop being trustworthy. TRPO limits each step by a KL budget averaged over the states the old policy visits, $trustBudget$, and finds the largest step within it by a [[line-search|line search]]; PPO instead clips the ratio π_new/π_old inside its [[surrogate]] objective and may add a KL penalty. The ratio reweights old experience so that the estimate stays [[unbiased]], but the further π_new moves from π_old, the noisier it gets.',
  'summary.heading': 'The triangle in one table',
};
