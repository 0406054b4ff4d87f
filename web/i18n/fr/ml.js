// Textes français de « ml » : l’ELBO du panneau VAE, les questions « prédire d’abord »
// des panneaux perte, VAE et régions de confiance, et leurs volets dépliables.
export default {
  // Panneau : VAE, l’ELBO.
  'vae.try':
    'Essayez d’abord ceci : faites tendre la largeur σ₁ de q vers 0 et regardez le terme de reconstruction et le terme KL tirer l’ELBO dans des directions opposées ; puis appuyez sur « Montrez-moi la meilleure distribution q ».',
  'vae.words':
    'Vocabulaire. Le code latent z est le code caché par lequel le modèle explique les données x (ici deux nombres, z₁ et z₂). La distribution a priori p(z) = N(0, I) décrit l’allure des codes avant d’avoir vu x. Le décodeur p(x | z) = N(x; z, s²) indique à quel point x est probable pour un code z. La distribution a posteriori p(z | x) décrit l’allure que devraient avoir les codes après avoir vu x. L’encodeur q(z | x) = N(μ, σ²) est l’approximation de cette distribution a posteriori proposée par le réseau. L’ELBO (borne inférieure de l’évidence) vaut reconstruction − KL(q ‖ p(z)) : c’est une borne inférieure de log p(x), que le VAE maximise.',
  'vae.truePosterior': 'p(z | x) : la vraie distribution a posteriori',
  'vae.dim1': 'Dimension latente 1 (celle qui est dessinée)',
  'vae.dim2': 'Dimension latente 2',
  'vae.control.muB': 'Moyenne μ₂ de q dans la dimension 2',
  'vae.control.sigmaB': 'Largeur σ₂ de q dans la dimension 2',
  'vae.control.x1': 'Point de données, coordonnée x₁',
  'vae.control.x2': 'Point de données, coordonnée x₂',
  'vae.control.noise': 'Bruit du décodeur s',
  'vae.actions': 'Encodeur',
  'vae.best': 'Montrez-moi la meilleure distribution q',
  'vae.bestTitle': 'Faire de q la vraie distribution a posteriori dans les deux dimensions : l’écart se referme',
  'vae.moreSettings': 'Plus de réglages : le point de données et le décodeur',
  'vae.klHeading': 'Le terme KL de la dimension 1, terme à terme',
  'vae.howComputed': 'Comment c’est calculé',
  'vae.howComputedText':
    'Chaque nombre de ce panneau provient de formes closes évaluées en C++ compilé en WebAssembly : le modèle est linéaire et gaussien, si bien que le terme de reconstruction, la KL, log p(x) et l’écart ne nécessitent aucun échantillonnage. La KL de la dimension 1 est en outre vérifiée de façon indépendante par intégration numérique adaptative :',
  'vae.elbo.terms':
    'ELBO = reconstruction − KL = {reconstruction} − {kl} = {elbo}. Le terme de reconstruction E_q[log p(x | z)] récompense les codes qui expliquent x ; le terme KL tire q vers la distribution a priori N(0, I).',
  'vae.elbo.bound':
    'log p(x) = {evidence} = ELBO {elbo} + écart {gap} : l’ELBO reste sous log p(x), et l’écart est KL(q ‖ p(z | x)), qui mesure à quel point l’encodeur s’écarte de la vraie distribution a posteriori.',
  'vae.elbo.closed':
    'log p(x) = {evidence} = ELBO {elbo} + écart {gap} : q est la vraie distribution a posteriori, l’écart KL(q ‖ p(z | x)) s’est donc refermé et la borne est atteinte.',
  'vae.elbo.dimensions':
    'La KL s’additionne sur les dimensions latentes : {kl1} (dimension 1) + {kl2} (dimension 2) = {kl}.',
  'vae.elbo.posterior':
    'Le point de données est x = ({x1} ; {x2}) et le bruit du décodeur s = {s}. La vraie distribution a posteriori est N(x/(1 + s²), s²/(1 + s²)) dans chaque dimension : N({m1} ; {s1}²) et N({m2} ; {s2}²).',

  // Prédire : VAE.
  'vae.predict.question':
    'Avant de regarder les termes : quand la largeur σ de q tend vers 0, quel terme de KL(q ‖ N(0, 1)) croît sans limite ?',
  'vae.predict.mean': '½μ², le terme de moyenne',
  'vae.predict.variance': '½σ², le terme de variance',
  'vae.predict.logVariance': '−½ ln σ², le terme de log-variance',
  'vae.predict.right':
    'Bonne réponse. En σ = {narrow} et pour votre μ, −½ ln σ² = {logVariance}, alors que ½σ² = {variance} a presque disparu et que ½μ² = {mean} ne dépend pas du tout de σ. Un code trop sûr de lui coûte sans limite.',
  'vae.predict.wrong':
    'Pas celui-là. En σ = {narrow} et pour votre μ, le terme que vous avez choisi vaut {picked} ; il reste borné. Le terme qui croît est −½ ln σ² = {logVariance} : une distribution q étroite est pénalisée sans limite.',

  // Panneau : perte.
  'loss.try':
    'Essayez d’abord ceci : faites monter et descendre le logit de la vraie classe et regardez sa probabilité q̂ₖ et la perte −log q̂ₖ évoluer en sens inverse.',
  'loss.words':
    'Vocabulaire. Une cible one-hot place toute sa probabilité sur la vraie classe et 0 sur toutes les autres : l’entropie croisée ne garde donc qu’un seul terme. Une estimation est sans biais quand sa moyenne sur de nombreux échantillons est égale à la quantité qu’elle estime : la perte moyenne sur un échantillon tiré de P est une estimation sans biais de H(P, q̂).',
  'loss.temperatureControl': 'Température T : les logits sont divisés par T',
  'loss.temperature.one':
    'En T = {T}, les logits sont utilisés tels quels : softmax(z/T) = q̂ = {qT}, d’entropie H = {hT}, et la perte vaut {loss}. Déplacez T pour diviser chaque logit par T : c’est le chemin de température de la section 3, car softmax(z/T) ∝ q̂^(1/T).',
  'loss.temperature.hot':
    'Diviser les logits par T = {T} donne softmax(z/T) = {qT} : q̂ tempéré en q̂^(1/T), comme dans la section 3. Au-dessus de T = 1, il est plus plat : H = {hT} contre {h1} en T = 1. La vraie classe {k} reçoit {qk}, soit une perte de {loss}.',
  'loss.temperature.cold':
    'Diviser les logits par T = {T} donne softmax(z/T) = {qT} : q̂ tempéré en q̂^(1/T), comme dans la section 3. Au-dessous de T = 1, il est plus piqué : H = {hT} contre {h1} en T = 1. La vraie classe {k} reçoit {qk}, soit une perte de {loss}.',
  'loss.moreSettings': 'Plus de réglages : taille de l’échantillon et graine',

  // Prédire : perte.
  'loss.predict.question':
    'Le modèle donne à la vraie classe {k} la probabilité q̂ₖ = {qk}. Avant que l’affichage ne la montre : quelle est la perte −log q̂ₖ en {units} ?',
  'loss.predict.label': 'Votre perte en {units}',
  'loss.predict.right':
    'Bonne réponse : −log {qk} = {loss} (soit {other}). Votre prédiction ({guess}) est à moins de 5 % de cette valeur.',
  'loss.predict.high':
    'Trop haut : votre prédiction ({guess}) dépasse −log {qk} = {loss} (soit {other}). Une perte aussi grande demanderait un q̂ₖ plus petit.',
  'loss.predict.low':
    'Trop bas : votre prédiction ({guess}) est inférieure à −log {qk} = {loss} (soit {other}). Seul q̂ₖ = 1 donne une perte nulle ; toute probabilité plus petite coûte davantage.',

  // Panneau : régions de confiance, sur plusieurs états, sous forme de tâche guidée.
  'trust.try':
    'Essayez d’abord ceci : à l’étape 2, faites glisser le point sur le graphique de la KL jusqu’à ce que la KL espérée touche tout juste la droite du budget.',
  'trust.words':
    'Vocabulaire. Une politique π(a | s) donne à chaque action a une probabilité dans l’état s. L’avantage A(s, a) mesure de combien le résultat de l’action a dépasse ce que la politique obtient en moyenne dans s. La mise à jour utilisée ici, π_α ∝ π_old·exp(α·A), déplace la probabilité vers les actions d’avantage plus élevé, d’autant plus que le pas α est grand. L’objectif de substitution est ce que TRPO maximise à la place du vrai retour : E_s E_(a∼π_old)[r·A] avec r = π_α/π_old, une estimation calculée à partir d’actions que π_old a déjà choisies. Une recherche linéaire essaie des pas le long de la direction de mise à jour jusqu’à ce que l’un d’eux satisfasse la contrainte.',
  'trust.control.state': 'État affiché',
  'trust.stateOption': 'État {s} (fréquence de visite {rho})',
  'trust.klCurveState': 'D dans l’état {s} seul',
  'trust.task.pick':
    'Choisissez un état. Chaque état s a sa propre ancienne politique π_old(· | s) et ses propres avantages ; faites glisser les barres ou utilisez les touches fléchées pour les modifier.',
  'trust.task.budget':
    'Déplacez le pas α jusqu’à ce que la KL espérée atteigne le budget δ. La contrainte de TRPO est une moyenne sur les états que visite l’ancienne politique : E_s D(π_old(· | s) ‖ π_α(· | s)) ≤ δ.',
  'trust.task.ppo':
    'Comparez avec l’écrêtage de PPO (pour l’état choisi) : au lieu d’un budget strict, PPO cesse de récompenser les rapports r au-delà de 1 ± ε.',
  'trust.moreSettings': 'Plus de réglages : pénalité de KL et estimation de la KL à partir d’échantillons',
  'trust.states':
    'En α = {alpha}, état par état : état 1 (fréquence de visite {rho1}), D = {kl1}, part {share1} ; état 2 (fréquence de visite {rho2}), D = {kl2}, part {share2} ; état 3 (fréquence de visite {rho3}), D = {kl3}, part {share3}. Les parts ont pour somme l’espérance E_s D = {total}.',
  'trust.importance.inside':
    'Le rapport r = π_α/π_old est le poids d’importance : l’objectif de substitution E_s E_(a∼π_old)[r·A] = {surrogate} (il valait {old} en α = 0) est estimé à partir d’actions choisies par π_old, chacune repondérée par r. Dans le budget, les poids restent proches de 1 : le plus grand vaut {maxRatio} et E[r²] = {second}, si bien qu’un lot de n échantillons en vaut environ {share} × n. Une petite KL garde l’estimation digne de confiance.',
  'trust.importance.outside':
    'Le rapport r = π_α/π_old est le poids d’importance : l’objectif de substitution E_s E_(a∼π_old)[r·A] = {surrogate} (il valait {old} en α = 0) est estimé à partir d’actions choisies par π_old, chacune repondérée par r. Hors du budget, les poids se dispersent : le plus grand vaut {maxRatio} et E[r²] = {second}, si bien qu’un lot de n échantillons n’en vaut plus qu’environ {share} × n. Loin de π_old, quelques échantillons très pondérés décident de l’estimation, et sa variance explose : c’est ce qu’empêche le budget de KL.',

  // Prédire : régions de confiance.
  'trust.predict.question':
    'Le plus grand pas de TRPO est celui où la KL espérée atteint le budget δ. Si vous divisez le budget par deux, que devient le plus grand pas ?',
  'trust.predict.half': 'Il est lui aussi divisé par deux',
  'trust.predict.root': 'Il diminue d’un facteur √2 environ (à environ 0,71 de sa valeur)',
  'trust.predict.same': 'Il reste le même',
  'trust.predict.right':
    'Bonne réponse. Avec δ = {delta}, le plus grand pas est α = {full} ; avec δ/2 = {half}, c’est α = {halfStep}. Près de α = 0, la KL croît comme le carré du pas (environ ½α²·Var(A)) : la moitié du budget autorise donc environ 1/√2 du pas.',
  'trust.predict.wrong':
    'Pas tout à fait. Avec δ = {delta}, le plus grand pas est α = {full} ; avec δ/2 = {half}, c’est α = {halfStep}. Près de α = 0, la KL croît comme le carré du pas (environ ½α²·Var(A)), et non proportionnellement à lui : la moitié du budget autorise donc environ 1/√2 du pas.',
  'trust.predict.other.right':
    'Bonne réponse pour ces politiques. Avec δ = {delta}, le plus grand pas est α = {full} ; avec δ/2 = {half}, c’est α = {halfStep}. Pour de petits pas, la KL croît comme le carré du pas, ce qui donnerait un facteur √2 ; ces politiques sont assez loin de ce régime pour que le facteur diffère.',
  'trust.predict.other.wrong':
    'Pas pour ces politiques. Avec δ = {delta}, le plus grand pas est α = {full} ; avec δ/2 = {half}, c’est α = {halfStep}. Pour de petits pas, la KL croît comme le carré du pas, ce qui donnerait un facteur √2 ; ces politiques sont assez loin de ce régime pour que le facteur diffère.',
};
