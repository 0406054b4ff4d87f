// Textes français de la partie « aire » (issue 13) : l’entropie comme surprise attendue dessinée
// sous forme d’aires (pièce, extrêmes, décomposition), des tirages à observer, les premières
// choses à essayer dans les panneaux et leurs questions « prédire d’abord ».
export default {
  // La figure des aires, mots communs.
  'area.xAxis': 'probabilité (largeur de barre = p)',
  'area.yAxis': 'surprise −log p en {units}',
  'area.yAxisQ': 'surprise en {units}',
  'area.width': 'largeur p',
  'area.heightP': 'hauteur −log p',
  'area.areaP': 'aire −p log p',
  'area.heightQ': 'hauteur −log q',
  'area.areaQ': 'aire −p log q',
  'area.zeroTerm':
    'Une issue de probabilité 0 n’a pas de largeur, elle n’ajoute donc aucune aire : 0 log 0 compte pour 0.',

  // Pièce.
  'area.coin.heads': 'pile',
  'area.coin.tails': 'face',
  'area.coin.series': '−log p de chaque côté, aussi large que p',
  'area.coin.canvas': 'L’entropie comme aire : chaque côté de la pièce est une barre de largeur p et de hauteur −log p',
  'area.coin.sum': 'H = −({p0} log {p0} + {p1} log {p1}) = {terms} = {h}',
  'area.coin.sum.bits': 'H = −({p0} log₂ {p0} + {p1} log₂ {p1}) = {terms} = {h}',
  'area.coin.describe':
    'Deux barres côte à côte, de 0 à 1. Pile : largeur {p0}, hauteur {s0}, aire {a0}. Face : largeur {p1}, hauteur {s1}, aire {a1}. Les aires s’additionnent pour donner H = {h}.',

  // Extrêmes.
  'area.extremes.series': '−log p de chaque issue, aussi large que p',
  'area.extremes.canvas': 'L’entropie comme aire : chaque issue est une barre de largeur P(i) et de hauteur −log P(i)',
  'area.extremes.sum': 'H = −Σ p log p = {terms} = {h}',
  'area.extremes.sum.bits': 'H = −Σ p log₂ p = {terms} = {h}',
  'area.extremes.sumMany':
    'Les aires −p log p des {n} barres s’additionnent pour donner H = {h} ; la plus grande, {a}, est celle de la catégorie {i} (p = {p}).',
  'area.extremes.describe':
    '{n} barres côte à côte, de 0 à 1, chacune aussi large que sa probabilité et aussi haute que sa surprise : les issues rares sont hautes et fines, les issues probables larges et basses. La plus grande aire ({a}) est celle de la catégorie {i} ; toutes les aires ensemble font H = {h}.',

  // Décomposition : l’entropie croisée comme aire.
  'area.decomposition.seriesP': '−log p (sous P)',
  'area.decomposition.seriesQ': '−log q (sous le modèle Q)',
  'area.decomposition.band': 'entre les deux : p log(p/q)',
  'area.decomposition.canvas':
    'L’entropie croisée comme aire : des barres de largeur p, de hauteurs −log p et −log q ; la bande entre elles est la divergence KL',
  'area.decomposition.reading':
    'Aire sous −log p : H(P) = {h}. Aire sous −log q sur les mêmes largeurs : H(P, Q) = {cross}. L’aire entre les deux est D(P‖Q) = {kl}.',
  'area.decomposition.readingInfinite':
    'Q donne la probabilité 0 à la catégorie {i}, là où P donne {p} : sa barre −log q est infiniment haute, donc l’aire H(P, Q) et la bande D(P‖Q) sont infinies.',
  'area.decomposition.negative':
    'Là où Q est plus confiant que P (catégorie {i} : q = {q} > p = {p}), la barre du modèle est plus basse et la bande y compte négativement, {term} ; les bandes positives l’emportent toujours, si bien que le total D(P‖Q) = {kl} n’est jamais inférieur à 0.',
  'area.decomposition.describe':
    'Sur {k} catégories, chaque barre aussi large que la probabilité que lui donne P : sous P, les aires s’additionnent pour donner H(P) = {h}, sous Q pour donner H(P, Q) = {cross} ; la bande entre les deux est D(P‖Q) = {kl}.',
  'area.decomposition.describeInfinite':
    'Q donne la probabilité 0 à la catégorie {i}, alors que P ne lui donne pas 0 : sa barre sous Q est infiniment haute, et H(P, Q) est infinie.',

  // Des tirages à observer.
  'area.draws.heading': 'Des tirages à observer',
  'area.draws.intro':
    'Tirez des issues de P une par une. Chaque tirage a une surprise sous P et une surprise sous le modèle Q ; leurs moyennes courantes se stabilisent vers H(P) et H(P, Q).',
  'area.draws.buttons': 'Tirages :',
  'area.draws.one': 'Tirer une fois',
  'area.draws.ten': 'Tirer 10 fois',
  'area.draws.play': 'Lecture',
  'area.draws.pause': 'Pause',
  'area.draws.batch': 'Tirer {n} fois d’un coup',
  'area.draws.batchTitle':
    'Votre système demande de réduire les animations : ce bouton tire donc tout un lot d’un coup au lieu d’animer.',
  'area.draws.reset': 'Recommencer',
  'area.draws.canvas': 'Moyennes courantes de la surprise des tirages, sous P et sous Q, comparées à H(P) et H(P, Q)',
  'area.draws.xAxis': 'nombre de tirages',
  'area.draws.yAxis': 'moyenne en {units}',
  'area.draws.averageP': 'moyenne de −log P(x) jusqu’ici',
  'area.draws.averageQ': 'moyenne de −log Q(x) jusqu’ici',
  'area.draws.entropy': 'droite de l’entropie H(P)',
  'area.draws.cross': 'droite de l’entropie croisée H(P, Q)',
  'area.draws.none': 'Aucun tirage pour l’instant : appuyez sur « Tirer une fois ».',
  'area.draws.last':
    'Tirage {t} : catégorie {x}. Sa surprise est {sp} sous P (−log P({x})) et {sq} sous le modèle Q (−log Q({x})).',
  'area.draws.noAverage': 'Les moyennes courantes commencent avec le premier tirage.',
  'area.draws.average':
    'Après {n} tirages, la surprise moyenne sous P est {avgP}, une estimation de H(P) = {h} ; sous Q, elle est {avgQ}, une estimation de H(P, Q) = {cross}. Leur écart, {gap}, estime D(P‖Q) = {kl}.',
  'area.draws.averageInfinite':
    'Après {n} tirages, la surprise moyenne sous P est {avgP}, une estimation de H(P) = {h}. Un tirage est tombé sur une catégorie où Q vaut 0 : la moyenne sous Q est donc infinie à partir de là, comme l’est H(P, Q).',
  'area.draws.negativeGap':
    'Avec si peu de tirages, l’écart peut même être négatif ; D(P‖Q) elle-même ne l’est jamais, et davantage de tirages rapprochent l’estimation de sa valeur.',
  'area.draws.describe':
    'Moyennes courantes sur {n} tirages : sous P, actuellement {avgP} (droite en H(P) = {h}) ; sous Q, actuellement {avgQ} (droite en H(P, Q) = {cross}).',
  'area.draws.describeEmpty': 'Aucun tirage pour l’instant ; les droites marquent H(P) = {h} et H(P, Q) = {cross}.',
  'area.draws.describeInfinite':
    'Moyenne courante sous P sur {n} tirages : {avgP} (H(P) = {h}) ; sous Q, elle est devenue infinie quand un tirage est tombé sur une catégorie où Q vaut 0.',
  'area.draws.summary': 'Après {n} tirages : moyenne sous P {avgP}, sous Q {avgQ}.',
  'area.more': 'Plus de réglages',
  'area.draws.seed': 'Graine des tirages',
  'area.draws.count': 'Nombre de tirages',

  // Prédire, puis révéler.
  'area.predict.coin.question': 'Avant de regarder : quelle est l’entropie de cette pièce (p = {p}), en {units} ?',
  'area.predict.coin.label': 'Votre prédiction pour H({p}) en {units}',
  'area.predict.close': 'Bonne réponse : votre prédiction ({guess}) est à moins de {tol} de H = {h}.',
  'area.predict.high': 'Votre prédiction ({guess}) est supérieure à H = {h}.',
  'area.predict.low': 'Votre prédiction ({guess}) est inférieure à H = {h}.',
  'area.predict.coin.why':
    'Chaque côté apporte son aire −p log p : ici {a0} pour pile et {a1} pour face. C’est une pièce équilibrée qui a l’entropie la plus grande, {fair}.',
  'area.predict.extremes.question':
    'Avant de regarder : quelle est l’entropie de la distribution uniforme sur {n} issues, en {units} ?',
  'area.predict.extremes.label': 'Votre prédiction pour H de l’uniforme sur {n} issues, en {units}',
  'area.predict.extremes.why':
    'Chacune des {n} issues a la surprise log {n} = {s} ; la surprise moyenne vaut donc elle aussi log {n} = {ceiling} : aucune distribution sur {n} issues n’a une entropie plus grande.',
  'area.predict.draws.question':
    'Tirez encore et encore de P, et faites la moyenne de la surprise de chaque tirage sous le modèle Q. Où cette moyenne va-t-elle se stabiliser ?',
  'area.predict.draws.entropy': 'En H(P), l’entropie',
  'area.predict.draws.cross': 'En H(P, Q), l’entropie croisée',
  'area.predict.draws.kl': 'En D(P‖Q), la divergence KL',
  'area.predict.draws.zero': 'Elle ne se stabilise jamais : chaque tirage est aléatoire',
  'area.predict.draws.right':
    'Bonne réponse : la moyenne de −log Q(x) sur des tirages de P est une estimation de H(P, Q) = {cross}, et elle s’en rapproche à mesure que vous tirez.',
  'area.predict.draws.wrong':
    'Pas tout à fait : la moyenne de −log Q(x) sur des tirages de P estime l’entropie croisée H(P, Q) = {cross}. H(P) = {h} est la valeur où se stabilise la moyenne de −log P(x), et l’écart entre les deux moyennes estime D(P‖Q) = {kl}.',
  'area.predict.draws.random':
    'Chaque tirage est aléatoire, mais leur moyenne ne l’est pas : par la loi des grands nombres, elle se stabilise en H(P, Q) = {cross}.',
};
