// Textos en español de los paneles de modelos: ajustes, pérdida, VAE, regiones de confianza, resumen.
export default {
  // Panel: ajustes.
  // Gráficos.
  'fits.mixture': 'P: mezcla de dos gaussianas',
  'fits.forwardCurve': 'ajuste directo: argmin D(P‖Q)',
  'fits.reverseCurve': 'ajuste inverso: argmin D(Q‖P)',
  'fits.handles': 'arrastra para mover un modo',
  'fits.xAxis': 'x',
  'fits.yAxis': 'densidad',
  'fits.point.forward': 'ajuste directo',
  'fits.point.reverse': 'ajuste inverso',
  'fits.point.other': 'ajuste inverso, el otro modo',
  'fits.muAxis': 'media μ de Q',
  'fits.sigmaAxis': 'anchura σ de Q (escala logarítmica)',
  'fits.densityCanvas': 'La mezcla P y sus ajustes gaussianos directo e inverso; arrastra un rombo para mover un modo',
  'fits.landscapeCanvas':
    'Mapa de calor de la divergencia KL sobre la media y la anchura de Q, con los dos ajustes marcados',
  'fits.handle': 'media del modo {i}',

  // Controles.
  'fits.meanControl': 'Media del modo {i}',
  'fits.sigmaControl': 'Anchura σ del modo {i}',
  'fits.weightControl': 'Peso del modo 1',
  'fits.landscapeControl': 'Paisaje',
  'fits.landscape.reverse': 'KL inversa D(Q‖P)',
  'fits.landscape.forward': 'KL directa D(P‖Q)',
  'fits.landscape.off': 'desactivado',
  'fits.presets': 'P:',
  'fits.preset.apart': 'Modos separados',
  'fits.preset.close': 'Modos cercanos',
  'fits.preset.unequal': 'Modos desiguales',

  // Lecturas.
  'fits.forward': 'Ajuste directo Q = N({mu}, {sigma}²): D(P‖Q) = {kl}, D(Q‖P) = {other}',
  'fits.reverse': 'Ajuste inverso Q = N({mu}, {sigma}²): D(Q‖P) = {kl}, D(P‖Q) = {other}',
  'fits.modeSeeking':
    'Búsqueda de modos: el ajuste inverso se sitúa en un modo (μ = {mu}, cerca de {mode}) e ignora el otro, mientras que el ajuste directo se extiende sobre los dos (μ = {forwardMu}, la media de P, σ = {forwardSigma}).',
  'fits.overlap':
    'Los modos se solapan lo suficiente para que una sola gaussiana pueda cubrir los dos: los dos ajustes están cerca. Separa los modos para ver cómo el ajuste inverso elige uno.',
  'fits.differ':
    'Los dos ajustes difieren, pero ninguno se sitúa en un solo modo: el ajuste directo N({fmu}, {fsigma}²) se extiende sobre toda la masa de P, y el ajuste inverso N({rmu}, {rsigma}²) se mantiene donde P es densa.',
  'fits.tie':
    'Los dos modos se ajustan igual de bien: D(Q‖P) tiene dos mínimos, en μ = {mu} y en μ = {other} (ambos dibujados en el paisaje). Un optimizador acaba en el valle en el que empiece.',
  'fits.shading.reverse':
    'Sombreado: D(Q‖P) en {units} para cada Q = N(μ, σ²); oscuro = valor pequeño. Con modos separados tiene un valle en cada modo.',
  'fits.shading.forward':
    'Sombreado: D(P‖Q) en {units} para cada Q = N(μ, σ²); oscuro = valor pequeño. Tiene un único valle, en la media y la dispersión de P.',

  // Descripciones de los gráficos y anuncios.
  'fits.describe.seeking':
    'P tiene modos en {m1} y {m2}; el ajuste directo N({fmu}, {fsigma}²) se extiende sobre los dos, y el ajuste inverso N({rmu}, {rsigma}²) se sitúa en el modo de {mode}.',
  'fits.describe.covering':
    'P tiene modos en {m1} y {m2}, lo bastante cerca para solaparse; el ajuste directo N({fmu}, {fsigma}²) y el ajuste inverso N({rmu}, {rsigma}²) cubren los dos.',
  'fits.describe.differ':
    'P tiene modos en {m1} y {m2}; el ajuste directo N({fmu}, {fsigma}²) se extiende sobre toda la masa de P, y el ajuste inverso N({rmu}, {rsigma}²) se mantiene donde P es densa, sin situarse en un solo modo.',
  'fits.describe.landscape.reverse':
    'Mapa de calor de D(Q‖P) sobre la media μ y la anchura σ de Q, oscuro donde es pequeña: es mínima en el ajuste inverso, μ = {rmu}, σ = {rsigma} (D(Q‖P) = {kl}). El ajuste directo está marcado en μ = {fmu}, σ = {fsigma}.',
  'fits.describe.landscape.reverseTie':
    'Mapa de calor de D(Q‖P) sobre la media μ y la anchura σ de Q, oscuro donde es pequeña: dos mínimos igual de bajos, en μ = {rmu}, σ = {rsigma} y en μ = {otherMu}, σ = {otherSigma} (D(Q‖P) = {kl}). El ajuste directo está marcado en μ = {fmu}, σ = {fsigma}.',
  'fits.describe.landscape.forward':
    'Mapa de calor de D(P‖Q) sobre la media μ y la anchura σ de Q, oscuro donde es pequeña: un único valle, mínimo en el ajuste directo, μ = {fmu}, σ = {fsigma} (D(P‖Q) = {kl}). El ajuste inverso está marcado en μ = {rmu}, σ = {rsigma}.',
  'fits.describe.landscape.off':
    'El mapa de calor está desactivado; el ajuste directo está marcado en μ = {fmu}, σ = {fsigma} y el ajuste inverso en μ = {rmu}, σ = {rsigma}.',
  'fits.announce.seeking':
    'Búsqueda de modos: el ajuste inverso N({rmu}, {rsigma}²) se sitúa en el modo de {mode}; el ajuste directo N({fmu}, {fsigma}²) se extiende sobre los dos.',
  'fits.announce.covering':
    'Una sola gaussiana cubre los dos modos: ajuste directo N({fmu}, {fsigma}²), ajuste inverso N({rmu}, {rsigma}²).',
  'fits.announce.differ':
    'Los ajustes difieren: ajuste directo N({fmu}, {fsigma}²), ajuste inverso N({rmu}, {rsigma}²).',

  // La autoevaluación.
  'fits.check.question':
    'P tiene dos modos muy separados. ¿Cubrirá los dos la gaussiana Q que minimiza la KL inversa D(Q‖P)?',
  'fits.check.cover': 'Sí: se estira sobre los dos modos',
  'fits.check.coverFeedback':
    'Ese es el ajuste directo, que tiene que poner masa allí donde P tenga algo de masa. Con modos en {m1} y {m2}, cada uno de anchura {width}, el ajuste directo es N({fmu}, {fsigma}²), pero el ajuste inverso es solo N({rmu}, {rsigma}²).',
  'fits.check.pick': 'No: se asienta en un modo e ignora el otro',
  'fits.check.pickFeedback':
    'D(Q‖P) pondera log(Q/P) por Q, así que Q paga caro cualquier masa en el hueco donde P es casi 0. El ajuste inverso N({rmu}, {rsigma}²) se sitúa en un modo con D(Q‖P) = {kl}; la gaussiana que cubre los dos, N({fmu}, {fsigma}²), costaría D(Q‖P) = {coverKl}.',
  'fits.check.middle': 'Se sitúa entre los modos, en la media de P',
  'fits.check.middleFeedback':
    'Entre los modos P casi no tiene masa, y es justo ahí donde D(Q‖P) más castiga a Q. El ajuste inverso se sitúa, en cambio, en un modo, en μ = {rmu}; solo el ajuste directo está centrado en la media de P, μ = {fmu}.',
  'fits.check.show': 'Muéstrame dos modos alejados',

  // Panel: pérdida.
  // Gráficos.
  'loss.class': 'clase {i}',
  'loss.logitsLabel': 'logits z (arrastra)',
  'loss.logitAxis': 'logit',
  'loss.predictionLabel': 'q̂ = softmax(z)',
  'loss.predictionAxis': 'probabilidad predicha',
  'loss.trueLabel': 'P (frecuencias verdaderas de las etiquetas)',
  'loss.sampleLabel': 'P̂ (frecuencias en {n} extracciones)',
  'loss.modelLabel': 'q̂ (el modelo)',
  'loss.probabilityAxis': 'probabilidad',
  'loss.running': 'pérdida media en las n primeras extracciones',
  'loss.limit': 'H(P, q̂): su límite',
  'loss.bestLine': 'H(P̂): lo mejor que puede conseguir cualquier modelo en esta muestra',
  'loss.drawsAxis': 'número de extracciones n (escala logarítmica)',
  'loss.lossAxis': 'pérdida media en {units}',
  'loss.logitsCanvas': 'Logits de cada clase; arrastra una barra para cambiarla',
  'loss.predictionCanvas': 'Probabilidades predichas q̂ = softmax de los logits',
  'loss.mleCanvas': 'Frecuencias verdaderas de las etiquetas P (arrastra), frecuencias de la muestra P̂ y el modelo q̂',
  'loss.convergenceCanvas': 'Pérdida media en las n primeras extracciones, que converge a la entropía cruzada H(P, q̂)',
  'loss.logitBar': 'logit de la clase {i}',
  'loss.pBar': 'P de la clase {i}',

  // Controles.
  'loss.kControl': 'Número de clases K',
  'loss.classControl': 'Clase verdadera k',
  'loss.nControl': 'Número de extracciones n',
  'loss.seedControl': 'Semilla',
  'loss.actions': 'Muestra:',
  'loss.newSample': 'Nueva muestra',
  'loss.fit': 'Ajustar q̂ a la muestra',
  'loss.fitTitle': 'Fijar los logits para que q̂ = P̂: el modelo de máxima verosimilitud para esta muestra',
  'loss.manyHeading': 'Muchos ejemplos: la pérdida media y la máxima verosimilitud',
  'loss.manyIntro':
    'A partir de aquí, q̂ es una única predicción fija que se usa para todos los ejemplos, como la de un modelo que ignora su entrada. Solo entonces la pérdida media sobre una muestra es la entropía cruzada H(P̂, q̂) entre las frecuencias de las etiquetas P̂ y q̂; la q̂ de un clasificador real cambia de una entrada a otra, y su pérdida media es la media de estas entropías cruzadas por ejemplo.',

  // Lecturas.
  'loss.prediction': 'q̂ = softmax(z) = {q}',
  'loss.loss': 'Clase verdadera {k}: pérdida −log q̂_{k} = −log {qk} = {loss}',
  'loss.gradient':
    'Gradiente de la pérdida en nats: ∂pérdida/∂z = q̂ − onehot({k}) = {gradient} {units} por unidad de logit. Las flechas indican hacia dónde mueve cada logit un paso de gradiente: la clase verdadera hacia arriba, todas las demás hacia abajo.',
  'loss.gradient.bits':
    'Gradiente de la pérdida en bits: ∂pérdida/∂z = (q̂ − onehot({k}))/ln 2 = {gradient} {units} por unidad de logit. Las flechas indican hacia dónde mueve cada logit un paso de gradiente: la clase verdadera hacia arriba, todas las demás hacia abajo.',
  'loss.sample': 'n = {n} extracciones de P (semilla {seed}): P̂ = {empirical}',
  'loss.average': 'Pérdida media de q̂ sobre la muestra: H(P̂, q̂) = {sample}; al crecer n, tiende a H(P, q̂) = {limit}.',
  'loss.best':
    'En esta muestra ningún modelo baja de H(P̂) = {best}, valor que solo alcanza q̂ = P̂: el modelo que minimiza la pérdida media de entropía cruzada es el de máxima verosimilitud. Esta q̂ queda {gap} {units} por encima: D(P̂‖q̂).',
  'loss.neverDrawn':
    'Alguna clase no ha salido nunca, así que P̂ le da 0; una softmax nunca devuelve exactamente 0, así que con logits finitos solo puedes acercarte a ese mínimo.',

  // Descripciones de los gráficos y el anuncio.
  'loss.describe.logits':
    'Logits de las {count} clases: {logits}. La clase verdadera {k} está resaltada; las flechas muestran un paso de gradiente, hacia arriba para la clase verdadera y hacia abajo para las demás.',
  'loss.describe.prediction': 'Probabilidades predichas q̂ = {q}; la clase verdadera {k} recibe {qk}.',
  'loss.describe.mle':
    'Barras por clase: las frecuencias verdaderas P = {P}, las frecuencias en {n} extracciones P̂ = {empirical} y el modelo q̂ = {q}.',
  'loss.describe.convergence':
    'La pérdida media en las n primeras extracciones termina, en n = {n}, en H(P̂, q̂) = {sample}; su límite H(P, q̂) = {limit} y lo mejor que puede conseguir cualquier modelo en esta muestra, H(P̂) = {best}, se dibujan como líneas.',
  'loss.announce':
    'Clase verdadera {k}: pérdida {loss}. Pérdida media en la muestra {sample}; la mejor posible es {best}.',

  // La autoevaluación.
  'loss.check.question':
    'Extraes una muestra de etiquetas. ¿Qué modelo q̂ da la menor pérdida media −log q̂ en esa muestra?',
  'loss.check.true': 'La distribución P de la que se extrajeron las etiquetas',
  'loss.check.trueFeedback':
    'P gana en promedio sobre muchas muestras, pero no en esta: con n = {n} extracciones obtiene H(P̂, P) = {trueLoss}, que es H(P̂) = {best} más D(P̂‖P) = {gap}. Cualquier diferencia entre las frecuencias de la muestra y P supone un coste adicional.',
  'loss.check.trueFeedbackEqual':
    'En esta muestra, sí: con n = {n} extracciones las frecuencias P̂ han salido exactamente iguales a P, así que P coincide con las propias frecuencias de la muestra y obtiene H(P̂, P) = {trueLoss} = H(P̂) = {best}, la menor posible. Extrae una muestra nueva: normalmente P̂ difiere de P, y entonces P cuesta D(P̂‖P) más.',
  'loss.check.sample': 'Las propias frecuencias de la muestra, P̂',
  'loss.check.sampleFeedback':
    'La pérdida media es la entropía cruzada H(P̂, q̂) = H(P̂) + D(P̂‖q̂), y D(P̂‖q̂) es 0 solo en q̂ = P̂. Así que P̂ obtiene aquí H(P̂) = {best}, menos que cualquier otro modelo: es el modelo de máxima verosimilitud.',
  'loss.check.uniform': 'La distribución uniforme, que reparte sus apuestas',
  'loss.check.uniformFeedback':
    'Repartir las apuestas cuesta: el modelo uniforme obtiene log {count} = {uniform} en cualquier muestra, más que el H(P̂) = {best} de las propias frecuencias de la muestra.',
  'loss.check.uniformFeedbackEqual':
    'En esta muestra, sí: sus frecuencias P̂ han salido uniformes, así que el modelo uniforme es la propia P̂ y obtiene log {count} = {uniform} = H(P̂) = {best}, la menor posible. En la mayoría de las muestras P̂ no es uniforme, y entonces repartir las apuestas supone un coste adicional.',
  'loss.check.show': 'Muéstrame q̂ = P̂',

  // Panel: VAE.
  // El gráfico.
  'vae.posterior': 'q = N(μ, σ²): la estimación del codificador',
  'vae.prior': 'p = N(0, 1): la distribución a priori',
  'vae.other': 'N(μ₂, σ₂²): la otra normal',
  'vae.xAxis': 'z',
  'vae.yAxis': 'densidad',
  'vae.canvas':
    'Dimensión latente 1: la q del codificador, la distribución a priori N(0, 1), la verdadera distribución a posteriori y la otra normal',

  // Controles.
  'vae.control.mu': 'Media μ₁ de q en la dimensión 1',
  'vae.control.sigma': 'Anchura σ₁ de q en la dimensión 1',
  'vae.control.mu2': 'Media μ₂ de la otra normal',
  'vae.control.sigma2': 'Anchura σ₂ de la otra normal',
  'vae.twoNormals': 'Entre dos normales cualesquiera',

  // Lecturas.
  'vae.formula': 'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total}',
  'vae.formula.bits':
    'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total} = {bits} (los términos usan el logaritmo natural, así que están en nats; divide por ln 2 para obtener bits)',
  'vae.term.mean': '½μ² = {value}: atrae la media hacia 0',
  'vae.term.variance': '½σ² = {value}: penaliza una distribución a posteriori ancha',
  'vae.term.logVariance': '−½ ln σ² = {value}: penaliza una estrecha (crece sin límite cuando σ → 0)',
  'vae.term.constant': '−½ = {value}: hace que el total sea exactamente 0 en μ = 0, σ = 1',
  'vae.quadrature':
    'Comprobación por integración numérica de q log(q/p): {value}, que difiere de la forma cerrada en {difference} {units} (error estimado {error}, {evaluations} evaluaciones).',
  'vae.general.prior':
    'Con la segunda normal fijada en N(0, 1) (la distribución a priori), KL(q ‖ N(μ₂, σ₂²)) = {forward} es el término del VAE; el otro sentido, KL(N(0, 1) ‖ q) = {backward}, es distinto.',
  'vae.general.priorEqual':
    'Con la segunda normal fijada en N(0, 1) (la distribución a priori), KL(q ‖ N(μ₂, σ₂²)) = {forward} es el término del VAE; el otro sentido, KL(N(0, 1) ‖ q) = {backward}, coincide aquí (con σ = 1 los dos sentidos dan ½μ²), aunque en general es distinto.',
  'vae.general.other': 'KL(q ‖ N({mu2}, {sigma2}²)) = {forward}; KL(N({mu2}, {sigma2}²) ‖ q) = {backward}.',
  'vae.entropy.negative':
    'Entropía diferencial de q: ½ log(2πeσ²) = {h}. Es negativa porque σ está por debajo de 1/√(2πe) ≈ {zeroWidth}: q está tan concentrada (su densidad alcanza un máximo de {peak}) que q(z) > 1 en la mayor parte de su masa, así que −log q(z) es negativo ahí, y también lo es su media. A diferencia de la entropía discreta, la entropía diferencial no es una longitud media de código y puede bajar de 0; solo las diferencias, como la KL, conservan su significado.',
  'vae.entropy.peak':
    'Entropía diferencial de q: ½ log(2πeσ²) = {h}. La densidad alcanza un máximo de {peak}, por encima de 1, así que −log q(z) es negativo cerca del centro; promediado sobre q sigue siendo positivo. Solo se vuelve negativa para σ por debajo de 1/√(2πe) ≈ {zeroWidth}.',
  'vae.entropy.positive':
    'Entropía diferencial de q: ½ log(2πeσ²) = {h}. Baja {fall} cada vez que σ se reduce en un factor e, y se vuelve negativa para σ por debajo de 1/√(2πe) ≈ {zeroWidth}.',

  // La descripción del gráfico y el anuncio.
  'vae.describe':
    'Dimensión latente 1: la q = N({mu}, {sigma}²) del codificador frente a la distribución a priori p = N(0, 1) y la verdadera distribución a posteriori N({m1}, {s1}²); el término KL(q ‖ p) vale {kl}.',
  'vae.describe.other':
    'Dimensión latente 1: la q = N({mu}, {sigma}²) del codificador frente a la distribución a priori p = N(0, 1), con KL(q ‖ p) = {kl}, a la verdadera distribución a posteriori N({m1}, {s1}²) y a la otra normal N({mu2}, {sigma2}²), con KL(q ‖ N({mu2}, {sigma2}²)) = {forward}.',
  'vae.announce': 'ELBO = {elbo}; brecha = {gap}; KL(q ‖ N(0, 1)) = {kl}',
  'vae.announce.other':
    'ELBO = {elbo}; brecha = {gap}; KL(q ‖ N(0, 1)) = {kl}; KL(q ‖ N({mu2}, {sigma2}²)) = {forward}; KL(N({mu2}, {sigma2}²) ‖ q) = {backward}',

  // La autoevaluación.
  'vae.check.question':
    'El término KL del VAE, KL(q ‖ N(0, 1)), nunca es negativo. ¿Para qué salida q del codificador vale exactamente 0?',
  'vae.check.narrow': 'Una q muy estrecha (σ cerca de 0): el código más seguro',
  'vae.check.narrowFeedback':
    'Una q estrecha se penaliza sin límite: con σ = {narrow}, solo el término −½ ln σ² ya aporta {narrowLog}, y la KL vale {narrowKl}. La distribución a priori frena los códigos demasiado seguros de sí mismos.',
  'vae.check.meanZero': 'Cualquier q con media μ = 0, sea cual sea su anchura',
  'vae.check.meanZeroFeedback':
    'La media es solo la mitad de la historia: los términos de anchura ½σ² − ½ ln σ² − ½ suman 0 solo en σ = 1. Con μ = 0 pero σ = {wide}, la KL vale {wideKl}.',
  'vae.check.prior': 'Solo q = N(0, 1), la propia distribución a priori',
  'vae.check.priorFeedback':
    'En μ = 0 y σ = 1 los cuatro términos son ½μ² = {mean}, ½σ² = {variance}, −½ ln σ² = {logVariance} y −½ = −{constant}: se cancelan, así que KL = {zero}. q es entonces la propia distribución a priori.',
  'vae.check.show': 'Muéstrame μ = 0, σ = 1',

  // Panel: regiones de confianza.
  // Gráficos.
  'trust.action': 'acción {i}',
  'trust.klCurve': 'E_s D(π_old ‖ π_α): la media sobre los estados',
  'trust.budgetLine': 'presupuesto δ = {delta} {units}',
  'trust.maxStepLine': 'mayor paso dentro de δ: α = {alpha}',
  'trust.maxStepLineBeyond': 'mayor paso dentro de δ: α = {alpha}, fuera del gráfico',
  'trust.dot': 'tu paso α',
  'trust.stepAxis': 'tamaño de paso α',
  'trust.klAxis': 'KL en {units}',
  'trust.unclipped': 'objetivo sustituto sin recortar Σ π_old·r·A',
  'trust.clipped': 'objetivo sustituto recortado (ε = {epsilon})',
  'trust.penalized': 'recortado − β·KL (β = {beta})',
  'trust.surrogateAxis': 'objetivo sustituto',
  'trust.piOldLabel': 'π_old (arrastra)',
  'trust.piNewLabel': 'π_α en α = {alpha}',
  'trust.probabilityAxis': 'probabilidad',
  'trust.advantageLabel': 'ventaja A (arrastra)',
  'trust.advantageAxis': 'ventaja',
  'trust.policyCanvas': 'Política antigua (arrastra) y política actualizada sobre las acciones',
  'trust.advantageCanvas': 'Ventaja de cada acción; arrastra una barra para cambiarla',
  'trust.klCanvas':
    'Divergencia KL esperada de la actualización sobre los estados frente al tamaño de paso, con el presupuesto, el mayor paso permitido y la KL propia del estado seleccionado; arrastra el punto para cambiar α',
  'trust.ppoCanvas': 'Objetivos sustitutos de PPO frente al tamaño de paso',
  'trust.piOldBar': 'π_old de la acción {i}',
  'trust.advantageBar': 'ventaja de la acción {i}',

  // Controles.
  'trust.control.alpha': 'Tamaño de paso α',
  'trust.control.delta': 'Presupuesto de KL δ, en nats',
  'trust.control.epsilon': 'Recorte ε de PPO',
  'trust.control.beta': 'Penalización de KL β',
  'trust.control.n': 'Extracciones para los estimadores',
  'trust.control.seed': 'Semilla',
  'trust.ppoHeading': 'PPO: recorte en lugar de un presupuesto estricto',
  'trust.estimatorsHeading': 'Estimar la KL a partir de muestras',

  // Lecturas.
  'trust.step.inside': 'En α = {alpha}: E_s D(π_old ‖ π_α) = {kl}, dentro del presupuesto δ = {delta}.',
  'trust.step.outside': 'En α = {alpha}: E_s D(π_old ‖ π_α) = {kl}, fuera del presupuesto δ = {delta}.',
  'trust.budget':
    'La región de confianza de TRPO permite pasos hasta α = {alpha}, donde la KL esperada alcanza δ. TRPO encuentra ese paso mediante una búsqueda lineal: prueba tamaños de paso a lo largo de la dirección de actualización y se queda con el mayor que cumple la restricción.',
  'trust.budget.never':
    'En todos los estados, todas las acciones que π_old puede tomar tienen la misma ventaja, así que la actualización deja π_old como está: E_s D = 0 para todo α, y ningún paso sale nunca del presupuesto.',
  'trust.ppo':
    'El objetivo recortado deja de premiar un paso en cuanto el cociente de probabilidades r = π_α/π_old de una acción con ventaja positiva supera 1 + ε = {upper} (o el de una con ventaja negativa baja de 1 − ε = {lower}): es la versión suave de la región de confianza que usa PPO.',
  'trust.ppo.penalty': 'La penalización de KL curva el objetivo hacia abajo a medida que la política se aleja.',
  'trust.estimators':
    'A partir de {n} extracciones de π_old (semilla {seed}): k1 = −log r promedia {k1} ± {k1Error}, k3 = (r − 1) − log r promedia {k3} ± {k3Error}; la KL exacta es {exact}. Los dos son insesgados; k3 nunca es negativo y suele tener menos dispersión.',
  'trust.estimators.bits':
    'A partir de {n} extracciones de π_old (semilla {seed}): k1 = −log₂ r promedia {k1} ± {k1Error}, k3 = ((r − 1) − ln r)/ln 2 promedia {k3} ± {k3Error} (bits); la KL exacta es {exact}. Los dos son insesgados; k3 nunca es negativo y suele tener menos dispersión.',
  'trust.policy': 'Estado {s}: π_α = {policy}',

  // Descripciones de los gráficos.
  'trust.describe.policy':
    'Estado {s}, barras por acción: la política antigua π_old = {piOld} y la política actualizada π_α = {piNew} en α = {alpha}.',
  'trust.describe.advantage':
    'Estado {s}, ventajas de las acciones: {advantages}. La actualización desplaza probabilidad hacia las acciones cuya ventaja está por encima de la media bajo π_old y la aleja de las demás; solo cuentan las diferencias entre ventajas, y al crecer α la masa se concentra en la mejor acción.',
  'trust.describe.kl':
    'La KL esperada E_s D(π_old ‖ π_α) sube desde 0 en α = 0 y alcanza el presupuesto δ = {delta} en α = {maxStep}. Tu paso α = {alpha} tiene E_s D = {kl}, {position}. Una curva punteada muestra la KL propia del estado seleccionado.',
  'trust.describe.klNever':
    'En todos los estados, todas las acciones que π_old puede tomar tienen la misma ventaja, así que E_s D(π_old ‖ π_α) se queda en 0 para cualquier paso, por debajo del presupuesto δ = {delta}. Tu paso α = {alpha} tiene E_s D = {kl}, {position}.',
  'trust.describe.inside': 'dentro del presupuesto',
  'trust.describe.outside': 'fuera del presupuesto',
  'trust.describe.ppo':
    'Objetivos sustitutos para pasos α hasta {max}: el no recortado llega a {unclipped} en α = {max}; el recortado (ε = {epsilon}) alcanza su máximo, {clipped}, en α = {clippedAt}.',
  'trust.describe.ppoFlat':
    'Objetivos sustitutos para pasos α hasta {max}: el no recortado llega a {unclipped} en α = {max}; el recortado (ε = {epsilon}) se queda en {clipped} para cualquier paso.',
  'trust.describe.ppoPenalty':
    'Con la penalización de KL (β = {beta}) el valor más alto es {penalized}, en α = {penalizedAt}.',

  // La autoevaluación.
  'trust.check.question':
    '¿Qué le pasa a la KL esperada E_s D(π_old ‖ π_α) a medida que el tamaño de paso α crece desde 0?',
  'trust.check.same': 'Se queda igual, por grande que sea el paso',
  'trust.check.sameFeedback':
    'La actualización π_α ∝ π_old·exp(α·A) aleja más la política con cada aumento de α: con la política y las ventajas que tienes ahora, E_s D = {small} en α = {a}, pero {large} en α = {b}.',
  'trust.check.sameFeedbackFlat':
    'Con esta política y estas ventajas, sí: todas las acciones que π_old puede tomar tienen la misma ventaja, así que exp(α·A) las escala por igual y π_α es π_old para todo α. E_s D = {small} en α = {a} y {large} en α = {b}. Haz que las ventajas difieran y D crecerá con α.',
  'trust.check.shrinks': 'Disminuye: los pasos más grandes acercan π_α a π_old',
  'trust.check.shrinksFeedback':
    'En α = 0, π_α es la propia π_old y D = 0, lo mínimo que puede valer una divergencia KL; a partir de ahí solo puede crecer. Con la política y las ventajas que tienes ahora, E_s D = {small} en α = {a} y {large} en α = {b}.',
  'trust.check.shrinksFeedbackFlat':
    'En α = 0, π_α es la propia π_old y D = 0, lo mínimo que puede valer una divergencia KL, así que no puede disminuir. Con esta política y estas ventajas (todas las acciones que π_old puede tomar tienen la misma ventaja) tampoco crece: E_s D = {small} en α = {a} y {large} en α = {b}.',
  'trust.check.grows': 'Crece desde 0, así que un presupuesto de KL δ limita lo grande que puede ser α',
  'trust.check.growsFeedback':
    'En α = 0 la política no se ha movido y D = 0; los pasos más grandes alejan más π_α de π_old (ahora E_s D = {small} en α = {a} y {large} en α = {b}). Así que el presupuesto δ = {delta} permite pasos hasta α = {maxStep} y no más: es la región de confianza de TRPO.',
  'trust.check.growsFeedbackFlat':
    'Normalmente sí, pero aquí no: todas las acciones que π_old puede tomar tienen la misma ventaja, así que la actualización deja la política como está y D se queda en {small} en α = {a} y {large} en α = {b}. Nunca se alcanza ningún presupuesto δ. Haz que las ventajas difieran para ver crecer D.',
  'trust.check.show': 'Muéstrame el mayor paso dentro de δ',
  'trust.check.showBeyond': 'Muéstrame el mayor paso del gráfico (α = {alpha})',

  // Panel: resumen.
  'summary.caption':
    'Las tres magnitudes, para la P y la Q del panel de descomposición (sus valores predeterminados cuando esta tabla se muestra sola)',
  'summary.column.quantity': 'Magnitud',
  'summary.column.formula': 'Fórmula',
  'summary.column.meaning': 'Qué mide',
  'summary.column.now': 'Ahora',
  'summary.row.entropy': 'Entropía H(P)',
  'summary.row.crossEntropy': 'Entropía cruzada H(P, Q)',
  'summary.row.kl': 'Divergencia KL D(P‖Q)',
  'summary.meaning.entropy':
    'Cuán incierta es P: la longitud media de código más corta para extracciones de P, con un código construido para P.',
  'summary.meaning.crossEntropy':
    'La longitud media de código cuando el código está construido para el modelo Q pero las extracciones proceden de P.',
  'summary.meaning.kl':
    'La longitud adicional que se desperdicia al codificar con Q en lugar de con P; 0 solo cuando Q = P.',
  'summary.identity':
    'Entropía cruzada = entropía + KL: {cross} = {h} + {kl}. Como H(P) no depende de Q, minimizar la entropía cruzada respecto a Q minimiza la KL, y sobre datos eso es máxima verosimilitud.',
  'summary.identity.infinite': 'Aquí Q deja fuera un resultado que P puede producir, así que H(P, Q) = {h} + ∞ = ∞.',
  'summary.check.question': 'Comparada con la entropía H(P), la entropía cruzada H(P, Q) es siempre…',
  'summary.check.smaller': 'menor o igual: un modelo no puede costar más que la verdad',
  'summary.check.smallerFeedback':
    'Eso haría negativa la divergencia KL, y nunca lo es: H(P, Q) − H(P) = D(P‖Q) ≥ 0. Para P = {P} y Q = {Q}, H(P, Q) = {cross} es mayor que H(P) = {h}.',
  'summary.check.either': 'mayor o menor, según Q',
  'summary.check.eitherFeedback':
    'Q solo interviene a través de la divergencia KL, que nunca es negativa: H(P, Q) = H(P) + D(P‖Q), así que ningún modelo mejora lo que se obtiene codificando con la propia P. Para P = {P} y Q = {Q}: {cross} = {h} + {kl}.',
  'summary.check.larger': 'mayor o igual, e igual solo cuando Q = P',
  'summary.check.largerFeedback':
    'H(P, Q) = H(P) + D(P‖Q), y la divergencia KL nunca es negativa y es 0 solo cuando Q = P. Para P = {P} y Q = {Q}: {cross} = {h} + {kl}.',
  'summary.check.show': 'Muéstrame el caso de igualdad, Q = P',
};
