// The predict-first questions (web/predict.js) and the questions of the
// surprise and summary panels.
export default {
  'predict.title': 'Before you look: predict',
  'predict.yourAnswer': 'Your answer',
  'predict.check': 'Check my guess',
  'predict.again': 'Ask me again',
  'predict.hidden': 'Answer the question above to see this.',
  'predict.hiddenChart': 'Part of this chart is hidden until you answer the question above.',
  'predict.right': 'Right.',
  'predict.notQuite': 'Not quite.',
  'predict.needNumber': 'Type a number first.',
  'predict.needChoice': 'Pick an answer first.',
  'predict.outOfRange': 'Give a number from {min} to {max}.',
  'predict.exact': '{label}, exact value',
  'predict.marker': 'Your guess',

  'surprise.predict.question':
    'An event has probability {p}: one in a million. The curve stops at {top}, long before p gets that small. How surprising is the event when it happens?',
  'surprise.predict.label': 'Your guess for I({p}):',
  'surprise.predict.close':
    'Your {guess} is within 5% of I({p}) = {exact}. One in a million is six factors of ten, and each factor of ten is worth I({tenth}) = {perTen}: six of them make {exact}.',
  'surprise.predict.above':
    'Your {guess} is more than I({p}) = {exact}. One in a million is six factors of ten, and each factor of ten is worth I({tenth}) = {perTen}: six of them make {exact}.',
  'surprise.predict.below':
    'Your {guess} is less than I({p}) = {exact}. One in a million is six factors of ten, and each factor of ten is worth I({tenth}) = {perTen}: six of them make {exact}.',

  'summary.predict.question':
    'Suppose you change only the model Q and leave P as it is. Which numbers in this table change?',
  'summary.predict.onlyKl': 'Only the KL divergence D(P‖Q)',
  'summary.predict.crossAndKl': 'The cross-entropy H(P, Q) and the KL divergence D(P‖Q); the entropy H(P) stays',
  'summary.predict.all': 'All three',
  'summary.predict.onlyCross': 'Only the cross-entropy H(P, Q)',
  'summary.predict.onlyKlFeedback':
    'The cross-entropy H(P, Q) = −Σ P log Q has Q in it too, so it changes along with D(P‖Q); only H(P) = −Σ P log P has no Q.',
  'summary.predict.crossAndKlFeedback':
    'H(P) = −Σ P log P has no Q in it, so it stays; H(P, Q) and D(P‖Q) both depend on Q, and their difference is always H(P).',
  'summary.predict.allFeedback':
    'The entropy H(P) = −Σ P log P has no Q in it: it stays. Only H(P, Q) and D(P‖Q) change.',
  'summary.predict.onlyCrossFeedback':
    'D(P‖Q) = H(P, Q) − H(P) changes too: with H(P) fixed, it moves exactly as H(P, Q) does.',
  'summary.predict.example.uniform':
    'For example, make Q uniform: H(P) stays {h}, H(P, Q) goes from {cross} to {crossThen}, and D(P‖Q) from {kl} to {klThen}.',
  'summary.predict.example.equal':
    'For example, set Q = P: H(P) stays {h}, H(P, Q) goes from {cross} to {crossThen}, and D(P‖Q) from {kl} to {klThen}.',
  'summary.predict.example.pointMass':
    'For example, put all of Q on category 1: H(P) stays {h}, H(P, Q) goes from {cross} to {crossThen}, and D(P‖Q) from {kl} to {klThen}.',
};
