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
};
