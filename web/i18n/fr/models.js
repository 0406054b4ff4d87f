// Textes français des panneaux de modèles : ajustements, perte, VAE, régions de confiance, synthèse.
export default {
  // Panneau : ajustements.
  // Graphiques.
  'fits.mixture': 'P : mélange de deux gaussiennes',
  'fits.forwardCurve': 'ajustement direct : argmin D(P‖Q)',
  'fits.reverseCurve': 'ajustement inverse : argmin D(Q‖P)',
  'fits.handles': 'faites glisser pour déplacer un mode',
  'fits.xAxis': 'x',
  'fits.yAxis': 'densité',
  'fits.point.forward': 'ajustement direct',
  'fits.point.reverse': 'ajustement inverse',
  'fits.point.other': 'ajustement inverse, autre mode',
  'fits.muAxis': 'moyenne μ de Q',
  'fits.sigmaAxis': 'largeur σ de Q (échelle logarithmique)',
  'fits.densityCanvas':
    'Le mélange P et ses ajustements gaussiens direct et inverse ; faites glisser un losange pour déplacer un mode',
  'fits.landscapeCanvas':
    'Carte de chaleur de la divergence KL selon la moyenne et la largeur de Q, avec les deux ajustements marqués',
  'fits.handle': 'moyenne du mode {i}',

  // Commandes.
  'fits.meanControl': 'Moyenne du mode {i}',
  'fits.sigmaControl': 'Largeur σ du mode {i}',
  'fits.weightControl': 'Poids du mode 1',
  'fits.landscapeControl': 'Paysage',
  'fits.landscape.reverse': 'KL inverse D(Q‖P)',
  'fits.landscape.forward': 'KL directe D(P‖Q)',
  'fits.landscape.off': 'désactivé',
  'fits.presets': 'P :',
  'fits.preset.apart': 'Modes éloignés',
  'fits.preset.close': 'Modes proches',
  'fits.preset.unequal': 'Modes inégaux',

  // Affichages.
  'fits.forward': 'Ajustement direct Q = N({mu} ; {sigma}²) : D(P‖Q) = {kl}, D(Q‖P) = {other}',
  'fits.reverse': 'Ajustement inverse Q = N({mu} ; {sigma}²) : D(Q‖P) = {kl}, D(P‖Q) = {other}',
  'fits.modeSeeking':
    'Recherche de mode : l’ajustement inverse se pose sur un mode (μ = {mu}, près de {mode}) et ignore l’autre, tandis que l’ajustement direct s’étale sur les deux (μ = {forwardMu}, la moyenne de P, σ = {forwardSigma}).',
  'fits.overlap':
    'Les modes se chevauchent assez pour qu’une seule gaussienne les couvre tous les deux : les deux ajustements sont proches. Écartez les modes pour voir l’ajustement inverse en choisir un.',
  'fits.differ':
    'Les deux ajustements diffèrent, mais aucun ne se pose sur un seul mode : l’ajustement direct N({fmu} ; {fsigma}²) s’étale sur toute la masse de P, l’ajustement inverse N({rmu} ; {rsigma}²) reste là où P est dense.',
  'fits.tie':
    'Les deux modes conviennent aussi bien l’un que l’autre : D(Q‖P) a deux minima, en μ = {mu} et en μ = {other} (tous deux marqués sur le paysage). Un optimiseur aboutit dans la vallée où il a commencé.',
  'fits.shading.reverse':
    'Ombrage : D(Q‖P) en {units} pour chaque Q = N(μ, σ²), sombre = petit. Quand les modes sont séparés, il y a une vallée à chaque mode.',
  'fits.shading.forward':
    'Ombrage : D(P‖Q) en {units} pour chaque Q = N(μ, σ²), sombre = petit. Il n’y a qu’une vallée, à la moyenne et à la dispersion de P.',

  // Descriptions des graphiques et annonces.
  'fits.describe.seeking':
    'P a des modes en {m1} et {m2} ; l’ajustement direct N({fmu} ; {fsigma}²) s’étale sur les deux, l’ajustement inverse N({rmu} ; {rsigma}²) se pose sur le mode en {mode}.',
  'fits.describe.covering':
    'P a des modes en {m1} et {m2}, assez proches pour se chevaucher ; l’ajustement direct N({fmu} ; {fsigma}²) et l’ajustement inverse N({rmu} ; {rsigma}²) les couvrent tous les deux.',
  'fits.describe.differ':
    'P a des modes en {m1} et {m2} ; l’ajustement direct N({fmu} ; {fsigma}²) s’étale sur toute la masse de P, l’ajustement inverse N({rmu} ; {rsigma}²) reste là où P est dense, sans se poser sur un seul mode.',
  'fits.describe.landscape.reverse':
    'Carte de chaleur de D(Q‖P) selon la moyenne μ et la largeur σ de Q, sombre là où elle est petite : elle est minimale à l’ajustement inverse, μ = {rmu}, σ = {rsigma} (D(Q‖P) = {kl}). L’ajustement direct est marqué en μ = {fmu}, σ = {fsigma}.',
  'fits.describe.landscape.reverseTie':
    'Carte de chaleur de D(Q‖P) selon la moyenne μ et la largeur σ de Q, sombre là où elle est petite : deux minima aussi bas l’un que l’autre, en μ = {rmu}, σ = {rsigma} et en μ = {otherMu}, σ = {otherSigma} (D(Q‖P) = {kl}). L’ajustement direct est marqué en μ = {fmu}, σ = {fsigma}.',
  'fits.describe.landscape.forward':
    'Carte de chaleur de D(P‖Q) selon la moyenne μ et la largeur σ de Q, sombre là où elle est petite : une seule vallée, minimale à l’ajustement direct, μ = {fmu}, σ = {fsigma} (D(P‖Q) = {kl}). L’ajustement inverse est marqué en μ = {rmu}, σ = {rsigma}.',
  'fits.describe.landscape.off':
    'La carte de chaleur est désactivée ; l’ajustement direct est marqué en μ = {fmu}, σ = {fsigma} et l’ajustement inverse en μ = {rmu}, σ = {rsigma}.',
  'fits.announce.seeking':
    'Recherche de mode : l’ajustement inverse N({rmu} ; {rsigma}²) se pose sur le mode en {mode} ; l’ajustement direct N({fmu} ; {fsigma}²) s’étale sur les deux.',
  'fits.announce.covering':
    'Une seule gaussienne couvre les deux modes : ajustement direct N({fmu} ; {fsigma}²), ajustement inverse N({rmu} ; {rsigma}²).',
  'fits.announce.differ':
    'Les ajustements diffèrent : ajustement direct N({fmu} ; {fsigma}²), ajustement inverse N({rmu} ; {rsigma}²).',

  // Le test.
  'fits.check.question':
    'P a deux modes très éloignés. La gaussienne Q qui minimise la KL inverse D(Q‖P) va-t-elle les couvrir tous les deux ?',
  'fits.check.cover': 'Oui : elle s’étire sur les deux modes',
  'fits.check.coverFeedback':
    'Ça, c’est l’ajustement direct, qui doit placer de la masse partout où P en a. Avec des modes en {m1} et {m2}, chacun de largeur {width}, l’ajustement direct est N({fmu} ; {fsigma}²), mais l’ajustement inverse n’est que N({rmu} ; {rsigma}²).',
  'fits.check.pick': 'Non : elle se pose sur un mode et ignore l’autre',
  'fits.check.pickFeedback':
    'D(Q‖P) pondère log(Q/P) par Q : Q paie donc cher toute masse placée dans le creux où P est presque nulle. L’ajustement inverse N({rmu} ; {rsigma}²) se pose sur un mode, avec D(Q‖P) = {kl} ; la gaussienne qui couvre les deux, N({fmu} ; {fsigma}²), coûterait D(Q‖P) = {coverKl}.',
  'fits.check.middle': 'Elle se place entre les modes, à la moyenne de P',
  'fits.check.middleFeedback':
    'Entre les modes, P n’a presque aucune masse, et c’est justement là que D(Q‖P) pénalise le plus Q. L’ajustement inverse se pose plutôt sur un mode, en μ = {rmu} ; seul l’ajustement direct est centré sur la moyenne de P, μ = {fmu}.',
  'fits.check.show': 'Montrez-moi deux modes éloignés',

  // Panneau : perte.
  // Graphiques.
  'loss.class': 'classe {i}',
  'loss.logitsLabel': 'logits z (à faire glisser)',
  'loss.logitAxis': 'logit',
  'loss.predictionLabel': 'q̂ = softmax(z)',
  'loss.predictionAxis': 'probabilité prédite',
  'loss.trueLabel': 'P (fréquences réelles des étiquettes)',
  'loss.sampleLabel': 'P̂ (fréquences sur {n} tirages)',
  'loss.modelLabel': 'q̂ (le modèle)',
  'loss.probabilityAxis': 'probabilité',
  'loss.running': 'perte moyenne sur les n premiers tirages',
  'loss.limit': 'H(P, q̂) : sa limite',
  'loss.bestLine': 'H(P̂) : le mieux qu’un modèle puisse faire sur cet échantillon',
  'loss.drawsAxis': 'nombre de tirages n (échelle logarithmique)',
  'loss.lossAxis': 'perte moyenne en {units}',
  'loss.logitsCanvas': 'Logits de chaque classe ; faites glisser une barre pour la modifier',
  'loss.predictionCanvas': 'Probabilités prédites q̂ = softmax des logits',
  'loss.mleCanvas': 'Fréquences réelles des étiquettes P (à faire glisser), fréquences de l’échantillon P̂ et modèle q̂',
  'loss.convergenceCanvas': 'Perte moyenne sur les n premiers tirages, qui converge vers l’entropie croisée H(P, q̂)',
  'loss.logitBar': 'logit de la classe {i}',
  'loss.pBar': 'P de la classe {i}',

  // Commandes.
  'loss.kControl': 'Nombre de classes K',
  'loss.classControl': 'Vraie classe k',
  'loss.nControl': 'Nombre de tirages n',
  'loss.seedControl': 'Graine',
  'loss.actions': 'Échantillon :',
  'loss.newSample': 'Nouvel échantillon',
  'loss.fit': 'Ajuster q̂ à l’échantillon',
  'loss.fitTitle': 'Régler les logits pour que q̂ = P̂ : le modèle du maximum de vraisemblance pour cet échantillon',
  'loss.manyHeading': 'Plusieurs exemples : la perte moyenne et le maximum de vraisemblance',
  'loss.manyIntro':
    'À partir d’ici, q̂ est une seule prédiction fixe, utilisée pour chaque exemple, comme pour un modèle qui ignore son entrée. C’est seulement dans ce cas que la perte moyenne sur un échantillon est l’entropie croisée H(P̂, q̂) entre les fréquences des étiquettes P̂ et q̂ ; le q̂ d’un vrai classifieur change d’une entrée à l’autre, et sa perte moyenne est la moyenne de ces entropies croisées calculées exemple par exemple.',

  // Affichages.
  'loss.prediction': 'q̂ = softmax(z) = {q}',
  'loss.loss': 'Vraie classe {k} : perte −log q̂_{k} = −log {qk} = {loss}',
  'loss.gradient':
    'Gradient de la perte en nats : ∂perte/∂z = q̂ − onehot({k}) = {gradient} {units} par unité de logit. Les flèches indiquent le sens dans lequel un pas de gradient déplace chaque logit : la vraie classe vers le haut, toutes les autres vers le bas.',
  'loss.gradient.bits':
    'Gradient de la perte en bits : ∂perte/∂z = (q̂ − onehot({k}))/ln 2 = {gradient} {units} par unité de logit. Les flèches indiquent le sens dans lequel un pas de gradient déplace chaque logit : la vraie classe vers le haut, toutes les autres vers le bas.',
  'loss.sample': 'n = {n} tirages de P (graine {seed}) : P̂ = {empirical}',
  'loss.average':
    'Perte moyenne de q̂ sur l’échantillon : H(P̂, q̂) = {sample} ; quand n croît, elle tend vers H(P, q̂) = {limit}.',
  'loss.best':
    'Sur cet échantillon, aucun modèle ne descend sous H(P̂) = {best}, valeur atteinte seulement par q̂ = P̂ : le modèle qui minimise la perte moyenne d’entropie croisée est celui du maximum de vraisemblance. Ce q̂ se trouve {gap} {units} au-dessus : D(P̂‖q̂).',
  'loss.neverDrawn':
    'Une classe n’a jamais été tirée, P̂ lui donne donc 0 ; un softmax ne renvoie jamais exactement 0, si bien que des logits finis ne peuvent qu’approcher ce minimum.',

  // Descriptions des graphiques et annonce.
  'loss.describe.logits':
    'Logits des {count} classes : {logits}. La vraie classe {k} est mise en évidence ; les flèches montrent un pas de gradient, vers le haut pour la vraie classe et vers le bas pour les autres.',
  'loss.describe.prediction': 'Probabilités prédites q̂ = {q} ; la vraie classe {k} reçoit {qk}.',
  'loss.describe.mle':
    'Barres par classe : les fréquences réelles P = {P}, les fréquences sur {n} tirages P̂ = {empirical} et le modèle q̂ = {q}.',
  'loss.describe.convergence':
    'La perte moyenne sur les n premiers tirages aboutit, en n = {n}, à H(P̂, q̂) = {sample} ; sa limite H(P, q̂) = {limit} et le mieux qu’un modèle puisse faire sur cet échantillon, H(P̂) = {best}, sont tracés comme des droites.',
  'loss.announce':
    'Vraie classe {k} : perte {loss}. Perte moyenne sur l’échantillon : {sample} ; la meilleure possible : {best}.',

  // Le test.
  'loss.check.question':
    'Vous tirez un échantillon d’étiquettes. Quel modèle q̂ donne la plus petite perte moyenne −log q̂ sur cet échantillon ?',
  'loss.check.true': 'La distribution P dont les étiquettes ont été tirées',
  'loss.check.trueFeedback':
    'P l’emporte en moyenne sur de nombreux échantillons, mais pas sur celui-ci : avec n = {n} tirages, elle obtient H(P̂, P) = {trueLoss}, soit H(P̂) = {best} plus D(P̂‖P) = {gap}. Tout écart entre les fréquences de l’échantillon et P coûte un supplément.',
  'loss.check.trueFeedbackEqual':
    'Sur cet échantillon, c’est bien le cas : avec n = {n} tirages, les fréquences P̂ sont sorties exactement égales à P ; P coïncide donc avec les propres fréquences de l’échantillon et obtient H(P̂, P) = {trueLoss} = H(P̂) = {best}, le minimum possible. Tirez un nouvel échantillon : en général P̂ diffère de P, et P coûte alors D(P̂‖P) de plus.',
  'loss.check.sample': 'Les propres fréquences de l’échantillon, P̂',
  'loss.check.sampleFeedback':
    'La perte moyenne est l’entropie croisée H(P̂, q̂) = H(P̂) + D(P̂‖q̂), et D(P̂‖q̂) n’est nulle qu’en q̂ = P̂. P̂ obtient donc ici H(P̂) = {best}, moins que tout autre modèle : c’est le modèle du maximum de vraisemblance.',
  'loss.check.uniform': 'La distribution uniforme, qui ne prend aucun risque',
  'loss.check.uniformFeedback':
    'Ne prendre aucun risque a un coût : le modèle uniforme obtient log {count} = {uniform} sur chaque échantillon, plus que H(P̂) = {best}, le score des propres fréquences de l’échantillon.',
  'loss.check.uniformFeedbackEqual':
    'Sur cet échantillon, c’est bien le cas : ses fréquences P̂ sont sorties uniformes, le modèle uniforme est donc P̂ lui-même et obtient log {count} = {uniform} = H(P̂) = {best}, le minimum possible. Sur la plupart des échantillons, P̂ n’est pas uniforme, et ne prendre aucun risque coûte alors un supplément.',
  'loss.check.show': 'Montrez-moi q̂ = P̂',

  // Panneau : VAE.
  // Le graphique.
  'vae.posterior': 'q = N(μ, σ²) : la proposition de l’encodeur',
  'vae.prior': 'p = N(0, 1) : la distribution a priori',
  'vae.other': 'N(μ₂, σ₂²) : l’autre distribution normale',
  'vae.xAxis': 'z',
  'vae.yAxis': 'densité',
  'vae.canvas':
    'Dimension latente 1 : la distribution q de l’encodeur, la distribution a priori N(0, 1), la vraie distribution a posteriori et l’autre distribution normale',

  // Commandes.
  'vae.control.mu': 'Moyenne μ₁ de q dans la dimension 1',
  'vae.control.sigma': 'Largeur σ₁ de q dans la dimension 1',
  'vae.control.mu2': 'Moyenne μ₂ de l’autre distribution normale',
  'vae.control.sigma2': 'Largeur σ₂ de l’autre distribution normale',
  'vae.twoNormals': 'Entre deux distributions normales quelconques',

  // Affichages.
  'vae.formula': 'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total}',
  'vae.formula.bits':
    'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total} = {bits} (les termes utilisent le logarithme népérien, ils sont donc en nats ; divisez par ln 2 pour obtenir des bits)',
  'vae.term.mean': '½μ² = {value} : ramène la moyenne vers 0',
  'vae.term.variance': '½σ² = {value} : pénalise une distribution a posteriori large',
  'vae.term.logVariance': '−½ ln σ² = {value} : pénalise une distribution étroite (croît sans limite quand σ → 0)',
  'vae.term.constant': '−½ = {value} : rend le total exactement nul en μ = 0, σ = 1',
  'vae.quadrature':
    'Vérification par intégration numérique de q log(q/p) : {value}, qui diffère de la forme close de {difference} {units} (erreur estimée : {error} ; {evaluations} évaluations).',
  'vae.general.prior':
    'Quand la seconde distribution normale est N(0, 1) (la distribution a priori), KL(q ‖ N(μ₂, σ₂²)) = {forward} est le terme du VAE ; l’autre sens, KL(N(0, 1) ‖ q) = {backward}, donne une autre valeur.',
  'vae.general.priorEqual':
    'Quand la seconde distribution normale est N(0, 1) (la distribution a priori), KL(q ‖ N(μ₂, σ₂²)) = {forward} est le terme du VAE ; l’autre sens, KL(N(0, 1) ‖ q) = {backward}, donne ici la même valeur (en σ = 1, les deux sens donnent ½μ²), bien qu’en général les deux sens diffèrent.',
  'vae.general.other': 'KL(q ‖ N({mu2} ; {sigma2}²)) = {forward} ; KL(N({mu2} ; {sigma2}²) ‖ q) = {backward}.',
  'vae.entropy.negative':
    'Entropie différentielle de q : ½ log(2πeσ²) = {h}. Elle est négative, car σ est inférieur à 1/√(2πe) ≈ {zeroWidth} : q est si concentrée (sa densité culmine à {peak}) que q(z) > 1 sur la plus grande partie de sa masse ; −log q(z) y est donc négatif, et sa moyenne aussi. Contrairement à l’entropie discrète, l’entropie différentielle n’est pas une longueur moyenne de code et peut descendre sous 0 ; seules les différences, comme la KL, gardent leur sens.',
  'vae.entropy.peak':
    'Entropie différentielle de q : ½ log(2πeσ²) = {h}. La densité culmine à {peak}, au-dessus de 1, donc −log q(z) est négatif près du centre ; en moyenne sur q, il reste pourtant positif. L’entropie ne devient négative que pour σ inférieur à 1/√(2πe) ≈ {zeroWidth}.',
  'vae.entropy.positive':
    'Entropie différentielle de q : ½ log(2πeσ²) = {h}. Elle diminue de {fall} chaque fois que σ est divisé par e, et devient négative pour σ inférieur à 1/√(2πe) ≈ {zeroWidth}.',

  // Description du graphique et annonce.
  'vae.describe':
    'Dimension latente 1 : la distribution q = N({mu} ; {sigma}²) de l’encodeur face à la distribution a priori p = N(0, 1) et à la vraie distribution a posteriori N({m1} ; {s1}²) ; le terme KL(q ‖ p) vaut {kl}.',
  'vae.describe.other':
    'Dimension latente 1 : la distribution q = N({mu} ; {sigma}²) de l’encodeur face à la distribution a priori p = N(0, 1), KL(q ‖ p) = {kl}, à la vraie distribution a posteriori N({m1} ; {s1}²), et face à l’autre distribution normale N({mu2} ; {sigma2}²), KL(q ‖ N({mu2} ; {sigma2}²)) = {forward}.',
  'vae.announce': 'ELBO = {elbo} ; écart = {gap} ; KL(q ‖ N(0, 1)) = {kl}',
  'vae.announce.other':
    'ELBO = {elbo} ; écart = {gap} ; KL(q ‖ N(0, 1)) = {kl} ; KL(q ‖ N({mu2} ; {sigma2}²)) = {forward} ; KL(N({mu2} ; {sigma2}²) ‖ q) = {backward}',

  // Le test.
  'vae.check.question':
    'Le terme KL du VAE, KL(q ‖ N(0, 1)), n’est jamais négatif. Pour quelle sortie q de l’encodeur est-il exactement nul ?',
  'vae.check.narrow': 'Une distribution q très étroite (σ proche de 0) : le code le plus sûr de lui',
  'vae.check.narrowFeedback':
    'Une distribution q étroite est pénalisée sans limite : en σ = {narrow}, le terme −½ ln σ² apporte à lui seul {narrowLog}, et la KL vaut {narrowKl}. La distribution a priori fait contrepoids aux codes trop sûrs d’eux-mêmes.',
  'vae.check.meanZero': 'Toute distribution q de moyenne μ = 0, quelle que soit sa largeur',
  'vae.check.meanZeroFeedback':
    'La moyenne n’est que la moitié de l’histoire : les termes de largeur ½σ² − ½ ln σ² − ½ ne s’annulent ensemble qu’en σ = 1. Avec μ = 0 mais σ = {wide}, la KL vaut {wideKl}.',
  'vae.check.prior': 'Seulement q = N(0, 1), la distribution a priori elle-même',
  'vae.check.priorFeedback':
    'En μ = 0 et σ = 1, les quatre termes valent ½μ² = {mean}, ½σ² = {variance}, −½ ln σ² = {logVariance} et −½ = −{constant} : ils se compensent, donc KL = {zero}. q est alors la distribution a priori elle-même.',
  'vae.check.show': 'Montrez-moi μ = 0, σ = 1',

  // Panneau : régions de confiance.
  // Graphiques.
  'trust.action': 'action {i}',
  'trust.klCurve': 'E_s D(π_old ‖ π_α) : la moyenne sur les états',
  'trust.budgetLine': 'budget δ = {delta} {units}',
  'trust.maxStepLine': 'plus grand pas respectant δ : α = {alpha}',
  'trust.maxStepLineBeyond': 'plus grand pas respectant δ : α = {alpha}, hors du graphique',
  'trust.dot': 'votre pas α',
  'trust.stepAxis': 'pas α',
  'trust.klAxis': 'KL en {units}',
  'trust.unclipped': 'objectif de substitution non écrêté Σ π_old·r·A',
  'trust.clipped': 'objectif de substitution écrêté (ε = {epsilon})',
  'trust.penalized': 'écrêté − β·KL (β = {beta})',
  'trust.surrogateAxis': 'objectif de substitution',
  'trust.piOldLabel': 'π_old (à faire glisser)',
  'trust.piNewLabel': 'π_α en α = {alpha}',
  'trust.probabilityAxis': 'probabilité',
  'trust.advantageLabel': 'avantage A (à faire glisser)',
  'trust.advantageAxis': 'avantage',
  'trust.policyCanvas': 'Ancienne politique (à faire glisser) et politique mise à jour sur les actions',
  'trust.advantageCanvas': 'Avantage de chaque action ; faites glisser une barre pour le modifier',
  'trust.klCanvas':
    'Divergence KL espérée de la mise à jour sur les états en fonction du pas, avec le budget, le plus grand pas autorisé et la KL propre à l’état sélectionné ; faites glisser le point pour modifier α',
  'trust.ppoCanvas': 'Objectifs de substitution de PPO en fonction du pas',
  'trust.piOldBar': 'π_old de l’action {i}',
  'trust.advantageBar': 'avantage de l’action {i}',

  // Commandes.
  'trust.control.alpha': 'Pas α',
  'trust.control.delta': 'Budget de KL δ, en nats',
  'trust.control.epsilon': 'Écrêtage ε de PPO',
  'trust.control.beta': 'Pénalité de KL β',
  'trust.control.n': 'Tirages pour les estimateurs',
  'trust.control.seed': 'Graine',
  'trust.ppoHeading': 'PPO : l’écrêtage au lieu d’un budget strict',
  'trust.estimatorsHeading': 'Estimer la KL à partir d’échantillons',

  // Affichages.
  'trust.step.inside': 'En α = {alpha} : E_s D(π_old ‖ π_α) = {kl}, dans le budget δ = {delta}.',
  'trust.step.outside': 'En α = {alpha} : E_s D(π_old ‖ π_α) = {kl}, hors du budget δ = {delta}.',
  'trust.budget':
    'La région de confiance de TRPO autorise des pas jusqu’à α = {alpha}, où la KL espérée atteint δ. TRPO trouve ce pas par une recherche linéaire : il essaie des pas le long de la direction de mise à jour et garde le plus grand qui satisfait la contrainte.',
  'trust.budget.never':
    'Dans chaque état, toutes les actions que π_old peut choisir ont le même avantage ; la mise à jour laisse donc π_old inchangée : E_s D = 0 pour tout α, et aucun pas ne sort jamais du budget.',
  'trust.ppo':
    'L’objectif écrêté cesse de récompenser un pas dès que le rapport de probabilités r = π_α/π_old d’une action d’avantage positif dépasse 1 + ε = {upper} (ou que celui d’une action d’avantage négatif descend sous 1 − ε = {lower}) : c’est la version souple de la région de confiance propre à PPO.',
  'trust.ppo.penalty': 'La pénalité de KL fait fléchir l’objectif à mesure que la politique s’éloigne.',
  'trust.estimators':
    'À partir de {n} tirages de π_old (graine {seed}) : k1 = −log r vaut en moyenne {k1} ± {k1Error}, k3 = (r − 1) − log r vaut en moyenne {k3} ± {k3Error} ; la KL exacte est {exact}. Les deux sont sans biais ; k3 n’est jamais négatif et a généralement la plus petite dispersion.',
  'trust.estimators.bits':
    'À partir de {n} tirages de π_old (graine {seed}) : k1 = −log₂ r vaut en moyenne {k1} ± {k1Error}, k3 = ((r − 1) − ln r)/ln 2 vaut en moyenne {k3} ± {k3Error} (bits) ; la KL exacte est {exact}. Les deux sont sans biais ; k3 n’est jamais négatif et a généralement la plus petite dispersion.',
  'trust.policy': 'État {s} : π_α = {policy}',

  // Descriptions des graphiques.
  'trust.describe.policy':
    'État {s}, barres par action : l’ancienne politique π_old = {piOld} et la politique mise à jour π_α = {piNew} en α = {alpha}.',
  'trust.describe.advantage':
    'État {s}, avantages des actions : {advantages}. La mise à jour déplace la probabilité vers les actions dont l’avantage dépasse la moyenne sous π_old, et l’éloigne des autres ; seules les différences entre avantages comptent, et quand α croît, la masse se concentre sur la meilleure action.',
  'trust.describe.kl':
    'La KL espérée E_s D(π_old ‖ π_α) part de 0 en α = 0 et atteint le budget δ = {delta} en α = {maxStep}. Votre pas α = {alpha} donne E_s D = {kl}, {position}. Une courbe en pointillés montre la KL propre à l’état sélectionné.',
  'trust.describe.klNever':
    'Dans chaque état, toutes les actions que π_old peut choisir ont le même avantage ; E_s D(π_old ‖ π_α) reste donc à 0 pour tout pas, sous le budget δ = {delta}. Votre pas α = {alpha} donne E_s D = {kl}, {position}.',
  'trust.describe.inside': 'dans le budget',
  'trust.describe.outside': 'hors du budget',
  'trust.describe.ppo':
    'Objectifs de substitution pour des pas α jusqu’à {max} : l’objectif non écrêté atteint {unclipped} en α = {max} ; l’objectif écrêté (ε = {epsilon}) est maximal, {clipped}, en α = {clippedAt}.',
  'trust.describe.ppoFlat':
    'Objectifs de substitution pour des pas α jusqu’à {max} : l’objectif non écrêté atteint {unclipped} en α = {max} ; l’objectif écrêté (ε = {epsilon}) reste à {clipped} pour tout pas.',
  'trust.describe.ppoPenalty':
    'Avec la pénalité de KL (β = {beta}), la valeur maximale est {penalized}, en α = {penalizedAt}.',

  // Le test.
  'trust.check.question': 'Que devient la KL espérée E_s D(π_old ‖ π_α) quand le pas α croît à partir de 0 ?',
  'trust.check.same': 'Elle reste la même, quelle que soit la taille du pas',
  'trust.check.sameFeedback':
    'La mise à jour π_α ∝ π_old·exp(α·A) éloigne davantage la politique à chaque augmentation de α : avec la politique et les avantages actuels, E_s D = {small} en α = {a} mais {large} en α = {b}.',
  'trust.check.sameFeedbackFlat':
    'Avec cette politique et ces avantages, oui : toutes les actions que π_old peut choisir ont le même avantage, exp(α·A) les multiplie donc toutes par le même facteur et π_α est π_old pour tout α. E_s D = {small} en α = {a} et {large} en α = {b}. Rendez les avantages différents, et D croît avec α.',
  'trust.check.shrinks': 'Elle diminue : des pas plus grands rapprochent π_α de π_old',
  'trust.check.shrinksFeedback':
    'En α = 0, π_α est π_old elle-même et D = 0, la plus petite valeur possible d’une divergence KL ; à partir de là, elle ne peut que croître. Avec la politique et les avantages actuels, E_s D = {small} en α = {a} et {large} en α = {b}.',
  'trust.check.shrinksFeedbackFlat':
    'En α = 0, π_α est π_old elle-même et D = 0, la plus petite valeur possible d’une divergence KL : elle ne peut donc pas diminuer. Avec cette politique et ces avantages (toutes les actions que π_old peut choisir ont le même avantage), elle ne croît pas non plus : E_s D = {small} en α = {a} et {large} en α = {b}.',
  'trust.check.grows': 'Elle croît à partir de 0 : un budget de KL δ limite donc la taille de α',
  'trust.check.growsFeedback':
    'En α = 0, la politique n’a pas bougé et D = 0 ; des pas plus grands éloignent π_α de π_old (ici E_s D = {small} en α = {a} et {large} en α = {b}). Le budget δ = {delta} autorise donc des pas jusqu’à α = {maxStep}, pas au-delà : c’est la région de confiance de TRPO.',
  'trust.check.growsFeedbackFlat':
    'En général oui, mais pas ici : toutes les actions que π_old peut choisir ont le même avantage, la mise à jour laisse donc la politique inchangée et D reste à {small} en α = {a} et à {large} en α = {b}. Aucun budget δ n’est jamais atteint. Rendez les avantages différents pour voir D croître.',
  'trust.check.show': 'Montrez-moi le plus grand pas respectant δ',
  'trust.check.showBeyond': 'Montrez-moi le plus grand pas visible sur le graphique (α = {alpha})',

  // Panneau : synthèse.
  'summary.caption':
    'Les trois quantités, pour les P et Q du panneau de décomposition (ses valeurs par défaut quand ce tableau est affiché seul)',
  'summary.column.quantity': 'Quantité',
  'summary.column.formula': 'Formule',
  'summary.column.meaning': 'Ce qu’elle mesure',
  'summary.column.now': 'Valeur actuelle',
  'summary.row.entropy': 'Entropie H(P)',
  'summary.row.crossEntropy': 'Entropie croisée H(P, Q)',
  'summary.row.kl': 'Divergence KL D(P‖Q)',
  'summary.meaning.entropy':
    'L’incertitude de P : la plus petite longueur moyenne de code pour des tirages de P, avec un code construit pour P.',
  'summary.meaning.crossEntropy':
    'La longueur moyenne de code quand le code est construit pour le modèle Q mais que les tirages viennent de P.',
  'summary.meaning.kl':
    'La longueur supplémentaire gaspillée en codant avec Q au lieu de P ; nulle seulement quand Q = P.',
  'summary.identity':
    'Entropie croisée = entropie + KL : {cross} = {h} + {kl}. Comme H(P) ne dépend pas de Q, minimiser l’entropie croisée par rapport à Q minimise la KL, et sur des données, c’est le maximum de vraisemblance.',
  'summary.identity.infinite': 'Ici, Q omet une issue que P peut produire, donc H(P, Q) = {h} + ∞ = ∞.',
  'summary.check.question': 'Comparée à l’entropie H(P), l’entropie croisée H(P, Q) est toujours…',
  'summary.check.smaller': 'plus petite ou égale : un modèle ne peut pas coûter plus que la vérité',
  'summary.check.smallerFeedback':
    'La divergence KL serait alors négative, ce qui n’arrive jamais : H(P, Q) − H(P) = D(P‖Q) ≥ 0. Pour P = {P} et Q = {Q}, H(P, Q) = {cross} est supérieure à H(P) = {h}.',
  'summary.check.either': 'plus grande ou plus petite, selon Q',
  'summary.check.eitherFeedback':
    'Q n’intervient qu’à travers la divergence KL, qui n’est jamais négative : H(P, Q) = H(P) + D(P‖Q), donc aucun modèle ne fait mieux que coder avec P elle-même. Pour P = {P} et Q = {Q} : {cross} = {h} + {kl}.',
  'summary.check.larger': 'au moins aussi grande, et égale seulement quand Q = P',
  'summary.check.largerFeedback':
    'H(P, Q) = H(P) + D(P‖Q), et la divergence KL n’est jamais négative et ne vaut 0 que quand Q = P. Pour P = {P} et Q = {Q} : {cross} = {h} + {kl}.',
  'summary.check.show': 'Montrez-moi le cas d’égalité, Q = P',
};
