// Textes français de l’article autour des panneaux : les objectifs, le sommaire,
// les transitions et les « Essayez » de chaque section, le glossaire
// et la note sur la manière dont les nombres sont calculés.
export default {
  // Ce que vous allez apprendre.
  'page.objectives.heading': 'Ce que vous allez apprendre',
  'page.objectives.intro': 'Après avoir parcouru cette page, vous saurez :',
  'page.objectives.1':
    'expliquer l’entropie comme la surprise attendue, et pourquoi elle est maximale pour la distribution uniforme et nulle pour une [[point-mass|masse ponctuelle]] ([surprise](#surprise), [entropie](#coin), [ses extrêmes](#extremes)) ;',
  'page.objectives.2':
    'établir H(P, Q) = H(P) + D(P‖Q) et dire ce que signifie chaque terme en tant que longueur de code ([la décomposition](#decomposition), [codes](#coding)) ;',
  'page.objectives.3':
    'dire pourquoi la divergence KL n’est pas symétrique, et pourquoi un ajustement par la KL directe couvre chaque [[mode]] (recherche de moyenne) alors que la KL inverse en choisit un (recherche de mode) ([directe ou inverse](#fits)) ;',
  'page.objectives.4':
    'montrer que la perte d’entropie croisée −log q̂ est le maximum de vraisemblance sur les données, et retrouver la KL dans l’[[elbo|ELBO]] d’un VAE et dans les régions de confiance de TRPO et de PPO ([perte](#loss), [VAE](#vae), [régions de confiance](#trust)).',

  // Le sommaire.
  'page.toc.label': 'Sommaire',
  'page.toc.toggle': 'Sommaire',
  'page.toc.top': 'Objectifs et réglages',
  'page.toc.glossary': 'Glossaire',
  'page.toc.computed': 'Comment c’est calculé',
  'page.units.nats': 'nats',
  'page.units.bits': 'bits',

  // Le glossaire et la note sur le calcul.
  'page.glossary.heading': 'Glossaire',
  'page.glossary.intro':
    'Les mots que la page emploie avant de les expliquer. Dans le texte, chacun est un bouton à sa première occurrence : appuyez dessus pour en lire la définition, que vous retrouvez aussi ici.',
  'page.computed.summary': 'Comment c’est calculé',
  'page.computed.body':
    'Chaque nombre de cette page est calculé en direct par de petites fonctions C++ (les noyaux de calcul), compilées en WebAssembly et exécutées dans votre navigateur ; le JavaScript ne fait que dessiner et mettre en forme. Les formes closes (entropie, entropie croisée, KL entre distributions discrètes, formules gaussiennes) sont exactes aux chiffres affichés. Les autres valeurs sont des approximations, et chacune le signale, avec son erreur quand elle en a une : estimations de Monte-Carlo (moyennes sur des tirages aléatoires), intégrales numériques (la KL entre une P à deux bosses et une gaussienne Q, évaluée par quadrature), recherches linéaires (le plus grand pas qu’autorise un budget de KL) et courbes ajustées (l’ajustement inverse, cherché à partir de plusieurs points de départ).',

  // Transitions : pourquoi chaque section découle de la précédente.
  'surprise.bridge':
    'Tout ce qui suit se construit à partir d’un seul nombre : à quel point une issue isolée vous surprend.',
  'coin.bridge':
    'Une issue a une surprise ; une distribution a de nombreuses issues. La moyenne de leurs surprises donne un seul nombre pour toute la distribution.',
  'extremes.bridge':
    'Une pièce a deux issues. Avec davantage d’issues, la question devient : quelles formes de P rendent la surprise moyenne aussi petite, ou aussi grande, que possible ?',
  'decomposition.bridge':
    'Jusqu’ici, nous connaissions la vraie distribution P. En pratique, on prédit avec un modèle Q, et l’on paie pour chaque endroit où Q se trompe.',
  'coding.bridge':
    'La décomposition a appelé D(P‖Q) le surcoût de se fier à Q. Compté en chiffres binaires, ce coût devient concret : avec des longueurs de code idéales, chaque symbole envoyé avec un code construit pour Q coûte en moyenne D(P‖Q) bits de plus qu’avec un code construit pour P.',
  'fits.bridge':
    'D(P‖Q) mesure le coût d’utiliser Q quand P est la vraie distribution. Échangez les deux et le nombre change, ce qui compte dès que Q est choisi en minimisant une KL.',
  'loss.bridge':
    'L’apprentissage automatique minimise ces quantités tous les jours. Le cas le plus courant : un classifieur entraîné avec la perte d’entropie croisée.',
  'vae.bridge':
    'Un classifieur compare des distributions sur des étiquettes. Un VAE compare des distributions sur des codes cachés, et la KL inverse de la section sur les ajustements y revient sous forme de pénalité.',
  'trust.bridge':
    'La KL sert aussi de règle pour mesurer de combien un modèle s’est déplacé. L’apprentissage par renforcement l’utilise pour que chaque mise à jour reste petite.',
  'summary.bridge': 'Chaque section a mesuré un côté du même triangle. Voici ses trois quantités réunies.',

  // La première chose à essayer.
  'surprise.try': '**Essayez :** faites descendre le point vers p = 0 et regardez la surprise croître sans limite.',
  'coin.try': '**Essayez :** trouvez le p qui donne la plus grande entropie, puis amenez p à 0 ou à 1.',
  'extremes.try':
    '**Essayez :** faites passer la température de sa plus petite à sa plus grande valeur et regardez H(P) monter de 0 à log N.',
  'decomposition.try': '**Essayez :** rendez Q égal à P et regardez la part KL de la barre se réduire à 0.',
  'summary.try':
    '**Essayez :** modifiez P ou Q dans la section sur la décomposition ; ce tableau suit ces changements.',

  // Le texte de la section 9.
  'summary.intro':
    'Trois quantités forment un triangle. L’**entropie** H(P) est la surprise que vous ne pouvez pas éviter quand les issues viennent de P : la longueur du meilleur code pour P. L’**entropie croisée** H(P, Q) est la surprise que vous payez réellement quand vous prédisez avec Q : la longueur d’un code construit pour Q. La **divergence KL** D(P‖Q) est la différence, le prix à payer pour se fier à Q. Elle n’est jamais négative et ne vaut 0 que quand Q = P, donc H(P, Q) ≥ H(P).',
  'summary.connect':
    'Les sections en font le tour. La surprise et l’entropie donnent le premier sommet ; la décomposition ajoute Q et scinde l’entropie croisée en les deux autres, et la section sur les codes lit les trois comme des longueurs de code : les bits du code propre à P, ceux du code de Q, et les bits gaspillés entre les deux. Les ajustements montrent que D(P‖Q) et D(Q‖P) sont des questions différentes. La section sur la perte minimise H(P, Q) sur un modèle, ce qui, H(P) étant fixée par les données, revient à minimiser la KL ; les sections sur le VAE et sur les régions de confiance utilisent la KL elle-même, comme pénalité et comme limitation de vitesse.',

  // Le glossaire : noms et définitions courtes.
  'glossary.nat.name': 'nat',
  'glossary.nat': 'L’unité d’information avec le logarithme népérien ; 1 nat ≈ 1,443 bits.',
  'glossary.bit.name': 'bit',
  'glossary.bit':
    'L’unité d’information avec le logarithme en base 2 ; la surprise d’un lancer de pièce équilibrée, 1 bit = ln 2 ≈ 0,693 nats.',
  'glossary.point-mass.name': 'masse ponctuelle',
  'glossary.point-mass':
    'Une distribution qui place toute sa probabilité sur une seule issue : rien n’y est incertain.',
  'glossary.mode.name': 'mode',
  'glossary.mode': 'Un pic d’une distribution, un endroit où sa densité est localement maximale.',
  'glossary.one-hot.name': 'one-hot',
  'glossary.one-hot':
    'Une distribution (ou un vecteur) qui vaut 1 sur une classe et 0 sur toutes les autres, comme une étiquette connue.',
  'glossary.policy.name': 'politique',
  'glossary.policy':
    'En apprentissage par renforcement, les probabilités avec lesquelles un agent choisit chaque action dans un état.',
  'glossary.advantage.name': 'avantage',
  'glossary.advantage':
    'De combien une action a fait mieux que ce que la politique fait en moyenne dans cet état ; positif signifie mieux que d’habitude.',
  'glossary.surrogate.name': 'objectif de substitution',
  'glossary.surrogate':
    'Un substitut de l’objectif réel, calculable à partir de l’expérience ancienne ; il n’est digne de confiance qu’au voisinage de l’ancienne politique.',
  'glossary.unbiased.name': 'sans biais',
  'glossary.unbiased':
    'Une estimation est sans biais si sa moyenne sur de nombreuses répétitions est égale à la vraie valeur.',
  'glossary.line-search.name': 'recherche linéaire',
  'glossary.line-search':
    'Déterminer jusqu’où avancer dans une direction fixée ; ici, le plus grand pas dont la KL reste dans le budget.',
  'glossary.encoder.name': 'encodeur',
  'glossary.encoder': 'Le réseau d’un VAE qui associe à une entrée x une distribution q(z|x) sur les codes latents.',
  'glossary.latent.name': 'code latent',
  'glossary.latent': 'Une variable cachée z, non observée dans les données, qu’un modèle utilise pour les décrire.',
  'glossary.prior.name': 'distribution a priori',
  'glossary.prior':
    'La distribution qu’un modèle suppose avant de voir les données ; dans un VAE, la N(0, 1) des codes.',
  'glossary.posterior.name': 'distribution a posteriori',
  'glossary.posterior':
    'La distribution après observation des données, ici sur le code z sachant l’entrée x ; l’encodeur d’un VAE en donne une approximation.',
  'glossary.elbo.name': 'ELBO (borne inférieure de l’évidence)',
  'glossary.elbo':
    'L’objectif d’un VAE : la log-vraisemblance espérée de l’entrée moins la KL de l’encodeur par rapport à la distribution a priori ; c’est une borne inférieure de log p(x).',
};
