// Textes français des premiers panneaux : surprise, pièce, extrêmes, décomposition.
export default {
  // Panneau : pièce.
  'coin.title': 'Entropie d’une pièce biaisée',
  'coin.intro':
    'Faites la moyenne de la surprise sur tout ce qui peut arriver, en pondérant chaque issue par sa probabilité, et vous obtenez l’**entropie** $entropy$. Pour une pièce qui tombe sur pile avec la probabilité p, il y a deux issues. Déplacez p et observez où l’incertitude est la plus grande et où elle disparaît.',
  'coin.curve': 'H(p) = −p log p − (1 − p) log(1 − p)',
  'coin.marker': 'votre pièce',
  'coin.xAxis': 'probabilité de pile p',
  'coin.yAxis': 'entropie H(p) en {units}',
  'coin.canvas': 'La courbe d’entropie binaire H(p), avec votre pièce dessus',
  'coin.control': 'Probabilité de pile p',
  'coin.presets': 'Pièces :',
  'coin.preset.fair': 'Équilibrée ({p})',
  'coin.preset.biased': 'Biaisée ({p})',
  'coin.preset.heads': 'Toujours pile ({p})',
  'coin.value': 'H({p}) = {h} = {other}',
  'coin.zero': 'Aucune incertitude : cette pièce tombe toujours du même côté, l’observer ne vous apprend donc rien.',
  'coin.fair': 'La pièce la plus incertaine : un lancer équilibré apporte le plus d’information, {ceiling} = {other}.',
  'coin.less':
    'Moins que les {ceiling} de la pièce équilibrée : plus la pièce est déséquilibrée, plus ses lancers sont faciles à prédire.',
  'coin.describe':
    'Entropie en fonction de la probabilité de pile : 0 en p = 0 et en p = 1, maximale ({ceiling}) en p = {half}. Votre pièce, p = {p}, a H = {h}.',
  'coin.check.question':
    'Quelle pièce est la plus difficile à prédire, celle dont les lancers vous apprennent le plus ?',
  'coin.check.biased': 'Une pièce avec p = {p}',
  'coin.check.biasedFeedback':
    'Ses lancers donnent surtout pile, ils sont donc faciles à deviner : H({p}) ne vaut que {h}.',
  'coin.check.fair': 'La pièce équilibrée, p = {p}',
  'coin.check.fairFeedback':
    'Les deux issues sont équiprobables, aucune prédiction ne fait donc mieux que le hasard : H = log 2 = {h}, le maximum pour une pièce.',
  'coin.check.heads': 'Une pièce qui tombe toujours sur pile',
  'coin.check.headsFeedback': 'Elle est parfaitement prévisible, un lancer ne vous apprend donc rien : H = 0.',
  'coin.check.show': 'Montrez-moi la pièce équilibrée',

  // Panneau : surprise.
  'surprise.curve': 'I(p) = −log p',
  'surprise.marker': 'votre p',
  'surprise.offChart': 'votre p (I(p) au-dessus du graphique)',
  'surprise.xAxis': 'probabilité p de l’événement',
  'surprise.yAxis': 'surprise I(p) en {units}',
  'surprise.canvas': 'La courbe de surprise I(p) = −log p, avec votre point dessus',
  'surprise.control': 'Probabilité p de l’événement',
  'surprise.control.p1': 'p₁, premier événement',
  'surprise.control.p2': 'p₂, second événement',
  'surprise.twoEvents': 'Deux événements indépendants',
  'surprise.value': 'I({p}) = {i}',
  'surprise.clip.above':
    'I({p}) = {i} se trouve au-dessus du haut du graphique, coupé à {top} : quand p → 0, la surprise croît sans limite.',
  'surprise.clip.infinite':
    'I({p}) = {i} se trouve au-dessus du haut du graphique, coupé à {top} : quand p → 0, la surprise croît sans limite, et un événement impossible serait infiniment surprenant.',
  'surprise.clip.below':
    'Le graphique est coupé à {top} (p = {p}) ; au-delà, la courbe continue de monter, sans limite, quand p → 0.',
  'surprise.property.positive': 'Jamais négative : I({p}) = {i} ≥ 0, puisque p ≤ 1.',
  'surprise.property.certain': 'Un événement certain ne vous apprend rien : I(1) = {i}.',
  'surprise.property.rare': 'Les événements rares sont très surprenants : I({p1}) = {i1}, I({p2}) = {i2}, I(0) = ∞.',
  'surprise.property.additive': 'Les surprises d’événements indépendants s’additionnent (ci-dessous).',
  'surprise.joint': 'I(p₁) + I(p₂) = {i1} + {i2} = {sum} ; les deux ensemble : I(p₁·p₂) = I({p}) = {joint}.',
  'surprise.describe':
    'Surprise en fonction de la probabilité : la courbe descend de {top} en p = {pTop} à 0 en p = 1. Votre point, p = {p}, a I = {i}.',
  'surprise.describe.above':
    'Surprise en fonction de la probabilité : la courbe descend de {top} en p = {pTop} à 0 en p = 1. Votre point, p = {p}, a I = {i}, au-dessus du haut du graphique ; il est donc dessiné comme un triangle sur le bord supérieur.',
  'surprise.check.question':
    'Deux événements indépendants ont chacun la probabilité p = {p}. À quel point est-il surprenant qu’ils se produisent tous les deux ?',
  'surprise.check.same': 'Autant que l’un d’eux : {one}',
  'surprise.check.sameFeedback':
    'Que les deux se produisent est plus rare que l’un d’eux seul : la probabilité est {p} · {p} = {both}, et I({both}) = {joint}.',
  'surprise.check.add': 'Deux fois plus : {sum}',
  'surprise.check.addFeedback':
    'Pour des événements indépendants, les probabilités se multiplient, donc les surprises s’additionnent : I({p} · {p}) = I({both}) = {joint} = {one} + {one}.',
  'surprise.check.less': 'Moins que chacun des deux, puisque {p} · {p} = {both} est plus petit que {p}',
  'surprise.check.lessFeedback':
    'Une probabilité plus petite signifie une surprise plus grande : I(p) = −log p croît quand p diminue. Les deux ensemble ont la probabilité {both}, donc I({both}) = {joint}, plus que les {one} de chacun.',
  'surprise.check.show': 'Montrez-moi p₁ = p₂ = {p} en bits',

  // Panneau : extrêmes.
  'extremes.xAxis': 'catégorie',
  'extremes.yAxis': 'probabilité',
  'extremes.path.curve': 'H(P_T) : entropie de P tempérée par T',
  'extremes.path.ceiling': 'plafond log {n} (uniforme)',
  'extremes.path.marker': 'votre P (T = 1)',
  'extremes.path.xAxis': 'température T (échelle logarithmique)',
  'extremes.path.yAxis': 'entropie en {units}',
  'extremes.note.pointMass':
    'Une masse ponctuelle : une issue est certaine, un tirage n’apprend donc rien. H = 0 est le minimum.',
  'extremes.note.uniform':
    'La distribution uniforme : toutes les issues sont équiprobables, le maximum d’incertitude que permettent {n} catégories.',
  'extremes.note.between':
    'Entre les extrêmes : sous le plafond log {n} = {ceiling}, parce que certaines issues sont plus probables que d’autres, et au-dessus de 0, parce que plus d’une issue peut se produire.',
  'extremes.value': 'H(P) = {h} ; plafond log {n} = {ceiling}',
  'extremes.path.zeros':
    'P met 0 sur {zeros} des {n} catégories. Tempérer ne ranime jamais un zéro : quand T croît, le chemin s’aplatit donc vers log {support} = {supportCeiling}, l’uniforme sur les {support} issues restantes, et non vers log {n}.',
  'extremes.path.pointMass':
    'P est une masse ponctuelle : tempérer ne peut pas la déplacer, et le chemin reste à {limit} pour tout T.',
  'extremes.path.full':
    'Quand T → 0, le chemin descend à {limit} (toute la masse sur la catégorie la plus probable) ; quand T croît, il monte vers le plafond log {n} : tempérer mène de la masse ponctuelle à l’uniforme.',
  'extremes.path.tied':
    '{m} catégories sont à égalité pour la plus grande probabilité ; quand T → 0, le chemin descend donc à log {m} = {limit}, et non à 0 : la masse se répartit également entre les catégories à égalité. Quand T croît, il monte vers le plafond log {n}.',
  'extremes.path.uniform':
    'P est uniforme : tempérer la laisse telle quelle, et le chemin reste au plafond log {n} = {limit} pour tout T.',
  'extremes.control': 'Nombre de catégories N',
  'extremes.presets': 'P :',
  'extremes.preset.uniform': 'Uniforme',
  'extremes.preset.pointMass': 'Masse ponctuelle',
  'extremes.preset.pointMassTitle': 'Toute la probabilité sur la catégorie actuellement la plus grande',
  'extremes.preset.random': 'Aléatoire',
  'extremes.preset.sharpen': 'Accentuer',
  'extremes.preset.sharpenTitle': 'Tempérer par T = {T} : les issues probables gagnent, les improbables perdent',
  'extremes.preset.flatten': 'Aplatir',
  'extremes.preset.flattenTitle': 'Tempérer par T = {T} : la distribution s’égalise',
  'extremes.barsCanvas': 'Diagramme en barres de P sur les catégories ; faites glisser une barre pour la modifier',
  'extremes.pathCanvas': 'Entropie de P tempérée par T, de la masse ponctuelle à l’uniforme',
  'extremes.bar': 'P de la catégorie {i}',
  'extremes.describe.bars':
    'P sur {n} catégories : {P}. Son entropie est H(P) = {h}, pour un maximum de log {n} = {ceiling}.',
  'extremes.describe.barsMany':
    'P sur {n} catégories ; la plus grande barre est la catégorie {i}, avec {p}, et les catégories à 0 sont au nombre de {zeros}. Son entropie est H(P) = {h}, pour un maximum de log {n} = {ceiling}.',
  'extremes.describe.path':
    'Entropie de P tempérée par T, pour T de {tMin} à {tMax} en échelle logarithmique : elle monte de {low} à {high}, sous le plafond log {n} = {ceiling}, et passe par votre P, H(P) = {h}, en T = 1.',
  'extremes.describe.pathFlat':
    'Entropie de P tempérée par T, pour T de {tMin} à {tMax} en échelle logarithmique : constante, égale à H(P) = {h}, car tempérer laisse cette P telle quelle. Le plafond est log {n} = {ceiling}.',
  'extremes.check.question': 'Quelle distribution sur {n} issues a la plus grande entropie ?',
  'extremes.check.pointMass': 'Une masse ponctuelle : toute la probabilité sur une seule issue',
  'extremes.check.pointMassFeedback':
    'Une issue est certaine, un tirage ne vous apprend donc rien : H = {h}, la plus petite entropie qui soit.',
  'extremes.check.skewed': 'Une issue de probabilité {p}, les {others} autres se partageant le reste à parts égales',
  'extremes.check.skewedFeedback':
    'Favoriser une issue rend les tirages plus faciles à deviner : H = {h}, sous le plafond log {n} = {ceiling}.',
  'extremes.check.uniform': 'L’uniforme : chaque issue a la probabilité 1/{n}',
  'extremes.check.uniformFeedback':
    'Quand toutes les issues sont équiprobables, aucune prédiction ne fait mieux que le hasard : H = log {n} = {ceiling}, le maximum que permettent {n} issues.',
  'extremes.check.show': 'Montrez-moi l’uniforme',

  // Panneau : décomposition.
  'decomposition.P': 'P (ce qui se passe réellement)',
  'decomposition.Q': 'Q (le modèle)',
  'decomposition.xAxis': 'catégorie',
  'decomposition.yAxis': 'probabilité',
  'decomposition.stack.entropy': 'H(P) : entropie, le coût que personne ne peut éviter',
  'decomposition.stack.kl': 'D(P‖Q) : divergence KL, la pénalité du mauvais modèle',
  'decomposition.stack.cross': 'H(P, Q) : entropie croisée',
  'decomposition.stack.offScale': '∞ : hors échelle',
  'decomposition.stack.xAxis': 'information en {units}',
  'decomposition.note.uncovered':
    'Q donne la probabilité 0 à la catégorie {i}, mais P lui donne {p} : le modèle déclare impossible quelque chose qui arrive, donc D(P‖Q) et H(P, Q) sont infinies.',
  'decomposition.note.reverseUncovered':
    'D(Q‖P) est infinie : P donne la probabilité 0 à la catégorie {i}, là où Q donne {q}.',
  'decomposition.note.equal': 'Q est égal à P : aucune pénalité, et l’entropie croisée est simplement l’entropie.',
  'decomposition.note.asymmetric':
    'D(P‖Q) et D(Q‖P) diffèrent : la divergence KL dépend de la distribution placée en premier.',
  'decomposition.sum': 'H(P) + D(P‖Q) = {h} + {kl} = {cross} = H(P, Q)',
  'decomposition.sum.infinite': 'H(P) + D(P‖Q) = {h} + ∞ = ∞ = H(P, Q)',
  'decomposition.ceiling': 'Plus grande valeur possible de H(P) avec {k} catégories : log {k} = {ceiling}.',
  'decomposition.control': 'Nombre de catégories K',
  'decomposition.presets.P': 'P :',
  'decomposition.presets.Q': 'Q :',
  'decomposition.preset.uniform': 'Uniforme',
  'decomposition.preset.pointMass': 'Masse ponctuelle',
  'decomposition.preset.pointMassTitle': 'Toute la probabilité sur la catégorie actuellement la plus grande',
  'decomposition.preset.random': 'Aléatoire',
  'decomposition.preset.copy': 'Poser Q = P',
  'decomposition.barsCanvas':
    'Diagramme en barres de P et Q sur les catégories ; faites glisser une barre pour la modifier',
  'decomposition.stackCanvas': 'Barre empilée : entropie plus divergence KL égale entropie croisée',
  'decomposition.number.entropy': 'Entropie H(P)',
  'decomposition.number.crossEntropy': 'Entropie croisée H(P, Q)',
  'decomposition.number.kl': 'Divergence KL D(P‖Q)',
  'decomposition.number.reverseKl': 'KL inverse D(Q‖P)',
  'decomposition.entry': '{which} de la catégorie {i}',
  'decomposition.table.caption':
    'P et Q par catégorie (saisissez une valeur ; les autres sont remises à l’échelle pour que la somme reste 1)',
  'decomposition.table.category': 'Catégorie',
  'decomposition.table.summary': 'Modifier les valeurs dans un tableau',
  'decomposition.table.invalid': '{entry} doit être une probabilité entre 0 et 1.',
  'decomposition.describe.bars': 'P et Q sur {k} catégories : P = {P}, Q = {Q}.',
  'decomposition.describe.kl': 'Q s’écarte de P de D(P‖Q) = {kl}.',
  'decomposition.describe.equal': 'Q est égal à P, donc D(P‖Q) = {kl}.',
  'decomposition.describe.uncovered': 'Q met 0 sur la catégorie {i}, où P a {p} ; D(P‖Q) est donc infinie.',
  'decomposition.describe.stack':
    'La barre empilée H(P) + D(P‖Q) = {h} + {kl} a exactement la même longueur que la barre H(P, Q) = {cross}.',
  'decomposition.describe.stackInfinite':
    'Seule l’entropie H(P) = {h} est dessinée : D(P‖Q) et H(P, Q) sont infinies, hors échelle.',
  'decomposition.check.question': 'Que vaut la divergence KL D(P‖Q) quand Q = P ?',
  'decomposition.check.entropy': 'Autant que l’entropie H(P)',
  'decomposition.check.entropyFeedback':
    'H(P) est ce à quoi se réduit l’entropie croisée quand Q = P (pour P = {P}, H(P, P) = H(P) = {h}). La divergence KL est le surcoût qui s’y ajoute, et avec Q = P il n’y en a aucun : D(P‖P) = {kl}.',
  'decomposition.check.zero': 'Exactement 0',
  'decomposition.check.zeroFeedback':
    'Chaque terme P log(P/Q) devient P log 1 = 0, donc D(P‖P) = {kl} : le bon modèle ne coûte rien de plus, et l’entropie croisée est simplement l’entropie (pour P = {P}, H(P, P) = H(P) = {h}).',
  'decomposition.check.small': 'Une petite quantité positive : la divergence KL n’est jamais exactement nulle',
  'decomposition.check.smallFeedback':
    'La divergence KL n’est jamais négative, et elle vaut exactement 0 quand Q = P, pas seulement presque 0 : pour P = {P}, D(P‖P) = {kl}.',
  'decomposition.check.show': 'Montrez-moi Q = P',
};
