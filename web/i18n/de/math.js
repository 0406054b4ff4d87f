// Deutsche Texte der gesetzten Formeln und der Herleitungen Schritt für Schritt (web/derivation.js, web/derivations/).
export default {
  // Der Schrittzähler.
  'derivation.previous': 'Vorheriger Schritt',
  'derivation.next': 'Nächster Schritt',
  'derivation.formula': 'Die Formel dieses Schritts (seitlich scrollen, um sie ganz zu sehen)',
  'derivation.steps': 'Schritte',
  'derivation.stepOf': 'Schritt {i} von {n}',
  'derivation.goTo': 'Schritt {i}: {label}',
  'derivation.announce': 'Schritt {i} von {n}: {label}. {text}',
  'derivation.live': 'Die Zahlen sind die des Panels darüber: Ändern Sie es, und sie folgen.',

  // Herleitung 1: H(P, Q) = H(P) + D(P‖Q).
  'derivation.split.title': 'Schritt für Schritt: warum die Kreuzentropie in Entropie plus KL zerfällt',
  'derivation.split.1.label': 'Definition',
  'derivation.split.1':
    'Ausgangspunkt ist die Definition: Die Kreuzentropie ist Ihre mittlere Überraschung −log Q_i, wenn die Ergebnisse aus P stammen. Für Ihre P und Q beträgt sie {ce}. (Der Logarithmus ist der natürliche, weil die Seite in Nats rechnet.)',
  'derivation.split.1.bits':
    'Ausgangspunkt ist die Definition: Die Kreuzentropie ist Ihre mittlere Überraschung −log Q_i, wenn die Ergebnisse aus P stammen. Für Ihre P und Q beträgt sie {ce}. (Der Logarithmus ist der zur Basis 2, weil die Seite in Bits rechnet.)',
  'derivation.split.2.label': 'Mit 1 multiplizieren',
  'derivation.split.2':
    'Schreiben Sie Q_i als P_i mal Q_i/P_i. Das ist eine Multiplikation mit P_i/P_i = 1 und ändert nichts. (Eine Kategorie mit P_i = 0 hat in der Summe das Gewicht 0 und braucht das nie.)',
  'derivation.split.3.label': 'Logarithmus eines Produkts',
  'derivation.split.3':
    'Der Logarithmus eines Produkts ist die Summe der Logarithmen: log(P_i · Q_i/P_i) = log P_i + log(Q_i/P_i), und log(Q_i/P_i) = −log(P_i/Q_i).',
  'derivation.split.4.label': 'Die Summe aufteilen',
  'derivation.split.4':
    'Die Summe einer Differenz ist die Differenz der Summen. Der erste Teil ist die mittlere Überraschung unter P’s eigenen Wahrscheinlichkeiten; der zweite gewichtet das Log-Verhältnis log(P_i/Q_i) damit, wie oft jedes Ergebnis wirklich eintritt.',
  'derivation.split.5.label': 'Die Teile benennen',
  'derivation.split.5':
    'Der erste Teil ist die Entropie H(P), der zweite die KL-Divergenz D(P‖Q). Als Codes gelesen: Ein für Q gebauter Code braucht für Ergebnis i −log Q_i, im Mittel {ce}; der beste Code, für P selbst gebaut, braucht H(P) = {h}, und kein Code ist besser; die zusätzliche Länge, die Sie zahlen, weil Sie Q glauben, ist D(P‖Q) = {kl}.',
  'derivation.split.5.infinite':
    'Der erste Teil ist die Entropie H(P) = {h}. Aber Q gibt Kategorie {i} die Wahrscheinlichkeit 0, während P ihr {p} gibt: Ein für Q gebauter Code hat kein Codewort für ein Ergebnis, das tatsächlich vorkommt, also sind H(P, Q) und D(P‖Q) beide {ce}.',

  // Herleitung 2: D(P‖Q) ≥ 0 mit der Jensenschen Ungleichung.
  'derivation.jensen.title': 'Schritt für Schritt: warum die KL-Divergenz nie negativ ist',
  'derivation.jensen.1.label': 'Den Bruch umdrehen',
  'derivation.jensen.1':
    'Nur Kategorien mit P_i > 0 zählen (0 · log 0 = 0). Drehen Sie jeden Bruch um: log(P_i/Q_i) = −log(Q_i/P_i). Für Ihre P und Q ist D(P‖Q) = {kl}.',
  'derivation.jensen.2.label': 'Ein Mittel von Logarithmen',
  'derivation.jensen.2':
    'Setzen Sie x_i = Q_i/P_i. Die Gewichte P_i ergeben zusammen 1, also ist −D(P‖Q) ein gewichtetes Mittel der Höhen log x_i: Im Bild ist jede Kategorie ein Punkt (x_i, log x_i) auf der Logarithmuskurve, umso größer, je größer P_i. Ihre gewichtete mittlere Höhe ist {meanLog}, also −D(P‖Q) mit D(P‖Q) = {kl}.',
  'derivation.jensen.2.infinite':
    'Setzen Sie x_i = Q_i/P_i. Die Gewichte P_i ergeben zusammen 1, also ist −D(P‖Q) ein gewichtetes Mittel der Höhen log x_i. Hier ist Q_i = 0 für eine Kategorie mit P_i > 0, ihr x_i ist also 0 und ihre Höhe log 0 minus unendlich: Die mittlere Höhe ist {meanLog} und D(P‖Q) = {kl}. Das Bild lässt diesen Punkt weg.',
  'derivation.jensen.3.label': 'Jensensche Ungleichung',
  'derivation.jensen.3':
    'Die Logarithmuskurve ist konkav: Sie krümmt sich nach unten, jede Sehne zwischen zwei ihrer Punkte liegt darunter. Ein gewichtetes Mittel von Punkten auf der Kurve (die Raute) liegt deshalb unter der Kurve beim mittleren x (dem Dreieck): Das Mittel der Logarithmen ist höchstens der Logarithmus des Mittels. Hier {meanLog} ≤ {logMean}.',
  'derivation.jensen.4.label': 'Das mittlere x',
  'derivation.jensen.4':
    'Das mittlere x ist Σ P_i · Q_i/P_i: Die P_i kürzen sich, übrig bleibt die Gesamtwahrscheinlichkeit von Q auf den Kategorien mit P_i > 0, höchstens 1 (hier {meanX}). Der Logarithmus einer Zahl, die nicht größer als 1 ist, ist höchstens 0: {logMean}.',
  'derivation.jensen.5.label': 'Zusammensetzen',
  'derivation.jensen.5':
    '−D(P‖Q) ist höchstens der Logarithmus des mittleren x, und der ist höchstens 0. Also gilt D(P‖Q) ≥ 0 für alle P und Q: hier D(P‖Q) = {kl}.',
  'derivation.jensen.6.label': 'Wann ist sie 0?',
  'derivation.jensen.6':
    'Beide Ungleichungen müssen Gleichungen sein. Der Logarithmus ist streng konkav, also liegt ein Mittel seiner Punkte nur dann auf der Kurve, wenn alle Punkte beim selben x liegen: Q_i = c · P_i für jedes i. Und das mittlere x muss genau 1 sein, also c = 1: Q = P.',
  'derivation.jensen.6.equal': 'Ihr Q ist gleich P: Jeder Punkt liegt bei x = 1 auf Höhe 0, und D(P‖Q) = {kl}.',
  'derivation.jensen.6.oneX':
    'Alle Ihre Punkte liegen beim selben x = {x}, die Jensensche Ungleichung ist hier also eine Gleichung. Aber Q gibt den Kategorien mit positivem P nur {meanX} seiner Wahrscheinlichkeit, das mittlere x liegt also unter 1, sein Logarithmus ist {logMean}, und D(P‖Q) = {kl}, genau minus dieser Logarithmus.',
  'derivation.jensen.6.apart':
    'Ihre Punkte reichen von x = {low} bis x = {high}, also liegt das Mittel unter der Kurve und D(P‖Q) = {kl} > 0. Drücken Sie oben unter den Balken „Q = P setzen“, um alle auf x = 1 zu setzen.',
  'derivation.jensen.chart.canvas':
    'Die Logarithmuskurve mit einem Punkt je Kategorie, nach P bemessen, und ihrem gewichteten Mittel',
  'derivation.jensen.chart.curve': 'log x',
  'derivation.jensen.chart.points': 'Punkte (Q_i/P_i, log Q_i/P_i), Größe ∝ P_i',
  'derivation.jensen.chart.mean': 'gewichtetes Mittel der Punkte',
  'derivation.jensen.chart.logMean': 'die Kurve beim mittleren x',
  'derivation.jensen.chart.x': 'x = Q_i / P_i',
  'derivation.jensen.chart.y': 'log x in {units}',
  'derivation.jensen.chart.describe':
    'Die konkave Kurve log x mit {count} Punkten darauf, einem je Kategorie mit positivem P. Ihr mit P gewichtetes Mittel liegt bei x = {meanX} auf Höhe {meanLog}, unter der Höhe der Kurve dort, {logMean}.',
  'derivation.jensen.chart.describeInfinite':
    'Die konkave Kurve log x mit den Punkten der {count} Kategorien mit positivem P; ein Punkt, an dem Q gleich 0 ist, liegt bei minus unendlich und fehlt, also D(P‖Q) = {kl}.',

  // Herleitung 3: Kreuzentropie auf einer Stichprobe ist die negative Log-Likelihood.
  'derivation.likelihood.title': 'Schritt für Schritt: warum minimale Kreuzentropie maximale Likelihood bedeutet',
  'derivation.likelihood.1.label': 'Mittlerer Verlust',
  'derivation.likelihood.1':
    'Nehmen Sie die Stichprobe des Panels: n = {n} Labels x_1, …, x_n, gezogen aus P (Startwert {seed}). Der Verlust des Modells auf Label x_i ist −log q̂(x_i); sein Mittel über die Stichprobe, Ziehung für Ziehung berechnet, ist {average}.',
  'derivation.likelihood.2.label': 'Logarithmus des Produkts',
  'derivation.likelihood.2':
    'Eine Summe von Logarithmen ist der Logarithmus des Produkts, also ist der mittlere Verlust −1/n mal der Logarithmus der Likelihood Π q̂(x_i), der Wahrscheinlichkeit, die das Modell der ganzen Stichprobe gab. Hier ist die Log-Likelihood {logLikelihood} (natürlicher Logarithmus; die Likelihood selbst ist zu klein, um sie hinzuschreiben).',
  'derivation.likelihood.2.bits':
    'Eine Summe von Logarithmen ist der Logarithmus des Produkts, also ist der mittlere Verlust −1/n mal der Logarithmus der Likelihood Π q̂(x_i), der Wahrscheinlichkeit, die das Modell der ganzen Stichprobe gab. Hier ist die Log-Likelihood {logLikelihood} (Logarithmus zur Basis 2; die Likelihood selbst ist zu klein, um sie hinzuschreiben).',
  'derivation.likelihood.3.label': 'Gleiche Labels zusammenfassen',
  'derivation.likelihood.3':
    'Die Reihenfolge der Ziehungen spielt keine Rolle: Jedes Label k, das c_k-mal gezogen wurde, trägt den Faktor q̂_k c_k-mal zum Produkt bei. Die Anzahlen in der Stichprobe sind {counts}.',
  'derivation.likelihood.4.label': 'Häufigkeiten',
  'derivation.likelihood.4':
    'c_k/n ist, wie oft Label k in der Stichprobe vorkommt, seine Häufigkeit P̂_k: hier P̂ = {empirical}. Übrig bleibt die Kreuzentropie der Häufigkeiten der Stichprobe und des Modells, H(P̂, q̂) = {crossEntropy}, dieselbe Zahl wie der mittlere Verlust, {average}.',
  'derivation.likelihood.5.label': 'Minimum = Maximum',
  'derivation.likelihood.5':
    'Die Multiplikation mit −1/n und der Logarithmus machen aus „größer“ ein „kleiner“: Das Modell mit der kleinsten Kreuzentropie auf der Stichprobe ist das mit der größten Likelihood. Nach der Zerlegung ist H(P̂, q̂) = H(P̂) + D(P̂‖q̂): am kleinsten, H(P̂) = {best}, wenn q̂ = P̂. Dieses Modell liegt D(P̂‖q̂) = {gap} darüber: {crossEntropy}.',
};
