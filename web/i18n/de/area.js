// Deutsche Texte zu Issue 13, Teil „area“: Entropie als erwartete Überraschung,
// als Fläche gezeichnet (Münze, Extreme, Zerlegung), Ziehungen zum Zusehen,
// das Erste, was man ausprobieren sollte, und die Vorhersagefragen.
export default {
  'area.xAxis': 'Wahrscheinlichkeit (Balkenbreite = p)',
  'area.yAxis': 'Überraschung −log p in {units}',
  'area.yAxisQ': 'Überraschung in {units}',
  'area.width': 'Breite p',
  'area.heightP': 'Höhe −log p',
  'area.areaP': 'Fläche −p log p',
  'area.heightQ': 'Höhe −log q',
  'area.areaQ': 'Fläche −p log q',
  'area.zeroTerm':
    'Ein Ausgang mit Wahrscheinlichkeit 0 hat keine Breite und trägt keine Fläche bei: 0 log 0 zählt als 0.',

  'area.coin.heads': 'Kopf',
  'area.coin.tails': 'Zahl',
  'area.coin.series': '−log p jeder Seite, so breit wie p',
  'area.coin.canvas': 'Entropie als Fläche: jede Seite der Münze als Balken der Breite p und der Höhe −log p',
  'area.coin.sum': 'H = −({p0} log {p0} + {p1} log {p1}) = {terms} = {h}',
  'area.coin.sum.bits': 'H = −({p0} log₂ {p0} + {p1} log₂ {p1}) = {terms} = {h}',
  'area.coin.describe':
    'Zwei Balken nebeneinander von 0 bis 1. Kopf: Breite {p0}, Höhe {s0}, Fläche {a0}. Zahl: Breite {p1}, Höhe {s1}, Fläche {a1}. Zusammen ergeben die Flächen H = {h}.',

  'area.extremes.series': '−log p jedes Ausgangs, so breit wie p',
  'area.extremes.canvas': 'Entropie als Fläche: jeder Ausgang als Balken der Breite P(i) und der Höhe −log P(i)',
  'area.extremes.sum': 'H = −Σ p log p = {terms} = {h}',
  'area.extremes.sum.bits': 'H = −Σ p log₂ p = {terms} = {h}',
  'area.extremes.sumMany':
    'Die Flächen −p log p der {n} Balken ergeben zusammen H = {h}; die größte, {a}, gehört zu Kategorie {i} (p = {p}).',
  'area.extremes.describe':
    '{n} Balken nebeneinander von 0 bis 1, jeder so breit wie seine Wahrscheinlichkeit und so hoch wie seine Überraschung: seltene Ausgänge sind hoch und schmal, wahrscheinliche breit und niedrig. Die größte Fläche hat Kategorie {i}, {a}; alle Flächen zusammen ergeben H = {h}.',

  'area.decomposition.seriesP': '−log p (unter P)',
  'area.decomposition.seriesQ': '−log q (unter dem Modell Q)',
  'area.decomposition.band': 'dazwischen: p log(p/q)',
  'area.decomposition.canvas':
    'Kreuzentropie als Fläche: Balken der Breite p mit den Höhen −log p und −log q; das Band dazwischen ist die KL-Divergenz',
  'area.decomposition.reading':
    'Fläche unter −log p: H(P) = {h}. Fläche unter −log q auf denselben Breiten: H(P, Q) = {cross}. Die Fläche dazwischen ist D(P‖Q) = {kl}.',
  'area.decomposition.readingInfinite':
    'Q gibt Kategorie {i} die Wahrscheinlichkeit 0, P aber {p}: Ihr Balken −log q ist unendlich hoch, also sind die Fläche H(P, Q) und das Band D(P‖Q) unendlich.',
  'area.decomposition.negative':
    'Wo Q sicherer ist als P (Kategorie {i}: q = {q} > p = {p}), liegt der Balken des Modells tiefer und das Band zählt dort negativ, {term}; die Bänder darüber wiegen es immer auf, sodass die Summe D(P‖Q) = {kl} nie unter 0 liegt.',
  'area.decomposition.describe':
    'Über {k} Kategorien, jeder Balken so breit, wie P ihn gewichtet: Unter P ergeben die Flächen H(P) = {h}, unter Q H(P, Q) = {cross}; das Band dazwischen ist D(P‖Q) = {kl}.',
  'area.decomposition.describeInfinite':
    'Q gibt Kategorie {i} die Wahrscheinlichkeit 0, P aber nicht: Ihr Balken unter Q ist unendlich hoch, und H(P, Q) ist unendlich.',

  'area.draws.heading': 'Ziehungen zum Zusehen',
  'area.draws.intro':
    'Ziehen Sie Ausgänge aus P, einen nach dem anderen. Jede Ziehung hat eine Überraschung unter P und eine unter dem Modell Q; ihre laufenden Mittelwerte pendeln sich bei H(P) und H(P, Q) ein.',
  'area.draws.buttons': 'Ziehungen:',
  'area.draws.one': 'Einmal ziehen',
  'area.draws.ten': '10 ziehen',
  'area.draws.play': 'Abspielen',
  'area.draws.pause': 'Anhalten',
  'area.draws.batch': '{n} auf einmal ziehen',
  'area.draws.batchTitle':
    'Ihr System wünscht reduzierte Bewegung, daher zieht dies einen Stapel auf einmal, statt zu animieren.',
  'area.draws.reset': 'Von vorn',
  'area.draws.canvas':
    'Laufende Mittelwerte der Überraschung der Ziehungen, unter P und unter Q, verglichen mit H(P) und H(P, Q)',
  'area.draws.xAxis': 'Anzahl der Ziehungen',
  'area.draws.yAxis': 'Mittel in {units}',
  'area.draws.averageP': 'Mittel von −log P(x) bisher',
  'area.draws.averageQ': 'Mittel von −log Q(x) bisher',
  'area.draws.entropy': 'Linie der Entropie H(P)',
  'area.draws.cross': 'Linie der Kreuzentropie H(P, Q)',
  'area.draws.none': 'Noch keine Ziehung: Drücken Sie „Einmal ziehen“.',
  'area.draws.last':
    'Ziehung {t}: Kategorie {x}. Ihre Überraschung ist {sp} unter P (−log P({x})) und {sq} unter dem Modell Q (−log Q({x})).',
  'area.draws.noAverage': 'Die laufenden Mittelwerte beginnen mit der ersten Ziehung.',
  'area.draws.average':
    'Nach {n} Ziehungen ist die mittlere Überraschung unter P {avgP}, eine Schätzung von H(P) = {h}; unter Q ist sie {avgQ}, eine Schätzung von H(P, Q) = {cross}. Ihr Abstand, {gap}, schätzt D(P‖Q) = {kl}.',
  'area.draws.averageInfinite':
    'Nach {n} Ziehungen ist die mittlere Überraschung unter P {avgP}, eine Schätzung von H(P) = {h}. Eine Ziehung fiel auf eine Kategorie, in der Q null ist, daher ist das Mittel unter Q von da an unendlich, wie H(P, Q).',
  'area.draws.negativeGap':
    'Bei so wenigen Ziehungen kann der Abstand sogar unter 0 liegen; D(P‖Q) selbst tut das nie, und mehr Ziehungen bringen die Schätzung näher heran.',
  'area.draws.describe':
    'Laufende Mittelwerte über {n} Ziehungen: unter P jetzt {avgP} (Linie bei H(P) = {h}), unter Q jetzt {avgQ} (Linie bei H(P, Q) = {cross}).',
  'area.draws.describeEmpty': 'Noch keine Ziehung; die Linien markieren H(P) = {h} und H(P, Q) = {cross}.',
  'area.draws.describeInfinite':
    'Laufendes Mittel unter P über {n} Ziehungen: {avgP} (H(P) = {h}); unter Q wurde es unendlich, als eine Ziehung eine Kategorie traf, in der Q null ist.',
  'area.draws.summary': 'Nach {n} Ziehungen: Mittel unter P {avgP}, unter Q {avgQ}.',
  'area.more': 'Weitere Einstellungen',
  'area.draws.seed': 'Startwert der Ziehungen',
  'area.draws.count': 'Anzahl der Ziehungen',

  'area.predict.coin.question': 'Bevor Sie nachsehen: Wie viel Entropie hat diese Münze (p = {p}), in {units}?',
  'area.predict.coin.label': 'Ihre Schätzung für H({p}) in {units}',
  'area.predict.close': 'Richtig: Ihre {guess} liegen höchstens {tol} neben H = {h}.',
  'area.predict.high': 'Ihre {guess} liegen über H = {h}.',
  'area.predict.low': 'Ihre {guess} liegen unter H = {h}.',
  'area.predict.coin.why':
    'Jede Seite trägt ihre Fläche −p log p bei: hier {a0} für Kopf und {a1} für Zahl. Eine faire Münze hat am meisten, {fair}.',
  'area.predict.extremes.question':
    'Bevor Sie nachsehen: Wie groß ist die Entropie der Gleichverteilung über {n} Ausgänge, in {units}?',
  'area.predict.extremes.label': 'Ihre Schätzung für H der Gleichverteilung über {n}, in {units}',
  'area.predict.extremes.why':
    'Jeder der {n} Ausgänge hat die Überraschung log {n} = {s}, also ist auch die mittlere Überraschung log {n} = {ceiling}: Keine Verteilung über {n} Ausgänge hat mehr.',
  'area.predict.draws.question':
    'Ziehen Sie immer wieder aus P und mitteln Sie die Überraschung jeder Ziehung unter dem Modell Q. Wo pendelt sich dieses Mittel ein?',
  'area.predict.draws.entropy': 'Bei H(P), der Entropie',
  'area.predict.draws.cross': 'Bei H(P, Q), der Kreuzentropie',
  'area.predict.draws.kl': 'Bei D(P‖Q), der KL-Divergenz',
  'area.predict.draws.zero': 'Nirgends: Jede Ziehung ist zufällig',
  'area.predict.draws.right':
    'Richtig: Das Mittel von −log Q(x) über Ziehungen aus P ist eine Schätzung von H(P, Q) = {cross}, und sie wird genauer, je mehr Sie ziehen.',
  'area.predict.draws.wrong':
    'Nicht ganz: Das Mittel von −log Q(x) über Ziehungen aus P schätzt die Kreuzentropie H(P, Q) = {cross}. Bei H(P) = {h} pendelt sich das Mittel von −log P(x) ein, und der Abstand der beiden Mittel schätzt D(P‖Q) = {kl}.',
  'area.predict.draws.random':
    'Jede Ziehung ist zufällig, ihr Mittel aber nicht: Nach dem Gesetz der großen Zahlen pendelt es sich bei H(P, Q) = {cross} ein.',
};
