// Deutsche Texte von „ml“: die ELBO im VAE-Abschnitt, die Vorhersagefragen der
// Abschnitte loss, vae und trust und ihre Aufklappbereiche.
export default {
  // Abschnitt vae, die ELBO.
  'vae.try':
    'Probieren Sie zuerst: Ziehen Sie die Breite σ₁ von q gegen 0 und beobachten Sie, wie Rekonstruktionsterm und KL-Term die ELBO in entgegengesetzte Richtungen ziehen; drücken Sie dann „Zeig mir das beste q“.',
  'vae.words':
    'Begriffe. Die latente Variable z ist der verborgene Code, mit dem das Modell die Daten x erklärt (hier zwei Zahlen, z₁ und z₂). Der Prior p(z) = N(0, I) beschreibt Codes, bevor x gesehen wurde. Der Decoder p(x | z) = N(x; z, s²) sagt, wie wahrscheinlich x bei einem Code z ist. Die Posterior-Verteilung p(z | x) beschreibt Codes, nachdem x gesehen wurde. Der Encoder q(z | x) = N(μ, σ²) ist die Schätzung des Netzes für diese Posterior-Verteilung. Die ELBO (evidence lower bound, untere Schranke der Evidenz) ist Rekonstruktion − KL(q ‖ p(z)), eine untere Schranke für log p(x), die ein VAE maximiert.',
  'vae.truePosterior': 'p(z | x): die wahre Posterior-Verteilung',
  'vae.dim1': 'Latente Dimension 1 (die gezeichnete)',
  'vae.dim2': 'Latente Dimension 2',
  'vae.control.muB': 'Mittelwert μ₂ von q in Dimension 2',
  'vae.control.sigmaB': 'Breite σ₂ von q in Dimension 2',
  'vae.control.x1': 'Datenpunkt, Koordinate x₁',
  'vae.control.x2': 'Datenpunkt, Koordinate x₂',
  'vae.control.noise': 'Rauschen s des Decoders',
  'vae.actions': 'Encoder',
  'vae.best': 'Zeig mir das beste q',
  'vae.bestTitle': 'q in beiden Dimensionen auf die wahre Posterior-Verteilung setzen: die Lücke schließt sich',
  'vae.moreSettings': 'Weitere Einstellungen: Datenpunkt und Decoder',
  'vae.klHeading': 'Der KL-Term der Dimension 1, Term für Term',
  'vae.howComputed': 'Wie es berechnet wird',
  'vae.howComputedText':
    'Jede Zahl in diesem Abschnitt stammt aus geschlossenen Formeln, ausgewertet in C++, übersetzt nach WebAssembly: Das Modell ist linear und gaußsch, daher brauchen Rekonstruktionsterm, KL, log p(x) und Lücke keine Stichproben. Die KL der Dimension 1 wird zusätzlich unabhängig durch adaptive numerische Integration geprüft:',
  'vae.elbo.terms':
    'ELBO = Rekonstruktion − KL = {reconstruction} − {kl} = {elbo}. Der Rekonstruktionsterm E_q[log p(x | z)] belohnt Codes, die x erklären; der KL-Term zieht q zum Prior N(0, I).',
  'vae.elbo.bound':
    'log p(x) = {evidence} = ELBO {elbo} + Lücke {gap}: Die ELBO bleibt unter log p(x), und die Lücke ist KL(q ‖ p(z | x)), der Abstand des Encoders von der wahren Posterior-Verteilung.',
  'vae.elbo.closed':
    'log p(x) = {evidence} = ELBO {elbo} + Lücke {gap}: q ist die wahre Posterior-Verteilung, die Lücke KL(q ‖ p(z | x)) ist geschlossen und die Schranke scharf.',
  'vae.elbo.dimensions':
    'Die KL addiert sich über die latenten Dimensionen: {kl1} (Dimension 1) + {kl2} (Dimension 2) = {kl}.',
  'vae.elbo.posterior':
    'Der Datenpunkt ist x = ({x1}, {x2}) und das Rauschen des Decoders s = {s}. Die wahre Posterior-Verteilung ist in jeder Dimension N(x/(1 + s²), s²/(1 + s²)): N({m1}, {s1}²) und N({m2}, {s2}²).',

  // Vorhersage: vae.
  'vae.predict.question':
    'Bevor Sie die Terme sehen: Welcher Term von KL(q ‖ N(0, 1)) wächst unbeschränkt, wenn die Breite σ von q gegen 0 geht?',
  'vae.predict.mean': '½μ², der Mittelwertterm',
  'vae.predict.variance': '½σ², der Varianzterm',
  'vae.predict.logVariance': '−½ ln σ², der Log-Varianz-Term',
  'vae.predict.right':
    'Richtig. Bei σ = {narrow} und Ihrem μ ist −½ ln σ² = {logVariance}, während ½σ² = {variance} fast verschwunden ist und ½μ² = {mean} gar nicht von σ abhängt. Ein Code, der sich zu sicher ist, kostet unbeschränkt viel.',
  'vae.predict.wrong':
    'Nicht dieser. Bei σ = {narrow} und Ihrem μ ist der gewählte Term {picked}; er bleibt beschränkt. Es wächst −½ ln σ² = {logVariance}: Ein schmales q wird unbeschränkt bestraft.',

  // Abschnitt loss.
  'loss.try':
    'Probieren Sie zuerst: Ziehen Sie den Logit der wahren Klasse hoch und runter und beobachten Sie, wie sich ihre Wahrscheinlichkeit q̂ₖ und der Verlust −log q̂ₖ gegenläufig bewegen.',
  'loss.words':
    'Begriffe. Ein One-hot-Ziel legt seine ganze Wahrscheinlichkeit auf die wahre Klasse und 0 auf jede andere, daher behält die Kreuzentropie nur einen Term. Ein Schätzer ist erwartungstreu, wenn sein Mittel über viele Stichproben der geschätzten Größe gleicht: Der mittlere Verlust auf einer Stichprobe aus P ist ein erwartungstreuer Schätzer von H(P, q̂).',
  'loss.temperatureControl': 'Temperatur T: die Logits werden durch T geteilt',
  'loss.temperature.one':
    'Bei T = {T} bleiben die Logits, wie sie sind: softmax(z/T) = q̂ = {qT}, mit Entropie H = {hT}, und der Verlust ist {loss}. Verschieben Sie T, um jeden Logit durch T zu teilen: Das ist der Temperaturpfad aus Abschnitt 3, denn softmax(z/T) ∝ q̂^(1/T).',
  'loss.temperature.hot':
    'Teilt man die Logits durch T = {T}, ergibt sich softmax(z/T) = {qT}: q̂, getempert zu q̂^(1/T), wie in Abschnitt 3. Über T = 1 wird es flacher: H = {hT} gegenüber {h1} bei T = 1. Die wahre Klasse {k} erhält {qk}, ein Verlust von {loss}.',
  'loss.temperature.cold':
    'Teilt man die Logits durch T = {T}, ergibt sich softmax(z/T) = {qT}: q̂, getempert zu q̂^(1/T), wie in Abschnitt 3. Unter T = 1 wird es schärfer: H = {hT} gegenüber {h1} bei T = 1. Die wahre Klasse {k} erhält {qk}, ein Verlust von {loss}.',
  'loss.moreSettings': 'Weitere Einstellungen: Stichprobengröße und Startwert',

  // Vorhersage: loss.
  'loss.predict.question':
    'Das Modell gibt der wahren Klasse {k} die Wahrscheinlichkeit q̂ₖ = {qk}. Bevor die Anzeige es verrät: Wie groß ist der Verlust −log q̂ₖ in {units}?',
  'loss.predict.label': 'Ihr Verlust in {units}',
  'loss.predict.right': 'Richtig: −log {qk} = {loss} (das sind {other}). Ihre {guess} liegen innerhalb von 5 % davon.',
  'loss.predict.high':
    'Zu hoch: Ihre {guess} liegen über −log {qk} = {loss} (das sind {other}). So ein großer Verlust bräuchte ein kleineres q̂ₖ.',
  'loss.predict.low':
    'Zu niedrig: Ihre {guess} liegen unter −log {qk} = {loss} (das sind {other}). Nur q̂ₖ = 1 ergibt den Verlust 0; jede kleinere Wahrscheinlichkeit kostet mehr.',

  // Abschnitt trust, über mehrere Zustände, als geführte Aufgabe.
  'trust.try':
    'Probieren Sie zuerst: Ziehen Sie in Schritt 2 den Punkt im KL-Diagramm, bis die erwartete KL die Budgetlinie gerade berührt.',
  'trust.words':
    'Begriffe. Eine Policy π(a | s) gibt jeder Aktion a im Zustand s eine Wahrscheinlichkeit. Der Advantage A(s, a) sagt, wie viel besser Aktion a abschnitt, als die Policy in s im Mittel abschneidet. Das Update hier, π_α ∝ π_old·exp(α·A), verschiebt Wahrscheinlichkeit zu Aktionen mit höherem Advantage, umso mehr, je größer die Schrittweite α. Das Surrogat ist das Ziel, das TRPO statt des wahren Ertrags maximiert: E_s E_(a∼π_old)[r·A] mit r = π_α/π_old, eine Schätzung aus Aktionen, die π_old bereits gewählt hat. Eine Liniensuche probiert Schrittweiten entlang der Update-Richtung, bis eine die Nebenbedingung erfüllt.',
  'trust.control.state': 'Angezeigter Zustand',
  'trust.stateOption': 'Zustand {s} (besucht in {rho} der Fälle)',
  'trust.klCurveState': 'D allein im Zustand {s}',
  'trust.task.pick':
    'Wählen Sie einen Zustand. Jeder Zustand s hat seine eigene alte Policy π_old(· | s) und seine eigenen Advantages; ziehen Sie die Balken oder ändern Sie sie mit den Pfeiltasten.',
  'trust.task.budget':
    'Verschieben Sie die Schrittweite α, bis die erwartete KL das Budget δ erreicht. Die Nebenbedingung von TRPO ist ein Mittel über die Zustände, die die alte Policy besucht: E_s D(π_old(· | s) ‖ π_α(· | s)) ≤ δ.',
  'trust.task.ppo':
    'Vergleichen Sie mit dem Clipping von PPO (für den gewählten Zustand): Statt eines harten Budgets belohnt PPO Verhältnisse r jenseits von 1 ± ε nicht mehr.',
  'trust.moreSettings': 'Weitere Einstellungen: KL-Strafe und Schätzen der KL aus Stichproben',
  'trust.states':
    'Bei α = {alpha}, Zustand für Zustand: Zustand 1 (besucht {rho1}) D = {kl1}, Anteil {share1}; Zustand 2 (besucht {rho2}) D = {kl2}, Anteil {share2}; Zustand 3 (besucht {rho3}) D = {kl3}, Anteil {share3}. Die Anteile ergeben zusammen den Erwartungswert E_s D = {total}.',
  'trust.importance.inside':
    'Das Verhältnis r = π_α/π_old ist das Importance-Gewicht: Das Surrogat E_s E_(a∼π_old)[r·A] = {surrogate} (bei α = 0 war es {old}) wird aus Aktionen geschätzt, die π_old gewählt hat, jede mit r umgewichtet. Innerhalb des Budgets bleiben die Gewichte nahe 1: Das größte ist {maxRatio} und E[r²] = {second}, also ist eine Stichprobe aus n Aktionen etwa {share} von n wert. Eine kleine KL hält die Schätzung verlässlich.',
  'trust.importance.outside':
    'Das Verhältnis r = π_α/π_old ist das Importance-Gewicht: Das Surrogat E_s E_(a∼π_old)[r·A] = {surrogate} (bei α = 0 war es {old}) wird aus Aktionen geschätzt, die π_old gewählt hat, jede mit r umgewichtet. Außerhalb des Budgets streuen die Gewichte: Das größte ist {maxRatio} und E[r²] = {second}, also ist eine Stichprobe aus n Aktionen nur noch etwa {share} von n wert. Weit weg von π_old entscheiden wenige stark gewichtete Aktionen die Schätzung, und ihre Varianz explodiert: Genau das verhindert das KL-Budget.',

  // Vorhersage: trust.
  'trust.predict.question':
    'Der größte Schritt von TRPO liegt dort, wo die erwartete KL das Budget δ erreicht. Was geschieht mit dem größten Schritt, wenn Sie das Budget halbieren?',
  'trust.predict.half': 'Er halbiert sich ebenfalls',
  'trust.predict.root': 'Er schrumpft um etwa den Faktor √2 (auf etwa 0,71)',
  'trust.predict.same': 'Er bleibt gleich',
  'trust.predict.right':
    'Richtig. Mit δ = {delta} ist der größte Schritt α = {full}; mit δ/2 = {half} ist er α = {halfStep}. Nahe α = 0 wächst die KL mit dem Quadrat des Schritts (etwa ½α²·Var(A)), daher erlaubt das halbe Budget etwa 1/√2 des Schritts.',
  'trust.predict.wrong':
    'Nicht ganz. Mit δ = {delta} ist der größte Schritt α = {full}; mit δ/2 = {half} ist er α = {halfStep}. Nahe α = 0 wächst die KL mit dem Quadrat des Schritts (etwa ½α²·Var(A)), nicht proportional zu ihm, daher erlaubt das halbe Budget etwa 1/√2 des Schritts.',
  'trust.predict.other.right':
    'Für diese Policies richtig. Mit δ = {delta} ist der größte Schritt α = {full}; mit δ/2 = {half} ist er α = {halfStep}. Für kleine Schritte wächst die KL mit dem Quadrat des Schritts, was den Faktor √2 ergäbe; diese Policies sind weit genug von diesem Bereich entfernt, dass der Faktor abweicht.',
  'trust.predict.other.wrong':
    'Für diese Policies nicht. Mit δ = {delta} ist der größte Schritt α = {full}; mit δ/2 = {half} ist er α = {halfStep}. Für kleine Schritte wächst die KL mit dem Quadrat des Schritts, was den Faktor √2 ergäbe; diese Policies sind weit genug von diesem Bereich entfernt, dass der Faktor abweicht.',
};
