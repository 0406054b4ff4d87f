// Las preguntas de «predice primero» (web/predict.js) y las preguntas de los
// paneles de sorpresa y de resumen.
export default {
  'predict.title': 'Antes de mirar: predice',
  'predict.yourAnswer': 'Tu respuesta',
  'predict.check': 'Comprobar mi estimación',
  'predict.again': 'Pregúntame otra vez',
  'predict.hidden': 'Responde a la pregunta de arriba para ver esto.',
  'predict.hiddenCell': 'tras tu estimación',
  'predict.hiddenChart': 'Parte de este gráfico está oculta hasta que respondas a la pregunta de arriba.',
  'predict.right': 'Correcto.',
  'predict.notQuite': 'No exactamente.',
  'predict.needNumber': 'Escribe primero un número.',
  'predict.needChoice': 'Elige primero una respuesta.',
  'predict.outOfRange': 'Da un número entre {min} y {max}.',
  'predict.exact': '{label}, valor exacto',
  'predict.marker': 'Tu estimación',

  'surprise.predict.question':
    'Un suceso tiene probabilidad {p}: uno entre un millón. La curva se detiene en {top}, mucho antes de que p sea tan pequeña. ¿Cuánto sorprende el suceso cuando ocurre?',
  'surprise.predict.label': 'Tu estimación de I({p}):',
  'surprise.predict.close':
    'Tu estimación, {guess}, está a menos del 5 % de I({p}) = {exact}. Uno entre un millón son seis factores de diez, y cada factor de diez vale I({tenth}) = {perTen}: seis de ellos suman {exact}.',
  'surprise.predict.above':
    'Tu estimación, {guess}, es mayor que I({p}) = {exact}. Uno entre un millón son seis factores de diez, y cada factor de diez vale I({tenth}) = {perTen}: seis de ellos suman {exact}.',
  'surprise.predict.below':
    'Tu estimación, {guess}, es menor que I({p}) = {exact}. Uno entre un millón son seis factores de diez, y cada factor de diez vale I({tenth}) = {perTen}: seis de ellos suman {exact}.',

  'summary.predict.question':
    'Supón que cambias solo el modelo Q y dejas P como está. ¿Qué números de esta tabla cambian?',
  'summary.predict.onlyKl': 'Solo la divergencia KL D(P‖Q)',
  'summary.predict.crossAndKl': 'La entropía cruzada H(P, Q) y la divergencia KL D(P‖Q); la entropía H(P) no cambia',
  'summary.predict.all': 'Los tres',
  'summary.predict.onlyCross': 'Solo la entropía cruzada H(P, Q)',
  'summary.predict.onlyKlFeedback':
    'La entropía cruzada H(P, Q) = −Σ P log Q también contiene Q, así que cambia junto con D(P‖Q); solo H(P) = −Σ P log P no contiene Q.',
  'summary.predict.crossAndKlFeedback':
    'H(P) = −Σ P log P no contiene Q, así que no cambia; H(P, Q) y D(P‖Q) dependen las dos de Q, y su diferencia es siempre H(P).',
  'summary.predict.allFeedback':
    'La entropía H(P) = −Σ P log P no contiene Q: no cambia. Solo cambian H(P, Q) y D(P‖Q).',
  'summary.predict.onlyCrossFeedback':
    'D(P‖Q) = H(P, Q) − H(P) también cambia: con H(P) fija, se mueve exactamente igual que H(P, Q).',
  'summary.predict.example.uniform':
    'Por ejemplo, haz Q uniforme: H(P) se queda en {h}, H(P, Q) pasa de {cross} a {crossThen}, y D(P‖Q), de {kl} a {klThen}.',
  'summary.predict.example.equal':
    'Por ejemplo, haz Q = P: H(P) se queda en {h}, H(P, Q) pasa de {cross} a {crossThen}, y D(P‖Q), de {kl} a {klThen}.',
  'summary.predict.example.pointMass':
    'Por ejemplo, pon toda la probabilidad de Q en la categoría 1: H(P) se queda en {h}, H(P, Q) pasa de {cross} a {crossThen}, y D(P‖Q), de {kl} a {klThen}.',
};
