// The coding panel and the fits panel's integrand figure and question
// (engineer "fitscode", issue 13).
export default {
  // Panel: coding.
  'coding.title': 'Entropy as code length: the bits you waste with the wrong code',
  'coding.heading': 'Entropy as code length: the bits you waste with the wrong code',
  'coding.intro':
    'Send the symbols A, B, C and D down a wire that carries only 0s and 1s. A **code** gives each symbol a codeword; if no codeword is the start of another (a **prefix code**), a stream of digits decodes without separators. A symbol of probability q ideally costs −log₂ q binary digits, so a code built from a model Q gives it ⌈−log₂ q⌉ of them. Symbols really come from P. With P’s own code a symbol costs about H(P) bits on average; with Q’s code about H(P, Q) bits; the difference, D(P‖Q), is what believing Q wastes on every symbol.',
  'coding.try':
    'Try this: drag Q’s bar for A up towards P’s, and watch A’s codeword in Q’s code get shorter and the waste D(P‖Q) shrink.',
  'coding.P': 'P (how often each symbol is sent)',
  'coding.Q': 'Q (the model the code is built from)',
  'coding.xAxis': 'symbol',
  'coding.yAxis': 'probability',
  'coding.barsCanvas': 'Bars of P and Q over the symbols A to D; drag a bar to change it',
  'coding.entry': '{which} of {symbol}',
  'coding.presets.Q': 'Q:',
  'coding.presets.P': 'P:',
  'coding.preset.uniform': 'Uniform',
  'coding.preset.copy': 'Set Q = P',
  'coding.preset.reversed': 'P the other way round',
  'coding.preset.dyadic': '½, ¼, ⅛, ⅛',
  'coding.ownCode':
    'P’s own code: {avg} binary digits per symbol on average. The ideal is H(P) = {h} = {hb}; whole digits cost less than one digit more.',
  'coding.ownCode.bits':
    'P’s own code: {avg} binary digits per symbol on average. The ideal is H(P) = {h}; whole digits cost less than one digit more.',
  'coding.modelCode':
    'Q’s code: {avg} binary digits per symbol from P on average. The ideal is H(P, Q) = {ce} = {ceb}, the average of −log₂ q over what P sends.',
  'coding.modelCode.bits':
    'Q’s code: {avg} binary digits per symbol from P on average. The ideal is H(P, Q) = {ce}, the average of −log₂ q over what P sends.',
  'coding.modelCode.none':
    'Q’s code has no codeword for {symbol}: Q gives it probability 0, yet P sends it. Messages from P cannot all be sent, and H(P, Q) = {ce}.',
  'coding.wasted': 'Wasted on every symbol by believing Q: D(P‖Q) = H(P, Q) − H(P) = {ce} − {h} = {kl}.',
  'coding.wasted.infinite': 'Wasted on every symbol by believing Q: D(P‖Q) = {kl}.',
  'coding.kraft':
    'Both codes are prefix codes. Kraft’s sum Σ 2^−length is {kp} for P’s code and {kq} for Q’s: at most 1, as it must be for every prefix code.',
  'coding.huffman':
    'Huffman’s code, the shortest prefix code for P, averages {huffman} binary digits per symbol, against {own} for the code of ⌈−log₂ p⌉ digits.',
  'coding.message': 'A message of {n} symbols drawn from P: {symbols}',
  'coding.stream.P': 'With P’s code, {n} binary digits: {bits}',
  'coding.stream.Q': 'With Q’s code, {n} binary digits: {bits}',
  'coding.stream.none': 'Q’s code cannot send this message: {symbol} has no codeword.',
  'coding.codeword': '{word}',
  'coding.codeword.long': '{start}… ({n} digits)',
  'coding.codeword.empty': 'none needed (0 digits)',
  'coding.codeword.none': 'none (probability 0)',
  'coding.note.noCode':
    '{which} sums to a hair above 1 and gives a symbol less than 2⁻²⁹, so the lengths ⌈−log₂ q⌉ leave no room for a prefix code: no code is built from {which}. Set its entries again.',
  'coding.describe.bars': 'Bars over the symbols A to D. P = {P}, Q = {Q}.',
  'coding.table.caption': 'The two codes, symbol by symbol (type P and Q here)',
  'coding.table.symbol': 'Symbol',
  'coding.table.p': 'P',
  'coding.table.q': 'Q',
  'coding.table.ideal': '−log₂ q (ideal digits)',
  'coding.table.codeQ': 'Q’s codeword',
  'coding.table.codeP': 'P’s codeword',
  'coding.table.invalid': '{entry} must be a number from 0 to 1; the old value is still in use.',
  'coding.messageButtons': 'Message:',
  'coding.newMessage': 'Draw a new message',
  'coding.how.summary': 'How it is computed',
  'coding.how.text':
    'Each code is Shannon’s: symbol i gets ⌈−log₂ q_i⌉ binary digits, and the codewords are handed out shortest first, each the previous one plus one. That always works, because the lengths keep Kraft’s sum at most 1. Code lengths are counted in binary digits whatever the page’s units; one binary digit carries at most one bit, and 1 bit = ln 2 nats ≈ 0.693 nats. The message is drawn with a seeded generator, so a link reproduces it.',
  'coding.check.question':
    'A model Q gives a symbol probability ⅛. How many binary digits does its codeword take in the code built from Q?',
  'coding.check.three': '3',
  'coding.check.eight': '8',
  'coding.check.eighth': '⅛',
  'coding.check.threeFeedback':
    'Right: −log₂ ⅛ = {ideal}. Each binary digit halves the possibilities, and three halvings reach one eighth.',
  'coding.check.eightFeedback':
    'Not quite: that would spend a digit per eighth. The length is −log₂ ⅛ = {ideal}: three halvings reach one eighth.',
  'coding.check.eighthFeedback':
    'Not quite: a length counts digits, and a codeword cannot be a fraction of one. It is −log₂ ⅛ = {ideal}.',
  'coding.check.show': 'Show me Q = ½, ¼, ⅛, ⅛',
  'coding.predict.question':
    'Before you look: with Q’s code, how many binary digits does a symbol from P take on average? (Use the codeword table.)',
  'coding.predict.label': 'Binary digits per symbol',
  'coding.predict.right': 'Right: Q’s code takes {avg} binary digits per symbol on average; you said {guess}.',
  'coding.predict.low':
    'Q’s code takes {avg} binary digits per symbol on average, more than your {guess}: weight each codeword’s length by how often P sends its symbol.',
  'coding.predict.high':
    'Q’s code takes {avg} binary digits per symbol on average, less than your {guess}: weight each codeword’s length by how often P sends its symbol.',

  // Panel: fits, the integrand figure, the question and the notes (issue 13).
  'fits.try':
    'Try this: drag one diamond away from the other. The dashed forward fit stretches to cover both modes; the dotted reverse fit jumps onto one.',
  'fits.moreControls': 'More controls: widths and weight of the modes',
  'fits.integrand.heading': 'Where each direction pays',
  'fits.integrand.forwardCurve': 'p·log(p/q), forward fit’s Q: area = D(P‖Q)',
  'fits.integrand.reverseCurve': 'q·log(q/p), reverse fit’s Q: area = D(Q‖P)',
  'fits.integrand.yAxis': 'integrand ({units} per x)',
  'fits.integrandCanvas':
    'The integrands of both divergences along x, each for its own fit, shaded above zero in its colour and below zero in purple',
  'fits.integrand.forward':
    'Forward: p·log(p/q) adds up to D(P‖Q) = {kl}. It pays most at x = {x} (height {y}), where P has mass and Q too little; where p ≈ 0 it costs almost nothing, whatever Q does there.',
  'fits.integrand.forwardFlat': 'Forward: p·log(p/q) is flat here, and its area is D(P‖Q) = {kl}.',
  'fits.integrand.reverse':
    'Reverse: q·log(q/p) adds up to D(Q‖P) = {kl}. It pays most at x = {x} (height {y}), where Q has mass and P too little; where q ≈ 0 it costs nothing, so a whole mode of P can go unserved.',
  'fits.integrand.reverseFlat': 'Reverse: q·log(q/p) is flat here, and its area is D(Q‖P) = {kl}.',
  'fits.negative.forward':
    'The forward integrand dips to {y} at x = {x}, where q is above p: a point can count against the divergence, yet its total D(P‖Q) = {kl} is at least 0.',
  'fits.negative.reverse':
    'The reverse integrand dips to {y} at x = {x}, where p is above q: a point can count against the divergence, yet its total D(Q‖P) = {kl} is at least 0.',
  'fits.asymmetry':
    'Not a distance metric: for the same pair, P and the forward fit’s Q, D(P‖Q) = {a} but D(Q‖P) = {b}. A distance is the same both ways round and obeys the triangle inequality; KL divergence does neither.',
  'fits.asymmetry.same':
    'For P and the forward fit’s Q, D(P‖Q) = {a} and D(Q‖P) = {b} agree here, but only by coincidence of shape: in general they differ, and KL divergence is not a distance metric.',
  'fits.zeroForcing':
    'Reverse KL is **zero-forcing**: wherever p ≈ 0, any q > 0 makes q·log(q/p) large, so the reverse fit keeps q ≈ 0 there, even if that leaves a mode out. Forward KL is zero-avoiding: wherever p > 0, q ≈ 0 makes p·log(p/q) large, so the forward fit keeps q > 0 wherever P has mass.',
  'fits.describe.integrands':
    'Two curves along x: the forward integrand p·log(p/q) peaks at x = {fx} and has area D(P‖Q) = {kl}; the reverse integrand q·log(q/p) peaks at x = {rx} and has area D(Q‖P) = {rkl}.',
  'fits.how.summary': 'How it is computed',
  'fits.how.text':
    'The forward fit has a closed form: Q takes P’s mean and variance. The reverse fit is a numerical minimum of D(Q‖P), searched for from several starting points. Both fits’ divergences are numerical integrals, accurate to about 10⁻¹⁴; the integrand curves are drawn from 361 points.',
  'fits.predict.question':
    'Before you look: the reverse fit’s curve is hidden. Where along x will its centre land? Drag the guess marker there (or use the arrow keys).',
  'fits.predict.label': 'Your guess for the reverse fit’s centre',
  'fits.predict.right':
    'Right: the reverse fit sits at μ = {mu}. A Gaussian of its width at your x = {guess} scores D(Q‖P) = {yours}, close to the fit’s {best}.',
  'fits.predict.wrong':
    'The reverse fit sits at μ = {mu}. A Gaussian of its width at your x = {guess} scores D(Q‖P) = {yours}, well above the fit’s {best}: it puts mass where P has little.',
  'fits.predict.rightTie':
    'Right: the reverse fit sits on a mode, at μ = {mu} or, just as well, at μ = {other}. A Gaussian of its width at your x = {guess} scores D(Q‖P) = {yours}, close to the fit’s {best}.',
  'fits.predict.wrongTie':
    'The reverse fit sits on a mode, at μ = {mu} or, just as well, at μ = {other}. A Gaussian of its width at your x = {guess} scores D(Q‖P) = {yours}, well above the fit’s {best}: it puts mass where P has little.',
};
