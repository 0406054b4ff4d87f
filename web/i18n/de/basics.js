// Deutsche Texte der ersten Felder: Überraschung, Münze, Extreme, Zerlegung.
export default {
  // Feld: coin.
  'coin.title': 'Entropie einer unfairen Münze',
  'coin.heading': 'Entropie: die erwartete Überraschung',
  'coin.intro':
    'Mittelt man die Überraschung über alles, was geschehen kann, jedes Ergebnis gewichtet mit seiner Wahrscheinlichkeit, erhält man die **Entropie** $entropy$. Eine Münze, die mit Wahrscheinlichkeit p Kopf zeigt, hat zwei Ergebnisse. Verschieben Sie p und beobachten Sie, wo die Unsicherheit am größten ist und wo sie verschwindet.',
  'coin.curve': 'H(p) = −p log p − (1 − p) log(1 − p)',
  'coin.marker': 'Ihre Münze',
  'coin.xAxis': 'Wahrscheinlichkeit für Kopf p',
  'coin.yAxis': 'Entropie H(p) in {units}',
  'coin.canvas': 'Die binäre Entropiekurve H(p) mit Ihrer Münze darauf',
  'coin.control': 'Wahrscheinlichkeit für Kopf p',
  'coin.presets': 'Münzen:',
  'coin.preset.fair': 'Fair ({p})',
  'coin.preset.biased': 'Unfair ({p})',
  'coin.preset.heads': 'Immer Kopf ({p})',
  'coin.value': 'H({p}) = {h} = {other}',
  'coin.zero': 'Keinerlei Unsicherheit: Diese Münze fällt immer gleich, ihr Wurf verrät also nichts.',
  'coin.fair': 'Die unsicherste Münze: Ein fairer Wurf trägt die meiste Information, {ceiling} = {other}.',
  'coin.less':
    'Weniger als die {ceiling} der fairen Münze: Je schiefer die Münze, desto leichter lassen sich ihre Würfe vorhersagen.',
  'coin.describe':
    'Entropie über der Wahrscheinlichkeit für Kopf: 0 bei p = 0 und p = 1, am größten ({ceiling}) bei p = {half}. Ihre Münze, p = {p}, hat H = {h}.',
  'coin.check.question': 'Welche Münze ist am schwersten vorherzusagen, verrät also mit jedem Wurf am meisten?',
  'coin.check.biased': 'Eine Münze mit p = {p}',
  'coin.check.biasedFeedback': 'Sie zeigt meist Kopf, ihre Würfe sind leicht zu raten: H({p}) ist nur {h}.',
  'coin.check.fair': 'Die faire Münze, p = {p}',
  'coin.check.fairFeedback':
    'Beide Ergebnisse sind gleich wahrscheinlich, keine Vorhersage schlägt den Zufall: H = log 2 = {h}, das Höchste, was eine Münze haben kann.',
  'coin.check.heads': 'Eine Münze, die immer Kopf zeigt',
  'coin.check.headsFeedback': 'Sie ist völlig vorhersagbar, ein Wurf verrät also nichts: H = 0.',
  'coin.check.show': 'Die faire Münze zeigen',

  // Feld: surprise.
  'surprise.title': 'Überraschung: wie viel ein Ergebnis verrät',
  'surprise.heading': 'Überraschung: wie viel ein Ergebnis verrät',
  'surprise.intro':
    'Ein Ergebnis, mit dem Sie gerechnet haben, verrät Ihnen wenig; eines, das Sie für nahezu unmöglich hielten, verrät Ihnen viel. Die Informationstheorie misst das als **Überraschung** $surprise$ eines Ergebnisses, das die Wahrscheinlichkeit p hatte. Mit dem natürlichen Logarithmus ist die Einheit das [[nat]], mit dem Logarithmus zur Basis 2 das [[bit]], und 1 bit = ln 2 ≈ 0,693 nats.',
  'surprise.curve': 'I(p) = −log p',
  'surprise.marker': 'Ihr p',
  'surprise.offChart': 'Ihr p (I(p) oberhalb des Diagramms)',
  'surprise.xAxis': 'Wahrscheinlichkeit p des Ereignisses',
  'surprise.yAxis': 'Überraschung I(p) in {units}',
  'surprise.canvas': 'Die Überraschungskurve I(p) = −log p mit Ihrem Punkt darauf',
  'surprise.control': 'Wahrscheinlichkeit p des Ereignisses',
  'surprise.control.p1': 'p₁, erstes Ereignis',
  'surprise.control.p2': 'p₂, zweites Ereignis',
  'surprise.twoEvents': 'Zwei unabhängige Ereignisse',
  'surprise.value': 'I({p}) = {i}',
  'surprise.clip.above':
    'I({p}) = {i} liegt oberhalb des Diagramms, das bei {top} abgeschnitten ist: Für p → 0 wächst die Überraschung unbegrenzt.',
  'surprise.clip.infinite':
    'I({p}) = {i} liegt oberhalb des Diagramms, das bei {top} abgeschnitten ist: Für p → 0 wächst die Überraschung unbegrenzt, und ein unmögliches Ereignis wäre unendlich überraschend.',
  'surprise.clip.below':
    'Das Diagramm ist bei {top} abgeschnitten (p = {p}); für p → 0 steigt die Kurve darüber hinaus unbegrenzt weiter.',
  'surprise.property.positive': 'Nie negativ: I({p}) = {i} ≥ 0, denn p ≤ 1.',
  'surprise.property.certain': 'Ein sicheres Ereignis verrät nichts: I(1) = {i}.',
  'surprise.property.rare': 'Seltene Ereignisse sind sehr überraschend: I({p1}) = {i1}, I({p2}) = {i2}, I(0) = ∞.',
  'surprise.property.additive': 'Die Überraschungen unabhängiger Ereignisse addieren sich (siehe unten).',
  'surprise.joint': 'I(p₁) + I(p₂) = {i1} + {i2} = {sum}; beide zusammen: I(p₁·p₂) = I({p}) = {joint}.',
  'surprise.describe':
    'Überraschung über der Wahrscheinlichkeit: Die Kurve fällt von {top} bei p = {pTop} auf 0 bei p = 1. Ihr Punkt, p = {p}, hat I = {i}.',
  'surprise.describe.above':
    'Überraschung über der Wahrscheinlichkeit: Die Kurve fällt von {top} bei p = {pTop} auf 0 bei p = 1. Ihr Punkt, p = {p}, hat I = {i} und liegt damit oberhalb des Diagramms; er ist als Dreieck am oberen Rand gezeichnet.',
  'surprise.check.question':
    'Zwei unabhängige Ereignisse haben jeweils die Wahrscheinlichkeit p = {p}. Wie überraschend ist es, dass beide eintreten?',
  'surprise.check.same': 'So überraschend wie eines von beiden: {one}',
  'surprise.check.sameFeedback':
    'Dass beide eintreten, ist seltener als jedes für sich: Die Wahrscheinlichkeit dafür ist {p} · {p} = {both}, und I({both}) = {joint}.',
  'surprise.check.add': 'Doppelt so überraschend: {sum}',
  'surprise.check.addFeedback':
    'Bei unabhängigen Ereignissen multiplizieren sich die Wahrscheinlichkeiten, also addieren sich die Überraschungen: I({p} · {p}) = I({both}) = {joint} = {one} + {one}.',
  'surprise.check.less': 'Weniger überraschend als jedes einzelne, denn {p} · {p} = {both} ist kleiner als {p}',
  'surprise.check.lessFeedback':
    'Eine kleinere Wahrscheinlichkeit bedeutet eine größere Überraschung: I(p) = −log p wächst, wenn p fällt. Beide zusammen haben die Wahrscheinlichkeit {both}, also ist I({both}) = {joint}, mehr als die {one} jedes einzelnen.',
  'surprise.check.show': 'p₁ = p₂ = {p} in bits zeigen',

  // Feld: extremes.
  'extremes.title': 'Die Extreme der Entropie',
  'extremes.heading': 'Die Extreme der Entropie',
  'extremes.intro':
    'Bei N möglichen Ergebnissen kann die Entropie jeden Wert von 0 bis log N annehmen. Sie ist 0 für eine **Punktmasse**, bei der ein Ergebnis sicher ist, und log N für die **Gleichverteilung**, bei der alle Ergebnisse gleich wahrscheinlich sind. Formen Sie P um, indem Sie an seinen Balken ziehen, oder schärfen und glätten Sie es mit einer Temperatur: P mit 1/T zu potenzieren und neu zu normieren, führt es auf einem Pfad von der Punktmasse (T → 0) zur Gleichverteilung (T → ∞).',
  'extremes.xAxis': 'Kategorie',
  'extremes.yAxis': 'Wahrscheinlichkeit',
  'extremes.path.curve': 'H(P_T): Entropie von P bei Temperatur T',
  'extremes.path.ceiling': 'Obergrenze log {n} (Gleichverteilung)',
  'extremes.path.marker': 'Ihr P (T = 1)',
  'extremes.path.xAxis': 'Temperatur T (logarithmische Skala)',
  'extremes.path.yAxis': 'Entropie in {units}',
  'extremes.note.pointMass':
    'Eine Punktmasse: Ein Ergebnis ist sicher, eine Ziehung verrät also nichts. H = 0 ist das Minimum.',
  'extremes.note.uniform':
    'Die Gleichverteilung: Alle Ergebnisse sind gleich wahrscheinlich – die größte Unsicherheit, die {n} Kategorien zulassen.',
  'extremes.note.between':
    'Zwischen den Extremen: unter der Obergrenze log {n} = {ceiling}, weil manche Ergebnisse wahrscheinlicher sind als andere, über 0, weil mehr als eines eintreten kann.',
  'extremes.value': 'H(P) = {h}; Obergrenze log {n} = {ceiling}',
  'extremes.path.zeros':
    'P gibt {zeros} der {n} Kategorien die Wahrscheinlichkeit 0. Die Temperatur macht eine Null nie wieder positiv; mit wachsendem T nähert sich der Pfad daher log {support} = {supportCeiling}, der Gleichverteilung über die {support} verbliebenen Ergebnisse, nicht log {n}.',
  'extremes.path.pointMass':
    'P ist eine Punktmasse: Die Temperatur kann sie nicht verändern, und der Pfad bleibt für jedes T bei {limit}.',
  'extremes.path.full':
    'Für T → 0 fällt der Pfad auf {limit} (alle Masse auf der einen wahrscheinlichsten Kategorie); mit wachsendem T steigt er zur Obergrenze log {n}: Die Temperatur führt von der Punktmasse zur Gleichverteilung.',
  'extremes.path.tied':
    '{m} Kategorien teilen sich die größte Wahrscheinlichkeit, also fällt der Pfad für T → 0 auf log {m} = {limit}, nicht auf 0: Die Masse verteilt sich gleichmäßig auf die gleichauf liegenden Kategorien. Mit wachsendem T steigt er zur Obergrenze log {n}.',
  'extremes.path.uniform':
    'P ist gleichverteilt: Die Temperatur lässt P, wie es ist, und der Pfad bleibt für jedes T an der Obergrenze log {n} = {limit}.',
  'extremes.control': 'Anzahl der Kategorien N',
  'extremes.presets': 'P:',
  'extremes.preset.uniform': 'Gleichverteilung',
  'extremes.preset.pointMass': 'Punktmasse',
  'extremes.preset.pointMassTitle': 'Alle Wahrscheinlichkeit auf die derzeit größte Kategorie',
  'extremes.preset.random': 'Zufällig',
  'extremes.preset.sharpen': 'Schärfen',
  'extremes.preset.sharpenTitle':
    'Mit der Temperatur T = {T} umgewichten: Wahrscheinliche Ergebnisse gewinnen, unwahrscheinliche verlieren',
  'extremes.preset.flatten': 'Glätten',
  'extremes.preset.flattenTitle': 'Mit der Temperatur T = {T} umgewichten: Die Verteilung wird ausgeglichener',
  'extremes.barsCanvas': 'Balkendiagramm von P über die Kategorien; ziehen Sie an einem Balken, um ihn zu ändern',
  'extremes.pathCanvas': 'Entropie von P bei Temperatur T, von der Punktmasse bis zur Gleichverteilung',
  'extremes.bar': 'P von Kategorie {i}',
  'extremes.describe.bars':
    'P über {n} Kategorien: {P}. Die Entropie beträgt H(P) = {h}, höchstens möglich sind log {n} = {ceiling}.',
  'extremes.describe.barsMany':
    'P über {n} Kategorien; der größte Balken ist Kategorie {i} mit {p}, {zeros} Kategorien stehen auf 0. Die Entropie beträgt H(P) = {h}, höchstens möglich sind log {n} = {ceiling}.',
  'extremes.describe.path':
    'Entropie von P bei Temperatur T, für T von {tMin} bis {tMax} auf logarithmischer Skala: Sie steigt von {low} auf {high}, unter der Obergrenze log {n} = {ceiling}, und geht bei T = 1 durch Ihr P mit H(P) = {h}.',
  'extremes.describe.pathFlat':
    'Entropie von P bei Temperatur T, für T von {tMin} bis {tMax} auf logarithmischer Skala: konstant H(P) = {h}, denn die Temperatur lässt dieses P unverändert. Die Obergrenze ist log {n} = {ceiling}.',
  'extremes.check.question': 'Welche Verteilung über {n} Ergebnisse hat die größte Entropie?',
  'extremes.check.pointMass': 'Eine Punktmasse: alle Wahrscheinlichkeit auf einem Ergebnis',
  'extremes.check.pointMassFeedback':
    'Ein Ergebnis ist sicher, eine Ziehung verrät also nichts: H = {h}, die kleinste Entropie überhaupt.',
  'extremes.check.skewed':
    'Ein Ergebnis mit Wahrscheinlichkeit {p}, die übrigen {others} teilen sich den Rest zu gleichen Teilen',
  'extremes.check.skewedFeedback':
    'Wird ein Ergebnis bevorzugt, lassen sich Ziehungen leichter erraten: H = {h}, unter der Obergrenze log {n} = {ceiling}.',
  'extremes.check.uniform': 'Die Gleichverteilung: Jedes Ergebnis hat die Wahrscheinlichkeit 1/{n}',
  'extremes.check.uniformFeedback':
    'Sind alle Ergebnisse gleich wahrscheinlich, schlägt keine Vorhersage den Zufall: H = log {n} = {ceiling}, das Höchste, was {n} Ergebnisse zulassen.',
  'extremes.check.show': 'Die Gleichverteilung zeigen',

  // Feld: decomposition.
  'decomposition.title': 'Kreuzentropie = Entropie + KL-Divergenz',
  'decomposition.heading': 'Kreuzentropie = Entropie + KL-Divergenz',
  'decomposition.intro':
    'Angenommen, die Ergebnisse stammen in Wirklichkeit aus P, Sie sagen sie aber mit einem Modell Q vorher. Ihre mittlere Überraschung ist dann die **Kreuzentropie** $crossEntropy$. Sie zerfällt in zwei Teile: die Entropie H(P), die kein Modell unterbieten kann, und die **KL-Divergenz** $kl$, die Zusatzkosten dafür, an Q zu glauben. Ziehen Sie an den Balken von P und Q (oder tippen Sie Werte in die Tabelle) und beobachten Sie die Aufteilung.',
  'decomposition.P': 'P (was wirklich geschieht)',
  'decomposition.Q': 'Q (das Modell)',
  'decomposition.xAxis': 'Kategorie',
  'decomposition.yAxis': 'Wahrscheinlichkeit',
  'decomposition.stack.entropy': 'H(P): Entropie, die Kosten, die niemand vermeiden kann',
  'decomposition.stack.kl': 'D(P‖Q): KL-Divergenz, der Aufschlag für das falsche Modell',
  'decomposition.stack.cross': 'H(P, Q): Kreuzentropie',
  'decomposition.stack.offScale': '∞: außerhalb der Skala',
  'decomposition.stack.xAxis': 'Information in {units}',
  'decomposition.note.uncovered':
    'Q gibt Kategorie {i} die Wahrscheinlichkeit 0, P aber {p}: Das Modell hält etwas für unmöglich, das vorkommt, daher sind D(P‖Q) und H(P, Q) unendlich.',
  'decomposition.note.reverseUncovered':
    'D(Q‖P) ist unendlich: P gibt Kategorie {i} die Wahrscheinlichkeit 0, Q dagegen {q}.',
  'decomposition.note.equal': 'Q ist gleich P: kein Aufschlag, und die Kreuzentropie ist einfach die Entropie.',
  'decomposition.note.asymmetric':
    'D(P‖Q) und D(Q‖P) sind verschieden: Die KL-Divergenz hängt davon ab, welche Verteilung zuerst steht.',
  'decomposition.sum': 'H(P) + D(P‖Q) = {h} + {kl} = {cross} = H(P, Q)',
  'decomposition.sum.infinite': 'H(P) + D(P‖Q) = {h} + ∞ = ∞ = H(P, Q)',
  'decomposition.ceiling': 'Größtmögliches H(P) bei {k} Kategorien: log {k} = {ceiling}.',
  'decomposition.control': 'Anzahl der Kategorien K',
  'decomposition.presets.P': 'P:',
  'decomposition.presets.Q': 'Q:',
  'decomposition.preset.uniform': 'Gleichverteilung',
  'decomposition.preset.pointMass': 'Punktmasse',
  'decomposition.preset.pointMassTitle': 'Alle Wahrscheinlichkeit auf die derzeit größte Kategorie',
  'decomposition.preset.random': 'Zufällig',
  'decomposition.preset.copy': 'Q = P setzen',
  'decomposition.barsCanvas':
    'Balkendiagramm von P und Q über die Kategorien; ziehen Sie an einem Balken, um ihn zu ändern',
  'decomposition.stackCanvas': 'Gestapelter Balken: Entropie plus KL-Divergenz ergibt Kreuzentropie',
  'decomposition.number.entropy': 'Entropie H(P)',
  'decomposition.number.crossEntropy': 'Kreuzentropie H(P, Q)',
  'decomposition.number.kl': 'KL-Divergenz D(P‖Q)',
  'decomposition.number.reverseKl': 'Rückwärts-KL-Divergenz D(Q‖P)',
  'decomposition.entry': '{which} von Kategorie {i}',
  'decomposition.table.caption':
    'P und Q nach Kategorie (tippen Sie einen Wert ein; die übrigen werden so skaliert, dass die Summe 1 bleibt)',
  'decomposition.table.category': 'Kategorie',
  'decomposition.table.summary': 'Werte in einer Tabelle bearbeiten',
  'decomposition.table.invalid': '{entry} muss eine Wahrscheinlichkeit von 0 bis 1 sein.',
  'decomposition.describe.bars': 'P und Q über {k} Kategorien: P = {P}, Q = {Q}.',
  'decomposition.describe.kl': 'Q weicht von P um D(P‖Q) = {kl} ab.',
  'decomposition.describe.equal': 'Q ist gleich P, also ist D(P‖Q) = {kl}.',
  'decomposition.describe.uncovered':
    'Q gibt Kategorie {i} die Wahrscheinlichkeit 0, wo P {p} hat, daher ist D(P‖Q) unendlich.',
  'decomposition.describe.stack':
    'Der gestapelte Balken H(P) + D(P‖Q) = {h} + {kl} ist genau so lang wie der Balken H(P, Q) = {cross}.',
  'decomposition.describe.stackInfinite':
    'Nur die Entropie H(P) = {h} ist gezeichnet: D(P‖Q) und H(P, Q) sind unendlich, außerhalb der Skala.',
  'decomposition.check.question': 'Wie groß ist die KL-Divergenz D(P‖Q), wenn Q = P ist?',
  'decomposition.check.entropy': 'So groß wie die Entropie H(P)',
  'decomposition.check.entropyFeedback':
    'Auf H(P) schrumpft die Kreuzentropie, wenn Q = P ist (für P = {P} ist H(P, P) = H(P) = {h}). Die KL-Divergenz misst die Zusatzkosten obendrauf, und bei Q = P gibt es keine: D(P‖P) = {kl}.',
  'decomposition.check.zero': 'Genau 0',
  'decomposition.check.zeroFeedback':
    'Jeder Summand P log(P/Q) wird zu P log 1 = 0, also ist D(P‖P) = {kl}: Das richtige Modell kostet nichts extra, und die Kreuzentropie ist einfach die Entropie (für P = {P} ist H(P, P) = H(P) = {h}).',
  'decomposition.check.small': 'Ein kleiner positiver Betrag: Die KL-Divergenz ist nie genau 0',
  'decomposition.check.smallFeedback':
    'Die KL-Divergenz ist nie negativ, und bei Q = P ist sie genau 0, nicht nur beinahe: Für P = {P} ist D(P‖P) = {kl}.',
  'decomposition.check.show': 'Q = P zeigen',
};
