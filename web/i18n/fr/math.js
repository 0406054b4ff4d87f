// Textes français des formules composées et des démonstrations pas à pas (web/derivation.js, web/derivations/).
export default {
  // Le navigateur d’étapes.
  'derivation.previous': 'Étape précédente',
  'derivation.next': 'Étape suivante',
  'derivation.formula': 'La formule de cette étape (faites défiler horizontalement pour la voir en entier)',
  'derivation.steps': 'Étapes',
  'derivation.stepOf': 'Étape {i} sur {n}',
  'derivation.goTo': 'Étape {i} : {label}',
  'derivation.announce': 'Étape {i} sur {n} : {label}. {text}',
  'derivation.live': 'Les nombres sont ceux du panneau ci-dessus : modifiez-le, et ils suivent.',

  // Démonstration 1 : H(P, Q) = H(P) + D(P‖Q).
  'derivation.split.title': 'Pas à pas : pourquoi l’entropie croisée se décompose en entropie plus KL',
  'derivation.split.1.label': 'Définition',
  'derivation.split.1':
    'Partez de la définition : l’entropie croisée est votre surprise moyenne −log Q_i quand les issues viennent de P. Pour vos P et Q, elle vaut {ce}. (Le log est le logarithme népérien, puisque la page est en nats.)',
  'derivation.split.1.bits':
    'Partez de la définition : l’entropie croisée est votre surprise moyenne −log Q_i quand les issues viennent de P. Pour vos P et Q, elle vaut {ce}. (Le log est le logarithme en base 2, puisque la page est en bits.)',
  'derivation.split.2.label': 'Multiplier par 1',
  'derivation.split.2':
    'Écrivez Q_i comme P_i fois Q_i/P_i. Cela revient à multiplier par P_i/P_i = 1 et ne change rien. (Une catégorie avec P_i = 0 a un poids nul dans la somme : elle n’en a jamais besoin.)',
  'derivation.split.3.label': 'Log d’un produit',
  'derivation.split.3':
    'Le log d’un produit est la somme des logs : log(P_i · Q_i/P_i) = log P_i + log(Q_i/P_i), et log(Q_i/P_i) = −log(P_i/Q_i).',
  'derivation.split.4.label': 'Scinder la somme',
  'derivation.split.4':
    'La somme d’une différence est la différence des sommes. La première partie est la surprise moyenne sous les propres probabilités de P ; la seconde pondère le log-rapport log(P_i/Q_i) par la fréquence à laquelle chaque issue se produit réellement.',
  'derivation.split.5.label': 'Nommer les parties',
  'derivation.split.5':
    'La première partie est l’entropie H(P), la seconde la divergence KL D(P‖Q). En termes de codes : un code construit pour Q dépense −log Q_i pour l’issue i, soit {ce} en moyenne ; le meilleur code, construit pour P elle-même, dépense H(P) = {h}, et aucun code ne fait mieux ; la longueur supplémentaire que vous payez pour vous fier à Q est D(P‖Q) = {kl}.',
  'derivation.split.5.infinite':
    'La première partie est l’entropie H(P) = {h}. Mais Q donne la probabilité 0 à la catégorie {i}, alors que P lui donne {p} : un code construit pour Q n’a pas de mot de code pour une issue qui se produit pourtant, donc H(P, Q) et D(P‖Q) valent toutes deux {ce}.',

  // Démonstration 2 : D(P‖Q) ≥ 0 par l’inégalité de Jensen.
  'derivation.jensen.title': 'Pas à pas : pourquoi la divergence KL n’est jamais négative',
  'derivation.jensen.1.label': 'Inverser le rapport',
  'derivation.jensen.1':
    'Seules comptent les catégories avec P_i > 0 (0 · log 0 = 0). Retournez chaque fraction : log(P_i/Q_i) = −log(Q_i/P_i). Pour vos P et Q, D(P‖Q) = {kl}.',
  'derivation.jensen.2.label': 'Une moyenne de logs',
  'derivation.jensen.2':
    'Posez x_i = Q_i/P_i. Les poids P_i ont pour somme 1, donc −D(P‖Q) est une moyenne pondérée des hauteurs log x_i : sur la figure, chaque catégorie est un point (x_i, log x_i) de la courbe du log, dessiné d’autant plus gros que P_i est grand. Leur hauteur moyenne pondérée est {meanLog}, c’est-à-dire −D(P‖Q) avec D(P‖Q) = {kl}.',
  'derivation.jensen.2.infinite':
    'Posez x_i = Q_i/P_i. Les poids P_i ont pour somme 1, donc −D(P‖Q) est une moyenne pondérée des hauteurs log x_i. Ici, Q_i = 0 pour une catégorie avec P_i > 0 : son x_i vaut 0 et sa hauteur log 0 vaut moins l’infini. La hauteur moyenne est donc {meanLog} et D(P‖Q) = {kl}. La figure omet ce point.',
  'derivation.jensen.3.label': 'L’inégalité de Jensen',
  'derivation.jensen.3':
    'La courbe du log est concave : elle s’incurve vers le bas, si bien que toute corde entre deux de ses points se trouve sous elle. Une moyenne pondérée de points de la courbe (le losange) se trouve donc sous la courbe au x moyen (le triangle) : la moyenne des logs est au plus le log de la moyenne. Ici, {meanLog} ≤ {logMean}.',
  'derivation.jensen.4.label': 'Le x moyen',
  'derivation.jensen.4':
    'Le x moyen est Σ P_i · Q_i/P_i : les P_i se simplifient, et il reste la probabilité totale que Q donne aux catégories où P_i > 0, au plus 1 (ici {meanX}). Le log d’un nombre qui ne dépasse pas 1 est au plus 0 : {logMean}.',
  'derivation.jensen.5.label': 'Rassembler',
  'derivation.jensen.5':
    '−D(P‖Q) est au plus le log du x moyen, qui est au plus 0. Donc D(P‖Q) ≥ 0 pour tous P et Q : ici, D(P‖Q) = {kl}.',
  'derivation.jensen.6.label': 'Quand est-elle nulle ?',
  'derivation.jensen.6':
    'Les deux inégalités doivent être des égalités. Le log est strictement concave : une moyenne de ses points ne se trouve sur la courbe que si tous les points sont au même x, c’est-à-dire Q_i = c · P_i pour tout i. Et le x moyen doit valoir exactement 1, donc c = 1 : Q = P.',
  'derivation.jensen.6.equal': 'Votre Q est égal à P : chaque point est en x = 1, à la hauteur 0, et D(P‖Q) = {kl}.',
  'derivation.jensen.6.oneX':
    'Tous vos points sont au même x = {x} : l’inégalité de Jensen est donc ici une égalité. Mais Q ne donne que {meanX} de sa probabilité aux catégories où P est positive ; le x moyen est donc inférieur à 1, son log vaut {logMean}, et D(P‖Q) = {kl}, exactement l’opposé de ce log.',
  'derivation.jensen.6.apart':
    'Vos points s’étalent de x = {low} à x = {high} : la moyenne passe donc sous la courbe et D(P‖Q) = {kl} > 0. Appuyez sur « Poser Q = P » sous les barres ci-dessus pour les amener tous en x = 1.',
  'derivation.jensen.chart.canvas':
    'La courbe du log avec un point par catégorie, de taille proportionnelle à P, et leur moyenne pondérée',
  'derivation.jensen.chart.curve': 'log x',
  'derivation.jensen.chart.points': 'points (Q_i/P_i, log Q_i/P_i), taille ∝ P_i',
  'derivation.jensen.chart.mean': 'moyenne pondérée des points',
  'derivation.jensen.chart.logMean': 'la courbe au x moyen',
  'derivation.jensen.chart.x': 'x = Q_i / P_i',
  'derivation.jensen.chart.y': 'log x en {units}',
  'derivation.jensen.chart.describe':
    'La courbe concave log x avec {count} points, un par catégorie où P est positive. Leur moyenne pondérée par P se trouve en x = {meanX}, à la hauteur {meanLog}, sous la hauteur de la courbe en ce point, {logMean}.',
  'derivation.jensen.chart.describeInfinite':
    'La courbe concave log x avec les points des {count} catégories où P est positive ; un point où Q vaut 0 se trouve à moins l’infini et est omis, donc D(P‖Q) = {kl}.',

  // Démonstration 3 : l’entropie croisée sur un échantillon est la log-vraisemblance négative.
  'derivation.likelihood.title': 'Pas à pas : pourquoi minimiser l’entropie croisée maximise la vraisemblance',
  'derivation.likelihood.1.label': 'Perte moyenne',
  'derivation.likelihood.1':
    'Prenez l’échantillon du panneau : n = {n} étiquettes x_1, …, x_n tirées de P (graine {seed}). La perte du modèle sur l’étiquette x_i est −log q̂(x_i) ; sa moyenne sur l’échantillon, calculée tirage par tirage, vaut {average}.',
  'derivation.likelihood.2.label': 'Log du produit',
  'derivation.likelihood.2':
    'Une somme de logs est le log du produit : la perte moyenne est donc −1/n fois le log de la vraisemblance Π q̂(x_i), la probabilité que le modèle a attribuée à l’échantillon entier. Ici, la log-vraisemblance vaut {logLikelihood} (logarithme népérien ; la vraisemblance elle-même est trop petite pour être écrite).',
  'derivation.likelihood.2.bits':
    'Une somme de logs est le log du produit : la perte moyenne est donc −1/n fois le log de la vraisemblance Π q̂(x_i), la probabilité que le modèle a attribuée à l’échantillon entier. Ici, la log-vraisemblance vaut {logLikelihood} (logarithme en base 2 ; la vraisemblance elle-même est trop petite pour être écrite).',
  'derivation.likelihood.3.label': 'Regrouper les étiquettes identiques',
  'derivation.likelihood.3':
    'L’ordre des tirages n’importe pas : chaque étiquette k tirée c_k fois apporte c_k fois le facteur q̂_k au produit. Les effectifs dans l’échantillon sont {counts}.',
  'derivation.likelihood.4.label': 'Fréquences',
  'derivation.likelihood.4':
    'c_k/n indique combien de fois l’étiquette k apparaît dans l’échantillon, rapporté à n : c’est sa fréquence P̂_k ; ici, P̂ = {empirical}. Il reste l’entropie croisée entre les fréquences de l’échantillon et le modèle, H(P̂, q̂) = {crossEntropy}, le même nombre que la perte moyenne, {average}.',
  'derivation.likelihood.5.label': 'Minimum = maximum',
  'derivation.likelihood.5':
    'Multiplier par −1/n et prendre le log transforment « plus grand » en « plus petit » : le modèle qui a la plus petite entropie croisée sur l’échantillon est donc celui qui a la plus grande vraisemblance. Par la décomposition, H(P̂, q̂) = H(P̂) + D(P̂‖q̂) : elle est minimale, égale à H(P̂) = {best}, quand q̂ = P̂. Ce modèle se trouve D(P̂‖q̂) = {gap} au-dessus : {crossEntropy}.',
};
