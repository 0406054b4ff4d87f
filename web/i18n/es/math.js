// Textos en español de las fórmulas compuestas y las deducciones paso a paso (web/derivation.js, web/derivations/).
export default {
  // El navegador de pasos.
  'derivation.previous': 'Paso anterior',
  'derivation.next': 'Paso siguiente',
  'derivation.formula': 'La fórmula de este paso (desplázate hacia los lados para verla entera)',
  'derivation.steps': 'Pasos',
  'derivation.stepOf': 'Paso {i} de {n}',
  'derivation.goTo': 'Paso {i}: {label}',
  'derivation.announce': 'Paso {i} de {n}: {label}. {text}',
  'derivation.live': 'Los números son los del panel de arriba: si lo cambias, cambian con él.',

  // Deducción 1: H(P, Q) = H(P) + D(P‖Q).
  'derivation.split.title': 'Paso a paso: por qué la entropía cruzada se divide en entropía más KL',
  'derivation.split.1.label': 'Definición',
  'derivation.split.1':
    'Parte de la definición: la entropía cruzada es tu sorpresa media −log Q_i cuando los resultados proceden de P. Para tus P y Q vale {ce}. (El logaritmo es el natural, porque la página está en nats.)',
  'derivation.split.1.bits':
    'Parte de la definición: la entropía cruzada es tu sorpresa media −log Q_i cuando los resultados proceden de P. Para tus P y Q vale {ce}. (El logaritmo es en base 2, porque la página está en bits.)',
  'derivation.split.2.label': 'Multiplicar por 1',
  'derivation.split.2':
    'Escribe Q_i como P_i por Q_i/P_i. Eso multiplica por P_i/P_i = 1 y no cambia nada. (Una categoría con P_i = 0 tiene peso 0 en la suma, así que nunca lo necesita.)',
  'derivation.split.3.label': 'Logaritmo de un producto',
  'derivation.split.3':
    'El logaritmo de un producto es la suma de los logaritmos: log(P_i · Q_i/P_i) = log P_i + log(Q_i/P_i), y log(Q_i/P_i) = −log(P_i/Q_i).',
  'derivation.split.4.label': 'Separar la suma',
  'derivation.split.4':
    'La suma de una diferencia es la diferencia de las sumas. La primera parte es la sorpresa media bajo las propias probabilidades de P; la segunda pondera el logaritmo del cociente, log(P_i/Q_i), por la frecuencia con que ocurre realmente cada resultado.',
  'derivation.split.5.label': 'Nombrar las partes',
  'derivation.split.5':
    'La primera parte es la entropía H(P); la segunda, la divergencia KL D(P‖Q). Como códigos: un código construido para Q gasta −log Q_i en el resultado i, {ce} en promedio; el mejor código, construido para la propia P, gasta H(P) = {h}, y ningún código lo hace mejor; la longitud adicional que pagas por creer en Q es D(P‖Q) = {kl}.',
  'derivation.split.5.infinite':
    'La primera parte es la entropía H(P) = {h}. Pero Q da a la categoría {i} probabilidad 0 mientras que P le da {p}: un código construido para Q no tiene palabra de código para un resultado que sí ocurre, así que H(P, Q) y D(P‖Q) valen las dos {ce}.',

  // Deducción 2: D(P‖Q) ≥ 0 por la desigualdad de Jensen.
  'derivation.jensen.title': 'Paso a paso: por qué la divergencia KL nunca es negativa',
  'derivation.jensen.1.label': 'Invertir el cociente',
  'derivation.jensen.1':
    'Solo cuentan las categorías con P_i > 0 (0 · log 0 = 0). Da la vuelta a cada fracción: log(P_i/Q_i) = −log(Q_i/P_i). Para tus P y Q, D(P‖Q) = {kl}.',
  'derivation.jensen.2.label': 'Una media de logaritmos',
  'derivation.jensen.2':
    'Llama x_i = Q_i/P_i. Los pesos P_i suman 1, así que −D(P‖Q) es una media ponderada de las alturas log x_i: en la figura, cada categoría es un punto (x_i, log x_i) sobre la curva logarítmica, dibujado más grande cuanto mayor es P_i. Su altura media ponderada es {meanLog}, que es −D(P‖Q), con D(P‖Q) = {kl}.',
  'derivation.jensen.2.infinite':
    'Llama x_i = Q_i/P_i. Los pesos P_i suman 1, así que −D(P‖Q) es una media ponderada de las alturas log x_i. Aquí Q_i = 0 para una categoría con P_i > 0, así que su x_i es 0 y su altura log 0 es menos infinito: la altura media es {meanLog} y D(P‖Q) = {kl}. La figura deja fuera ese punto.',
  'derivation.jensen.3.label': 'La desigualdad de Jensen',
  'derivation.jensen.3':
    'La curva logarítmica es cóncava: se curva hacia abajo, así que toda cuerda entre dos de sus puntos queda por debajo de ella. Por tanto, una media ponderada de puntos de la curva (el rombo) queda por debajo de la curva en la x media (el triángulo): la media de los logaritmos es como mucho el logaritmo de la media. Aquí {meanLog} ≤ {logMean}.',
  'derivation.jensen.4.label': 'La x media',
  'derivation.jensen.4':
    'La x media es Σ P_i · Q_i/P_i: los P_i se cancelan, y queda la probabilidad total que Q da a las categorías donde P_i > 0, como mucho 1 (aquí {meanX}). El logaritmo de un número no mayor que 1 es como mucho 0: {logMean}.',
  'derivation.jensen.5.label': 'Juntarlo todo',
  'derivation.jensen.5':
    '−D(P‖Q) es como mucho el logaritmo de la x media, que es como mucho 0. Así que D(P‖Q) ≥ 0 para cualesquiera P y Q: aquí D(P‖Q) = {kl}.',
  'derivation.jensen.6.label': '¿Cuándo vale 0?',
  'derivation.jensen.6':
    'Las dos desigualdades tienen que ser igualdades. El logaritmo es estrictamente cóncavo, así que una media de sus puntos está sobre la curva solo cuando todos los puntos están en la misma x: Q_i = c · P_i para todo i. Y la x media tiene que ser exactamente 1, así que c = 1: Q = P.',
  'derivation.jensen.6.equal': 'Tu Q es igual a P: todos los puntos están en x = 1, a altura 0, y D(P‖Q) = {kl}.',
  'derivation.jensen.6.oneX':
    'Todos tus puntos están en la misma x = {x}, así que aquí la desigualdad de Jensen es una igualdad. Pero Q da solo {meanX} de su probabilidad a las categorías donde P es positiva, así que la x media está por debajo de 1, su logaritmo es {logMean}, y D(P‖Q) = {kl}, exactamente menos ese logaritmo.',
  'derivation.jensen.6.apart':
    'Tus puntos se extienden de x = {low} a x = {high}, así que la media cae por debajo de la curva y D(P‖Q) = {kl} > 0. Pulsa «Hacer Q = P» bajo las barras de arriba para ponerlos todos en x = 1.',
  'derivation.jensen.chart.canvas':
    'La curva logarítmica con un punto por categoría, de tamaño según P, y su media ponderada',
  'derivation.jensen.chart.curve': 'log x',
  'derivation.jensen.chart.points': 'puntos (Q_i/P_i, log Q_i/P_i), tamaño ∝ P_i',
  'derivation.jensen.chart.mean': 'media ponderada de los puntos',
  'derivation.jensen.chart.logMean': 'la curva en la x media',
  'derivation.jensen.chart.x': 'x = Q_i / P_i',
  'derivation.jensen.chart.y': 'log x en {units}',
  'derivation.jensen.chart.describe':
    'La curva cóncava log x con {count} puntos sobre ella, uno por cada categoría donde P es positiva. Su media ponderada por P está en x = {meanX}, a altura {meanLog}, por debajo de la altura de la curva en ese punto, {logMean}.',
  'derivation.jensen.chart.describeInfinite':
    'La curva cóncava log x con los puntos de las {count} categorías donde P es positiva; un punto donde Q es 0 está en menos infinito y se deja fuera, así que D(P‖Q) = {kl}.',

  // Deducción 3: la entropía cruzada sobre una muestra es la log-verosimilitud negativa.
  'derivation.likelihood.title': 'Paso a paso: por qué minimizar la entropía cruzada maximiza la verosimilitud',
  'derivation.likelihood.1.label': 'Pérdida media',
  'derivation.likelihood.1':
    'Toma la muestra del panel: n = {n} etiquetas x_1, …, x_n extraídas de P (semilla {seed}). La pérdida del modelo en la etiqueta x_i es −log q̂(x_i); su media sobre la muestra, calculada extracción a extracción, es {average}.',
  'derivation.likelihood.2.label': 'Logaritmo del producto',
  'derivation.likelihood.2':
    'Una suma de logaritmos es el logaritmo del producto, así que la pérdida media es −1/n por el logaritmo de la verosimilitud Π q̂(x_i), la probabilidad que el modelo dio a toda la muestra. Aquí la log-verosimilitud es {logLikelihood} (logaritmo natural; la verosimilitud misma es demasiado pequeña para escribirla).',
  'derivation.likelihood.2.bits':
    'Una suma de logaritmos es el logaritmo del producto, así que la pérdida media es −1/n por el logaritmo de la verosimilitud Π q̂(x_i), la probabilidad que el modelo dio a toda la muestra. Aquí la log-verosimilitud es {logLikelihood} (logaritmo en base 2; la verosimilitud misma es demasiado pequeña para escribirla).',
  'derivation.likelihood.3.label': 'Agrupar etiquetas iguales',
  'derivation.likelihood.3':
    'El orden de las extracciones no importa: cada etiqueta k extraída c_k veces aporta c_k veces el factor q̂_k al producto. Los recuentos de la muestra son {counts}.',
  'derivation.likelihood.4.label': 'Frecuencias',
  'derivation.likelihood.4':
    'c_k/n es la proporción de veces que aparece la etiqueta k en la muestra: su frecuencia P̂_k; aquí P̂ = {empirical}. Lo que queda es la entropía cruzada entre las frecuencias de la muestra y el modelo, H(P̂, q̂) = {crossEntropy}, el mismo número que la pérdida media, {average}.',
  'derivation.likelihood.5.label': 'Mínimo = máximo',
  'derivation.likelihood.5':
    'Multiplicar por −1/n y tomar el logaritmo convierte «mayor» en «menor», así que el modelo con la menor entropía cruzada sobre la muestra es el de mayor verosimilitud. Por la descomposición, H(P̂, q̂) = H(P̂) + D(P̂‖q̂): es mínima, H(P̂) = {best}, cuando q̂ = P̂. Este modelo queda D(P̂‖q̂) = {gap} por encima de ese mínimo: {crossEntropy}.',
};
