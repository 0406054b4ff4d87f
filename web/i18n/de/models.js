// Deutsche Texte der Modellfelder: Anpassungen, Verlust, VAE, Trust-Regionen, Übersicht.
export default {
  // Feld: fits.
  'fits.title': 'Vorwärts- oder Rückwärts-KL: beide Modi abdecken oder einen auswählen',
  'fits.heading': 'Vorwärts- oder Rückwärts-KL: beide Modi abdecken oder einen auswählen',
  'fits.intro':
    'Die KL-Divergenz ist nicht symmetrisch, und ihre Richtung zählt, wenn ein einfaches Modell Q ein kompliziertes P vertreten muss. Hier hat P zwei Buckel, und Q ist eine einzelne Gauß-Verteilung. Minimiert man die **Vorwärts**-KL D(P‖Q), wird Q für jede Stelle bestraft, an der P Masse hat, Q aber keine; also dehnt sich Q über beide Buckel (massenabdeckend, mittelwertsuchend). Minimiert man die **Rückwärts**-KL D(Q‖P), wird Q dafür bestraft, Masse dorthin zu legen, wo P wenig hat; also setzt sich Q auf einen Buckel, einen [[mode|Modus]] von P (modussuchend) – das Verhalten der Variationsinferenz, die die Rückwärts-KL minimiert.',

  // Diagramme.
  'fits.mixture': 'P: Mischung zweier Gauß-Verteilungen',
  'fits.forwardCurve': 'Vorwärts-Anpassung: argmin D(P‖Q)',
  'fits.reverseCurve': 'Rückwärts-Anpassung: argmin D(Q‖P)',
  'fits.handles': 'ziehen, um einen Modus zu verschieben',
  'fits.xAxis': 'x',
  'fits.yAxis': 'Dichte',
  'fits.point.forward': 'Vorwärts-Anpassung',
  'fits.point.reverse': 'Rückwärts-Anpassung',
  'fits.point.other': 'Rückwärts-Anpassung, anderer Modus',
  'fits.muAxis': 'Mittelwert μ von Q',
  'fits.sigmaAxis': 'Breite σ von Q (logarithmische Skala)',
  'fits.densityCanvas':
    'Die Mischung P und ihre Vorwärts- und Rückwärts-Anpassung durch eine Gauß-Verteilung; ziehen Sie eine Raute, um einen Modus zu verschieben',
  'fits.landscapeCanvas': 'Heatmap der KL-Divergenz über Mittelwert und Breite von Q, mit beiden Anpassungen markiert',
  'fits.handle': 'Mittelwert von Modus {i}',

  // Bedienelemente.
  'fits.meanControl': 'Mittelwert von Modus {i}',
  'fits.sigmaControl': 'Breite σ von Modus {i}',
  'fits.weightControl': 'Gewicht von Modus 1',
  'fits.landscapeControl': 'Landschaft',
  'fits.landscape.reverse': 'Rückwärts-KL D(Q‖P)',
  'fits.landscape.forward': 'Vorwärts-KL D(P‖Q)',
  'fits.landscape.off': 'aus',
  'fits.presets': 'P:',
  'fits.preset.apart': 'Modi weit auseinander',
  'fits.preset.close': 'Modi nah beieinander',
  'fits.preset.unequal': 'Ungleiche Modi',

  // Anzeigen.
  'fits.forward': 'Vorwärts-Anpassung Q = N({mu}, {sigma}²): D(P‖Q) = {kl}, D(Q‖P) = {other}',
  'fits.reverse': 'Rückwärts-Anpassung Q = N({mu}, {sigma}²): D(Q‖P) = {kl}, D(P‖Q) = {other}',
  'fits.modeSeeking':
    'Modussuchend: Die Rückwärts-Anpassung sitzt auf einem Modus (μ = {mu}, nahe {mode}) und übergeht den anderen, während sich die Vorwärts-Anpassung über beide erstreckt (μ = {forwardMu}, der Mittelwert von P, σ = {forwardSigma}).',
  'fits.overlap':
    'Die Modi überlappen so stark, dass eine einzige Gauß-Verteilung beide abdecken kann: Die beiden Anpassungen liegen nah beieinander. Ziehen Sie die Modi auseinander, dann wählt die Rückwärts-Anpassung einen davon aus.',
  'fits.differ':
    'Die beiden Anpassungen unterscheiden sich, aber keine sitzt auf einem einzelnen Modus: Die Vorwärts-Anpassung N({fmu}, {fsigma}²) erstreckt sich über die ganze Masse von P, die Rückwärts-Anpassung N({rmu}, {rsigma}²) bleibt, wo P dicht ist.',
  'fits.tie':
    'Beide Modi passen gleich gut: D(Q‖P) hat zwei Minima, bei μ = {mu} und bei μ = {other} (beide in der Landschaft eingezeichnet). Ein Optimierer endet in dem Tal, in dem er startet.',
  'fits.shading.reverse':
    'Schattierung: D(Q‖P) in {units} für jedes Q = N(μ, σ²), dunkel = klein. Bei getrennten Modi hat sie an jedem Modus ein Tal.',
  'fits.shading.forward':
    'Schattierung: D(P‖Q) in {units} für jedes Q = N(μ, σ²), dunkel = klein. Sie hat nur ein Tal, bei Mittelwert und Streuung von P.',

  // Diagrammbeschreibungen und Ansagen.
  'fits.describe.seeking':
    'P hat Modi bei {m1} und {m2}; die Vorwärts-Anpassung N({fmu}, {fsigma}²) erstreckt sich über beide, die Rückwärts-Anpassung N({rmu}, {rsigma}²) sitzt auf dem Modus bei {mode}.',
  'fits.describe.covering':
    'P hat Modi bei {m1} und {m2}, nah genug, um zu überlappen; die Vorwärts-Anpassung N({fmu}, {fsigma}²) und die Rückwärts-Anpassung N({rmu}, {rsigma}²) decken sie beide ab.',
  'fits.describe.differ':
    'P hat Modi bei {m1} und {m2}; die Vorwärts-Anpassung N({fmu}, {fsigma}²) erstreckt sich über die ganze Masse von P, die Rückwärts-Anpassung N({rmu}, {rsigma}²) bleibt, wo P dicht ist, ohne auf einem Modus zu sitzen.',
  'fits.describe.landscape.reverse':
    'Heatmap von D(Q‖P) über Mittelwert μ und Breite σ von Q, dunkel, wo sie klein ist: Am tiefsten ist sie bei der Rückwärts-Anpassung, μ = {rmu}, σ = {rsigma} (D(Q‖P) = {kl}). Die Vorwärts-Anpassung ist bei μ = {fmu}, σ = {fsigma} markiert.',
  'fits.describe.landscape.reverseTie':
    'Heatmap von D(Q‖P) über Mittelwert μ und Breite σ von Q, dunkel, wo sie klein ist: zwei gleich tiefe Minima, bei μ = {rmu}, σ = {rsigma} und bei μ = {otherMu}, σ = {otherSigma} (D(Q‖P) = {kl}). Die Vorwärts-Anpassung ist bei μ = {fmu}, σ = {fsigma} markiert.',
  'fits.describe.landscape.forward':
    'Heatmap von D(P‖Q) über Mittelwert μ und Breite σ von Q, dunkel, wo sie klein ist: ein einziges Tal, am tiefsten bei der Vorwärts-Anpassung, μ = {fmu}, σ = {fsigma} (D(P‖Q) = {kl}). Die Rückwärts-Anpassung ist bei μ = {rmu}, σ = {rsigma} markiert.',
  'fits.describe.landscape.off':
    'Die Heatmap ist ausgeschaltet; markiert sind die Vorwärts-Anpassung bei μ = {fmu}, σ = {fsigma} und die Rückwärts-Anpassung bei μ = {rmu}, σ = {rsigma}.',
  'fits.announce.seeking':
    'Modussuchend: Die Rückwärts-Anpassung N({rmu}, {rsigma}²) sitzt auf dem Modus bei {mode}; die Vorwärts-Anpassung N({fmu}, {fsigma}²) erstreckt sich über beide.',
  'fits.announce.covering':
    'Eine Gauß-Verteilung deckt beide Modi ab: Vorwärts-Anpassung N({fmu}, {fsigma}²), Rückwärts-Anpassung N({rmu}, {rsigma}²).',
  'fits.announce.differ':
    'Die Anpassungen unterscheiden sich: Vorwärts-Anpassung N({fmu}, {fsigma}²), Rückwärts-Anpassung N({rmu}, {rsigma}²).',

  // Selbsttest.
  'fits.check.question':
    'P hat zwei weit auseinanderliegende Modi. Deckt die Gauß-Verteilung Q, die die Rückwärts-KL D(Q‖P) minimiert, beide ab?',
  'fits.check.cover': 'Ja: Sie erstreckt sich über beide Modi',
  'fits.check.coverFeedback':
    'Das ist die Vorwärts-Anpassung, die überall dort Masse hinlegen muss, wo P welche hat. Bei Modi bei {m1} und {m2}, jeweils mit Breite {width}, ist die Vorwärts-Anpassung N({fmu}, {fsigma}²), die Rückwärts-Anpassung aber nur N({rmu}, {rsigma}²).',
  'fits.check.pick': 'Nein: Sie setzt sich auf einen Modus und übergeht den anderen',
  'fits.check.pickFeedback':
    'D(Q‖P) gewichtet log(Q/P) mit Q, also zahlt Q teuer für jede Masse in der Lücke, in der P fast 0 ist. Die Rückwärts-Anpassung N({rmu}, {rsigma}²) sitzt auf einem Modus, mit D(Q‖P) = {kl}; die abdeckende Gauß-Verteilung N({fmu}, {fsigma}²) käme auf D(Q‖P) = {coverKl}.',
  'fits.check.middle': 'Sie sitzt zwischen den Modi, beim Mittelwert von P',
  'fits.check.middleFeedback':
    'Zwischen den Modi hat P fast keine Masse, und genau dort bestraft D(Q‖P) das Modell Q am stärksten. Die Rückwärts-Anpassung sitzt stattdessen auf einem Modus, bei μ = {rmu}; nur die Vorwärts-Anpassung ist um den Mittelwert von P zentriert, μ = {fmu}.',
  'fits.check.show': 'Zwei weit getrennte Modi zeigen',

  // Feld: loss.
  'loss.title': 'Kreuzentropie-Verlust ist Maximum-Likelihood',
  'loss.heading': 'Kreuzentropie-Verlust ist Maximum-Likelihood',
  'loss.intro':
    'Ein Klassifikator macht aus seinen Scores (Logits) mit der Softmax-Funktion Wahrscheinlichkeiten q̂. Ist das wahre Label die Klasse k, dann ist das Ziel P ein [[one-hot|One-hot]]-Vektor (alle Wahrscheinlichkeit auf Klasse k), und die Kreuzentropie H(P, q̂) schrumpft auf einen einzigen Term, den Verlust $lossTerm$. Über einen Datensatz summiert sind die Verluste die negative Log-Likelihood der Labels; den Verlust zu senken heißt also, die Likelihood zu maximieren.',

  // Diagramme.
  'loss.class': 'Klasse {i}',
  'loss.logitsLabel': 'Logits z (ziehbar)',
  'loss.logitAxis': 'Logit',
  'loss.predictionLabel': 'q̂ = softmax(z)',
  'loss.predictionAxis': 'vorhergesagte Wahrscheinlichkeit',
  'loss.trueLabel': 'P (wahre Häufigkeiten der Labels)',
  'loss.sampleLabel': 'P̂ (Häufigkeiten in {n} Ziehungen)',
  'loss.modelLabel': 'q̂ (das Modell)',
  'loss.probabilityAxis': 'Wahrscheinlichkeit',
  'loss.running': 'mittlerer Verlust über die ersten n Ziehungen',
  'loss.limit': 'H(P, q̂): sein Grenzwert',
  'loss.bestLine': 'H(P̂): das Beste, was ein Modell auf dieser Stichprobe erreichen kann',
  'loss.drawsAxis': 'Anzahl der Ziehungen n (logarithmische Skala)',
  'loss.lossAxis': 'mittlerer Verlust in {units}',
  'loss.logitsCanvas': 'Logits jeder Klasse; ziehen Sie einen Balken, um ihn zu ändern',
  'loss.predictionCanvas': 'Vorhergesagte Wahrscheinlichkeiten q̂ = Softmax der Logits',
  'loss.mleCanvas': 'Wahre Häufigkeiten der Labels P (ziehbar), Häufigkeiten in der Stichprobe P̂ und das Modell q̂',
  'loss.convergenceCanvas': 'Mittlerer Verlust über die ersten n Ziehungen, der gegen die Kreuzentropie H(P, q̂) strebt',
  'loss.logitBar': 'Logit von Klasse {i}',
  'loss.pBar': 'P von Klasse {i}',

  // Bedienelemente.
  'loss.kControl': 'Anzahl der Klassen K',
  'loss.classControl': 'Wahre Klasse k',
  'loss.nControl': 'Anzahl der Ziehungen n',
  'loss.seedControl': 'Startwert (Seed)',
  'loss.actions': 'Stichprobe:',
  'loss.newSample': 'Neue Stichprobe',
  'loss.fit': 'q̂ an die Stichprobe anpassen',
  'loss.fitTitle': 'Setzt die Logits so, dass q̂ = P̂: das Maximum-Likelihood-Modell für diese Stichprobe',
  'loss.manyHeading': 'Viele Beispiele: der mittlere Verlust und Maximum-Likelihood',
  'loss.manyIntro':
    'Ab hier ist q̂ eine feste Vorhersage für jedes Beispiel, wie bei einem Modell, das seine Eingabe nicht beachtet. Nur dann ist der mittlere Verlust über eine Stichprobe die Kreuzentropie H(P̂, q̂) zwischen den Häufigkeiten P̂ der Labels und q̂; bei einem echten Klassifikator ändert sich q̂ von Eingabe zu Eingabe, und sein mittlerer Verlust ist der Mittelwert dieser Kreuzentropien je Beispiel.',

  // Anzeigen.
  'loss.prediction': 'q̂ = softmax(z) = {q}',
  'loss.loss': 'Wahre Klasse {k}: Verlust −log q̂_{k} = −log {qk} = {loss}',
  'loss.gradient':
    'Gradient des Verlusts in nats: ∂Verlust/∂z = q̂ − onehot({k}) = {gradient} {units} je Einheit des Logits. Die Pfeile zeigen, wohin ein Gradientenschritt jeden Logit verschiebt: die wahre Klasse nach oben, jede andere Klasse nach unten.',
  'loss.gradient.bits':
    'Gradient des Verlusts in bits: ∂Verlust/∂z = (q̂ − onehot({k}))/ln 2 = {gradient} {units} je Einheit des Logits. Die Pfeile zeigen, wohin ein Gradientenschritt jeden Logit verschiebt: die wahre Klasse nach oben, jede andere Klasse nach unten.',
  'loss.sample': 'n = {n} Ziehungen aus P (Seed {seed}): P̂ = {empirical}',
  'loss.average':
    'Mittlerer Verlust von q̂ auf der Stichprobe: H(P̂, q̂) = {sample}; mit wachsendem n strebt er gegen H(P, q̂) = {limit}.',
  'loss.best':
    'Auf dieser Stichprobe kommt kein Modell unter H(P̂) = {best}, und erreicht wird dieser Wert nur von q̂ = P̂: Das Modell, das den mittleren Kreuzentropie-Verlust minimiert, ist das Maximum-Likelihood-Modell. Dieses q̂ liegt {gap} {units} darüber: D(P̂‖q̂).',
  'loss.neverDrawn':
    'Eine Klasse wurde nie gezogen, P̂ gibt ihr also 0; die Softmax-Funktion liefert aber nie genau 0, daher können endliche Logits diesem Minimum nur nahekommen.',

  // Diagrammbeschreibungen und Ansage.
  'loss.describe.logits':
    'Logits der {count} Klassen: {logits}. Die wahre Klasse {k} ist hervorgehoben; Pfeile zeigen einen Gradientenschritt, nach oben für die wahre Klasse, nach unten für die anderen.',
  'loss.describe.prediction': 'Vorhergesagte Wahrscheinlichkeiten q̂ = {q}; die wahre Klasse {k} erhält {qk}.',
  'loss.describe.mle':
    'Balken je Klasse: die wahren Häufigkeiten P = {P}, die Häufigkeiten in {n} Ziehungen P̂ = {empirical} und das Modell q̂ = {q}.',
  'loss.describe.convergence':
    'Der mittlere Verlust über die ersten n Ziehungen endet bei n = {n} bei H(P̂, q̂) = {sample}; sein Grenzwert H(P, q̂) = {limit} und das Beste, was ein Modell auf dieser Stichprobe erreichen kann, H(P̂) = {best}, sind als Linien eingezeichnet.',
  'loss.announce':
    'Wahre Klasse {k}: Verlust {loss}. Mittlerer Verlust auf der Stichprobe {sample}; bestenfalls möglich sind {best}.',

  // Selbsttest.
  'loss.check.question':
    'Sie ziehen eine Stichprobe von Labels. Welches Modell q̂ hat auf dieser Stichprobe den kleinsten mittleren Verlust −log q̂?',
  'loss.check.true': 'Die Verteilung P, aus der die Labels gezogen wurden',
  'loss.check.trueFeedback':
    'P gewinnt im Mittel über viele Stichproben, aber nicht auf dieser: Bei n = {n} Ziehungen kommt es auf H(P̂, P) = {trueLoss}, also H(P̂) = {best} plus D(P̂‖P) = {gap}. Jede Abweichung der Häufigkeiten in der Stichprobe von P kostet extra.',
  'loss.check.trueFeedbackEqual':
    'Auf dieser Stichprobe schon: Bei n = {n} Ziehungen sind die Häufigkeiten P̂ genau gleich P, also ist P die eigene Häufigkeitsverteilung der Stichprobe und erreicht H(P̂, P) = {trueLoss} = H(P̂) = {best}, das Kleinstmögliche. Ziehen Sie eine neue Stichprobe: Meist weicht P̂ von P ab, und P kostet dann D(P̂‖P) mehr.',
  'loss.check.sample': 'Die Häufigkeiten P̂ der Stichprobe selbst',
  'loss.check.sampleFeedback':
    'Der mittlere Verlust ist die Kreuzentropie H(P̂, q̂) = H(P̂) + D(P̂‖q̂), und D(P̂‖q̂) ist nur bei q̂ = P̂ gleich 0. P̂ erreicht hier also H(P̂) = {best}, weniger als jedes andere Modell: Es ist das Maximum-Likelihood-Modell.',
  'loss.check.uniform': 'Die Gleichverteilung, die sich nicht festlegt',
  'loss.check.uniformFeedback':
    'Sich nicht festzulegen kostet: Die Gleichverteilung erreicht auf jeder Stichprobe log {count} = {uniform}, mehr als die H(P̂) = {best} der Häufigkeiten der Stichprobe selbst.',
  'loss.check.uniformFeedbackEqual':
    'Auf dieser Stichprobe schon: Ihre Häufigkeiten P̂ sind genau gleichverteilt, also ist das gleichverteilte Modell P̂ selbst und erreicht log {count} = {uniform} = H(P̂) = {best}, das Kleinstmögliche. Auf den meisten Stichproben ist P̂ nicht gleichverteilt, und sich nicht festzulegen kostet dann extra.',
  'loss.check.show': 'q̂ = P̂ zeigen',

  // Feld: vae.
  'vae.title': 'Die ELBO eines Variational Autoencoders',
  'vae.heading': 'Die ELBO eines Variational Autoencoders',
  'vae.intro':
    'Der [[encoder|Encoder]] eines VAE bildet jede Eingabe x auf eine Gauß-Verteilung $encoder$ über dem [[latent|latenten]] Code z ab, seine Näherung des [[posterior|Posteriors]]. Sein Trainingsziel, die [[elbo|ELBO]], hat zwei Terme: einen Rekonstruktionsterm, wie gut aus q gezogene Codes x erklären, minus KL(q ‖ N(0, I)), die die Codes nahe am [[prior|Prior]] hält. Im kleinen Modell hier ist jeder Term exakt, daher sehen Sie, wie die ELBO unter log p(x) bleibt und die Lücke sich schließt, wenn q die wahre Posterior-Verteilung wird. Die KL hat eine geschlossene Form mit einem Term für den Mittelwert, zwei für die Breite und einer Konstanten.',

  // Das Diagramm.
  'vae.posterior': 'q = N(μ, σ²): die Schätzung des Encoders',
  'vae.prior': 'p = N(0, 1): der Prior',
  'vae.other': 'N(μ₂, σ₂²): die andere Normalverteilung',
  'vae.xAxis': 'z',
  'vae.yAxis': 'Dichte',
  'vae.canvas':
    'Latente Dimension 1: das q des Encoders, der Prior N(0, 1), die wahre Posterior-Verteilung und die andere Normalverteilung',

  // Bedienelemente.
  'vae.control.mu': 'Mittelwert μ₁ von q in Dimension 1',
  'vae.control.sigma': 'Breite σ₁ von q in Dimension 1',
  'vae.control.mu2': 'Mittelwert μ₂ der anderen Normalverteilung',
  'vae.control.sigma2': 'Breite σ₂ der anderen Normalverteilung',
  'vae.twoNormals': 'Zwischen zwei beliebigen Normalverteilungen',

  // Anzeigen.
  'vae.formula': 'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total}',
  'vae.formula.bits':
    'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total} = {bits} (die Terme verwenden den natürlichen Logarithmus, sind also in nats; für bits durch ln 2 teilen)',
  'vae.term.mean': '½μ² = {value}: zieht den Mittelwert zu 0',
  'vae.term.variance': '½σ² = {value}: bestraft eine breite Posterior-Verteilung',
  'vae.term.logVariance': '−½ ln σ² = {value}: bestraft eine schmale (wächst unbegrenzt für σ → 0)',
  'vae.term.constant': '−½ = {value}: macht die Summe bei μ = 0, σ = 1 genau 0',
  'vae.quadrature':
    'Kontrolle durch numerische Integration von q log(q/p): {value}, Abweichung von der geschlossenen Form {difference} {units} (geschätzter Fehler {error}, {evaluations} Auswertungen).',
  'vae.general.prior':
    'Ist die zweite Normalverteilung N(0, 1) (der Prior), dann ist KL(q ‖ N(μ₂, σ₂²)) = {forward} der VAE-Term; die andere Richtung, KL(N(0, 1) ‖ q) = {backward}, weicht davon ab.',
  'vae.general.priorEqual':
    'Ist die zweite Normalverteilung N(0, 1) (der Prior), dann ist KL(q ‖ N(μ₂, σ₂²)) = {forward} der VAE-Term; die andere Richtung, KL(N(0, 1) ‖ q) = {backward}, ist hier gleich (bei σ = 1 ergeben beide Richtungen ½μ²), weicht im Allgemeinen aber ab.',
  'vae.general.other': 'KL(q ‖ N({mu2}, {sigma2}²)) = {forward}; KL(N({mu2}, {sigma2}²) ‖ q) = {backward}.',
  'vae.entropy.negative':
    'Differentielle Entropie von q: ½ log(2πeσ²) = {h}. Negativ, weil σ unter 1/√(2πe) ≈ {zeroWidth} liegt: q ist so konzentriert (seine Dichte erreicht {peak}), dass q(z) > 1 über den Großteil seiner Masse gilt; dort ist −log q(z) negativ und damit auch sein Mittelwert. Anders als die diskrete Entropie ist die differentielle Entropie keine mittlere Codelänge und kann unter 0 fallen; ihre Bedeutung behalten nur Differenzen wie die KL-Divergenz.',
  'vae.entropy.peak':
    'Differentielle Entropie von q: ½ log(2πeσ²) = {h}. Die Dichte erreicht {peak}, mehr als 1, also ist −log q(z) nahe der Mitte negativ; über q gemittelt ist es noch positiv. Negativ wird die Entropie erst für σ unter 1/√(2πe) ≈ {zeroWidth}.',
  'vae.entropy.positive':
    'Differentielle Entropie von q: ½ log(2πeσ²) = {h}. Sie sinkt um {fall}, sooft σ um den Faktor e schrumpft, und wird für σ unter 1/√(2πe) ≈ {zeroWidth} negativ.',

  // Diagrammbeschreibung und Ansage.
  'vae.describe':
    'Latente Dimension 1: das q = N({mu}, {sigma}²) des Encoders im Vergleich mit dem Prior p = N(0, 1) und der wahren Posterior-Verteilung N({m1}, {s1}²); der KL-Term KL(q ‖ p) beträgt {kl}.',
  'vae.describe.other':
    'Latente Dimension 1: das q = N({mu}, {sigma}²) des Encoders im Vergleich mit dem Prior p = N(0, 1), KL(q ‖ p) = {kl}, der wahren Posterior-Verteilung N({m1}, {s1}²) und mit der anderen Normalverteilung N({mu2}, {sigma2}²), KL(q ‖ N({mu2}, {sigma2}²)) = {forward}.',
  'vae.announce': 'ELBO = {elbo}; Lücke = {gap}; KL(q ‖ N(0, 1)) = {kl}',
  'vae.announce.other':
    'ELBO = {elbo}; Lücke = {gap}; KL(q ‖ N(0, 1)) = {kl}; KL(q ‖ N({mu2}, {sigma2}²)) = {forward}; KL(N({mu2}, {sigma2}²) ‖ q) = {backward}',

  // Selbsttest.
  'vae.check.question':
    'Der KL-Term des VAE, KL(q ‖ N(0, 1)), ist nie negativ. Für welche Ausgabe q des Encoders ist er genau 0?',
  'vae.check.narrow': 'Für ein sehr schmales q (σ nahe 0), den sichersten Code',
  'vae.check.narrowFeedback':
    'Ein schmales q wird unbegrenzt bestraft: Bei σ = {narrow} trägt allein der Term −½ ln σ² {narrowLog} bei, die KL-Divergenz beträgt {narrowKl}. Der Prior hält gegen Codes, die sich zu sicher sind.',
  'vae.check.meanZero': 'Für jedes q mit Mittelwert μ = 0, egal wie breit',
  'vae.check.meanZeroFeedback':
    'Der Mittelwert ist nur die halbe Geschichte: Die Breitenterme ½σ² − ½ ln σ² − ½ ergeben nur bei σ = 1 zusammen 0. Mit μ = 0, aber σ = {wide} beträgt die KL-Divergenz {wideKl}.',
  'vae.check.prior': 'Nur für q = N(0, 1), den Prior selbst',
  'vae.check.priorFeedback':
    'Bei μ = 0 und σ = 1 sind die vier Terme ½μ² = {mean}, ½σ² = {variance}, −½ ln σ² = {logVariance} und −½ = −{constant}: Sie heben sich auf, also ist KL = {zero}. q ist dann der Prior selbst.',
  'vae.check.show': 'μ = 0, σ = 1 einstellen',

  // Feld: trust.
  'trust.title': 'Trust-Regionen in der Policy-Optimierung',
  'trust.heading': 'Trust-Regionen in der Policy-Optimierung',
  'trust.intro':
    'Eine [[policy|Policy]] im Reinforcement Learning verbessert sich, indem sie Wahrscheinlichkeit zu Aktionen mit positivem [[advantage|Advantage]] verschiebt (dem Wert der Vorteilsfunktion: Aktionen, die besser abschnitten, als die Policy es im Mittel tut). Geht sie auf einem einzigen Batch an Erfahrung zu weit, sind die Schätzungen hinter dem Schritt nicht mehr verlässlich. TRPO begrenzt jeden Schritt durch ein KL-Budget, gemittelt über die Zustände, die die alte Policy besucht, $trustBudget$, und findet den größten Schritt darin per [[line-search|Liniensuche]]; PPO beschneidet stattdessen das Verhältnis π_new/π_old in seiner [[surrogate|Surrogat]]-Zielfunktion (Clipping) und kann eine KL-Strafe hinzufügen. Das Verhältnis gewichtet alte Erfahrung um, sodass die Schätzung [[unbiased|erwartungstreu]] bleibt, aber je weiter sich π_new von π_old entfernt, desto stärker streut sie.',

  // Diagramme.
  'trust.action': 'Aktion {i}',
  'trust.klCurve': 'E_s D(π_old ‖ π_α): das Mittel über die Zustände',
  'trust.budgetLine': 'Budget δ = {delta} {units}',
  'trust.maxStepLine': 'größte Schrittweite innerhalb von δ: α = {alpha}',
  'trust.maxStepLineBeyond': 'größte Schrittweite innerhalb von δ: α = {alpha}, außerhalb des Diagramms',
  'trust.dot': 'Ihr Schritt α',
  'trust.stepAxis': 'Schrittweite α',
  'trust.klAxis': 'KL in {units}',
  'trust.unclipped': 'Surrogat ohne Clipping Σ π_old·r·A',
  'trust.clipped': 'Surrogat mit Clipping (ε = {epsilon})',
  'trust.penalized': 'mit Clipping − β·KL (β = {beta})',
  'trust.surrogateAxis': 'Surrogat-Zielfunktion',
  'trust.piOldLabel': 'π_old (ziehbar)',
  'trust.piNewLabel': 'π_α bei α = {alpha}',
  'trust.probabilityAxis': 'Wahrscheinlichkeit',
  'trust.advantageLabel': 'Advantage A (ziehbar)',
  'trust.advantageAxis': 'Advantage',
  'trust.policyCanvas': 'Alte Policy (ziehbar) und aktualisierte Policy über den Aktionen',
  'trust.advantageCanvas': 'Advantage jeder Aktion; ziehen Sie einen Balken, um ihn zu ändern',
  'trust.klCanvas':
    'Erwartete KL-Divergenz des Updates über die Zustände gegen die Schrittweite, mit dem Budget, dem größten erlaubten Schritt und der eigenen KL des gewählten Zustands; ziehen Sie den Punkt, um α zu ändern',
  'trust.ppoCanvas': 'PPO-Surrogat-Zielfunktionen über der Schrittweite',
  'trust.piOldBar': 'π_old von Aktion {i}',
  'trust.advantageBar': 'Advantage von Aktion {i}',

  // Bedienelemente.
  'trust.control.alpha': 'Schrittweite α',
  'trust.control.delta': 'KL-Budget δ, in nats',
  'trust.control.epsilon': 'PPO-Clipping ε',
  'trust.control.beta': 'KL-Strafe β',
  'trust.control.n': 'Ziehungen für die Schätzer',
  'trust.control.seed': 'Startwert (Seed)',
  'trust.ppoHeading': 'PPO: Clipping statt eines festen Budgets',
  'trust.estimatorsHeading': 'Die KL-Divergenz aus Stichproben schätzen',

  // Anzeigen.
  'trust.step.inside': 'Bei α = {alpha}: E_s D(π_old ‖ π_α) = {kl}, innerhalb des Budgets δ = {delta}.',
  'trust.step.outside': 'Bei α = {alpha}: E_s D(π_old ‖ π_α) = {kl}, außerhalb des Budgets δ = {delta}.',
  'trust.budget':
    'Die Trust-Region von TRPO erlaubt Schrittweiten bis α = {alpha}; dort erreicht die erwartete KL-Divergenz δ. TRPO findet diesen Schritt durch eine Liniensuche: Es probiert Schrittweiten entlang der Update-Richtung und behält die größte, die die Nebenbedingung erfüllt.',
  'trust.budget.never':
    'In jedem Zustand hat jede Aktion, die π_old wählen kann, dasselbe Advantage, also lässt das Update π_old, wie es ist: E_s D = 0 für jedes α, und kein Schritt verlässt je das Budget.',
  'trust.ppo':
    'Die Zielfunktion mit Clipping belohnt einen Schritt nicht weiter, sobald das Wahrscheinlichkeitsverhältnis r = π_α/π_old einer Aktion mit positivem Advantage 1 + ε = {upper} überschreitet (oder das einer Aktion mit negativem Advantage unter 1 − ε = {lower} fällt): die weiche Variante der Trust-Region bei PPO.',
  'trust.ppo.penalty': 'Die KL-Strafe biegt die Zielfunktion nach unten, je weiter sich die Policy entfernt.',
  'trust.estimators':
    'Aus {n} Ziehungen von π_old (Seed {seed}): k1 = −log r ergibt im Mittel {k1} ± {k1Error}, k3 = (r − 1) − log r im Mittel {k3} ± {k3Error}; die exakte KL-Divergenz ist {exact}. Beide sind erwartungstreu; k3 ist nie negativ und streut meist weniger.',
  'trust.estimators.bits':
    'Aus {n} Ziehungen von π_old (Seed {seed}): k1 = −log₂ r ergibt im Mittel {k1} ± {k1Error}, k3 = ((r − 1) − ln r)/ln 2 im Mittel {k3} ± {k3Error} (bits); die exakte KL-Divergenz ist {exact}. Beide sind erwartungstreu; k3 ist nie negativ und streut meist weniger.',
  'trust.policy': 'Zustand {s}: π_α = {policy}',

  // Diagrammbeschreibungen.
  'trust.describe.policy':
    'Zustand {s}, Balken je Aktion: die alte Policy π_old = {piOld} und die aktualisierte Policy π_α = {piNew} bei α = {alpha}.',
  'trust.describe.advantage':
    'Zustand {s}, Advantages der Aktionen: {advantages}. Das Update verschiebt Wahrscheinlichkeit zu Aktionen, deren Advantage über dem Mittel unter π_old liegt, und weg von den anderen; es zählen nur die Unterschiede zwischen den Advantages, und mit wachsendem α sammelt sich die Masse auf der besten Aktion.',
  'trust.describe.kl':
    'Die erwartete KL E_s D(π_old ‖ π_α) steigt von 0 bei α = 0 an und erreicht das Budget δ = {delta} bei α = {maxStep}. Ihr Schritt α = {alpha} hat E_s D = {kl}, {position}. Eine gepunktete Kurve zeigt die eigene KL des gewählten Zustands.',
  'trust.describe.klNever':
    'In jedem Zustand hat jede Aktion, die π_old wählen kann, dasselbe Advantage, also bleibt E_s D(π_old ‖ π_α) für jede Schrittweite 0, unter dem Budget δ = {delta}. Ihr Schritt α = {alpha} hat E_s D = {kl}, {position}.',
  'trust.describe.inside': 'innerhalb des Budgets',
  'trust.describe.outside': 'außerhalb des Budgets',
  'trust.describe.ppo':
    'Surrogat-Zielfunktionen für Schrittweiten α bis {max}: Die ohne Clipping erreicht {unclipped} bei α = {max}; die mit Clipping (ε = {epsilon}) ist am höchsten, {clipped}, bei α = {clippedAt}.',
  'trust.describe.ppoFlat':
    'Surrogat-Zielfunktionen für Schrittweiten α bis {max}: Die ohne Clipping erreicht {unclipped} bei α = {max}; die mit Clipping (ε = {epsilon}) bleibt für jede Schrittweite bei {clipped}.',
  'trust.describe.ppoPenalty':
    'Mit der KL-Strafe (β = {beta}) ist der höchste Wert {penalized}, bei α = {penalizedAt}.',

  // Selbsttest.
  'trust.check.question':
    'Was geschieht mit der erwarteten KL E_s D(π_old ‖ π_α), wenn die Schrittweite α von 0 an wächst?',
  'trust.check.same': 'Sie bleibt gleich, wie groß der Schritt auch ist',
  'trust.check.sameFeedback':
    'Das Update π_α ∝ π_old·exp(α·A) verschiebt die Policy mit jedem größeren α weiter: Mit der eingestellten Policy und den eingestellten Advantages ist E_s D = {small} bei α = {a}, aber {large} bei α = {b}.',
  'trust.check.sameFeedbackFlat':
    'Mit dieser Policy und diesen Advantages ja: Jede Aktion, die π_old wählen kann, hat dasselbe Advantage, also skaliert exp(α·A) sie alle gleich, und π_α ist für jedes α gleich π_old. E_s D = {small} bei α = {a} und {large} bei α = {b}. Geben Sie den Aktionen verschiedene Advantages, dann wächst D mit α.',
  'trust.check.shrinks': 'Sie schrumpft: Größere Schritte bringen π_α näher an π_old',
  'trust.check.shrinksFeedback':
    'Bei α = 0 ist π_α gleich π_old und D = 0, der kleinste Wert, den eine KL-Divergenz haben kann; von dort kann sie nur wachsen. Mit der eingestellten Policy und den eingestellten Advantages ist E_s D = {small} bei α = {a} und {large} bei α = {b}.',
  'trust.check.shrinksFeedbackFlat':
    'Bei α = 0 ist π_α gleich π_old und D = 0, der kleinste Wert, den eine KL-Divergenz haben kann; schrumpfen kann sie also nicht. Mit dieser Policy und diesen Advantages (jede Aktion, die π_old wählen kann, hat dasselbe Advantage) wächst sie aber auch nicht: E_s D = {small} bei α = {a} und {large} bei α = {b}.',
  'trust.check.grows': 'Sie wächst von 0 an, also begrenzt ein KL-Budget δ, wie groß α sein darf',
  'trust.check.growsFeedback':
    'Bei α = 0 hat sich die Policy nicht bewegt, und D = 0; größere Schritte entfernen π_α weiter von π_old (jetzt E_s D = {small} bei α = {a}, {large} bei α = {b}). Das Budget δ = {delta} erlaubt also Schrittweiten bis α = {maxStep} und nicht weiter: die Trust-Region von TRPO.',
  'trust.check.growsFeedbackFlat':
    'Meist ja, aber nicht hier: Jede Aktion, die π_old wählen kann, hat dasselbe Advantage, also lässt das Update die Policy, wie sie ist, und D bleibt {small} bei α = {a} und {large} bei α = {b}. Kein Budget δ wird je erreicht. Geben Sie den Aktionen verschiedene Advantages, dann wächst D.',
  'trust.check.show': 'Größten Schritt innerhalb von δ zeigen',
  'trust.check.showBeyond': 'Größten Schritt im Diagramm zeigen (α = {alpha})',

  // Feld: summary.
  'summary.title': 'Entropie, Kreuzentropie und KL-Divergenz in einer Tabelle',
  'summary.heading': 'Das Dreieck in einer Tabelle',
  'summary.caption':
    'Die drei Größen, für P und Q aus dem Zerlegungs-Abschnitt (dessen Voreinstellung, wo diese Tabelle allein steht)',
  'summary.column.quantity': 'Größe',
  'summary.column.formula': 'Formel',
  'summary.column.meaning': 'Was sie misst',
  'summary.column.now': 'Jetzt',
  'summary.row.entropy': 'Entropie H(P)',
  'summary.row.crossEntropy': 'Kreuzentropie H(P, Q)',
  'summary.row.kl': 'KL-Divergenz D(P‖Q)',
  'summary.meaning.entropy':
    'Wie unsicher P ist: die kürzeste mittlere Codelänge für Ziehungen aus P, mit einem für P gebauten Code.',
  'summary.meaning.crossEntropy':
    'Die mittlere Codelänge, wenn der Code für das Modell Q gebaut ist, die Ziehungen aber aus P stammen.',
  'summary.meaning.kl':
    'Die zusätzliche Länge, die man verschwendet, wenn man mit Q statt mit P codiert; 0 nur bei Q = P.',
  'summary.identity':
    'Kreuzentropie = Entropie + KL: {cross} = {h} + {kl}. Da H(P) nicht von Q abhängt, minimiert man mit der Kreuzentropie über Q zugleich die KL-Divergenz, und auf Daten ist das die Maximum-Likelihood-Methode.',
  'summary.identity.infinite':
    'Hier übersieht Q ein Ergebnis, das unter P vorkommen kann, daher ist H(P, Q) = {h} + ∞ = ∞.',
  'summary.check.question': 'Verglichen mit der Entropie H(P) ist die Kreuzentropie H(P, Q) immer …',
  'summary.check.smaller': 'kleiner oder gleich: Ein Modell kann nicht mehr kosten als die Wahrheit',
  'summary.check.smallerFeedback':
    'Dann wäre die KL-Divergenz negativ, und das ist sie nie: H(P, Q) − H(P) = D(P‖Q) ≥ 0. Für P = {P} und Q = {Q} ist H(P, Q) = {cross} größer als H(P) = {h}.',
  'summary.check.either': 'mal größer, mal kleiner, je nach Q',
  'summary.check.eitherFeedback':
    'Q geht nur über die KL-Divergenz ein, und die ist nie negativ: H(P, Q) = H(P) + D(P‖Q), kein Modell ist also besser als das Codieren mit P selbst. Für P = {P} und Q = {Q}: {cross} = {h} + {kl}.',
  'summary.check.larger': 'mindestens so groß, und gleich nur bei Q = P',
  'summary.check.largerFeedback':
    'H(P, Q) = H(P) + D(P‖Q), und die KL-Divergenz ist nie negativ und nur bei Q = P gleich 0. Für P = {P} und Q = {Q}: {cross} = {h} + {kl}.',
  'summary.check.show': 'Den Gleichheitsfall Q = P zeigen',
};
