// Textos en español de la parte «area» (issue 13): la entropía como sorpresa
// esperada dibujada como áreas (moneda, extremos, descomposición), extracciones
// que puedes observar, lo primero que probar en cada panel y sus preguntas de
// «predice primero».
export default {
  // La figura de áreas, palabras compartidas.
  'area.xAxis': 'probabilidad (anchura de la barra = p)',
  'area.yAxis': 'sorpresa −log p en {units}',
  'area.yAxisQ': 'sorpresa en {units}',
  'area.width': 'anchura p',
  'area.heightP': 'altura −log p',
  'area.areaP': 'área −p log p',
  'area.heightQ': 'altura −log q',
  'area.areaQ': 'área −p log q',
  'area.zeroTerm': 'Un resultado con probabilidad 0 no tiene anchura, así que no añade área: 0 log 0 cuenta como 0.',

  // Moneda.
  'area.coin.heads': 'cara',
  'area.coin.tails': 'cruz',
  'area.coin.series': '−log p de cada lado, con anchura p',
  'area.coin.canvas': 'La entropía como área: cada lado de la moneda como una barra de anchura p y altura −log p',
  'area.coin.sum': 'H = −({p0} log {p0} + {p1} log {p1}) = {terms} = {h}',
  'area.coin.sum.bits': 'H = −({p0} log₂ {p0} + {p1} log₂ {p1}) = {terms} = {h}',
  'area.coin.describe':
    'Dos barras una junto a otra entre 0 y 1. Cara: anchura {p0}, altura {s0}, área {a0}. Cruz: anchura {p1}, altura {s1}, área {a1}. Las áreas suman H = {h}.',

  // Extremos.
  'area.extremes.series': '−log p de cada resultado, con anchura p',
  'area.extremes.canvas': 'La entropía como área: cada resultado como una barra de anchura P(i) y altura −log P(i)',
  'area.extremes.sum': 'H = −Σ p log p = {terms} = {h}',
  'area.extremes.sum.bits': 'H = −Σ p log₂ p = {terms} = {h}',
  'area.extremes.sumMany':
    'Las áreas −p log p de las {n} barras suman H = {h}; la mayor, {a}, corresponde a la categoría {i} (p = {p}).',
  'area.extremes.describe':
    '{n} barras una junto a otra entre 0 y 1, cada una tan ancha como su probabilidad y tan alta como su sorpresa: los resultados raros son altos y estrechos; los probables, anchos y bajos. La mayor área es la de la categoría {i}, {a}; todas las áreas juntas dan H = {h}.',

  // Descomposición: la entropía cruzada como área.
  'area.decomposition.seriesP': '−log p (bajo P)',
  'area.decomposition.seriesQ': '−log q (bajo el modelo Q)',
  'area.decomposition.band': 'entre ambas: p log(p/q)',
  'area.decomposition.canvas':
    'La entropía cruzada como área: barras de anchura p con altura −log p y −log q; la franja entre ellas es la divergencia KL',
  'area.decomposition.reading':
    'Área bajo −log p: H(P) = {h}. Área bajo −log q con las mismas anchuras: H(P, Q) = {cross}. El área entre ambas es D(P‖Q) = {kl}.',
  'area.decomposition.readingInfinite':
    'Q da a la categoría {i} probabilidad 0 donde P da {p}: su barra −log q es infinitamente alta, así que el área H(P, Q) y la franja D(P‖Q) son infinitas.',
  'area.decomposition.negative':
    'Donde Q está más segura que P (categoría {i}: q = {q} > p = {p}), la barra del modelo es más baja y la franja cuenta ahí como negativa, {term}; las franjas por encima siempre pesan más, así que el total D(P‖Q) = {kl} nunca baja de 0.',
  'area.decomposition.describe':
    'Sobre {k} categorías, cada barra tan ancha como la probabilidad que le da P: bajo P las áreas suman H(P) = {h}; bajo Q, H(P, Q) = {cross}; la franja entre ambas es D(P‖Q) = {kl}.',
  'area.decomposition.describeInfinite':
    'Q da a la categoría {i} probabilidad 0 donde P no: su barra bajo Q es infinitamente alta, y H(P, Q) es infinita.',

  // Extracciones que puedes observar.
  'area.draws.heading': 'Extracciones que puedes observar',
  'area.draws.intro':
    'Extrae resultados de P de uno en uno. Cada extracción tiene una sorpresa bajo P y una sorpresa bajo el modelo Q; sus medias acumuladas se van estabilizando en torno a H(P) y H(P, Q).',
  'area.draws.buttons': 'Extracciones:',
  'area.draws.one': 'Extraer una',
  'area.draws.ten': 'Extraer 10',
  'area.draws.play': 'Reproducir',
  'area.draws.pause': 'Pausa',
  'area.draws.batch': 'Extraer {n} de golpe',
  'area.draws.batchTitle':
    'Tu sistema pide reducir el movimiento, así que esto extrae un lote de golpe en lugar de animarlo.',
  'area.draws.reset': 'Empezar de nuevo',
  'area.draws.canvas': 'Medias acumuladas de la sorpresa de las extracciones, bajo P y bajo Q, frente a H(P) y H(P, Q)',
  'area.draws.xAxis': 'número de extracciones',
  'area.draws.yAxis': 'media en {units}',
  'area.draws.averageP': 'media de −log P(x) hasta ahora',
  'area.draws.averageQ': 'media de −log Q(x) hasta ahora',
  'area.draws.entropy': 'línea de la entropía H(P)',
  'area.draws.cross': 'línea de la entropía cruzada H(P, Q)',
  'area.draws.none': 'Aún no hay extracciones: pulsa «Extraer una».',
  'area.draws.last':
    'Extracción {t}: categoría {x}. Su sorpresa es {sp} bajo P (−log P({x})) y {sq} bajo el modelo Q (−log Q({x})).',
  'area.draws.noAverage': 'Las medias acumuladas empiezan con la primera extracción.',
  'area.draws.average':
    'Tras {n} extracciones, la sorpresa media bajo P es {avgP}, una estimación de H(P) = {h}; bajo Q es {avgQ}, una estimación de H(P, Q) = {cross}. Su diferencia, {gap}, estima D(P‖Q) = {kl}.',
  'area.draws.averageInfinite':
    'Tras {n} extracciones, la sorpresa media bajo P es {avgP}, una estimación de H(P) = {h}. Una extracción cayó en una categoría donde Q es 0, así que desde entonces la media bajo Q es infinita, como lo es H(P, Q).',
  'area.draws.negativeGap':
    'Con tan pocas extracciones, la diferencia puede incluso salir por debajo de 0; la propia D(P‖Q) nunca es negativa, y más extracciones acercan la estimación.',
  'area.draws.describe':
    'Medias acumuladas sobre {n} extracciones: bajo P, ahora {avgP} (línea en H(P) = {h}); bajo Q, ahora {avgQ} (línea en H(P, Q) = {cross}).',
  'area.draws.describeEmpty': 'Aún no hay extracciones; las líneas marcan H(P) = {h} y H(P, Q) = {cross}.',
  'area.draws.describeInfinite':
    'Media acumulada bajo P sobre {n} extracciones: {avgP} (H(P) = {h}); bajo Q se volvió infinita cuando una extracción cayó en una categoría donde Q es 0.',
  'area.draws.summary': 'Tras {n} extracciones: media bajo P {avgP}, bajo Q {avgQ}.',
  'area.more': 'Más ajustes',
  'area.draws.seed': 'Semilla de las extracciones',
  'area.draws.count': 'Número de extracciones',

  // Predice y después descubre.
  'area.predict.coin.question': 'Antes de mirar: ¿cuánta entropía tiene esta moneda (p = {p}), en {units}?',
  'area.predict.coin.label': 'Tu estimación de H({p}) en {units}',
  'area.predict.close': 'Correcto: tu estimación, {guess}, está a menos de {tol} de H = {h}.',
  'area.predict.high': 'Tu estimación, {guess}, está por encima de H = {h}.',
  'area.predict.low': 'Tu estimación, {guess}, está por debajo de H = {h}.',
  'area.predict.coin.why':
    'Cada lado aporta su área −p log p: aquí {a0} para cara y {a1} para cruz. Una moneda equilibrada tiene la máxima, {fair}.',
  'area.predict.extremes.question':
    'Antes de mirar: ¿cuál es la entropía de la distribución uniforme sobre {n} resultados, en {units}?',
  'area.predict.extremes.label': 'Tu estimación de H de la uniforme sobre {n}, en {units}',
  'area.predict.extremes.why':
    'Cada uno de los {n} resultados tiene sorpresa log {n} = {s}, así que la sorpresa media también es log {n} = {ceiling}: ninguna distribución sobre {n} resultados tiene más.',
  'area.predict.draws.question':
    'Extrae de P una y otra vez y promedia la sorpresa de cada extracción bajo el modelo Q. ¿Dónde se estabilizará esa media?',
  'area.predict.draws.entropy': 'En H(P), la entropía',
  'area.predict.draws.cross': 'En H(P, Q), la entropía cruzada',
  'area.predict.draws.kl': 'En D(P‖Q), la divergencia KL',
  'area.predict.draws.zero': 'Nunca se estabiliza: cada extracción es aleatoria',
  'area.predict.draws.right':
    'Correcto: la media de −log Q(x) sobre extracciones de P es una estimación de H(P, Q) = {cross}, y se acerca más cuanto más extraes.',
  'area.predict.draws.wrong':
    'No exactamente: promediar −log Q(x) sobre extracciones de P estima la entropía cruzada H(P, Q) = {cross}. H(P) = {h} es donde se estabiliza la media de −log P(x), y la diferencia entre las dos medias estima D(P‖Q) = {kl}.',
  'area.predict.draws.random':
    'Cada extracción es aleatoria, pero su media no: por la ley de los grandes números, se estabiliza en H(P, Q) = {cross}.',
};
