// Alle sichtbaren deutschen Texte. Dieselben Schlüssel wie en.js (ein Test
// prüft Schlüssel und {Platzhalter}). Formeln bleiben wie im Englischen;
// Zahlen schreibt format.js mit Dezimalkomma.
import surprise from './parts/surprise.de.js';
import extremes from './parts/extremes.de.js';
import decomposition from './parts/decomposition.de.js';
import summary from './parts/summary.de.js';
import fits from './parts/fits.de.js';
import loss from './parts/loss.de.js';
import vae from './parts/vae.de.js';
import trust from './parts/trust.de.js';

export default {
  ...surprise,
  ...extremes,
  ...decomposition,
  ...summary,
  ...fits,
  ...loss,
  ...vae,
  ...trust,
  // Listen und Hinweise zu Werten aus Links, Attributen und Dateien.
  'list.separator': '; ',
  'note.notNumber': '{field}: {value} ist keine Zahl; es gilt der Standardwert ({default}).',
  'note.notWhole': '{field}: {value} ist keine ganze Zahl; es gilt der Standardwert ({default}).',
  'note.outside': '{field}: {value} liegt außerhalb von {range}; es gilt der Standardwert ({default}).',
  'note.count': '{field}: {value} hat {count} Werte statt {min} bis {max}; es gilt der Standardwert ({default}).',
  'note.entry': '{field}: Wert {index}, {entry}, ist keine Zahl in {range}; es gilt der Standardwert ({default}).',
  'note.notDistribution':
    '{field}: {value} ist keine Liste von Wahrscheinlichkeiten mit Summe 1; es gilt der Standardwert ({default}).',
  'note.notChoice': '{field}: {value} ist keines von {choices}; es gilt der Standardwert ({default}).',
  'note.lengths': 'Die Listen {fields} sind verschieden lang; es gelten ihre Standardwerte.',
  'note.trueClass': 'trueClass ist keine der Klassen; es gelten die Standardwerte für {fields}.',
  'note.hide': 'hide: {value} ist keines von {choices}; ignoriert.',

  // Bedienelemente.
  'control.exact': '{label}, genauer Wert',
  'control.enter': 'Bitte {kind} von {min} bis {max} eingeben.',
  'control.kind.number': 'eine Zahl',
  'control.kind.integer': 'eine ganze Zahl',
  'control.kind.probability': 'eine Wahrscheinlichkeit',
  'control.kind.width': 'eine Breite',
  'keyboard.bars': 'Balkendiagramm; Pfeil links und rechts wählen einen Balken, Pfeil hoch und runter ändern ihn',
  'keyboard.points': 'Diagramm; Pfeil hoch und runter wählen einen Punkt, Pfeil links und rechts verschieben ihn',
  'keyboard.single': 'Diagramm; die Pfeiltasten ändern den Wert',
  'keyboard.chosen': '{name} ({item} gewählt)',
  'keyboard.valuetext': '{label}: {value}',

  // Der Rahmen um jedes Feld.
  'units.legend': 'Einheit',
  'units.nats': 'nats (natürlicher Logarithmus)',
  'units.bits': 'bits (Logarithmus zur Basis 2)',
  'theme.legend': 'Farbschema',
  'theme.auto': 'wie das System',
  'theme.light': 'hell',
  'theme.dark': 'dunkel',
  'language.legend': 'Sprache',
  'language.en': 'English',
  'language.de': 'Deutsch',
  'share.summary': 'Teilen und exportieren',
  'share.copyLink': 'Link kopieren',
  'share.copyEmbed': 'Einbettungscode kopieren',
  'share.save': 'Zustand speichern',
  'share.load': 'Zustand laden…',
  'share.chart': 'Diagramm „{name}“:',
  'share.png': 'PNG',
  'share.csv': 'CSV',
  'share.output': 'Text zum Kopieren',
  'share.what.link': 'Link',
  'share.what.embed': 'Einbettungscode',
  'share.copied': '{what} in die Zwischenablage kopiert.',
  'share.copyManually': 'Bitte den Text aus dem Feld unten kopieren (die Zwischenablage ist hier nicht verfügbar).',
  'share.loaded': 'Zustand geladen.',
  'share.loadedWithNotes': 'Zustand geladen, mit den Hinweisen oben.',
  'share.loadFailed': 'Der Zustand ließ sich nicht laden: {reason}',
  'share.embedIframe': 'Als iframe, das seine Höhe selbst anpasst:',
  'share.embedElement': 'Oder als Element Ihrer Seite:',
  'export.notJson': 'Die Datei ist kein JSON.',
  'export.noState': 'Die Datei enthält kein „state“-Objekt.',
  'export.otherPanel': 'Die Datei enthält den Zustand von „{other}“, nicht von diesem Feld.',
  'export.unreadable': 'Die Datei ließ sich nicht lesen.',
  'table.show': 'Datentabelle',
  'table.category': 'Kategorie',
  'table.series': 'Reihe',
  'table.thinned': '„{series}“: jeder {step}. ihrer {count} Punkte; die CSV-Datei enthält alle.',
  'check.summary': 'Selbsttest',
  'check.right': 'Richtig.',
  'check.notQuite': 'Nicht ganz.',
  'status.loading': 'Die Rechner werden geladen…',
  'status.failed': 'Die Rechner konnten nicht starten: {reason}',
  'embed.needPanel': 'Diese Einbettung braucht ?panel= mit einem von: {panels}.',
  'element.needPanel': '<info-widget> braucht panel= mit einem von: {panels}.',

  // Die Seite.
  'page.title': 'Überraschung, Entropie, Kreuzentropie und KL-Divergenz, live',
  'page.heading': 'Überraschung, Entropie, Kreuzentropie und KL-Divergenz',
  'page.lede':
    'Ziehen Sie an Punkten und Balken: Jede Zahl hier wird exakt von C++-Kernen berechnet, die nach WebAssembly übersetzt sind.',
  'page.footer.console':
    'Probieren Sie die Kerne selbst: Öffnen Sie die Konsole des Browsers und tippen Sie `infotheory.entropy([0.9, 0.1])` oder `infotheory.klDivergence([0.5, 0.5], [0.9, 0.1], { units: "bits" })`.',
  'page.footer.downloads':
    'Zum Mitnehmen: [die ganze Seite als eine HTML-Datei](infotheory-widget.html) (läuft offline, von überall) oder [die Website als ZIP](infotheory-site.zip). „Teilen und exportieren“ gibt in jedem Feld einen Link zu seinem Zustand und den Code, um es in eigene Seiten einzubetten.',

  // Feld 2: die Münze.
  'coin.title': 'Entropie einer unfairen Münze',
  'coin.intro':
    'Mittelt man die Überraschung über alles, was geschehen kann, jedes Ergebnis gewichtet mit seiner Wahrscheinlichkeit, erhält man die **Entropie** H(P) = −Σ P log P. Eine Münze, die mit Wahrscheinlichkeit p Kopf zeigt, hat zwei Ergebnisse. Verschieben Sie p und beobachten Sie, wo die Unsicherheit am größten ist und wo sie verschwindet.',
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
    'Beide Ergebnisse sind gleich wahrscheinlich, kein Tipp ist besser als Raten: H = log 2 = {h}, das Höchste, was eine Münze haben kann.',
  'coin.check.heads': 'Eine Münze, die immer Kopf zeigt',
  'coin.check.headsFeedback': 'Sie ist völlig vorhersagbar, ein Wurf verrät also nichts: H = 0.',
  'coin.check.show': 'Zeig mir die faire Münze',
};
