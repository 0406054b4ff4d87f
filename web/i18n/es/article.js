// Textos en español del artículo que rodea los paneles: los objetivos, el
// índice, los puentes y las líneas «Prueba» de cada sección, el glosario y la
// nota sobre cómo se calculan los números.
export default {
  // Lo que vas a aprender.
  'page.objectives.heading': 'Lo que vas a aprender',
  'page.objectives.intro': 'Cuando termines esta página, podrás:',
  'page.objectives.1':
    'explicar la entropía como la sorpresa que esperas, y por qué es máxima para la distribución uniforme y 0 para una [[point-mass|masa puntual]] ([sorpresa](#surprise), [entropía](#coin), [sus extremos](#extremes));',
  'page.objectives.2':
    'deducir H(P, Q) = H(P) + D(P‖Q) y decir qué significa cada término como longitud de un código ([la descomposición](#decomposition), [códigos](#coding));',
  'page.objectives.3':
    'explicar por qué la divergencia KL no es simétrica, y por qué ajustar con la KL directa cubre todos los [[mode|modos]] (búsqueda de la media) mientras que la KL inversa elige uno (búsqueda de modos) ([directa o inversa](#fits));',
  'page.objectives.4':
    'mostrar que la pérdida de entropía cruzada −log q̂ es máxima verosimilitud sobre los datos, y encontrar la KL dentro de la [[elbo|ELBO]] de un VAE y en las regiones de confianza de TRPO y PPO ([pérdida](#loss), [VAE](#vae), [regiones de confianza](#trust)).',

  // El índice.
  'page.toc.label': 'Contenido',
  'page.toc.toggle': 'Contenido',
  'page.toc.top': 'Objetivos y ajustes',
  'page.toc.glossary': 'Glosario',
  'page.toc.computed': 'Cómo se calcula',
  'page.units.nats': 'nats',
  'page.units.bits': 'bits',

  // Glosario y nota sobre el cálculo.
  'page.glossary.heading': 'Glosario',
  'page.glossary.intro':
    'Las palabras que la página usa antes de explicarlas. En el texto, cada una es un botón la primera vez que aparece: púlsalo para leer allí mismo la definición que también figura aquí.',
  'page.computed.summary': 'Cómo se calcula',
  'page.computed.body':
    'Cada número de esta página lo calculan en vivo pequeñas funciones de C++ (los núcleos de cálculo), compiladas a WebAssembly y ejecutadas en tu navegador; el JavaScript solo dibuja y da formato. Las formas cerradas (entropía, entropía cruzada, KL entre distribuciones discretas, las fórmulas gaussianas) son exactas en todas las cifras que se muestran. El resto son aproximaciones, y cada una lo indica, con su error cuando lo tiene: estimaciones de Monte-Carlo (medias sobre extracciones aleatorias), integrales numéricas (la KL entre una P de dos picos y una Q gaussiana, evaluada por cuadratura), búsquedas lineales (el mayor paso que permite un presupuesto de KL) y curvas ajustadas (el ajuste de KL inversa, buscado desde varios puntos de partida).',

  // Puentes: por qué cada sección se sigue de la anterior.
  'surprise.bridge': 'Todo en esta página se construye a partir de un número: cuánto te sorprende un único resultado.',
  'coin.bridge':
    'Un resultado tiene una sorpresa; una distribución tiene muchos resultados. Al promediar sus sorpresas se obtiene un solo número para toda la distribución.',
  'extremes.bridge':
    'Una moneda tiene dos resultados. Con más resultados, la pregunta pasa a ser: ¿qué formas de P hacen que la sorpresa media sea lo más pequeña, o lo más grande, posible?',
  'decomposition.bridge':
    'Hasta ahora conocías la P verdadera. En la práctica predices con un modelo Q, y pagas por cada lugar en el que Q se equivoca.',
  'coding.bridge':
    'La descomposición llamó a D(P‖Q) el coste adicional de creer en Q. Contado en dígitos binarios, ese coste es concreto: con longitudes de código ideales, cada símbolo enviado con un código construido para Q cuesta en promedio D(P‖Q) bits más que con un código construido para P.',
  'fits.bridge':
    'D(P‖Q) mide el coste de usar Q cuando la verdadera es P. Intercambia las dos y el número cambia, lo cual importa en cuanto Q se elige minimizando una KL.',
  'loss.bridge':
    'El aprendizaje automático minimiza estas magnitudes todos los días. El caso más común: un clasificador entrenado con la pérdida de entropía cruzada.',
  'vae.bridge':
    'Un clasificador compara distribuciones sobre etiquetas. Un VAE compara distribuciones sobre códigos ocultos, y la KL inversa de la sección de ajustes vuelve como penalización.',
  'trust.bridge':
    'La KL también sirve de regla para medir cuánto se ha movido un modelo. El aprendizaje por refuerzo la usa para que cada actualización sea pequeña.',
  'summary.bridge': 'Cada sección ha medido un lado del mismo triángulo. Aquí tienes juntas sus tres magnitudes.',

  // Lo primero que puedes probar.
  'surprise.try': '**Prueba:** arrastra el punto hacia p = 0 y observa cómo la sorpresa crece sin límite.',
  'coin.try': '**Prueba:** encuentra la p con la mayor entropía y luego lleva p a 0 o a 1.',
  'extremes.try':
    '**Prueba:** lleva la temperatura de su valor más pequeño al más grande y observa cómo H(P) sube de 0 a log N.',
  'decomposition.try': '**Prueba:** haz Q igual a P y observa cómo la parte KL de la barra se reduce a 0.',
  'summary.try': '**Prueba:** cambia P o Q en la sección de descomposición; esta tabla sigue los cambios.',

  // El texto de la sección 9.
  'summary.intro':
    'Tres magnitudes forman un triángulo. La **entropía** H(P) es la sorpresa que no puedes evitar cuando los resultados proceden de P: la longitud del mejor código para P. La **entropía cruzada** H(P, Q) es la sorpresa que pagas de verdad cuando predices con Q: la longitud de un código construido para Q. La **divergencia KL** D(P‖Q) es la diferencia, el precio de creer en Q. Nunca es negativa y es 0 solo cuando Q = P, así que H(P, Q) ≥ H(P).',
  'summary.connect':
    'Las secciones lo recorren. La sorpresa y la entropía dan el primer vértice; la descomposición añade Q y divide la entropía cruzada en los otros dos, y la sección de códigos lee los tres como longitudes de código: los bits del código propio de P, los del código de Q y los bits desperdiciados entre ambos. Los ajustes muestran que D(P‖Q) y D(Q‖P) son preguntas distintas. La sección de la pérdida minimiza H(P, Q) respecto a un modelo, lo cual, con H(P) fijada por los datos, es lo mismo que minimizar la KL; las secciones del VAE y de las regiones de confianza usan la propia KL, como penalización y como límite de velocidad.',

  // El glosario: nombres y definiciones breves.
  'glossary.nat.name': 'nat',
  'glossary.nat': 'La unidad de información con el logaritmo natural; 1 nat ≈ 1,443 bits.',
  'glossary.bit.name': 'bit',
  'glossary.bit':
    'La unidad de información con el logaritmo en base 2; la sorpresa de un lanzamiento de una moneda equilibrada, 1 bit = ln 2 ≈ 0,693 nats.',
  'glossary.point-mass.name': 'masa puntual',
  'glossary.point-mass':
    'Una distribución que pone toda su probabilidad en un solo resultado, de modo que no hay nada incierto.',
  'glossary.mode.name': 'modo',
  'glossary.mode':
    'Un pico de una distribución, un lugar donde su densidad es localmente máxima (en estadística también se llama moda).',
  'glossary.one-hot.name': 'one-hot',
  'glossary.one-hot':
    'Una distribución (o un vector) con probabilidad 1 en una clase y 0 en todas las demás, como lo es una etiqueta conocida.',
  'glossary.policy.name': 'política',
  'glossary.policy':
    'En aprendizaje por refuerzo, las probabilidades con las que un agente elige cada acción en un estado.',
  'glossary.advantage.name': 'ventaja',
  'glossary.advantage':
    'Cuánto mejor salió una acción de lo que la política consigue en promedio en ese estado; positiva significa mejor de lo habitual.',
  'glossary.surrogate.name': 'objetivo sustituto',
  'glossary.surrogate':
    'Un sustituto del verdadero objetivo que se puede calcular a partir de experiencia antigua; solo es fiable cerca de la política antigua.',
  'glossary.unbiased.name': 'insesgado',
  'glossary.unbiased': 'Una estimación es insesgada si su media sobre muchas repeticiones es igual al valor verdadero.',
  'glossary.line-search.name': 'búsqueda lineal',
  'glossary.line-search':
    'Averiguar cuánto avanzar en una dirección fija; aquí, el mayor paso cuya KL se mantiene dentro del presupuesto.',
  'glossary.encoder.name': 'codificador',
  'glossary.encoder': 'La red de un VAE que asigna a una entrada x una distribución q(z|x) sobre códigos latentes.',
  'glossary.latent.name': 'latente (código)',
  'glossary.latent': 'Una variable oculta z, no observada en los datos, que un modelo usa para describirlos.',
  'glossary.prior.name': 'distribución a priori',
  'glossary.prior':
    'La distribución que un modelo supone antes de ver los datos; en un VAE, la N(0, 1) de los códigos.',
  'glossary.posterior.name': 'distribución a posteriori',
  'glossary.posterior':
    'La distribución después de ver los datos, aquí sobre el código z dada la entrada x; el codificador de un VAE la aproxima.',
  'glossary.elbo.name': 'ELBO (cota inferior de la evidencia)',
  'glossary.elbo':
    'El objetivo de un VAE: la log-verosimilitud esperada de la entrada menos la KL del codificador respecto a la distribución a priori; es una cota inferior de log p(x).',
};
