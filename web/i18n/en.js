// Every user-visible English text. Keys are shared with de.js (a test checks
// that both have the same keys and the same {placeholders}). Rich texts on
// the page may use **bold**, *emphasis*, `code` and [links](href).
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
  'language.en': 'English',
  'language.de': 'Deutsch',
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
    'Drag the points and bars: every number below is computed by C++ kernels compiled to WebAssembly. Closed forms (entropy, cross-entropy, KL, the Gaussian formulas) are exact to the digits shown; the Monte-Carlo estimates, numerical integrals, line searches and fitted curves are approximations, and each says so, with its error where it has one.',
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
  'vae.title': 'The KL term of a variational autoencoder',
  'trust.title': 'Trust regions in policy optimisation',
  'summary.title': 'Entropy, cross-entropy and KL in one table',

  // Section headings and introductions on the page.
  'surprise.heading': 'Surprise: how much an outcome tells you',
  'surprise.intro':
    'An outcome you expected tells you little; an outcome you thought nearly impossible tells you a lot. Information theory measures this as the **surprise** I(p) = −log p of an outcome that had probability p. With the natural log the unit is the *nat*; with log base 2 it is the *bit*, and 1 bit = ln 2 ≈ 0.693 nats.',
  'coin.heading': 'Entropy: the surprise you expect',
  'extremes.heading': 'The extremes of entropy',
  'extremes.intro':
    'With N possible outcomes, entropy can be anything from 0 to log N. It is 0 for a **point mass**, where one outcome is certain, and log N for the **uniform** distribution, where every outcome is equally likely. Reshape P by dragging its bars, or sharpen and flatten it with a temperature: raising P to the power 1/T and renormalising moves it along a path from the point mass (T → 0) to the uniform (T → ∞).',
  'decomposition.heading': 'Cross-entropy = entropy + KL divergence',
  'decomposition.intro':
    'Suppose outcomes really come from P, but you predict them with a model Q. Your average surprise is then the **cross-entropy** H(P, Q) = −Σ P log Q. It splits into two parts: the entropy H(P), which no model can beat, and the **KL divergence** D(P‖Q) = Σ P log(P/Q), the extra cost of believing Q. Drag the bars of P and Q (or type values in the table) and watch the split.',
  'fits.heading': 'Forward or reverse KL: covering the modes or picking one',
  'fits.intro':
    'KL divergence is not symmetric, and the direction matters when a simple model Q must stand in for a complicated P. Here P has two bumps and Q is a single Gaussian. Minimising the **forward** KL D(P‖Q) punishes Q for missing any place where P has mass, so Q stretches to cover both bumps (mass-covering, mean-seeking). Minimising the **reverse** KL D(Q‖P) punishes Q for putting mass where P has little, so Q settles on one bump (mode-seeking) — the behaviour of variational inference, which minimises the reverse KL. The forward fit has a closed form (Q takes P’s mean and variance); the reverse fit is a numerical minimum, searched for from several starting points, and both fits’ divergences are numerical integrals.',
  'loss.heading': 'Cross-entropy loss is maximum likelihood',
  'loss.intro':
    'A classifier turns its scores (logits) into probabilities q̂ with the softmax. When the true label is class k, the target P is one-hot (all its probability on class k) and the cross-entropy H(P, q̂) collapses to a single term, the loss −log q̂_k. Summed over a data set, the losses are the negative log-likelihood of the labels, so driving the loss down is maximising the likelihood.',
  'vae.heading': 'The KL term of a variational autoencoder',
  'vae.intro':
    'A VAE’s encoder maps each input to a Gaussian q(z|x) = N(μ, σ²) over the latent code, and its training objective, the ELBO, subtracts KL(q ‖ N(0, 1)). That KL keeps the codes close to the prior: it has a closed form with one term for the mean, two for the width and a constant. Move μ and σ to see which term pushes back.',
  'trust.heading': 'Trust regions in policy optimisation',
  'trust.intro':
    'A reinforcement-learning policy improves by moving probability towards actions with a positive advantage: actions that did better than the policy does on average. Move too far on one batch of experience and the estimates behind the step stop being trustworthy. TRPO limits each step by a KL budget, D(π_old ‖ π_new) ≤ δ; PPO instead clips the ratio π_new/π_old inside its objective and may add a KL penalty.',
  'summary.heading': 'The triangle in one table',

  // Panel: coin.
  'coin.title': 'Entropy of a biased coin',
  'coin.intro':
    'Average the surprise over everything that can happen, weighting each outcome by its probability, and you get the **entropy** H(P) = −Σ P log P. For a coin that lands heads with probability p there are two outcomes. Move p and watch where the uncertainty is largest and where it disappears.',
  'coin.curve': 'H(p) = −p log p − (1 − p) log(1 − p)',
  'coin.marker': 'your coin',
  'coin.xAxis': 'probability of heads p',
  'coin.yAxis': 'entropy H(p) in {units}',
  'coin.canvas': 'The binary entropy curve H(p) with your coin on it',
  'coin.control': 'Probability of heads p',
  'coin.presets': 'Coins:',
  'coin.preset.fair': 'Fair ({p})',
  'coin.preset.biased': 'Biased ({p})',
  'coin.preset.heads': 'Always heads ({p})',
  'coin.value': 'H({p}) = {h} = {other}',
  'coin.zero': 'No uncertainty at all: this coin always lands the same way, so watching it teaches you nothing.',
  'coin.fair': 'The most uncertain coin: a fair flip carries the most information, {ceiling} = {other}.',
  'coin.less': 'Less than the fair coin’s {ceiling}: the more lopsided the coin, the easier its flips are to predict.',
  'coin.describe':
    'Entropy against the probability of heads: 0 at p = 0 and p = 1, highest ({ceiling}) at p = {half}. Your coin, p = {p}, has H = {h}.',
  'coin.check.question': 'Which coin is the hardest to predict, the one whose flips tell you the most?',
  'coin.check.biased': 'A coin with p = {p}',
  'coin.check.biasedFeedback': 'Its flips are mostly heads, so they are easy to guess: H({p}) is only {h}.',
  'coin.check.fair': 'The fair coin, p = {p}',
  'coin.check.fairFeedback':
    'Both outcomes are equally likely, so no guess beats chance: H = log 2 = {h}, the most a coin can have.',
  'coin.check.heads': 'A coin that always lands heads',
  'coin.check.headsFeedback': 'It is perfectly predictable, so a flip tells you nothing: H = 0.',
  'coin.check.show': 'Show me the fair coin',

  // Panel: surprise.
  'surprise.curve': 'I(p) = −log p',
  'surprise.marker': 'your p',
  'surprise.offChart': 'your p (I(p) above the chart)',
  'surprise.xAxis': 'probability p of the event',
  'surprise.yAxis': 'surprise I(p) in {units}',
  'surprise.canvas': 'The surprise curve I(p) = −log p with your point on it',
  'surprise.control': 'Probability p of the event',
  'surprise.control.p1': 'p₁, first event',
  'surprise.control.p2': 'p₂, second event',
  'surprise.twoEvents': 'Two independent events',
  'surprise.value': 'I({p}) = {i}',
  'surprise.clip.above':
    'I({p}) = {i} lies above the top of the chart, which is cut at {top}: as p → 0 the surprise grows without bound.',
  'surprise.clip.infinite':
    'I({p}) = {i} lies above the top of the chart, which is cut at {top}: as p → 0 the surprise grows without bound, and an impossible event would be infinitely surprising.',
  'surprise.clip.below':
    'The chart is cut at {top} (p = {p}); the curve keeps rising past it, without bound, as p → 0.',
  'surprise.property.positive': 'Never negative: I({p}) = {i} ≥ 0, since p ≤ 1.',
  'surprise.property.certain': 'A certain event tells you nothing: I(1) = {i}.',
  'surprise.property.rare': 'Rare events are very surprising: I({p1}) = {i1}, I({p2}) = {i2}, I(0) = ∞.',
  'surprise.property.additive': 'Surprises of independent events add (below).',
  'surprise.joint': 'I(p₁) + I(p₂) = {i1} + {i2} = {sum}; both together: I(p₁·p₂) = I({p}) = {joint}.',
  'surprise.describe':
    'Surprise against probability: the curve falls from {top} at p = {pTop} to 0 at p = 1. Your point, p = {p}, has I = {i}.',
  'surprise.describe.above':
    'Surprise against probability: the curve falls from {top} at p = {pTop} to 0 at p = 1. Your point, p = {p}, has I = {i}, above the top of the chart, so it is drawn as a triangle at the top edge.',
  'surprise.check.question':
    'Two independent events each have probability p = {p}. How surprising is it that both happen?',
  'surprise.check.same': 'As surprising as one of them: {one}',
  'surprise.check.sameFeedback':
    'Both happening is rarer than either one alone: its probability is {p} · {p} = {both}, and I({both}) = {joint}.',
  'surprise.check.add': 'Twice as surprising: {sum}',
  'surprise.check.addFeedback':
    'For independent events the probabilities multiply, so the surprises add: I({p} · {p}) = I({both}) = {joint} = {one} + {one}.',
  'surprise.check.less': 'Less surprising than either one, since {p} · {p} = {both} is smaller than {p}',
  'surprise.check.lessFeedback':
    'A smaller probability means a larger surprise: I(p) = −log p grows as p falls. Both together have probability {both}, so I({both}) = {joint}, more than the {one} of either one.',
  'surprise.check.show': 'Show me p₁ = p₂ = {p} in bits',

  // Panel: extremes.
  'extremes.xAxis': 'category',
  'extremes.yAxis': 'probability',
  'extremes.path.curve': 'H(P_T): entropy of P tempered by T',
  'extremes.path.ceiling': 'ceiling log {n} (uniform)',
  'extremes.path.marker': 'your P (T = 1)',
  'extremes.path.xAxis': 'temperature T (log scale)',
  'extremes.path.yAxis': 'entropy in {units}',
  'extremes.note.pointMass':
    'A point mass: one outcome is certain, so there is nothing to learn from a draw. H = 0 is the minimum.',
  'extremes.note.uniform':
    'The uniform distribution: every outcome equally likely, the most uncertainty {n} categories allow.',
  'extremes.note.between':
    'Between the extremes: below the ceiling log {n} = {ceiling} because some outcomes are likelier than others, above 0 because more than one can happen.',
  'extremes.value': 'H(P) = {h}; ceiling log {n} = {ceiling}',
  'extremes.path.zeros':
    'P puts 0 on {zeros} of the {n} categories. Tempering never revives a zero, so as T grows the path flattens towards log {support} = {supportCeiling}, the uniform over the {support} outcomes left, not towards log {n}.',
  'extremes.path.pointMass': 'P is a point mass: tempering cannot move it, and the path stays at {limit} for every T.',
  'extremes.path.full':
    'As T → 0 the path falls to {limit} (all mass on the one likeliest category); as T grows it rises towards the ceiling log {n}: tempering runs from the point mass to the uniform.',
  'extremes.path.tied':
    '{m} categories tie for the largest probability, so as T → 0 the path falls to log {m} = {limit}, not to 0: the mass spreads evenly over the tied categories. As T grows it rises towards the ceiling log {n}.',
  'extremes.path.uniform':
    'P is uniform: tempering leaves it as it is, and the path stays at the ceiling log {n} = {limit} for every T.',
  'extremes.control': 'Number of categories N',
  'extremes.presets': 'P:',
  'extremes.preset.uniform': 'Uniform',
  'extremes.preset.pointMass': 'Point mass',
  'extremes.preset.pointMassTitle': 'All probability on the currently largest category',
  'extremes.preset.random': 'Random',
  'extremes.preset.sharpen': 'Sharpen',
  'extremes.preset.sharpenTitle': 'Temper by T = {T}: likely outcomes gain, unlikely ones lose',
  'extremes.preset.flatten': 'Flatten',
  'extremes.preset.flattenTitle': 'Temper by T = {T}: the distribution evens out',
  'extremes.barsCanvas': 'Bar chart of P over the categories; drag a bar to change it',
  'extremes.pathCanvas': 'Entropy of P tempered by T, from the point mass to the uniform',
  'extremes.bar': 'P of category {i}',
  'extremes.describe.bars':
    'P over {n} categories: {P}. Its entropy is H(P) = {h}, out of at most log {n} = {ceiling}.',
  'extremes.describe.barsMany':
    'P over {n} categories; the largest bar is category {i} with {p}, and {zeros} categories are at 0. Its entropy is H(P) = {h}, out of at most log {n} = {ceiling}.',
  'extremes.describe.path':
    'Entropy of P tempered by T, for T from {tMin} to {tMax} on a log scale: it rises from {low} to {high}, below the ceiling log {n} = {ceiling}, and passes your P, H(P) = {h}, at T = 1.',
  'extremes.describe.pathFlat':
    'Entropy of P tempered by T, for T from {tMin} to {tMax} on a log scale: flat at H(P) = {h}, since tempering leaves this P as it is. The ceiling is log {n} = {ceiling}.',
  'extremes.check.question': 'Which distribution over {n} outcomes has the largest entropy?',
  'extremes.check.pointMass': 'A point mass: all probability on one outcome',
  'extremes.check.pointMassFeedback':
    'One outcome is certain, so a draw tells you nothing: H = {h}, the smallest entropy there is.',
  'extremes.check.skewed': 'One outcome with probability {p}, the other {others} sharing the rest equally',
  'extremes.check.skewedFeedback':
    'Favouring one outcome makes draws easier to guess: H = {h}, below the ceiling log {n} = {ceiling}.',
  'extremes.check.uniform': 'The uniform: each outcome has probability 1/{n}',
  'extremes.check.uniformFeedback':
    'With every outcome equally likely no guess beats chance: H = log {n} = {ceiling}, the most {n} outcomes allow.',
  'extremes.check.show': 'Show me the uniform',

  // Panel: decomposition.
  'decomposition.P': 'P (what really happens)',
  'decomposition.Q': 'Q (the model)',
  'decomposition.xAxis': 'category',
  'decomposition.yAxis': 'probability',
  'decomposition.stack.entropy': 'H(P): entropy, the cost nobody can avoid',
  'decomposition.stack.kl': 'D(P‖Q): KL divergence, the penalty for the wrong model',
  'decomposition.stack.cross': 'H(P, Q): cross-entropy',
  'decomposition.stack.offScale': '∞: off the scale',
  'decomposition.stack.xAxis': 'information in {units}',
  'decomposition.note.uncovered':
    'Q gives category {i} probability 0, but P gives it {p}: the model calls impossible something that happens, so D(P‖Q) and H(P, Q) are infinite.',
  'decomposition.note.reverseUncovered': 'D(Q‖P) is infinite: P gives category {i} probability 0 where Q gives {q}.',
  'decomposition.note.equal': 'Q equals P: no penalty at all, and the cross-entropy is just the entropy.',
  'decomposition.note.asymmetric': 'D(P‖Q) and D(Q‖P) differ: KL divergence depends on which distribution comes first.',
  'decomposition.sum': 'H(P) + D(P‖Q) = {h} + {kl} = {cross} = H(P, Q)',
  'decomposition.sum.infinite': 'H(P) + D(P‖Q) = {h} + ∞ = ∞ = H(P, Q)',
  'decomposition.ceiling': 'Largest possible H(P) with {k} categories: log {k} = {ceiling}.',
  'decomposition.control': 'Number of categories K',
  'decomposition.presets.P': 'P:',
  'decomposition.presets.Q': 'Q:',
  'decomposition.preset.uniform': 'Uniform',
  'decomposition.preset.pointMass': 'Point mass',
  'decomposition.preset.pointMassTitle': 'All probability on the currently largest category',
  'decomposition.preset.random': 'Random',
  'decomposition.preset.copy': 'Set Q = P',
  'decomposition.barsCanvas': 'Bar chart of P and Q over the categories; drag a bar to change it',
  'decomposition.stackCanvas': 'Stacked bar: entropy plus KL divergence equals cross-entropy',
  'decomposition.number.entropy': 'Entropy H(P)',
  'decomposition.number.crossEntropy': 'Cross-entropy H(P, Q)',
  'decomposition.number.kl': 'KL divergence D(P‖Q)',
  'decomposition.number.reverseKl': 'Reverse KL D(Q‖P)',
  'decomposition.entry': '{which} of category {i}',
  'decomposition.table.caption': 'P and Q by category (type a value; the others rescale to keep the sum 1)',
  'decomposition.table.category': 'Category',
  'decomposition.table.summary': 'Edit the values in a table',
  'decomposition.table.invalid': '{entry} must be a probability from 0 to 1.',
  'decomposition.describe.bars': 'P and Q over {k} categories: P = {P}, Q = {Q}.',
  'decomposition.describe.kl': 'Q differs from P by D(P‖Q) = {kl}.',
  'decomposition.describe.equal': 'Q equals P, so D(P‖Q) = {kl}.',
  'decomposition.describe.uncovered': 'Q puts 0 on category {i} where P has {p}, so D(P‖Q) is infinite.',
  'decomposition.describe.stack':
    'The stacked bar H(P) + D(P‖Q) = {h} + {kl} is exactly as long as the bar H(P, Q) = {cross}.',
  'decomposition.describe.stackInfinite':
    'Only the entropy H(P) = {h} is drawn: D(P‖Q) and H(P, Q) are infinite, off the scale.',
  'decomposition.check.question': 'What is the KL divergence D(P‖Q) when Q = P?',
  'decomposition.check.entropy': 'As large as the entropy H(P)',
  'decomposition.check.entropyFeedback':
    'H(P) is what the cross-entropy comes down to when Q = P (for P = {P}, H(P, P) = H(P) = {h}). The KL divergence is the extra cost on top of it, and with Q = P there is none: D(P‖P) = {kl}.',
  'decomposition.check.zero': 'Exactly 0',
  'decomposition.check.zeroFeedback':
    'Every term P log(P/Q) becomes P log 1 = 0, so D(P‖P) = {kl}: the right model costs nothing extra, and the cross-entropy is just the entropy (for P = {P}, H(P, P) = H(P) = {h}).',
  'decomposition.check.small': 'A small positive amount: KL divergence is never exactly 0',
  'decomposition.check.smallFeedback':
    'KL divergence is never negative, and it is exactly 0 when Q = P, not just close to it: for P = {P}, D(P‖P) = {kl}.',
  'decomposition.check.show': 'Show me Q = P',

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
  'vae.posterior': 'q = N(μ, σ²): the encoder’s posterior',
  'vae.prior': 'p = N(0, 1): the prior',
  'vae.other': 'N(μ₂, σ₂²): the other normal',
  'vae.xAxis': 'z',
  'vae.yAxis': 'density',
  'vae.canvas': 'The posterior q, the prior N(0, 1) and the other normal',

  // Controls.
  'vae.control.mu': 'Mean μ of q',
  'vae.control.sigma': 'Width σ of q',
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
  'vae.describe': 'The posterior q = N({mu}, {sigma}²) against the prior p = N(0, 1); the KL term KL(q ‖ p) is {kl}.',
  'vae.describe.other':
    'The posterior q = N({mu}, {sigma}²) against the prior p = N(0, 1), KL(q ‖ p) = {kl}, and against the other normal N({mu2}, {sigma2}²), KL(q ‖ N({mu2}, {sigma2}²)) = {forward}.',
  'vae.announce': 'KL(q ‖ N(0, 1)) = {kl}',
  'vae.announce.other':
    'KL(q ‖ N(0, 1)) = {kl}; KL(q ‖ N({mu2}, {sigma2}²)) = {forward}; KL(N({mu2}, {sigma2}²) ‖ q) = {backward}',

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
  'trust.klCurve': 'D(π_old ‖ π_α)',
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
    'KL divergence of the update against the step size, with the budget and the largest allowed step; drag the dot to change α',
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
  'trust.step.inside': 'At α = {alpha}: D(π_old ‖ π_α) = {kl}, inside the budget δ = {delta}.',
  'trust.step.outside': 'At α = {alpha}: D(π_old ‖ π_α) = {kl}, outside the budget δ = {delta}.',
  'trust.budget':
    'TRPO’s trust region allows steps up to α = {alpha}, where the KL reaches δ (found by a line search, to about 15 digits).',
  'trust.budget.never':
    'Every action π_old can take has the same advantage, so the update leaves π_old as it is: D = 0 for every α, and no step ever leaves the budget.',
  'trust.ppo':
    'The clipped objective stops rewarding a step once the probability ratio r = π_α/π_old of an action with positive advantage passes 1 + ε = {upper} (or one with negative advantage drops below 1 − ε = {lower}): PPO’s soft version of the trust region.',
  'trust.ppo.penalty': 'The KL penalty bends the objective down as the policy moves away.',
  'trust.estimators':
    'From {n} draws of π_old (seed {seed}): k1 = −log r averages {k1} ± {k1Error}, k3 = (r − 1) − log r averages {k3} ± {k3Error}; the exact KL is {exact}. Both are unbiased; k3 is never negative and usually has the smaller spread.',
  'trust.estimators.bits':
    'From {n} draws of π_old (seed {seed}): k1 = −log₂ r averages {k1} ± {k1Error}, k3 = ((r − 1) − ln r)/ln 2 averages {k3} ± {k3Error} (bits); the exact KL is {exact}. Both are unbiased; k3 is never negative and usually has the smaller spread.',
  'trust.policy': 'π_α = {policy}',

  // Chart descriptions.
  'trust.describe.policy':
    'Bars per action: the old policy π_old = {piOld} and the updated policy π_α = {piNew} at α = {alpha}.',
  'trust.describe.advantage':
    'Advantages of the actions: {advantages}. The update moves probability towards actions whose advantage is above the average under π_old and away from the others; only differences between advantages count, and as α grows the mass gathers on the best action.',
  'trust.describe.kl':
    'D(π_old ‖ π_α) rises from 0 at α = 0 and reaches the budget δ = {delta} at α = {maxStep}. Your step α = {alpha} has D = {kl}, {position}.',
  'trust.describe.klNever':
    'Every action π_old can take has the same advantage, so D(π_old ‖ π_α) stays 0 for every step, below the budget δ = {delta}. Your step α = {alpha} has D = {kl}, {position}.',
  'trust.describe.inside': 'inside the budget',
  'trust.describe.outside': 'outside the budget',
  'trust.describe.ppo':
    'Surrogate objectives for steps α up to {max}: the unclipped one reaches {unclipped} at α = {max}; the clipped one (ε = {epsilon}) is highest, {clipped}, at α = {clippedAt}.',
  'trust.describe.ppoFlat':
    'Surrogate objectives for steps α up to {max}: the unclipped one reaches {unclipped} at α = {max}; the clipped one (ε = {epsilon}) stays at {clipped} for every step.',
  'trust.describe.ppoPenalty':
    'With the KL penalty (β = {beta}) the highest value is {penalized}, at α = {penalizedAt}.',

  // The self-check.
  'trust.check.question': 'What happens to D(π_old ‖ π_α) as the step size α grows from 0?',
  'trust.check.same': 'It stays the same, however large the step',
  'trust.check.sameFeedback':
    'The update π_α ∝ π_old·exp(α·A) moves the policy further with every increase of α: with the policy and advantages set now, D = {small} at α = {a} but {large} at α = {b}.',
  'trust.check.sameFeedbackFlat':
    'With this policy and these advantages, yes: every action π_old can take has the same advantage, so exp(α·A) scales them alike and π_α is π_old for every α. D = {small} at α = {a} and {large} at α = {b}. Make the advantages differ and D grows with α.',
  'trust.check.shrinks': 'It shrinks: bigger steps bring π_α closer to π_old',
  'trust.check.shrinksFeedback':
    'At α = 0, π_α is π_old itself and D = 0, the least a KL divergence can be; from there it can only grow. With the policy and advantages set now, D = {small} at α = {a} and {large} at α = {b}.',
  'trust.check.shrinksFeedbackFlat':
    'At α = 0, π_α is π_old itself and D = 0, the least a KL divergence can be, so it cannot shrink. With this policy and these advantages (every action π_old can take has the same advantage) it does not grow either: D = {small} at α = {a} and {large} at α = {b}.',
  'trust.check.grows': 'It grows from 0, so a KL budget δ caps how large α may be',
  'trust.check.growsFeedback':
    'At α = 0 the policy has not moved and D = 0; larger steps move π_α further from π_old (now D = {small} at α = {a}, {large} at α = {b}). So the budget δ = {delta} allows steps up to α = {maxStep} and no further: TRPO’s trust region.',
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
