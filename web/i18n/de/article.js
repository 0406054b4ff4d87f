// Deutsche Texte des Artikels um die Felder: Lernziele, Inhaltsverzeichnis,
// Überleitungen und „Probieren Sie“-Zeilen, Glossar und die Notiz, wie die
// Zahlen berechnet werden.
export default {
  // Wohin es geht.
  'page.objectives.heading': 'Wohin es geht',
  'page.objectives.intro': 'Wenn Sie diese Seite durchgearbeitet haben, können Sie:',
  'page.objectives.1':
    'Entropie als die erwartete Überraschung erklären, und warum sie für die Gleichverteilung am größten und für ein [[point-mass|Punktmasse]] 0 ist ([Überraschung](#surprise), [Entropie](#coin), [ihre Extreme](#extremes));',
  'page.objectives.2':
    'H(P, Q) = H(P) + D(P‖Q) herleiten und sagen, was jeder Term als Länge eines Codes bedeutet ([die Zerlegung](#decomposition), [Codes](#coding));',
  'page.objectives.3':
    'sagen, warum die KL-Divergenz nicht symmetrisch ist und warum eine Anpassung mit der Vorwärts-KL jeden [[mode|Modus]] abdeckt (mittelwertsuchend), während die Rückwärts-KL einen auswählt (modussuchend) ([vorwärts oder rückwärts](#fits));',
  'page.objectives.4':
    'zeigen, dass der Kreuzentropie-Verlust −log q̂ Maximum-Likelihood auf den Daten ist, und die KL in der [[elbo|ELBO]] eines VAE und in den Trust-Regionen von TRPO und PPO wiederfinden ([Verlust](#loss), [VAE](#vae), [Trust-Regionen](#trust)).',

  // Inhaltsverzeichnis.
  'page.toc.label': 'Inhalt',
  'page.toc.toggle': 'Inhalt',
  'page.toc.top': 'Ziele und Einstellungen',
  'page.toc.glossary': 'Glossar',
  'page.toc.computed': 'Wie gerechnet wird',
  'page.units.nats': 'nats',
  'page.units.bits': 'bits',

  // Glossar und die Notiz zur Berechnung.
  'page.glossary.heading': 'Glossar',
  'page.glossary.intro':
    'Die Wörter, die die Seite benutzt, bevor sie sie erklärt. Im Text ist jedes bei seinem ersten Auftreten eine Schaltfläche: Drücken Sie sie, um die Definition auch dort zu lesen.',
  'page.computed.summary': 'Wie gerechnet wird',
  'page.computed.body':
    'Jede Zahl auf dieser Seite berechnen kleine C++-Funktionen (die Kernels) live; sie sind nach WebAssembly übersetzt und laufen in Ihrem Browser, das JavaScript zeichnet und formatiert nur. Formeln in geschlossener Form (Entropie, Kreuzentropie, KL zwischen diskreten Verteilungen, die Formeln für Normalverteilungen) sind auf die gezeigten Stellen exakt. Der Rest sind Näherungen und als solche gekennzeichnet, mit ihrem Fehler, wo sie einen haben: Monte-Carlo-Schätzungen (Mittelwerte über Zufallsziehungen), numerische Integrale (die KL zwischen einem P mit zwei Buckeln und einer Normalverteilung Q, per Quadratur ausgewertet), Liniensuchen (der größte Schritt, den ein KL-Budget erlaubt) und angepasste Kurven (die Anpassung mit der Rückwärts-KL, von mehreren Startpunkten aus gesucht).',

  // Überleitungen: warum jeder Abschnitt aus dem vorigen folgt.
  'surprise.bridge': 'Alles auf dieser Seite baut auf einer Zahl auf: wie überrascht Sie ein einzelnes Ergebnis.',
  'coin.bridge':
    'Ein Ergebnis hat eine Überraschung; eine Verteilung hat viele Ergebnisse. Mittelt man ihre Überraschungen, erhält man eine Zahl für die ganze Verteilung.',
  'extremes.bridge':
    'Eine Münze hat zwei Ergebnisse. Mit mehr Ergebnissen lautet die Frage: Welche Formen von P machen die mittlere Überraschung so klein oder so groß wie möglich?',
  'decomposition.bridge':
    'Bisher kannten wir das wahre P. In der Praxis sagen wir mit einem Modell Q vorher und zahlen für jede Stelle, an der Q falsch liegt.',
  'coding.bridge':
    'Die Zerlegung nannte D(P‖Q) die Zusatzkosten dafür, an Q zu glauben. In Binärziffern gezählt, werden diese Kosten greifbar: Mit idealen Codelängen kostet jedes Symbol, das mit einem für Q gebauten Code gesendet wird, im Mittel D(P‖Q) Bit mehr als mit einem für P gebauten Code.',
  'fits.bridge':
    'D(P‖Q) misst, was es kostet, Q zu benutzen, wenn P wahr ist. Vertauscht man beide, ändert sich die Zahl, und das zählt, sobald Q durch Minimieren einer KL gewählt wird.',
  'loss.bridge':
    'Maschinelles Lernen minimiert diese Größen täglich. Der häufigste Fall: ein Klassifikator, trainiert mit dem Kreuzentropie-Verlust.',
  'vae.bridge':
    'Ein Klassifikator vergleicht Verteilungen über Labels. Ein VAE vergleicht Verteilungen über verborgene Codes, und die Rückwärts-KL aus dem Abschnitt über die Anpassungen kehrt als Strafterm zurück.',
  'trust.bridge':
    'Die KL taugt auch als Maßstab dafür, wie weit sich ein Modell bewegt hat. Reinforcement Learning hält damit jeden Schritt klein.',
  'summary.bridge':
    'Jeder Abschnitt hat eine Seite desselben Dreiecks vermessen. Hier stehen seine drei Größen beisammen.',

  // Das eine, was man zuerst probieren sollte.
  'surprise.try':
    '**Probieren Sie:** Ziehen Sie den Punkt Richtung p = 0 und sehen Sie, wie die Überraschung ohne Grenze wächst.',
  'coin.try': '**Probieren Sie:** Finden Sie das p mit der größten Entropie, dann schieben Sie p auf 0 oder 1.',
  'extremes.try':
    '**Probieren Sie:** Ziehen Sie die Temperatur vom kleinsten zum größten Wert und sehen Sie H(P) von 0 auf log N steigen.',
  'decomposition.try':
    '**Probieren Sie:** Machen Sie Q gleich P und sehen Sie den KL-Teil des Balkens auf 0 schrumpfen.',
  'summary.try': '**Probieren Sie:** Ändern Sie P oder Q im Abschnitt über die Zerlegung; diese Tabelle folgt.',

  // Prosa des Abschnitts 9.
  'summary.intro':
    'Drei Größen bilden ein Dreieck. Die **Entropie** H(P) ist die Überraschung, die sich nicht vermeiden lässt, wenn die Ergebnisse aus P stammen: die Länge des besten Codes für P. Die **Kreuzentropie** H(P, Q) ist die Überraschung, die man tatsächlich zahlt, wenn man mit Q vorhersagt: die Länge eines für Q gebauten Codes. Die **KL-Divergenz** D(P‖Q) ist die Differenz, der Preis dafür, an Q zu glauben. Sie ist nie negativ und nur für Q = P gleich 0, also gilt H(P, Q) ≥ H(P).',
  'summary.connect':
    'Die Abschnitte gehen um das Dreieck herum. Überraschung und Entropie liefern die erste Ecke; die Zerlegung nimmt Q hinzu und teilt die Kreuzentropie in die beiden anderen, und der Abschnitt über Codes liest alle drei als Codelängen: die Bits des eigenen Codes von P, die des Codes von Q und die dazwischen verschwendeten Bits. Die Anpassungen zeigen, dass D(P‖Q) und D(Q‖P) verschiedene Fragen sind. Der Abschnitt über den Verlust minimiert H(P, Q) über ein Modell, was bei durch die Daten festem H(P) dasselbe ist wie die KL zu minimieren; die Abschnitte über den VAE und die Trust-Region benutzen die KL selbst, als Strafterm und als Tempolimit.',

  // Das Glossar: Namen und kurze Definitionen.
  'glossary.nat.name': 'nat',
  'glossary.nat': 'Die Einheit der Information mit dem natürlichen Logarithmus; 1 nat ≈ 1,443 bits.',
  'glossary.bit.name': 'bit',
  'glossary.bit':
    'Die Einheit der Information mit dem Logarithmus zur Basis 2; die Überraschung eines fairen Münzwurfs, 1 bit = ln 2 ≈ 0,693 nats.',
  'glossary.point-mass.name': 'Punktmasse',
  'glossary.point-mass':
    'Eine Verteilung, die ihre ganze Wahrscheinlichkeit auf ein Ergebnis legt, sodass nichts ungewiss ist.',
  'glossary.mode.name': 'Modus (Mehrzahl Modi)',
  'glossary.mode': 'Ein Gipfel einer Verteilung, eine Stelle, an der ihre Dichte lokal am höchsten ist.',
  'glossary.one-hot.name': 'One-hot',
  'glossary.one-hot':
    'Eine Verteilung (oder ein Vektor) mit Wahrscheinlichkeit 1 auf einer Klasse und 0 auf allen anderen, wie ein bekanntes Label.',
  'glossary.policy.name': 'Policy',
  'glossary.policy':
    'Im Reinforcement Learning die Wahrscheinlichkeiten, mit denen ein Agent in einem Zustand jede Aktion wählt.',
  'glossary.advantage.name': 'Advantage (Vorteilsfunktion)',
  'glossary.advantage':
    'Wie viel besser eine Aktion abschnitt, als die Policy in diesem Zustand im Mittel abschneidet; positiv heißt besser als üblich.',
  'glossary.surrogate.name': 'Surrogat(-Ziel)',
  'glossary.surrogate':
    'Ein Ersatz für das wahre Ziel, der sich aus alter Erfahrung berechnen lässt; verlässlich ist er nur nahe der alten Policy.',
  'glossary.unbiased.name': 'erwartungstreu',
  'glossary.unbiased':
    'Eine Schätzung ist erwartungstreu, wenn ihr Mittel über viele Wiederholungen gleich dem wahren Wert ist.',
  'glossary.line-search.name': 'Liniensuche',
  'glossary.line-search':
    'Bestimmen, wie weit man entlang einer festen Richtung geht, hier der größte Schritt, dessen KL im Budget bleibt.',
  'glossary.encoder.name': 'Encoder',
  'glossary.encoder': 'Das Netz eines VAE, das eine Eingabe x auf eine Verteilung q(z|x) über latente Codes abbildet.',
  'glossary.latent.name': 'latent (latenter Code)',
  'glossary.latent': 'Eine verborgene Variable z, nicht in den Daten beobachtet, mit der ein Modell sie beschreibt.',
  'glossary.prior.name': 'Prior',
  'glossary.prior': 'Die Verteilung, die ein Modell annimmt, bevor es Daten sieht; in einem VAE N(0, 1) für die Codes.',
  'glossary.posterior.name': 'Posterior',
  'glossary.posterior':
    'Die Verteilung nach dem Sehen der Daten, hier über den Code z bei gegebener Eingabe x; der Encoder eines VAE nähert sie an.',
  'glossary.elbo.name': 'ELBO (Evidence Lower Bound, untere Schranke der Evidenz)',
  'glossary.elbo':
    'Das Ziel eines VAE, die erwartete Log-Likelihood der Eingabe minus die KL des Encoders vom Prior; eine untere Schranke für log p(x).',
};
