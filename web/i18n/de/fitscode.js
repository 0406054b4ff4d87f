// Das Kodierungs-Panel und die Integranden-Abbildung und Frage des
// Fits-Panels (Bearbeiter „fitscode“, Issue 13).
export default {
  // Panel: Kodierung.
  'coding.title': 'Entropie als Codelänge: was ein falscher Code verschwendet',
  'coding.heading': 'Entropie als Codelänge: was ein falscher Code verschwendet',
  'coding.intro':
    'Die Symbole A, B, C und D sollen über eine Leitung, die nur 0 und 1 kennt. Ein **Code** gibt jedem Symbol ein Codewort; ist kein Codewort der Anfang eines anderen (ein **präfixfreier Code**), lässt sich ein Strom von Ziffern ohne Trennzeichen entschlüsseln. Ein Symbol mit Wahrscheinlichkeit q kostet idealerweise −log₂ q Binärziffern, also gibt ein Code, der aus einem Modell Q gebaut ist, ihm ⌈−log₂ q⌉ davon. Tatsächlich stammen die Symbole aus P. Mit dem eigenen Code von P kostet ein Symbol im Mittel etwa H(P) Bits, mit dem Code von Q etwa H(P, Q) Bits; die Differenz D(P‖Q) ist das, was der Glaube an Q bei jedem Symbol verschwendet.',
  'coding.try':
    'Probieren Sie: Ziehen Sie den Balken von Q bei A zu dem von P hin und sehen Sie, wie das Codewort von A im Code von Q kürzer wird und die Verschwendung D(P‖Q) schrumpft.',
  'coding.P': 'P (wie oft jedes Symbol gesendet wird)',
  'coding.Q': 'Q (das Modell, aus dem der Code gebaut ist)',
  'coding.xAxis': 'Symbol',
  'coding.yAxis': 'Wahrscheinlichkeit',
  'coding.barsCanvas': 'Balken von P und Q über den Symbolen A bis D; ziehen Sie einen Balken, um ihn zu ändern',
  'coding.entry': '{which} von {symbol}',
  'coding.presets.Q': 'Q:',
  'coding.presets.P': 'P:',
  'coding.preset.uniform': 'Gleichverteilt',
  'coding.preset.copy': 'Q = P setzen',
  'coding.preset.reversed': 'P umgekehrt',
  'coding.preset.dyadic': '½, ¼, ⅛, ⅛',
  'coding.ownCode':
    'Der eigene Code von P: im Mittel {avg} Binärziffern pro Symbol. Ideal wäre H(P) = {h} = {hb}; ganze Ziffern kosten weniger als eine Ziffer mehr.',
  'coding.ownCode.bits':
    'Der eigene Code von P: im Mittel {avg} Binärziffern pro Symbol. Ideal wäre H(P) = {h}; ganze Ziffern kosten weniger als eine Ziffer mehr.',
  'coding.modelCode':
    'Der Code von Q: im Mittel {avg} Binärziffern pro Symbol aus P. Ideal wäre H(P, Q) = {ce} = {ceb}, der Mittelwert von −log₂ q über das, was P sendet.',
  'coding.modelCode.bits':
    'Der Code von Q: im Mittel {avg} Binärziffern pro Symbol aus P. Ideal wäre H(P, Q) = {ce}, der Mittelwert von −log₂ q über das, was P sendet.',
  'coding.modelCode.none':
    'Der Code von Q hat kein Codewort für {symbol}: Q gibt diesem Symbol Wahrscheinlichkeit 0, doch P sendet es. Nicht jede Nachricht aus P lässt sich senden, und H(P, Q) = {ce}.',
  'coding.wasted': 'Bei jedem Symbol verschwendet, weil man Q glaubt: D(P‖Q) = H(P, Q) − H(P) = {ce} − {h} = {kl}.',
  'coding.wasted.infinite': 'Bei jedem Symbol verschwendet, weil man Q glaubt: D(P‖Q) = {kl}.',
  'coding.kraft':
    'Beide Codes sind präfixfrei. Die Kraft-Summe Σ 2^−Länge ist {kp} für den Code von P und {kq} für den von Q: höchstens 1, wie bei jedem präfixfreien Code.',
  'coding.huffman':
    'Der Huffman-Code, der kürzeste präfixfreie Code für P, braucht im Mittel {huffman} Binärziffern pro Symbol, gegenüber {own} für den Code mit ⌈−log₂ p⌉ Ziffern.',
  'coding.message': 'Eine Nachricht aus {n} Symbolen, gezogen aus P: {symbols}',
  'coding.stream.P': 'Mit dem Code von P {n} Binärziffern: {bits}',
  'coding.stream.Q': 'Mit dem Code von Q {n} Binärziffern: {bits}',
  'coding.stream.none': 'Der Code von Q kann diese Nachricht nicht senden: {symbol} hat kein Codewort.',
  'coding.codeword': '{word}',
  'coding.codeword.long': '{start}… ({n} Ziffern)',
  'coding.codeword.empty': 'keines nötig (0 Ziffern)',
  'coding.codeword.none': 'keines (Wahrscheinlichkeit 0)',
  'coding.note.noCode':
    '{which} summiert sich auf einen Hauch über 1 und gibt einem Symbol weniger als 2⁻²⁹, daher lassen die Längen ⌈−log₂ q⌉ keinen Platz für einen präfixfreien Code: Aus {which} wird kein Code gebaut. Setzen Sie die Werte neu.',
  'coding.describe.bars': 'Balken über den Symbolen A bis D. P = {P}, Q = {Q}.',
  'coding.table.caption': 'Die beiden Codes, Symbol für Symbol (P und Q hier eintippen)',
  'coding.table.symbol': 'Symbol',
  'coding.table.p': 'P',
  'coding.table.q': 'Q',
  'coding.table.ideal': '−log₂ q (ideale Ziffern)',
  'coding.table.codeQ': 'Codewort von Q',
  'coding.table.codeP': 'Codewort von P',
  'coding.table.invalid': '{entry} muss eine Zahl von 0 bis 1 sein; der alte Wert gilt weiter.',
  'coding.messageButtons': 'Nachricht:',
  'coding.newMessage': 'Neue Nachricht ziehen',
  'coding.how.summary': 'Wie es berechnet wird',
  'coding.how.text':
    'Beide Codes sind Shannon-Codes: Symbol i erhält ⌈−log₂ q_i⌉ Binärziffern, und die Codewörter werden der Länge nach vergeben, jedes das vorige plus eins. Das geht immer, weil die Längen die Kraft-Summe höchstens 1 halten. Codelängen werden in Binärziffern gezählt, gleich welche Einheit die Seite zeigt; eine Binärziffer trägt höchstens ein Bit, und 1 Bit = ln 2 nats ≈ 0,693 nats. Die Nachricht wird mit einem Startwert gezogen, sodass ein Link sie wiederholt.',
  'coding.check.question':
    'Ein Modell Q gibt einem Symbol die Wahrscheinlichkeit ⅛. Wie viele Binärziffern hat sein Codewort im Code, der aus Q gebaut ist?',
  'coding.check.three': '3',
  'coding.check.eight': '8',
  'coding.check.eighth': '⅛',
  'coding.check.threeFeedback':
    'Richtig: −log₂ ⅛ = {ideal}. Jede Binärziffer halbiert die Möglichkeiten, und drei Halbierungen ergeben ein Achtel.',
  'coding.check.eightFeedback':
    'Nicht ganz: Das wäre eine Ziffer pro Achtel. Die Länge ist −log₂ ⅛ = {ideal}: Drei Halbierungen ergeben ein Achtel.',
  'coding.check.eighthFeedback':
    'Nicht ganz: Eine Länge zählt Ziffern, und ein Codewort kann nicht aus einem Bruchteil einer Ziffer bestehen. Sie ist −log₂ ⅛ = {ideal}.',
  'coding.check.show': 'Zeig mir Q = ½, ¼, ⅛, ⅛',
  'coding.predict.question':
    'Bevor Sie nachsehen: Wie viele Binärziffern braucht ein Symbol aus P mit dem Code von Q im Mittel? (Nutzen Sie die Tabelle der Codewörter.)',
  'coding.predict.label': 'Binärziffern pro Symbol',
  'coding.predict.right':
    'Richtig: Der Code von Q braucht im Mittel {avg} Binärziffern pro Symbol; Sie sagten {guess}.',
  'coding.predict.low':
    'Der Code von Q braucht im Mittel {avg} Binärziffern pro Symbol, mehr als Ihre {guess}: Gewichten Sie die Länge jedes Codeworts damit, wie oft P sein Symbol sendet.',
  'coding.predict.high':
    'Der Code von Q braucht im Mittel {avg} Binärziffern pro Symbol, weniger als Ihre {guess}: Gewichten Sie die Länge jedes Codeworts damit, wie oft P sein Symbol sendet.',

  // Panel: Fits, die Integranden-Abbildung, die Frage und die Hinweise (Issue 13).
  'fits.try':
    'Probieren Sie: Ziehen Sie eine Raute von der anderen weg. Die gestrichelte Vorwärts-Anpassung dehnt sich über beide Modi, die gepunktete Rückwärts-Anpassung springt auf einen.',
  'fits.moreControls': 'Weitere Regler: Breiten und Gewicht der Modi',
  'fits.integrand.heading': 'Wo jede Richtung bezahlt',
  'fits.integrand.forwardCurve': 'p·log(p/q), Q der Vorwärts-Anpassung: Fläche = D(P‖Q)',
  'fits.integrand.reverseCurve': 'q·log(q/p), Q der Rückwärts-Anpassung: Fläche = D(Q‖P)',
  'fits.integrand.yAxis': 'Integrand ({units} pro x)',
  'fits.integrandCanvas':
    'Die Integranden beider Divergenzen entlang x, jeder für seine eigene Anpassung, über null in seiner Farbe schattiert und unter null violett',
  'fits.integrand.forward':
    'Vorwärts: p·log(p/q) summiert sich zu D(P‖Q) = {kl}. Am meisten kostet es bei x = {x} (Höhe {y}), wo P Masse hat und Q zu wenig; wo p ≈ 0 ist, kostet es fast nichts, gleich was Q dort tut.',
  'fits.integrand.forwardFlat': 'Vorwärts: p·log(p/q) ist hier flach, und seine Fläche ist D(P‖Q) = {kl}.',
  'fits.integrand.reverse':
    'Rückwärts: q·log(q/p) summiert sich zu D(Q‖P) = {kl}. Am meisten kostet es bei x = {x} (Höhe {y}), wo Q Masse hat und P zu wenig; wo q ≈ 0 ist, kostet es nichts, also kann ein ganzer Modus von P unbedient bleiben.',
  'fits.integrand.reverseFlat': 'Rückwärts: q·log(q/p) ist hier flach, und seine Fläche ist D(Q‖P) = {kl}.',
  'fits.negative.forward':
    'Der Vorwärts-Integrand sinkt bei x = {x} auf {y}, wo q über p liegt: Eine Stelle kann gegen die Divergenz zählen, doch die Summe D(P‖Q) = {kl} ist mindestens 0.',
  'fits.negative.reverse':
    'Der Rückwärts-Integrand sinkt bei x = {x} auf {y}, wo p über q liegt: Eine Stelle kann gegen die Divergenz zählen, doch die Summe D(Q‖P) = {kl} ist mindestens 0.',
  'fits.asymmetry':
    'Keine Metrik: Für dasselbe Paar, P und das Q der Vorwärts-Anpassung, ist D(P‖Q) = {a}, aber D(Q‖P) = {b}. Ein Abstand ist in beiden Richtungen gleich und erfüllt die Dreiecksungleichung; die KL-Divergenz tut beides nicht.',
  'fits.asymmetry.same':
    'Für P und das Q der Vorwärts-Anpassung stimmen D(P‖Q) = {a} und D(Q‖P) = {b} hier überein, aber nur zufällig: Im Allgemeinen unterscheiden sie sich, und die KL-Divergenz ist keine Metrik.',
  'fits.zeroForcing':
    'Die Rückwärts-KL ist **nullerzwingend** (zero-forcing): Wo p ≈ 0 ist, macht jedes q > 0 den Term q·log(q/p) groß, also hält die Rückwärts-Anpassung dort q ≈ 0, selbst wenn dabei ein Modus fehlt. Die Vorwärts-KL ist nullvermeidend: Wo p > 0 ist, macht q ≈ 0 den Term p·log(p/q) groß, also hält die Vorwärts-Anpassung q > 0 überall, wo P Masse hat.',
  'fits.describe.integrands':
    'Zwei Kurven entlang x: Der Vorwärts-Integrand p·log(p/q) hat seinen Gipfel bei x = {fx} und die Fläche D(P‖Q) = {kl}; der Rückwärts-Integrand q·log(q/p) hat seinen Gipfel bei x = {rx} und die Fläche D(Q‖P) = {rkl}.',
  'fits.how.summary': 'Wie es berechnet wird',
  'fits.how.text':
    'Die Vorwärts-Anpassung hat eine geschlossene Form: Q übernimmt Mittelwert und Varianz von P. Die Rückwärts-Anpassung ist ein numerisch gefundenes Minimum von D(Q‖P), gesucht von mehreren Startpunkten aus. Die Divergenzen beider Anpassungen sind numerische Integrale, genau auf etwa 10⁻¹⁴; die Integranden-Kurven werden aus 361 Punkten gezeichnet.',
  'fits.predict.question':
    'Bevor Sie nachsehen: Die Kurve der Rückwärts-Anpassung ist verborgen. Wo entlang x landet ihre Mitte? Ziehen Sie die Markierung dorthin (oder nutzen Sie die Pfeiltasten).',
  'fits.predict.label': 'Ihre Schätzung für die Mitte der Rückwärts-Anpassung',
  'fits.predict.right':
    'Richtig: Die Rückwärts-Anpassung sitzt bei μ = {mu}. Eine Gauß-Verteilung ihrer Breite bei Ihrem x = {guess} erreicht D(Q‖P) = {yours}, nahe am Wert der Anpassung, {best}.',
  'fits.predict.wrong':
    'Die Rückwärts-Anpassung sitzt bei μ = {mu}. Eine Gauß-Verteilung ihrer Breite bei Ihrem x = {guess} erreicht D(Q‖P) = {yours}, deutlich mehr als die Anpassung mit {best}: Sie legt Masse dorthin, wo P wenig hat.',
  'fits.predict.rightTie':
    'Richtig: Die Rückwärts-Anpassung sitzt auf einem Modus, bei μ = {mu} oder, ebenso gut, bei μ = {other}. Eine Gauß-Verteilung ihrer Breite bei Ihrem x = {guess} erreicht D(Q‖P) = {yours}, nahe am Wert der Anpassung, {best}.',
  'fits.predict.wrongTie':
    'Die Rückwärts-Anpassung sitzt auf einem Modus, bei μ = {mu} oder, ebenso gut, bei μ = {other}. Eine Gauß-Verteilung ihrer Breite bei Ihrem x = {guess} erreicht D(Q‖P) = {yours}, deutlich mehr als die Anpassung mit {best}: Sie legt Masse dorthin, wo P wenig hat.',
};
