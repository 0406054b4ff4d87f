// Textos en español del marco, la página, los títulos de los paneles y las introducciones.
export default {
  // Listas y avisos sobre valores de enlaces, atributos y archivos guardados.
  'list.separator': '; ',
  'note.notNumber': '{field}: {value} no es un número; se usa el valor predeterminado ({default}).',
  'note.notWhole': '{field}: {value} no es un número entero; se usa el valor predeterminado ({default}).',
  'note.outside': '{field}: {value} está fuera de {range}; se usa el valor predeterminado ({default}).',
  'note.count':
    '{field}: {value} tiene {count} valores, no entre {min} y {max}; se usa el valor predeterminado ({default}).',
  'note.entry':
    '{field}: el valor {index}, {entry}, no es un número en {range}; se usa el valor predeterminado ({default}).',
  'note.notDistribution':
    '{field}: {value} no es una lista de probabilidades que sumen 1; se usa el valor predeterminado ({default}).',
  'note.notChoice': '{field}: {value} no es ninguno de {choices}; se usa el valor predeterminado ({default}).',
  'note.lengths': 'Las listas {fields} tienen longitudes distintas; se usan sus valores predeterminados.',
  'note.trueClass': 'trueClass no es ninguna de las clases; se usan los valores predeterminados de {fields}.',
  'note.hide': 'hide: {value} no es ninguno de {choices}; se ignora.',

  // Controles.
  'control.exact': '{label}, valor exacto',
  'control.enter': 'Introduce {kind} entre {min} y {max}.',
  'control.kind.number': 'un número',
  'control.kind.integer': 'un número entero',
  'control.kind.probability': 'una probabilidad',
  'control.kind.width': 'una anchura',
  'keyboard.bars':
    'diagrama de barras; las flechas izquierda y derecha eligen una barra, las flechas arriba y abajo la cambian',
  'keyboard.points': 'gráfico; las flechas arriba y abajo eligen un punto, las flechas izquierda y derecha lo mueven',
  'keyboard.single': 'gráfico; las flechas cambian el valor',
  'keyboard.chosen': '{name} (elegido: {item})',
  'keyboard.valuetext': '{label}: {value}',

  // El marco de cada panel.
  'units.legend': 'Unidades',
  'units.nats': 'nats (logaritmo natural)',
  'units.bits': 'bits (logaritmo en base 2)',
  'theme.legend': 'Tema',
  'theme.auto': 'como el sistema',
  'theme.light': 'claro',
  'theme.dark': 'oscuro',
  'language.legend': 'Idioma',
  'share.summary': 'Compartir y exportar',
  'share.copyLink': 'Copiar enlace',
  'share.copyEmbed': 'Copiar código de inserción',
  'share.save': 'Guardar estado',
  'share.load': 'Cargar estado…',
  'share.chart': 'Gráfico «{name}»:',
  'share.png': 'PNG',
  'share.csv': 'CSV',
  'share.output': 'Texto para copiar',
  'share.what.link': 'Enlace',
  'share.what.embed': 'Código de inserción',
  'share.copied': '{what} copiado al portapapeles.',
  'share.copyManually': 'Copia el texto del cuadro de abajo (aquí no se puede usar el portapapeles).',
  'share.sandboxed':
    'Este panel se ejecuta en un marco aislado (sandbox): la página que lo rodea puede bloquear aquí las descargas (PNG, CSV, estado guardado) y el portapapeles.',
  'share.openAlone': 'Ábrelo en su propia página',
  'share.loaded': 'Estado cargado.',
  'share.loadedWithNotes': 'Estado cargado, con los avisos de arriba.',
  'share.loadFailed': 'No se pudo cargar el estado: {reason}',
  'share.embedIframe': 'Como un iframe que ajusta su propio tamaño:',
  'share.embedElement': 'O como un elemento de tu página:',
  'export.notJson': 'El archivo no es JSON.',
  'export.noState': 'El archivo no tiene ningún objeto "state".',
  'export.otherPanel': 'El archivo contiene el estado de «{other}», no el de este panel.',
  'export.unreadable': 'No se pudo leer el archivo.',
  'table.show': 'Tabla de datos',
  'table.category': 'categoría',
  'table.series': 'serie',
  'table.thinned': '«{series}»: uno de cada {step} de sus {count} puntos; el CSV los contiene todos.',
  'check.summary': 'Ponte a prueba',
  'check.right': 'Correcto.',
  'check.notQuite': 'No exactamente.',
  'status.loading': 'Cargando las calculadoras…',
  'status.failed': 'Las calculadoras no han podido arrancar: {reason}',
  'embed.needPanel': 'Esta inserción necesita ?panel= con uno de estos valores: {panels}.',
  'element.needPanel': '<info-widget> necesita panel= con uno de estos valores: {panels}.',

  // La página.
  'page.title': 'Sorpresa, entropía, entropía cruzada y divergencia KL, en vivo',
  'page.heading': 'Sorpresa, entropía, entropía cruzada y divergencia KL',
  'page.lede':
    'Arrastra los puntos y las barras y los números te siguen: cada valor de esta página se calcula de nuevo a partir de lo que tú ajustas. La mayoría son exactos en todas las cifras que se muestran; los pocos que son estimaciones lo indican, y [cómo se calcula](#computed) te dice cuáles son cuáles.',
  'page.footer.console':
    'Prueba tú mismo los núcleos de cálculo: abre la consola del navegador y escribe `infotheory.entropy([0.9, 0.1])` o `infotheory.klDivergence([0.5, 0.5], [0.9, 0.1], { units: "bits" })`.',
  'page.footer.downloads':
    'Llévatela contigo: [toda la página en un solo archivo HTML](infotheory-widget.html) (funciona sin conexión, desde cualquier lugar) o [el sitio como zip](infotheory-site.zip). En cada panel, «Compartir y exportar» te da un enlace a su estado actual y el código para insertarlo en tus propias páginas.',

  // Títulos de los paneles (encabezados de inserción, títulos de iframe).
  'surprise.title': 'Sorpresa: cuánto te dice un resultado',
  'extremes.title': 'Los extremos de la entropía',
  'decomposition.title': 'Entropía cruzada = entropía + divergencia KL',
  'fits.title': 'KL directa o inversa: cubrir los modos o elegir uno',
  'loss.title': 'La pérdida de entropía cruzada es máxima verosimilitud',
  'vae.title': 'La ELBO de un autocodificador variacional',
  'trust.title': 'Regiones de confianza en la optimización de políticas',
  'summary.title': 'Entropía, entropía cruzada y KL en una tabla',

  // Encabezados de sección e introducciones de la página.
  'surprise.heading': 'Sorpresa: cuánto te dice un resultado',
  'surprise.intro':
    'Un resultado que esperabas te dice poco; un resultado que creías casi imposible te dice mucho. La teoría de la información lo mide como la **sorpresa** $surprise$ de un resultado que tenía probabilidad p. Con el logaritmo natural la unidad es el [[nat]]; con el logaritmo en base 2 es el [[bit]], y 1 bit = ln 2 ≈ 0,693 nats.',
  'coin.heading': 'Entropía: la sorpresa que esperas',
  'extremes.heading': 'Los extremos de la entropía',
  'extremes.intro':
    'Con N resultados posibles, la entropía puede tomar cualquier valor entre 0 y log N. Vale 0 para una **masa puntual**, en la que un resultado es seguro, y log N para la distribución **uniforme**, en la que todos los resultados son igual de probables. Cambia la forma de P arrastrando sus barras, o hazla más aguda o más plana con una temperatura: elevar P a la potencia 1/T y renormalizar la desplaza por un camino que va de la masa puntual (T → 0) a la uniforme (T → ∞).',
  'decomposition.heading': 'Entropía cruzada = entropía + divergencia KL',
  'decomposition.intro':
    'Supón que los resultados proceden en realidad de P, pero tú los predices con un modelo Q. Tu sorpresa media es entonces la **entropía cruzada** $crossEntropy$. Se divide en dos partes: la entropía H(P), que ningún modelo puede rebajar, y la **divergencia KL** $kl$, el coste adicional de creer en Q. Arrastra las barras de P y Q (o escribe valores en la tabla) y observa la división.',
  'fits.heading': 'KL directa o inversa: cubrir los modos o elegir uno',
  'fits.intro':
    'La divergencia KL no es simétrica, y el sentido importa cuando un modelo sencillo Q tiene que sustituir a una P complicada. Aquí P tiene dos picos y Q es una sola gaussiana. Minimizar la KL **directa** D(P‖Q) castiga a Q por dejar sin cubrir cualquier zona donde P tiene masa, así que Q se estira para cubrir los dos picos (cobertura de masa, búsqueda de la media). Minimizar la KL **inversa** D(Q‖P) castiga a Q por poner masa donde P tiene poca, así que Q se asienta en un pico, un [[mode|modo]] de P (búsqueda de modos): es el comportamiento de la inferencia variacional, que minimiza la KL inversa.',
  'loss.heading': 'La pérdida de entropía cruzada es máxima verosimilitud',
  'loss.intro':
    'Un clasificador convierte sus puntuaciones (logits) en probabilidades q̂ con la función softmax. Cuando la etiqueta verdadera es la clase k, la distribución objetivo P es [[one-hot]] (toda su probabilidad está en la clase k) y la entropía cruzada H(P, q̂) se reduce a un solo término, la pérdida $lossTerm$. Sumadas sobre un conjunto de datos, las pérdidas son la log-verosimilitud negativa de las etiquetas, así que reducir la pérdida es maximizar la verosimilitud.',
  'vae.heading': 'La ELBO de un autocodificador variacional',
  'vae.intro':
    'El [[encoder|codificador]] de un VAE asigna a cada entrada x una gaussiana $encoder$ sobre el código [[latent|latente]] z, su aproximación de la [[posterior|distribución a posteriori]]. Su objetivo de entrenamiento, la [[elbo|ELBO]], tiene dos términos: un término de reconstrucción, que mide lo bien que los códigos extraídos de q explican x, menos KL(q ‖ N(0, I)), que mantiene los códigos cerca de la [[prior|distribución a priori]]. En el pequeño modelo de aquí todos los términos son exactos, así que puedes ver cómo la ELBO se queda por debajo de log p(x) y cómo la brecha se cierra cuando q se convierte en la verdadera distribución a posteriori. La KL tiene una forma cerrada con un término para la media, dos para la anchura y una constante.',
  'trust.heading': 'Regiones de confianza en la optimización de políticas',
  'trust.intro':
    'Una [[policy|política]] de aprendizaje por refuerzo mejora desplazando probabilidad hacia las acciones con [[advantage|ventaja]] positiva: las acciones que salieron mejor de lo que la política consigue en promedio. Si avanzas demasiado con un solo lote de experiencia, las estimaciones en las que se basa el paso dejan de ser fiables. TRPO limita cada paso con un presupuesto de KL promediado sobre los estados que visita la política antigua, $trustBudget$, y encuentra el paso más grande dentro de él mediante una [[line-search|búsqueda lineal]]; PPO, en cambio, recorta el cociente π_new/π_old dentro de su [[surrogate|objetivo sustituto]] y puede añadir una penalización de KL. El cociente repondera la experiencia antigua para que la estimación siga siendo [[unbiased|insesgada]], pero cuanto más se aleja π_new de π_old, más ruidosa se vuelve.',
  'summary.heading': 'El triángulo en una tabla',
};
