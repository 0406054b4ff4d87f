// English texts of issue 13's "area" part: entropy as expected surprise drawn
// as areas (coin, extremes, decomposition), draws you can watch, the panels'
// first things to try, and their predict-first questions.
export default {
  // The area figure, shared words.
  'area.xAxis': 'probability (bar width = p)',
  'area.yAxis': 'surprise −log p in {units}',
  'area.yAxisQ': 'surprise in {units}',
  'area.width': 'width p',
  'area.heightP': 'height −log p',
  'area.areaP': 'area −p log p',
  'area.heightQ': 'height −log q',
  'area.areaQ': 'area −p log q',
  'area.zeroTerm': 'An outcome with probability 0 has no width, so it adds no area: 0 log 0 counts as 0.',

  // Coin.
  'area.coin.heads': 'heads',
  'area.coin.tails': 'tails',
  'area.coin.series': '−log p of each side, as wide as p',
  'area.coin.canvas': 'Entropy as area: each side of the coin as a bar of width p and height −log p',
  'area.coin.sum': 'H = −({p0} log {p0} + {p1} log {p1}) = {terms} = {h}',
  'area.coin.sum.bits': 'H = −({p0} log₂ {p0} + {p1} log₂ {p1}) = {terms} = {h}',
  'area.coin.describe':
    'Two bars side by side along 0 to 1. Heads: width {p0}, height {s0}, area {a0}. Tails: width {p1}, height {s1}, area {a1}. The areas add up to H = {h}.',

  // Extremes.
  'area.extremes.series': '−log p of each outcome, as wide as p',
  'area.extremes.canvas': 'Entropy as area: each outcome as a bar of width P(i) and height −log P(i)',
  'area.extremes.sum': 'H = −Σ p log p = {terms} = {h}',
  'area.extremes.sum.bits': 'H = −Σ p log₂ p = {terms} = {h}',
  'area.extremes.sumMany':
    'The {n} bars’ areas −p log p add up to H = {h}; the largest, {a}, belongs to category {i} (p = {p}).',
  'area.extremes.describe':
    '{n} bars side by side along 0 to 1, each as wide as its probability and as tall as its surprise: rare outcomes are tall and thin, likely ones wide and low. The largest area is category {i}’s, {a}; all areas together make H = {h}.',

  // Decomposition: cross-entropy as area.
  'area.decomposition.seriesP': '−log p (under P)',
  'area.decomposition.seriesQ': '−log q (under the model Q)',
  'area.decomposition.band': 'between: p log(p/q)',
  'area.decomposition.canvas':
    'Cross-entropy as area: bars of width p with height −log p and −log q; the band between them is the KL divergence',
  'area.decomposition.reading':
    'Area under −log p: H(P) = {h}. Area under −log q on the same widths: H(P, Q) = {cross}. The area between them is D(P‖Q) = {kl}.',
  'area.decomposition.readingInfinite':
    'Q gives category {i} probability 0 where P gives {p}: its bar −log q is infinitely tall, so the area H(P, Q) and the band D(P‖Q) are infinite.',
  'area.decomposition.negative':
    'Where Q is more confident than P (category {i}: q = {q} > p = {p}) the model’s bar is lower and the band there counts negative, {term}; the bands above it always outweigh it, so the total D(P‖Q) = {kl} is never below 0.',
  'area.decomposition.describe':
    'Over {k} categories, each bar as wide as P gives it: under P the areas add up to H(P) = {h}, under Q to H(P, Q) = {cross}; the band between is D(P‖Q) = {kl}.',
  'area.decomposition.describeInfinite':
    'Q gives category {i} probability 0 where P does not: its bar under Q is infinitely tall, and H(P, Q) is infinite.',

  // Draws you can watch.
  'area.draws.heading': 'Draws you can watch',
  'area.draws.intro':
    'Draw outcomes from P one at a time. Each draw has a surprise under P and a surprise under the model Q; their running averages settle towards H(P) and H(P, Q).',
  'area.draws.buttons': 'Draws:',
  'area.draws.one': 'Draw one',
  'area.draws.ten': 'Draw 10',
  'area.draws.play': 'Play',
  'area.draws.pause': 'Pause',
  'area.draws.batch': 'Draw {n} at once',
  'area.draws.batchTitle': 'Your system asks for reduced motion, so this draws a batch at once instead of animating.',
  'area.draws.reset': 'Start over',
  'area.draws.canvas': 'Running averages of the surprise of the draws, under P and under Q, against H(P) and H(P, Q)',
  'area.draws.xAxis': 'number of draws',
  'area.draws.yAxis': 'average in {units}',
  'area.draws.averageP': 'average of −log P(x) so far',
  'area.draws.averageQ': 'average of −log Q(x) so far',
  'area.draws.entropy': 'entropy line H(P)',
  'area.draws.cross': 'cross-entropy line H(P, Q)',
  'area.draws.none': 'No draws yet: press “Draw one”.',
  'area.draws.last':
    'Draw {t}: category {x}. Its surprise is {sp} under P (−log P({x})) and {sq} under the model Q (−log Q({x})).',
  'area.draws.noAverage': 'The running averages start with the first draw.',
  'area.draws.average':
    'After {n} draws the average surprise under P is {avgP}, an estimate of H(P) = {h}; under Q it is {avgQ}, an estimate of H(P, Q) = {cross}. Their gap, {gap}, estimates D(P‖Q) = {kl}.',
  'area.draws.averageInfinite':
    'After {n} draws the average surprise under P is {avgP}, an estimate of H(P) = {h}. A draw landed on a category where Q is 0, so the average under Q is infinite from then on, as H(P, Q) is.',
  'area.draws.negativeGap':
    'With this few draws the gap can even come out below 0; D(P‖Q) itself never is, and more draws bring the estimate closer.',
  'area.draws.describe':
    'Running averages over {n} draws: under P now {avgP} (line at H(P) = {h}), under Q now {avgQ} (line at H(P, Q) = {cross}).',
  'area.draws.describeEmpty': 'No draws yet; the lines mark H(P) = {h} and H(P, Q) = {cross}.',
  'area.draws.describeInfinite':
    'Running average under P over {n} draws: {avgP} (H(P) = {h}); under Q it became infinite when a draw hit a category where Q is 0.',
  'area.draws.summary': 'After {n} draws: average under P {avgP}, under Q {avgQ}.',
  'area.more': 'More settings',
  'area.draws.seed': 'Seed of the draws',
  'area.draws.count': 'Number of draws',

  // Predict, then reveal.
  'area.predict.coin.question': 'Before you look: how much entropy does this coin (p = {p}) have, in {units}?',
  'area.predict.coin.label': 'Your guess for H({p}) in {units}',
  'area.predict.close': 'Right: your {guess} is within {tol} of H = {h}.',
  'area.predict.high': 'Your {guess} is above H = {h}.',
  'area.predict.low': 'Your {guess} is below H = {h}.',
  'area.predict.coin.why':
    'Each side contributes its area −p log p: here {a0} for heads and {a1} for tails. A fair coin has the most, {fair}.',
  'area.predict.extremes.question':
    'Before you look: what is the entropy of the uniform distribution over {n} outcomes, in {units}?',
  'area.predict.extremes.label': 'Your guess for H of the uniform over {n}, in {units}',
  'area.predict.extremes.why':
    'Each of the {n} outcomes has surprise log {n} = {s}, so the average surprise is log {n} = {ceiling} too: no distribution over {n} outcomes has more.',
  'area.predict.draws.question':
    'Draw from P again and again and average each draw’s surprise under the model Q. Where will that average settle?',
  'area.predict.draws.entropy': 'At H(P), the entropy',
  'area.predict.draws.cross': 'At H(P, Q), the cross-entropy',
  'area.predict.draws.kl': 'At D(P‖Q), the KL divergence',
  'area.predict.draws.zero': 'It never settles: each draw is random',
  'area.predict.draws.right':
    'Right: the average of −log Q(x) over draws from P is an estimate of H(P, Q) = {cross}, and it gets closer the more you draw.',
  'area.predict.draws.wrong':
    'Not quite: averaging −log Q(x) over draws from P estimates the cross-entropy H(P, Q) = {cross}. H(P) = {h} is where the average of −log P(x) settles, and the gap between the two averages estimates D(P‖Q) = {kl}.',
  'area.predict.draws.random':
    'Each draw is random, but their average is not: by the law of large numbers it settles at H(P, Q) = {cross}.',
};
