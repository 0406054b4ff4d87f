// Les questions « prédire d’abord » (web/predict.js) et les questions des
// panneaux surprise et synthèse.
export default {
  'predict.title': 'Avant de regarder : prédisez',
  'predict.yourAnswer': 'Votre réponse',
  'predict.check': 'Vérifier ma prédiction',
  'predict.again': 'Reposez-moi la question',
  'predict.hidden': 'Répondez à la question ci-dessus pour voir ceci.',
  'predict.hiddenCell': 'après votre prédiction',
  'predict.hiddenChart':
    'Une partie de ce graphique est masquée jusqu’à ce que vous répondiez à la question ci-dessus.',
  'predict.right': 'Bonne réponse.',
  'predict.notQuite': 'Pas tout à fait.',
  'predict.needNumber': 'Saisissez d’abord un nombre.',
  'predict.needChoice': 'Choisissez d’abord une réponse.',
  'predict.outOfRange': 'Donnez un nombre de {min} à {max}.',
  'predict.exact': '{label}, valeur exacte',
  'predict.marker': 'Votre prédiction',

  'surprise.predict.question':
    'Un événement a la probabilité {p} : une chance sur un million. La courbe s’arrête à {top}, bien avant que p devienne aussi petit. À quel point l’événement est-il surprenant quand il se produit ?',
  'surprise.predict.label': 'Votre prédiction pour I({p}) :',
  'surprise.predict.close':
    'Votre prédiction ({guess}) est à moins de 5 % de I({p}) = {exact}. Une chance sur un million, c’est six facteurs de dix, et chaque facteur de dix vaut I({tenth}) = {perTen} : six d’entre eux font {exact}.',
  'surprise.predict.above':
    'Votre prédiction ({guess}) dépasse I({p}) = {exact}. Une chance sur un million, c’est six facteurs de dix, et chaque facteur de dix vaut I({tenth}) = {perTen} : six d’entre eux font {exact}.',
  'surprise.predict.below':
    'Votre prédiction ({guess}) est inférieure à I({p}) = {exact}. Une chance sur un million, c’est six facteurs de dix, et chaque facteur de dix vaut I({tenth}) = {perTen} : six d’entre eux font {exact}.',

  'summary.predict.question':
    'Supposons que vous changiez seulement le modèle Q et laissiez P telle quelle. Quels nombres de ce tableau changent ?',
  'summary.predict.onlyKl': 'Seulement la divergence KL D(P‖Q)',
  'summary.predict.crossAndKl': 'L’entropie croisée H(P, Q) et la divergence KL D(P‖Q) ; l’entropie H(P) reste la même',
  'summary.predict.all': 'Les trois',
  'summary.predict.onlyCross': 'Seulement l’entropie croisée H(P, Q)',
  'summary.predict.onlyKlFeedback':
    'L’entropie croisée H(P, Q) = −Σ P log Q contient elle aussi Q : elle change donc en même temps que D(P‖Q) ; seule H(P) = −Σ P log P ne contient pas Q.',
  'summary.predict.crossAndKlFeedback':
    'H(P) = −Σ P log P ne contient pas Q : elle reste la même ; H(P, Q) et D(P‖Q) dépendent toutes deux de Q, et leur différence vaut toujours H(P).',
  'summary.predict.allFeedback':
    'L’entropie H(P) = −Σ P log P ne contient pas Q : elle reste la même. Seules H(P, Q) et D(P‖Q) changent.',
  'summary.predict.onlyCrossFeedback':
    'D(P‖Q) = H(P, Q) − H(P) change aussi : H(P) étant fixée, elle varie exactement comme H(P, Q).',
  'summary.predict.example.uniform':
    'Par exemple, rendez Q uniforme : H(P) reste à {h}, H(P, Q) passe de {cross} à {crossThen}, et D(P‖Q) de {kl} à {klThen}.',
  'summary.predict.example.equal':
    'Par exemple, posez Q = P : H(P) reste à {h}, H(P, Q) passe de {cross} à {crossThen}, et D(P‖Q) de {kl} à {klThen}.',
  'summary.predict.example.pointMass':
    'Par exemple, placez toute la masse de Q sur la catégorie 1 : H(P) reste à {h}, H(P, Q) passe de {cross} à {crossThen}, et D(P‖Q) de {kl} à {klThen}.',
};
