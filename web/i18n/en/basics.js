// English texts of the first panels: surprise, coin, extremes, decomposition.
export default {
  // Panel: coin.
  'coin.title': 'Entropy of a biased coin',
  'coin.intro':
    'Average the surprise over everything that can happen, weighting each outcome by its probability, and you get the **entropy** $entropy$. For a coin that lands heads with probability p there are two outcomes. Move p and watch where the uncertainty is largest and where it disappears.',
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
};
