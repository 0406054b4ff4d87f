// Die Vorhersagefragen (web/predict.js) und die Fragen der Felder
// „Überraschung“ und „Übersicht“.
export default {
  'predict.title': 'Bevor Sie hinschauen: Sagen Sie es voraus',
  'predict.yourAnswer': 'Ihre Antwort',
  'predict.check': 'Vermutung prüfen',
  'predict.again': 'Noch einmal fragen',
  'predict.hidden': 'Beantworten Sie erst die Frage oben, dann sehen Sie das hier.',
  'predict.hiddenChart': 'Ein Teil dieses Diagramms bleibt verborgen, bis Sie die Frage oben beantwortet haben.',
  'predict.right': 'Richtig.',
  'predict.notQuite': 'Nicht ganz.',
  'predict.needNumber': 'Geben Sie zuerst eine Zahl ein.',
  'predict.needChoice': 'Wählen Sie zuerst eine Antwort.',
  'predict.outOfRange': 'Geben Sie eine Zahl von {min} bis {max} ein.',
  'predict.exact': '{label}, genauer Wert',
  'predict.marker': 'Ihre Vermutung',

  'surprise.predict.question':
    'Ein Ereignis hat die Wahrscheinlichkeit {p}: eins zu einer Million. Die Kurve endet schon bei {top}, lange bevor p so klein wird. Wie überraschend ist das Ereignis, wenn es eintritt?',
  'surprise.predict.label': 'Ihre Vermutung für I({p}):',
  'surprise.predict.close':
    'Ihre {guess} liegen höchstens 5 % neben I({p}) = {exact}. Eins zu einer Million sind sechs Faktoren zehn, und jeder Faktor zehn ist I({tenth}) = {perTen} wert: sechs davon ergeben {exact}.',
  'surprise.predict.above':
    'Ihre {guess} sind mehr als I({p}) = {exact}. Eins zu einer Million sind sechs Faktoren zehn, und jeder Faktor zehn ist I({tenth}) = {perTen} wert: sechs davon ergeben {exact}.',
  'surprise.predict.below':
    'Ihre {guess} sind weniger als I({p}) = {exact}. Eins zu einer Million sind sechs Faktoren zehn, und jeder Faktor zehn ist I({tenth}) = {perTen} wert: sechs davon ergeben {exact}.',

  'summary.predict.question':
    'Angenommen, Sie ändern nur das Modell Q und lassen P, wie es ist. Welche Zahlen in dieser Tabelle ändern sich?',
  'summary.predict.onlyKl': 'Nur die KL-Divergenz D(P‖Q)',
  'summary.predict.crossAndKl': 'Die Kreuzentropie H(P, Q) und die KL-Divergenz D(P‖Q); die Entropie H(P) bleibt',
  'summary.predict.all': 'Alle drei',
  'summary.predict.onlyCross': 'Nur die Kreuzentropie H(P, Q)',
  'summary.predict.onlyKlFeedback':
    'Auch in der Kreuzentropie H(P, Q) = −Σ P log Q steckt Q, also ändert sie sich mit D(P‖Q); nur in H(P) = −Σ P log P kommt Q nicht vor.',
  'summary.predict.crossAndKlFeedback':
    'In H(P) = −Σ P log P kommt Q nicht vor, also bleibt sie; H(P, Q) und D(P‖Q) hängen beide von Q ab, und ihre Differenz ist immer H(P).',
  'summary.predict.allFeedback':
    'In der Entropie H(P) = −Σ P log P kommt Q nicht vor: Sie bleibt. Nur H(P, Q) und D(P‖Q) ändern sich.',
  'summary.predict.onlyCrossFeedback':
    'D(P‖Q) = H(P, Q) − H(P) ändert sich auch: Bei festem H(P) bewegt sie sich genau wie H(P, Q).',
  'summary.predict.example.uniform':
    'Zum Beispiel mit gleichverteiltem Q: H(P) bleibt {h}, H(P, Q) geht von {cross} auf {crossThen} und D(P‖Q) von {kl} auf {klThen}.',
  'summary.predict.example.equal':
    'Zum Beispiel mit Q = P: H(P) bleibt {h}, H(P, Q) geht von {cross} auf {crossThen} und D(P‖Q) von {kl} auf {klThen}.',
  'summary.predict.example.pointMass':
    'Zum Beispiel mit ganz Q auf Kategorie 1: H(P) bleibt {h}, H(P, Q) geht von {cross} auf {crossThen} und D(P‖Q) von {kl} auf {klThen}.',
};
