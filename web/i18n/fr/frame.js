// Textes français du cadre, de la page, des titres de panneaux et des introductions.
export default {
  // Listes et remarques sur les valeurs venant des liens, des attributs et des fichiers.
  'list.separator': ' ; ',
  'note.notNumber': '{field} : {value} n’est pas un nombre ; valeur par défaut utilisée ({default}).',
  'note.notWhole': '{field} : {value} n’est pas un nombre entier ; valeur par défaut utilisée ({default}).',
  'note.outside': '{field} : {value} est hors de {range} ; valeur par défaut utilisée ({default}).',
  'note.count':
    '{field} : {value} a {count} valeurs au lieu de {min} à {max} ; valeur par défaut utilisée ({default}).',
  'note.entry':
    '{field} : la valeur n° {index} ({entry}) n’est pas un nombre dans {range} ; valeur par défaut utilisée ({default}).',
  'note.notDistribution':
    '{field} : {value} n’est pas une liste de probabilités de somme 1 ; valeur par défaut utilisée ({default}).',
  'note.notChoice': '{field} : {value} ne fait pas partie de {choices} ; valeur par défaut utilisée ({default}).',
  'note.lengths': 'Les listes {fields} n’ont pas la même longueur ; leurs valeurs par défaut sont utilisées.',
  'note.trueClass': 'trueClass n’est pas l’une des classes ; les valeurs par défaut de {fields} sont utilisées.',
  'note.hide': 'hide : {value} ne fait pas partie de {choices} ; ignoré.',

  // Commandes.
  'control.exact': '{label}, valeur exacte',
  'control.enter': 'Saisissez {kind} de {min} à {max}.',
  'control.kind.number': 'un nombre',
  'control.kind.integer': 'un nombre entier',
  'control.kind.probability': 'une probabilité',
  'control.kind.width': 'une largeur',
  'keyboard.bars':
    'diagramme en barres ; les flèches gauche et droite choisissent une barre, les flèches haut et bas la modifient',
  'keyboard.points':
    'graphique ; les flèches haut et bas choisissent un point, les flèches gauche et droite le déplacent',
  'keyboard.single': 'graphique ; les touches fléchées modifient la valeur',
  'keyboard.chosen': '{name} (sélection : {item})',
  'keyboard.valuetext': '{label} : {value}',

  // Le cadre autour de chaque panneau.
  'units.legend': 'Unités',
  'units.nats': 'nats (logarithme népérien)',
  'units.bits': 'bits (logarithme en base 2)',
  'theme.legend': 'Thème',
  'theme.auto': 'comme le système',
  'theme.light': 'clair',
  'theme.dark': 'sombre',
  'language.legend': 'Langue',
  'share.summary': 'Partager et exporter',
  'share.copyLink': 'Copier le lien',
  'share.copyEmbed': 'Copier le code d’intégration',
  'share.save': 'Enregistrer l’état',
  'share.load': 'Charger un état…',
  'share.chart': 'Graphique « {name} » :',
  'share.png': 'PNG',
  'share.csv': 'CSV',
  'share.output': 'Texte à copier',
  'share.what.link': 'Lien',
  'share.what.embed': 'Code d’intégration',
  'share.copied': '{what} copié dans le presse-papiers.',
  'share.copyManually': 'Copiez le texte de la zone ci-dessous (le presse-papiers n’est pas disponible ici).',
  'share.sandboxed':
    'Ce panneau s’exécute dans un cadre isolé (sandbox) : la page qui l’entoure peut y bloquer les téléchargements (PNG, CSV, état enregistré) et le presse-papiers.',
  'share.openAlone': 'L’ouvrir sur une page à part',
  'share.loaded': 'État chargé.',
  'share.loadedWithNotes': 'État chargé, avec les remarques ci-dessus.',
  'share.loadFailed': 'Impossible de charger l’état : {reason}',
  'share.embedIframe': 'Sous forme d’iframe qui ajuste elle-même sa taille :',
  'share.embedElement': 'Ou sous forme d’élément de votre page :',
  'export.notJson': 'Le fichier n’est pas du JSON.',
  'export.noState': 'Le fichier ne contient pas d’objet « state ».',
  'export.otherPanel': 'Le fichier contient l’état de « {other} », et non de ce panneau.',
  'export.unreadable': 'Le fichier n’a pas pu être lu.',
  'table.show': 'Tableau des données',
  'table.category': 'catégorie',
  'table.series': 'série',
  'table.thinned': '« {series} » : un point sur {step} de ses {count} points ; le CSV les contient tous.',
  'check.summary': 'Testez-vous',
  'check.right': 'Bonne réponse.',
  'check.notQuite': 'Pas tout à fait.',
  'status.loading': 'Chargement des calculateurs…',
  'status.failed': 'Les calculateurs n’ont pas pu démarrer : {reason}',
  'embed.needPanel': 'Cette intégration nécessite ?panel= avec l’une de ces valeurs : {panels}.',
  'element.needPanel': '<info-widget> nécessite panel= avec l’une de ces valeurs : {panels}.',

  // La page.
  'page.title': 'Surprise, entropie, entropie croisée et divergence KL, en direct',
  'page.heading': 'Surprise, entropie, entropie croisée et divergence KL',
  'page.lede':
    'Faites glisser les points et les barres, et les nombres suivent : chaque valeur de cette page est recalculée à partir de vos réglages. La plupart sont exactes aux chiffres affichés ; les quelques estimations le signalent, et [comment c’est calculé](#computed) indique lesquelles.',
  'page.footer.console':
    'Essayez vous-même les noyaux de calcul : ouvrez la console du navigateur et tapez `infotheory.entropy([0.9, 0.1])` ou `infotheory.klDivergence([0.5, 0.5], [0.9, 0.1], { units: "bits" })`.',
  'page.footer.downloads':
    'À emporter : [toute la page en un seul fichier HTML](infotheory-widget.html) (fonctionne hors ligne, depuis n’importe où) ou [le site en archive zip](infotheory-site.zip). Dans chaque panneau, « Partager et exporter » donne un lien vers son état actuel et le code pour l’intégrer à vos propres pages.',

  // Titres des panneaux (titres des intégrations, titres des iframes).
  'surprise.title': 'Surprise : ce qu’une issue vous apprend',
  'extremes.title': 'Les extrêmes de l’entropie',
  'decomposition.title': 'Entropie croisée = entropie + divergence KL',
  'fits.title': 'KL directe ou inverse : couvrir les modes ou en choisir un',
  'loss.title': 'La perte d’entropie croisée, c’est le maximum de vraisemblance',
  'vae.title': 'L’ELBO d’un autoencodeur variationnel',
  'trust.title': 'Régions de confiance en optimisation de politique',
  'summary.title': 'Entropie, entropie croisée et KL en un tableau',

  // Titres des sections et introductions de la page.
  'surprise.heading': 'Surprise : ce qu’une issue vous apprend',
  'surprise.intro':
    'Une issue que vous attendiez vous apprend peu ; une issue que vous pensiez presque impossible vous apprend beaucoup. La théorie de l’information mesure cela par la **surprise** $surprise$ d’une issue qui avait la probabilité p. Avec le logarithme népérien, l’unité est le [[nat]] ; avec le logarithme en base 2, c’est le [[bit]], et 1 bit = ln 2 ≈ 0,693 nats.',
  'coin.heading': 'Entropie : la surprise attendue',
  'extremes.heading': 'Les extrêmes de l’entropie',
  'extremes.intro':
    'Avec N issues possibles, l’entropie peut prendre toute valeur entre 0 et log N. Elle vaut 0 pour une **masse ponctuelle**, où une issue est certaine, et log N pour la distribution **uniforme**, où toutes les issues sont équiprobables. Remodelez P en faisant glisser ses barres, ou accentuez-la ou aplatissez-la avec une température : élever P à la puissance 1/T puis renormaliser la déplace le long d’un chemin qui va de la masse ponctuelle (T → 0) à la distribution uniforme (T → ∞).',
  'decomposition.heading': 'Entropie croisée = entropie + divergence KL',
  'decomposition.intro':
    'Supposons que les issues proviennent réellement de P, mais que vous les prédisiez avec un modèle Q. Votre surprise moyenne est alors l’**entropie croisée** $crossEntropy$. Elle se décompose en deux parties : l’entropie H(P), qu’aucun modèle ne peut battre, et la **divergence KL** (divergence de Kullback-Leibler) $kl$, le surcoût de se fier à Q. Faites glisser les barres de P et de Q (ou saisissez des valeurs dans le tableau) et observez la décomposition.',
  'fits.heading': 'KL directe ou inverse : couvrir les modes ou en choisir un',
  'fits.intro':
    'La divergence KL n’est pas symétrique, et le sens compte lorsqu’un modèle simple Q doit remplacer une distribution P compliquée. Ici, P a deux bosses et Q est une seule gaussienne. Minimiser la KL **directe** D(P‖Q) pénalise Q pour chaque endroit où P a de la masse et que Q néglige : Q s’étire donc pour couvrir les deux bosses (couverture de la masse, recherche de moyenne). Minimiser la KL **inverse** D(Q‖P) pénalise Q pour la masse qu’elle place là où P en a peu : Q se pose donc sur une seule bosse, un seul [[mode]] de P (recherche de mode) — c’est le comportement de l’inférence variationnelle, qui minimise la KL inverse.',
  'loss.heading': 'La perte d’entropie croisée, c’est le maximum de vraisemblance',
  'loss.intro':
    'Un classifieur transforme ses scores (logits) en probabilités q̂ par la fonction softmax. Quand la vraie étiquette est la classe k, la cible P est [[one-hot]] (toute sa probabilité sur la classe k) et l’entropie croisée H(P, q̂) se réduit à un seul terme, la perte $lossTerm$. Sommées sur un jeu de données, les pertes forment la log-vraisemblance négative des étiquettes : faire baisser la perte revient donc à maximiser la vraisemblance.',
  'vae.heading': 'L’ELBO d’un autoencodeur variationnel',
  'vae.intro':
    'L’[[encoder|encodeur]] d’un VAE associe à chaque entrée x une gaussienne $encoder$ sur le code [[latent]] z, son approximation de la distribution [[posterior|a posteriori]]. Son objectif d’entraînement, l’[[elbo|ELBO]], a deux termes : un terme de reconstruction, qui mesure à quel point les codes tirés de q expliquent x, moins KL(q ‖ N(0, I)), qui maintient les codes près de la distribution [[prior|a priori]]. Dans le petit modèle présenté ici, chaque terme est exact : vous voyez l’ELBO rester sous log p(x) et l’écart se refermer quand q devient la vraie distribution a posteriori. La KL a une forme close, avec un terme pour la moyenne, deux pour la largeur et une constante.',
  'trust.heading': 'Régions de confiance en optimisation de politique',
  'trust.intro':
    'En apprentissage par renforcement, une [[policy|politique]] s’améliore en déplaçant de la probabilité vers les actions d’[[advantage|avantage]] positif : celles qui ont fait mieux que ce que la politique fait en moyenne. Allez trop loin sur un seul lot d’expérience, et les estimations sur lesquelles repose le pas cessent d’être dignes de confiance. TRPO limite chaque pas par un budget de KL moyenné sur les états que visite l’ancienne politique, $trustBudget$, et trouve le plus grand pas qui le respecte par une [[line-search|recherche linéaire]] ; PPO, lui, écrête le rapport π_new/π_old dans son [[surrogate|objectif de substitution]] et peut y ajouter une pénalité de KL. Le rapport repondère l’expérience ancienne pour que l’estimation reste [[unbiased|sans biais]], mais plus π_new s’éloigne de π_old, plus elle devient bruitée.',
  'summary.heading': 'Le triangle en un tableau',
};
