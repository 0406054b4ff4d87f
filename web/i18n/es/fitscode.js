// El panel de códigos y, en el panel de ajustes, la figura de los integrandos
// y su pregunta (ingeniero «fitscode», issue 13).
export default {
  // Panel: códigos.
  'coding.title': 'La entropía como longitud de código: los bits que desperdicias con el código equivocado',
  'coding.heading': 'La entropía como longitud de código: los bits que desperdicias con el código equivocado',
  'coding.intro':
    'Envía los símbolos A, B, C y D por un cable que solo transporta ceros y unos. Un **código** da a cada símbolo una palabra de código; si ninguna palabra de código es el comienzo de otra (un **código prefijo**), una secuencia de dígitos se decodifica sin separadores. Un símbolo de probabilidad q cuesta idealmente −log₂ q dígitos binarios, así que un código construido a partir de un modelo Q le asigna ⌈−log₂ q⌉ dígitos. Los símbolos proceden en realidad de P. Con el código propio de P, un símbolo cuesta en promedio unos H(P) bits; con el código de Q, unos H(P, Q) bits; la diferencia, D(P‖Q), es lo que creer en Q desperdicia en cada símbolo.',
  'coding.try':
    'Prueba esto: arrastra hacia arriba la barra de A en Q, hacia la de P, y observa cómo se acorta la palabra de código de A en el código de Q y cómo se reduce el desperdicio D(P‖Q).',
  'coding.P': 'P (con qué frecuencia se envía cada símbolo)',
  'coding.Q': 'Q (el modelo a partir del cual se construye el código)',
  'coding.xAxis': 'símbolo',
  'coding.yAxis': 'probabilidad',
  'coding.barsCanvas': 'Barras de P y Q sobre los símbolos A a D; arrastra una barra para cambiarla',
  'coding.entry': '{which} de {symbol}',
  'coding.presets.Q': 'Modelo Q',
  'coding.presets.P': 'Fuente P',
  'coding.preset.uniform': 'Uniforme',
  'coding.preset.copy': 'Hacer Q = P',
  'coding.preset.reversed': 'P al revés',
  'coding.preset.dyadic': '½, ¼, ⅛, ⅛',
  'coding.ownCode':
    'El código propio de P: {avg} dígitos binarios por símbolo en promedio. Lo ideal es H(P) = {h} = {hb}; usar dígitos enteros cuesta menos de un dígito más.',
  'coding.ownCode.bits':
    'El código propio de P: {avg} dígitos binarios por símbolo en promedio. Lo ideal es H(P) = {h}; usar dígitos enteros cuesta menos de un dígito más.',
  'coding.modelCode':
    'El código de Q: {avg} dígitos binarios por símbolo de P en promedio. Lo ideal es H(P, Q) = {ce} = {ceb}, la media de −log₂ q sobre lo que envía P.',
  'coding.modelCode.bits':
    'El código de Q: {avg} dígitos binarios por símbolo de P en promedio. Lo ideal es H(P, Q) = {ce}, la media de −log₂ q sobre lo que envía P.',
  'coding.modelCode.none':
    'El código de Q no tiene palabra de código para {symbol}: Q le da probabilidad 0 y, sin embargo, P lo envía. No todos los mensajes de P se pueden enviar, y H(P, Q) = {ce}.',
  'coding.wasted': 'Desperdiciado en cada símbolo por creer en Q: D(P‖Q) = H(P, Q) − H(P) = {ce} − {h} = {kl}.',
  'coding.wasted.infinite': 'Desperdiciado en cada símbolo por creer en Q: D(P‖Q) = {kl}.',
  'coding.kraft':
    'Los dos códigos son códigos prefijo. La suma de Kraft Σ 2^−longitud es {kp} para el código de P y {kq} para el de Q: como mucho 1, como debe ser en todo código prefijo.',
  'coding.huffman':
    'El código de Huffman, el código prefijo más corto para P, usa en promedio {huffman} dígitos binarios por símbolo, frente a {own} del código de ⌈−log₂ p⌉ dígitos.',
  'coding.message': 'Un mensaje de {n} símbolos extraídos de P: {symbols}',
  'coding.stream.P': 'Con el código de P, {n} dígitos binarios: {bits}',
  'coding.stream.Q': 'Con el código de Q, {n} dígitos binarios: {bits}',
  'coding.stream.none': 'El código de Q no puede enviar este mensaje: {symbol} no tiene palabra de código.',
  'coding.codeword': '{word}',
  'coding.codeword.long': '{start}… ({n} dígitos)',
  'coding.codeword.empty': 'no hace falta ninguna (0 dígitos)',
  'coding.codeword.none': 'ninguna (probabilidad 0)',
  'coding.note.noCode':
    '{which} suma apenas algo más de 1 y da a un símbolo menos de 2⁻²⁹, así que las longitudes ⌈−log₂ q⌉ no dejan sitio para un código prefijo: no se construye ningún código a partir de {which}. Vuelve a introducir sus valores.',
  'coding.describe.bars': 'Barras sobre los símbolos A a D. P = {P}, Q = {Q}.',
  'coding.table.caption': 'Los dos códigos, símbolo a símbolo (escribe aquí P y Q)',
  'coding.table.symbol': 'Símbolo',
  'coding.table.p': 'P',
  'coding.table.q': 'Q',
  'coding.table.ideal': '−log₂ q (dígitos ideales)',
  'coding.table.codeQ': 'Palabra de código de Q',
  'coding.table.codeP': 'Palabra de código de P',
  'coding.table.invalid': '{entry} debe ser un número entre 0 y 1; se sigue usando el valor anterior.',
  'coding.messageButtons': 'Mensaje:',
  'coding.newMessage': 'Extraer un mensaje nuevo',
  'coding.how.summary': 'Cómo se calcula',
  'coding.how.text':
    'Cada código es el de Shannon: el símbolo i recibe ⌈−log₂ q_i⌉ dígitos binarios, y las palabras de código se reparten de la más corta a la más larga, cada una igual a la anterior más uno. Eso siempre funciona, porque las longitudes mantienen la suma de Kraft en 1 como mucho. Las longitudes de código se cuentan en dígitos binarios, sean cuales sean las unidades de la página; un dígito binario transporta como mucho un bit, y 1 bit = ln 2 nats ≈ 0,693 nats. El mensaje se extrae con un generador con semilla, así que un enlace lo reproduce.',
  'coding.check.question':
    'Un modelo Q da a un símbolo probabilidad ⅛. ¿Cuántos dígitos binarios ocupa su palabra de código en el código construido a partir de Q?',
  'coding.check.three': '3',
  'coding.check.eight': '8',
  'coding.check.eighth': '⅛',
  'coding.check.threeFeedback':
    'Correcto: −log₂ ⅛ = {ideal}. Cada dígito binario reduce a la mitad las posibilidades, y tres divisiones entre dos llevan a un octavo.',
  'coding.check.eightFeedback':
    'No exactamente: eso gastaría un dígito por cada octavo. La longitud es −log₂ ⅛ = {ideal}: tres divisiones entre dos llevan a un octavo.',
  'coding.check.eighthFeedback':
    'No exactamente: una longitud cuenta dígitos, y una palabra de código no puede tener una fracción de dígito. Es −log₂ ⅛ = {ideal}.',
  'coding.check.show': 'Muéstrame Q = ½, ¼, ⅛, ⅛',
  'coding.predict.question':
    'Antes de mirar: con el código de Q, ¿cuántos dígitos binarios ocupa en promedio un símbolo de P? (Usa la tabla de palabras de código.)',
  'coding.predict.label': 'Dígitos binarios por símbolo',
  'coding.predict.right':
    'Correcto: el código de Q usa en promedio {avg} dígitos binarios por símbolo; tú dijiste {guess}.',
  'coding.predict.low':
    'El código de Q usa en promedio {avg} dígitos binarios por símbolo, más que tu estimación, {guess}: pondera la longitud de cada palabra de código por la frecuencia con que P envía su símbolo.',
  'coding.predict.high':
    'El código de Q usa en promedio {avg} dígitos binarios por símbolo, menos que tu estimación, {guess}: pondera la longitud de cada palabra de código por la frecuencia con que P envía su símbolo.',

  // Panel: ajustes, la figura de los integrandos, la pregunta y las notas (issue 13).
  'fits.try':
    'Prueba esto: aleja un rombo del otro. El ajuste directo, de trazo discontinuo, se estira para cubrir los dos modos; el ajuste inverso, punteado, salta a uno de ellos.',
  'fits.moreControls': 'Más controles: anchuras y peso de los modos',
  'fits.integrand.heading': 'Dónde paga cada sentido',
  'fits.integrand.forwardCurve': 'p·log(p/q), Q del ajuste directo: área = D(P‖Q)',
  'fits.integrand.reverseCurve': 'q·log(q/p), Q del ajuste inverso: área = D(Q‖P)',
  'fits.integrand.yAxis': 'integrando ({units} por unidad de x)',
  'fits.integrandCanvas':
    'Los integrandos de las dos divergencias a lo largo de x, cada uno para su propio ajuste, sombreados por encima de cero en su color y por debajo de cero en morado',
  'fits.integrand.forward':
    'Directa: p·log(p/q) suma D(P‖Q) = {kl}. Paga más en x = {x} (altura {y}), donde P tiene masa y Q demasiado poca; donde p ≈ 0 apenas cuesta nada, haga lo que haga Q ahí.',
  'fits.integrand.forwardFlat': 'Directa: p·log(p/q) es plano aquí, y su área es D(P‖Q) = {kl}.',
  'fits.integrand.reverse':
    'Inversa: q·log(q/p) suma D(Q‖P) = {kl}. Paga más en x = {x} (altura {y}), donde Q tiene masa y P demasiado poca; donde q ≈ 0 no cuesta nada, así que un modo entero de P puede quedar sin cubrir.',
  'fits.integrand.reverseFlat': 'Inversa: q·log(q/p) es plano aquí, y su área es D(Q‖P) = {kl}.',
  'fits.negative.forward':
    'El integrando directo baja hasta {y} en x = {x}, donde q está por encima de p: un punto puede contar en contra de la divergencia, pero su total D(P‖Q) = {kl} es al menos 0.',
  'fits.negative.reverse':
    'El integrando inverso baja hasta {y} en x = {x}, donde p está por encima de q: un punto puede contar en contra de la divergencia, pero su total D(Q‖P) = {kl} es al menos 0.',
  'fits.asymmetry':
    'No es una métrica de distancia: para el mismo par, P y la Q del ajuste directo, D(P‖Q) = {a} pero D(Q‖P) = {b}. Una distancia es igual en los dos sentidos y cumple la desigualdad triangular; la divergencia KL no cumple ninguna de las dos cosas.',
  'fits.asymmetry.same':
    'Para P y la Q del ajuste directo, D(P‖Q) = {a} y D(Q‖P) = {b} coinciden aquí, pero solo por una casualidad de la forma: en general difieren, y la divergencia KL no es una métrica de distancia.',
  'fits.zeroForcing':
    'La KL inversa **fuerza ceros** (en inglés, *zero-forcing*): donde p ≈ 0, cualquier q > 0 hace grande q·log(q/p), así que el ajuste inverso mantiene q ≈ 0 ahí, aunque eso deje fuera un modo. La KL directa evita ceros (*zero-avoiding*): donde p > 0, q ≈ 0 hace grande p·log(p/q), así que el ajuste directo mantiene q > 0 allí donde P tiene masa.',
  'fits.describe.integrands':
    'Dos curvas a lo largo de x: el integrando directo p·log(p/q) tiene su máximo en x = {fx} y área D(P‖Q) = {kl}; el integrando inverso q·log(q/p) tiene su máximo en x = {rx} y área D(Q‖P) = {rkl}.',
  'fits.how.summary': 'Cómo se calcula',
  'fits.how.text':
    'El ajuste directo tiene forma cerrada: Q toma la media y la varianza de P. El ajuste inverso es un mínimo numérico de D(Q‖P), buscado desde varios puntos de partida. Las divergencias de los dos ajustes son integrales numéricas, con una precisión de unos 10⁻¹⁴; las curvas de los integrandos se dibujan con 361 puntos.',
  'fits.predict.question':
    'Antes de mirar: la curva del ajuste inverso está oculta. ¿Dónde caerá su centro a lo largo de x? Arrastra allí el marcador de tu estimación (o usa las flechas del teclado).',
  'fits.predict.label': 'Tu estimación del centro del ajuste inverso',
  'fits.predict.right':
    'Correcto: el ajuste inverso está en μ = {mu}. Una gaussiana de su anchura en tu x = {guess} obtiene D(Q‖P) = {yours}, cerca del {best} del ajuste.',
  'fits.predict.wrong':
    'El ajuste inverso está en μ = {mu}. Una gaussiana de su anchura en tu x = {guess} obtiene D(Q‖P) = {yours}, bastante por encima del {best} del ajuste: pone masa donde P tiene poca.',
  'fits.predict.rightTie':
    'Correcto: el ajuste inverso se sitúa en un modo, en μ = {mu} o, igual de bien, en μ = {other}. Una gaussiana de su anchura en tu x = {guess} obtiene D(Q‖P) = {yours}, cerca del {best} del ajuste.',
  'fits.predict.wrongTie':
    'El ajuste inverso se sitúa en un modo, en μ = {mu} o, igual de bien, en μ = {other}. Una gaussiana de su anchura en tu x = {guess} obtiene D(Q‖P) = {yours}, bastante por encima del {best} del ajuste: pone masa donde P tiene poca.',
};
