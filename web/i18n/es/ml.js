// Textos en español de «ml»: la ELBO del panel del VAE, las preguntas de
// «predice primero» de los paneles de pérdida, VAE y regiones de confianza, y
// sus desplegables.
export default {
  // Panel: VAE, la ELBO.
  'vae.try':
    'Prueba esto primero: lleva la anchura σ₁ de q hacia 0 y observa cómo el término de reconstrucción y el término KL tiran de la ELBO en sentidos opuestos; después pulsa «Muéstrame la mejor q».',
  'vae.words':
    'Palabras que se usan aquí. La variable latente z es el código oculto con el que el modelo explica los datos x (aquí, dos números, z₁ y z₂). La distribución a priori p(z) = N(0, I) describe cómo son los códigos antes de ver x. El decodificador p(x | z) = N(x; z, s²) dice lo probable que es x para un código z. La distribución a posteriori p(z | x) describe cómo deberían ser los códigos después de ver x. El codificador q(z | x) = N(μ, σ²) es la estimación que hace la red de esa distribución a posteriori. La ELBO (cota inferior de la evidencia) es reconstrucción − KL(q ‖ p(z)), una cota inferior de log p(x) que un VAE maximiza.',
  'vae.truePosterior': 'p(z | x): la verdadera distribución a posteriori',
  'vae.dim1': 'Dimensión latente 1 (la que se dibuja)',
  'vae.dim2': 'Dimensión latente 2',
  'vae.control.muB': 'Media μ₂ de q en la dimensión 2',
  'vae.control.sigmaB': 'Anchura σ₂ de q en la dimensión 2',
  'vae.control.x1': 'Punto de datos, coordenada x₁',
  'vae.control.x2': 'Punto de datos, coordenada x₂',
  'vae.control.noise': 'Ruido del decodificador s',
  'vae.actions': 'Codificador',
  'vae.best': 'Muéstrame la mejor q',
  'vae.bestTitle': 'Hacer que q sea la verdadera distribución a posteriori en las dos dimensiones: la brecha se cierra',
  'vae.moreSettings': 'Más ajustes: el punto de datos y el decodificador',
  'vae.klHeading': 'El término KL de la dimensión 1, término a término',
  'vae.howComputed': 'Cómo se calcula',
  'vae.howComputedText':
    'Cada número de este panel sale de formas cerradas evaluadas en C++ compilado a WebAssembly: el modelo es lineal y gaussiano, así que el término de reconstrucción, la KL, log p(x) y la brecha no necesitan muestreo. La KL de la dimensión 1 se comprueba además de forma independiente mediante integración numérica adaptativa:',
  'vae.elbo.terms':
    'ELBO = reconstrucción − KL = {reconstruction} − {kl} = {elbo}. El término de reconstrucción E_q[log p(x | z)] premia los códigos que explican x; el término KL atrae q hacia la distribución a priori N(0, I).',
  'vae.elbo.bound':
    'log p(x) = {evidence} = ELBO {elbo} + brecha {gap}: la ELBO se queda por debajo de log p(x), y la brecha es KL(q ‖ p(z | x)), lo lejos que está el codificador de la verdadera distribución a posteriori.',
  'vae.elbo.closed':
    'log p(x) = {evidence} = ELBO {elbo} + brecha {gap}: q es la verdadera distribución a posteriori, así que la brecha KL(q ‖ p(z | x)) se ha cerrado y la cota es ajustada.',
  'vae.elbo.dimensions':
    'La KL se suma sobre las dimensiones latentes: {kl1} (dimensión 1) + {kl2} (dimensión 2) = {kl}.',
  'vae.elbo.posterior':
    'El punto de datos es x = ({x1}, {x2}) y el ruido del decodificador es s = {s}. La verdadera distribución a posteriori es N(x/(1 + s²), s²/(1 + s²)) en cada dimensión: N({m1}, {s1}²) y N({m2}, {s2}²).',

  // Predice: VAE.
  'vae.predict.question':
    'Antes de mirar los términos: a medida que la anchura σ de q se reduce hacia 0, ¿qué término de KL(q ‖ N(0, 1)) crece sin límite?',
  'vae.predict.mean': '½μ², el término de la media',
  'vae.predict.variance': '½σ², el término de la varianza',
  'vae.predict.logVariance': '−½ ln σ², el término del logaritmo de la varianza',
  'vae.predict.right':
    'Correcto. Con σ = {narrow} y tu μ, −½ ln σ² = {logVariance}, mientras que ½σ² = {variance} casi ha desaparecido y ½μ² = {mean} no depende de σ en absoluto. Un código demasiado seguro de sí mismo cuesta sin límite.',
  'vae.predict.wrong':
    'Ese no. Con σ = {narrow} y tu μ, el término que elegiste vale {picked}; se mantiene acotado. El término que crece es −½ ln σ² = {logVariance}: una q estrecha se penaliza sin límite.',

  // Panel: pérdida.
  'loss.try':
    'Prueba esto primero: arrastra arriba y abajo el logit de la clase verdadera y observa cómo su probabilidad q̂ₖ y la pérdida −log q̂ₖ se mueven en sentidos opuestos.',
  'loss.words':
    'Palabras que se usan aquí. Una distribución objetivo one-hot pone toda su probabilidad en la clase verdadera y 0 en todas las demás, así que la entropía cruzada conserva un solo término. Una estimación es insesgada cuando su media sobre muchas muestras es igual a la magnitud que estima: la pérdida media sobre una muestra extraída de P es una estimación insesgada de H(P, q̂).',
  'loss.temperatureControl': 'Temperatura T: los logits se dividen por T',
  'loss.temperature.one':
    'Con T = {T} los logits se usan tal cual: softmax(z/T) = q̂ = {qT}, con entropía H = {hT}, y la pérdida es {loss}. Mueve T para dividir cada logit por ella: es el camino de temperatura de la sección 3, porque softmax(z/T) ∝ q̂^(1/T).',
  'loss.temperature.hot':
    'Dividir los logits por T = {T} da softmax(z/T) = {qT}: q̂ con temperatura, q̂^(1/T), como en la sección 3. Por encima de T = 1 es más plana: H = {hT} frente a {h1} en T = 1. La clase verdadera {k} recibe {qk}, una pérdida de {loss}.',
  'loss.temperature.cold':
    'Dividir los logits por T = {T} da softmax(z/T) = {qT}: q̂ con temperatura, q̂^(1/T), como en la sección 3. Por debajo de T = 1 es más aguda: H = {hT} frente a {h1} en T = 1. La clase verdadera {k} recibe {qk}, una pérdida de {loss}.',
  'loss.moreSettings': 'Más ajustes: tamaño de la muestra y semilla',

  // Predice: pérdida.
  'loss.predict.question':
    'El modelo da a la clase verdadera {k} la probabilidad q̂ₖ = {qk}. Antes de que lo muestre la lectura: ¿cuánto vale la pérdida −log q̂ₖ en {units}?',
  'loss.predict.label': 'Tu pérdida en {units}',
  'loss.predict.right':
    'Correcto: −log {qk} = {loss} (es decir, {other}). Tu estimación, {guess}, está a menos del 5 % de ese valor.',
  'loss.predict.high':
    'Demasiado alta: tu estimación, {guess}, está por encima de −log {qk} = {loss} (es decir, {other}). Una pérdida tan grande necesitaría una q̂ₖ más pequeña.',
  'loss.predict.low':
    'Demasiado baja: tu estimación, {guess}, está por debajo de −log {qk} = {loss} (es decir, {other}). Solo q̂ₖ = 1 da una pérdida de 0; cualquier probabilidad menor cuesta más.',

  // Panel: regiones de confianza, sobre varios estados, como tarea guiada.
  'trust.try':
    'Prueba esto primero: en el paso 2, arrastra el punto del gráfico de la KL hasta que la KL esperada toque justo la línea del presupuesto.',
  'trust.words':
    'Palabras que se usan aquí. Una política π(a | s) da a cada acción a una probabilidad en el estado s. La ventaja A(s, a) dice cuánto mejor salió la acción a de lo que la política consigue en promedio en s. La actualización de aquí, π_α ∝ π_old·exp(α·A), desplaza probabilidad hacia las acciones con mayor ventaja, tanto más cuanto mayor es el paso α. El objetivo sustituto es lo que TRPO maximiza en lugar del retorno verdadero: E_s E_(a∼π_old)[r·A] con r = π_α/π_old, una estimación calculada a partir de acciones que π_old ya tomó. Una búsqueda lineal prueba tamaños de paso a lo largo de la dirección de actualización hasta que uno cumple la restricción.',
  'trust.control.state': 'Estado mostrado',
  'trust.stateOption': 'Estado {s} (frecuencia de visita {rho})',
  'trust.klCurveState': 'D solo en el estado {s}',
  'trust.task.pick':
    'Elige un estado. Cada estado s tiene su propia política antigua π_old(· | s) y sus propias ventajas; arrastra las barras o usa las flechas del teclado para cambiarlas.',
  'trust.task.budget':
    'Mueve el tamaño de paso α hasta que la KL esperada alcance el presupuesto δ. La restricción de TRPO es una media sobre los estados que visita la política antigua: E_s D(π_old(· | s) ‖ π_α(· | s)) ≤ δ.',
  'trust.task.ppo':
    'Compara con el recorte de PPO (para el estado que has elegido): en lugar de un presupuesto estricto, PPO deja de premiar cocientes r más allá de 1 ± ε.',
  'trust.moreSettings': 'Más ajustes: penalización de KL y estimación de la KL a partir de muestras',
  'trust.states':
    'En α = {alpha}, estado por estado: estado 1 (frecuencia de visita {rho1}) D = {kl1}, aportación {share1}; estado 2 (frecuencia de visita {rho2}) D = {kl2}, aportación {share2}; estado 3 (frecuencia de visita {rho3}) D = {kl3}, aportación {share3}. Las aportaciones suman la esperanza E_s D = {total}.',
  'trust.importance.inside':
    'El cociente r = π_α/π_old es el peso de importancia: el objetivo sustituto E_s E_(a∼π_old)[r·A] = {surrogate} (valía {old} en α = 0) se estima a partir de acciones que tomó π_old, cada una reponderada por r. Dentro del presupuesto los pesos se mantienen cerca de 1: el mayor es {maxRatio} y E[r²] = {second}, así que un lote de n muestras vale aproximadamente {share} de n. Una KL pequeña mantiene fiable la estimación.',
  'trust.importance.outside':
    'El cociente r = π_α/π_old es el peso de importancia: el objetivo sustituto E_s E_(a∼π_old)[r·A] = {surrogate} (valía {old} en α = 0) se estima a partir de acciones que tomó π_old, cada una reponderada por r. Fuera del presupuesto los pesos se dispersan: el mayor es {maxRatio} y E[r²] = {second}, así que un lote de n muestras solo vale aproximadamente {share} de n. Lejos de π_old, unas pocas muestras con mucho peso deciden la estimación, y su varianza se dispara: eso es lo que evita el presupuesto de KL.',

  // Predice: regiones de confianza.
  'trust.predict.question':
    'El mayor paso de TRPO está donde la KL esperada alcanza el presupuesto δ. Si reduces el presupuesto a la mitad, ¿qué le pasa al mayor paso?',
  'trust.predict.half': 'También se reduce a la mitad',
  'trust.predict.root': 'Se reduce en un factor de aproximadamente √2 (a unos 0,71 de su valor)',
  'trust.predict.same': 'Se queda igual',
  'trust.predict.right':
    'Correcto. Con δ = {delta} el mayor paso es α = {full}; con δ/2 = {half} es α = {halfStep}. Cerca de α = 0 la KL crece como el cuadrado del paso (aproximadamente ½α²·Var(A)), así que la mitad del presupuesto permite aproximadamente 1/√2 del paso.',
  'trust.predict.wrong':
    'No exactamente. Con δ = {delta} el mayor paso es α = {full}; con δ/2 = {half} es α = {halfStep}. Cerca de α = 0 la KL crece como el cuadrado del paso (aproximadamente ½α²·Var(A)), no en proporción a él, así que la mitad del presupuesto permite aproximadamente 1/√2 del paso.',
  'trust.predict.other.right':
    'Correcto para estas políticas. Con δ = {delta} el mayor paso es α = {full}; con δ/2 = {half} es α = {halfStep}. Para pasos pequeños la KL crece como el cuadrado del paso, lo que daría un factor √2; estas políticas están lo bastante lejos de ese régimen como para que el factor sea distinto.',
  'trust.predict.other.wrong':
    'No para estas políticas. Con δ = {delta} el mayor paso es α = {full}; con δ/2 = {half} es α = {halfStep}. Para pasos pequeños la KL crece como el cuadrado del paso, lo que daría un factor √2; estas políticas están lo bastante lejos de ese régimen como para que el factor sea distinto.',
};
