// Textos en español de los primeros paneles: sorpresa, moneda, extremos, descomposición.
export default {
  // Panel: moneda.
  'coin.title': 'Entropía de una moneda sesgada',
  'coin.intro':
    'Promedia la sorpresa sobre todo lo que puede ocurrir, ponderando cada resultado por su probabilidad, y obtienes la **entropía** $entropy$. Una moneda que sale cara con probabilidad p tiene dos resultados. Mueve p y observa dónde la incertidumbre es máxima y dónde desaparece.',
  'coin.curve': 'H(p) = −p log p − (1 − p) log(1 − p)',
  'coin.marker': 'tu moneda',
  'coin.xAxis': 'probabilidad de cara p',
  'coin.yAxis': 'entropía H(p) en {units}',
  'coin.canvas': 'La curva de entropía binaria H(p) con tu moneda sobre ella',
  'coin.control': 'Probabilidad de cara p',
  'coin.presets': 'Monedas:',
  'coin.preset.fair': 'Equilibrada ({p})',
  'coin.preset.biased': 'Sesgada ({p})',
  'coin.preset.heads': 'Siempre cara ({p})',
  'coin.value': 'H({p}) = {h} = {other}',
  'coin.zero': 'Ninguna incertidumbre: esta moneda siempre cae del mismo lado, así que observarla no te enseña nada.',
  'coin.fair': 'La moneda más incierta: un lanzamiento equilibrado aporta la máxima información, {ceiling} = {other}.',
  'coin.less':
    'Menos que los {ceiling} de la moneda equilibrada: cuanto más desequilibrada es la moneda, más fácil es predecir sus lanzamientos.',
  'coin.describe':
    'Entropía frente a la probabilidad de cara: 0 en p = 0 y en p = 1, máxima ({ceiling}) en p = {half}. Tu moneda, p = {p}, tiene H = {h}.',
  'coin.check.question': '¿Qué moneda es la más difícil de predecir, aquella cuyos lanzamientos te dicen más?',
  'coin.check.biased': 'Una moneda con p = {p}',
  'coin.check.biasedFeedback':
    'Sus lanzamientos salen casi siempre cara, así que son fáciles de adivinar: H({p}) es solo {h}.',
  'coin.check.fair': 'La moneda equilibrada, p = {p}',
  'coin.check.fairFeedback':
    'Los dos resultados son igual de probables, así que ninguna apuesta supera al azar: H = log 2 = {h}, lo máximo que puede tener una moneda.',
  'coin.check.heads': 'Una moneda que siempre sale cara',
  'coin.check.headsFeedback': 'Es perfectamente predecible, así que un lanzamiento no te dice nada: H = 0.',
  'coin.check.show': 'Muéstrame la moneda equilibrada',

  // Panel: sorpresa.
  'surprise.curve': 'I(p) = −log p',
  'surprise.marker': 'tu p',
  'surprise.offChart': 'tu p (I(p) por encima del gráfico)',
  'surprise.xAxis': 'probabilidad p del suceso',
  'surprise.yAxis': 'sorpresa I(p) en {units}',
  'surprise.canvas': 'La curva de sorpresa I(p) = −log p con tu punto sobre ella',
  'surprise.control': 'Probabilidad p del suceso',
  'surprise.control.p1': 'p₁, primer suceso',
  'surprise.control.p2': 'p₂, segundo suceso',
  'surprise.twoEvents': 'Dos sucesos independientes',
  'surprise.value': 'I({p}) = {i}',
  'surprise.clip.above':
    'I({p}) = {i} queda por encima del borde superior del gráfico, que se corta en {top}: cuando p → 0, la sorpresa crece sin límite.',
  'surprise.clip.infinite':
    'I({p}) = {i} queda por encima del borde superior del gráfico, que se corta en {top}: cuando p → 0, la sorpresa crece sin límite, y un suceso imposible sería infinitamente sorprendente.',
  'surprise.clip.below':
    'El gráfico se corta en {top} (p = {p}); la curva sigue subiendo por encima, sin límite, cuando p → 0.',
  'surprise.property.positive': 'Nunca es negativa: I({p}) = {i} ≥ 0, porque p ≤ 1.',
  'surprise.property.certain': 'Un suceso seguro no te dice nada: I(1) = {i}.',
  'surprise.property.rare': 'Los sucesos raros son muy sorprendentes: I({p1}) = {i1}, I({p2}) = {i2}, I(0) = ∞.',
  'surprise.property.additive': 'Las sorpresas de sucesos independientes se suman (abajo).',
  'surprise.joint': 'I(p₁) + I(p₂) = {i1} + {i2} = {sum}; los dos juntos: I(p₁·p₂) = I({p}) = {joint}.',
  'surprise.describe':
    'Sorpresa frente a probabilidad: la curva baja de {top} en p = {pTop} a 0 en p = 1. Tu punto, p = {p}, tiene I = {i}.',
  'surprise.describe.above':
    'Sorpresa frente a probabilidad: la curva baja de {top} en p = {pTop} a 0 en p = 1. Tu punto, p = {p}, tiene I = {i}, por encima del borde superior del gráfico, así que se dibuja como un triángulo en ese borde.',
  'surprise.check.question':
    'Dos sucesos independientes tienen cada uno probabilidad p = {p}. ¿Cuánto sorprende que ocurran los dos?',
  'surprise.check.same': 'Tanto como uno solo de ellos: {one}',
  'surprise.check.sameFeedback':
    'Que ocurran los dos es más raro que cualquiera de ellos por separado: su probabilidad es {p} · {p} = {both}, e I({both}) = {joint}.',
  'surprise.check.add': 'El doble: {sum}',
  'surprise.check.addFeedback':
    'En sucesos independientes las probabilidades se multiplican, así que las sorpresas se suman: I({p} · {p}) = I({both}) = {joint} = {one} + {one}.',
  'surprise.check.less': 'Menos que cualquiera de ellos, porque {p} · {p} = {both} es menor que {p}',
  'surprise.check.lessFeedback':
    'Una probabilidad menor significa una sorpresa mayor: I(p) = −log p crece cuando p baja. Los dos juntos tienen probabilidad {both}, así que I({both}) = {joint}, más que los {one} de cada uno.',
  'surprise.check.show': 'Muéstrame p₁ = p₂ = {p} en bits',

  // Panel: extremos.
  'extremes.xAxis': 'categoría',
  'extremes.yAxis': 'probabilidad',
  'extremes.path.curve': 'H(P_T): entropía de P con temperatura T',
  'extremes.path.ceiling': 'techo log {n} (uniforme)',
  'extremes.path.marker': 'tu P (T = 1)',
  'extremes.path.xAxis': 'temperatura T (escala logarítmica)',
  'extremes.path.yAxis': 'entropía en {units}',
  'extremes.note.pointMass':
    'Una masa puntual: un resultado es seguro, así que una extracción no enseña nada. H = 0 es el mínimo.',
  'extremes.note.uniform':
    'La distribución uniforme: todos los resultados son igual de probables, la máxima incertidumbre que permiten {n} categorías.',
  'extremes.note.between':
    'Entre los extremos: por debajo del techo log {n} = {ceiling} porque algunos resultados son más probables que otros, y por encima de 0 porque puede ocurrir más de uno.',
  'extremes.value': 'H(P) = {h}; techo log {n} = {ceiling}',
  'extremes.path.zeros':
    'P asigna 0 a {zeros} de las {n} categorías. La temperatura nunca revive un cero, así que al crecer T el camino se aplana hacia log {support} = {supportCeiling}, la uniforme sobre los {support} resultados que quedan, no hacia log {n}.',
  'extremes.path.pointMass':
    'P es una masa puntual: la temperatura no puede moverla, y el camino se queda en {limit} para todo T.',
  'extremes.path.full':
    'Cuando T → 0, el camino baja a {limit} (toda la masa en la categoría más probable); al crecer T, sube hacia el techo log {n}: la temperatura lleva de la masa puntual a la uniforme.',
  'extremes.path.tied':
    '{m} categorías empatan en la probabilidad más alta, así que cuando T → 0 el camino baja a log {m} = {limit}, no a 0: la masa se reparte por igual entre las categorías empatadas. Al crecer T, sube hacia el techo log {n}.',
  'extremes.path.uniform':
    'P es uniforme: la temperatura la deja como está, y el camino se queda en el techo log {n} = {limit} para todo T.',
  'extremes.control': 'Número de categorías N',
  'extremes.presets': 'P:',
  'extremes.preset.uniform': 'Uniforme',
  'extremes.preset.pointMass': 'Masa puntual',
  'extremes.preset.pointMassTitle': 'Toda la probabilidad en la categoría que ahora es la más probable',
  'extremes.preset.random': 'Aleatoria',
  'extremes.preset.sharpen': 'Agudizar',
  'extremes.preset.sharpenTitle':
    'Aplicar la temperatura T = {T}: los resultados probables ganan, los improbables pierden',
  'extremes.preset.flatten': 'Aplanar',
  'extremes.preset.flattenTitle': 'Aplicar la temperatura T = {T}: la distribución se iguala',
  'extremes.barsCanvas': 'Diagrama de barras de P sobre las categorías; arrastra una barra para cambiarla',
  'extremes.pathCanvas': 'Entropía de P con temperatura T, de la masa puntual a la uniforme',
  'extremes.bar': 'P de la categoría {i}',
  'extremes.describe.bars':
    'P sobre {n} categorías: {P}. Su entropía es H(P) = {h}, de un máximo de log {n} = {ceiling}.',
  'extremes.describe.barsMany':
    'P sobre {n} categorías; la barra más alta es la de la categoría {i}, con {p}, y {zeros} categorías están en 0. Su entropía es H(P) = {h}, de un máximo de log {n} = {ceiling}.',
  'extremes.describe.path':
    'Entropía de P con temperatura T, para T de {tMin} a {tMax} en escala logarítmica: sube de {low} a {high}, por debajo del techo log {n} = {ceiling}, y pasa por tu P, H(P) = {h}, en T = 1.',
  'extremes.describe.pathFlat':
    'Entropía de P con temperatura T, para T de {tMin} a {tMax} en escala logarítmica: plana en H(P) = {h}, porque la temperatura deja esta P como está. El techo es log {n} = {ceiling}.',
  'extremes.check.question': '¿Qué distribución sobre {n} resultados tiene la mayor entropía?',
  'extremes.check.pointMass': 'Una masa puntual: toda la probabilidad en un solo resultado',
  'extremes.check.pointMassFeedback':
    'Un resultado es seguro, así que una extracción no te dice nada: H = {h}, la menor entropía posible.',
  'extremes.check.skewed': 'Un resultado con probabilidad {p} y los otros {others} repartiéndose el resto por igual',
  'extremes.check.skewedFeedback':
    'Favorecer un resultado hace que las extracciones sean más fáciles de adivinar: H = {h}, por debajo del techo log {n} = {ceiling}.',
  'extremes.check.uniform': 'La uniforme: cada resultado tiene probabilidad 1/{n}',
  'extremes.check.uniformFeedback':
    'Con todos los resultados igual de probables, ninguna apuesta supera al azar: H = log {n} = {ceiling}, lo máximo que permiten {n} resultados.',
  'extremes.check.show': 'Muéstrame la uniforme',

  // Panel: descomposición.
  'decomposition.P': 'P (lo que ocurre realmente)',
  'decomposition.Q': 'Q (el modelo)',
  'decomposition.xAxis': 'categoría',
  'decomposition.yAxis': 'probabilidad',
  'decomposition.stack.entropy': 'H(P): entropía, el coste que nadie puede evitar',
  'decomposition.stack.kl': 'D(P‖Q): divergencia KL, la penalización por el modelo equivocado',
  'decomposition.stack.cross': 'H(P, Q): entropía cruzada',
  'decomposition.stack.offScale': '∞: fuera de escala',
  'decomposition.stack.xAxis': 'información en {units}',
  'decomposition.note.uncovered':
    'Q da a la categoría {i} probabilidad 0, pero P le da {p}: el modelo considera imposible algo que sí ocurre, así que D(P‖Q) y H(P, Q) son infinitas.',
  'decomposition.note.reverseUncovered':
    'D(Q‖P) es infinita: P da a la categoría {i} probabilidad 0 donde Q le da {q}.',
  'decomposition.note.equal':
    'Q es igual a P: no hay ninguna penalización, y la entropía cruzada es simplemente la entropía.',
  'decomposition.note.asymmetric':
    'D(P‖Q) y D(Q‖P) difieren: la divergencia KL depende de qué distribución va primero.',
  'decomposition.sum': 'H(P) + D(P‖Q) = {h} + {kl} = {cross} = H(P, Q)',
  'decomposition.sum.infinite': 'H(P) + D(P‖Q) = {h} + ∞ = ∞ = H(P, Q)',
  'decomposition.ceiling': 'Mayor H(P) posible con {k} categorías: log {k} = {ceiling}.',
  'decomposition.control': 'Número de categorías K',
  'decomposition.presets.P': 'P:',
  'decomposition.presets.Q': 'Q:',
  'decomposition.preset.uniform': 'Uniforme',
  'decomposition.preset.pointMass': 'Masa puntual',
  'decomposition.preset.pointMassTitle': 'Toda la probabilidad en la categoría que ahora es la más probable',
  'decomposition.preset.random': 'Aleatoria',
  'decomposition.preset.copy': 'Hacer Q = P',
  'decomposition.barsCanvas': 'Diagrama de barras de P y Q sobre las categorías; arrastra una barra para cambiarla',
  'decomposition.stackCanvas': 'Barra apilada: la entropía más la divergencia KL es igual a la entropía cruzada',
  'decomposition.number.entropy': 'Entropía H(P)',
  'decomposition.number.crossEntropy': 'Entropía cruzada H(P, Q)',
  'decomposition.number.kl': 'Divergencia KL D(P‖Q)',
  'decomposition.number.reverseKl': 'KL inversa D(Q‖P)',
  'decomposition.entry': '{which} de la categoría {i}',
  'decomposition.table.caption':
    'P y Q por categoría (escribe un valor; los demás se reescalan para que la suma siga siendo 1)',
  'decomposition.table.category': 'Categoría',
  'decomposition.table.summary': 'Editar los valores en una tabla',
  'decomposition.table.invalid': '{entry} debe ser una probabilidad entre 0 y 1.',
  'decomposition.describe.bars': 'P y Q sobre {k} categorías: P = {P}, Q = {Q}.',
  'decomposition.describe.kl': 'Q difiere de P en D(P‖Q) = {kl}.',
  'decomposition.describe.equal': 'Q es igual a P, así que D(P‖Q) = {kl}.',
  'decomposition.describe.uncovered': 'Q pone 0 en la categoría {i}, donde P tiene {p}, así que D(P‖Q) es infinita.',
  'decomposition.describe.stack':
    'La barra apilada H(P) + D(P‖Q) = {h} + {kl} mide exactamente lo mismo que la barra H(P, Q) = {cross}.',
  'decomposition.describe.stackInfinite':
    'Solo se dibuja la entropía H(P) = {h}: D(P‖Q) y H(P, Q) son infinitas, fuera de escala.',
  'decomposition.check.question': '¿Cuánto vale la divergencia KL D(P‖Q) cuando Q = P?',
  'decomposition.check.entropy': 'Lo mismo que la entropía H(P)',
  'decomposition.check.entropyFeedback':
    'H(P) es aquello a lo que se reduce la entropía cruzada cuando Q = P (para P = {P}, H(P, P) = H(P) = {h}). La divergencia KL es el coste adicional por encima de ella, y con Q = P no hay ninguno: D(P‖P) = {kl}.',
  'decomposition.check.zero': 'Exactamente 0',
  'decomposition.check.zeroFeedback':
    'Cada término P log(P/Q) se convierte en P log 1 = 0, así que D(P‖P) = {kl}: el modelo correcto no cuesta nada adicional, y la entropía cruzada es simplemente la entropía (para P = {P}, H(P, P) = H(P) = {h}).',
  'decomposition.check.small': 'Una pequeña cantidad positiva: la divergencia KL nunca es exactamente 0',
  'decomposition.check.smallFeedback':
    'La divergencia KL nunca es negativa, y es exactamente 0 cuando Q = P, no solo cercana a 0: para P = {P}, D(P‖P) = {kl}.',
  'decomposition.check.show': 'Muéstrame Q = P',
};
