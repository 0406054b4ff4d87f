// Le panneau des codes, ainsi que la figure des intégrandes et la question du panneau
// des ajustements (ingénieur « fitscode », issue 13).
export default {
  // Panneau : codes.
  'coding.title': 'L’entropie comme longueur de code : les bits gaspillés avec le mauvais code',
  'coding.heading': 'L’entropie comme longueur de code : les bits gaspillés avec le mauvais code',
  'coding.intro':
    'Envoyez les symboles A, B, C et D sur un fil qui ne transmet que des 0 et des 1. Un **code** attribue à chaque symbole un mot de code ; si aucun mot de code n’est le début d’un autre (un **code préfixe**), une suite de chiffres se décode sans séparateurs. Un symbole de probabilité q coûte idéalement −log₂ q chiffres binaires ; un code construit à partir d’un modèle Q lui en attribue donc ⌈−log₂ q⌉. Les symboles proviennent en réalité de P. Avec le code propre à P, un symbole coûte en moyenne environ H(P) bits ; avec le code de Q, environ H(P, Q) bits ; la différence, D(P‖Q), est ce que vous gaspillez à chaque symbole en vous fiant à Q.',
  'coding.try':
    'Essayez ceci : faites monter la barre de Q pour A vers celle de P, et regardez le mot de code de A dans le code de Q raccourcir et le gaspillage D(P‖Q) diminuer.',
  'coding.P': 'P (fréquence d’envoi de chaque symbole)',
  'coding.Q': 'Q (le modèle à partir duquel le code est construit)',
  'coding.xAxis': 'symbole',
  'coding.yAxis': 'probabilité',
  'coding.barsCanvas': 'Barres de P et de Q sur les symboles A à D ; faites glisser une barre pour la modifier',
  'coding.entry': '{which} de {symbol}',
  'coding.presets.Q': 'Modèle Q',
  'coding.presets.P': 'Source P',
  'coding.preset.uniform': 'Uniforme',
  'coding.preset.copy': 'Poser Q = P',
  'coding.preset.reversed': 'P dans l’ordre inverse',
  'coding.preset.dyadic': '½, ¼, ⅛, ⅛',
  'coding.ownCode':
    'Code propre à P : {avg} chiffres binaires par symbole en moyenne. L’idéal est H(P) = {h} = {hb} ; arrondir à des chiffres entiers coûte moins d’un chiffre de plus.',
  'coding.ownCode.bits':
    'Code propre à P : {avg} chiffres binaires par symbole en moyenne. L’idéal est H(P) = {h} ; arrondir à des chiffres entiers coûte moins d’un chiffre de plus.',
  'coding.modelCode':
    'Code de Q : {avg} chiffres binaires en moyenne par symbole venant de P. L’idéal est H(P, Q) = {ce} = {ceb}, la moyenne de −log₂ q sur ce que P envoie.',
  'coding.modelCode.bits':
    'Code de Q : {avg} chiffres binaires en moyenne par symbole venant de P. L’idéal est H(P, Q) = {ce}, la moyenne de −log₂ q sur ce que P envoie.',
  'coding.modelCode.none':
    'Le code de Q n’a pas de mot de code pour {symbol} : Q lui donne la probabilité 0, et pourtant P l’envoie. Les messages de P ne peuvent pas tous être transmis, et H(P, Q) = {ce}.',
  'coding.wasted': 'Gaspillé à chaque symbole en se fiant à Q : D(P‖Q) = H(P, Q) − H(P) = {ce} − {h} = {kl}.',
  'coding.wasted.infinite': 'Gaspillé à chaque symbole en se fiant à Q : D(P‖Q) = {kl}.',
  'coding.kraft':
    'Les deux codes sont des codes préfixes. La somme de Kraft Σ 2^−longueur vaut {kp} pour le code de P et {kq} pour celui de Q : au plus 1, comme il se doit pour tout code préfixe.',
  'coding.huffman':
    'Le code de Huffman, le plus court code préfixe pour P, utilise en moyenne {huffman} chiffres binaires par symbole, contre {own} pour le code à ⌈−log₂ p⌉ chiffres.',
  'coding.message': 'Un message de {n} symboles tirés de P : {symbols}',
  'coding.stream.P': 'Avec le code de P, {n} chiffres binaires : {bits}',
  'coding.stream.Q': 'Avec le code de Q, {n} chiffres binaires : {bits}',
  'coding.stream.none': 'Le code de Q ne peut pas transmettre ce message : {symbol} n’a pas de mot de code.',
  'coding.codeword': '{word}',
  'coding.codeword.long': '{start}… ({n} chiffres)',
  'coding.codeword.empty': 'aucun n’est nécessaire (0 chiffre)',
  'coding.codeword.none': 'aucun (probabilité 0)',
  'coding.note.noCode':
    '{which} a une somme qui dépasse 1 d’un cheveu et donne à un symbole moins de 2⁻²⁹ : les longueurs ⌈−log₂ q⌉ ne laissent alors pas de place pour un code préfixe, et aucun code n’est construit à partir de {which}. Saisissez à nouveau ses valeurs.',
  'coding.describe.bars': 'Barres sur les symboles A à D. P = {P}, Q = {Q}.',
  'coding.table.caption': 'Les deux codes, symbole par symbole (saisissez P et Q ici)',
  'coding.table.symbol': 'Symbole',
  'coding.table.p': 'P',
  'coding.table.q': 'Q',
  'coding.table.ideal': '−log₂ q (chiffres idéaux)',
  'coding.table.codeQ': 'Mot de code de Q',
  'coding.table.codeP': 'Mot de code de P',
  'coding.table.invalid': '{entry} doit être un nombre de 0 à 1 ; l’ancienne valeur reste utilisée.',
  'coding.messageButtons': 'Message :',
  'coding.newMessage': 'Tirer un nouveau message',
  'coding.how.summary': 'Comment c’est calculé',
  'coding.how.text':
    'Chaque code est un code de Shannon : le symbole i reçoit ⌈−log₂ q_i⌉ chiffres binaires, et les mots de code sont attribués du plus court au plus long, chacun valant le précédent plus un. Cela fonctionne toujours, car ces longueurs maintiennent la somme de Kraft à au plus 1. Les longueurs de code sont comptées en chiffres binaires, quelles que soient les unités de la page ; un chiffre binaire transporte au plus un bit, et 1 bit = ln 2 nats ≈ 0,693 nats. Le message est tiré par un générateur à graine, si bien qu’un lien le reproduit.',
  'coding.check.question':
    'Un modèle Q donne à un symbole la probabilité ⅛. Combien de chiffres binaires compte son mot de code dans le code construit à partir de Q ?',
  'coding.check.three': '3',
  'coding.check.eight': '8',
  'coding.check.eighth': '⅛',
  'coding.check.threeFeedback':
    'Bonne réponse : −log₂ ⅛ = {ideal}. Chaque chiffre binaire divise par deux le nombre de possibilités, et trois divisions par deux mènent à un huitième.',
  'coding.check.eightFeedback':
    'Pas tout à fait : cela dépenserait un chiffre par huitième. La longueur est −log₂ ⅛ = {ideal} : trois divisions par deux mènent à un huitième.',
  'coding.check.eighthFeedback':
    'Pas tout à fait : une longueur compte des chiffres, et un mot de code ne peut pas contenir une fraction de chiffre. Elle vaut −log₂ ⅛ = {ideal}.',
  'coding.check.show': 'Montrez-moi Q = ½, ¼, ⅛, ⅛',
  'coding.predict.question':
    'Avant de regarder : avec le code de Q, combien de chiffres binaires un symbole venant de P prend-il en moyenne ? (Servez-vous du tableau des mots de code.)',
  'coding.predict.label': 'Chiffres binaires par symbole',
  'coding.predict.right':
    'Bonne réponse : le code de Q prend en moyenne {avg} chiffres binaires par symbole ; vous avez dit {guess}.',
  'coding.predict.low':
    'Le code de Q prend en moyenne {avg} chiffres binaires par symbole, plus que votre prédiction ({guess}) : pondérez la longueur de chaque mot de code par la fréquence à laquelle P envoie son symbole.',
  'coding.predict.high':
    'Le code de Q prend en moyenne {avg} chiffres binaires par symbole, moins que votre prédiction ({guess}) : pondérez la longueur de chaque mot de code par la fréquence à laquelle P envoie son symbole.',

  // Panneau : ajustements, la figure des intégrandes, la question et les remarques (issue 13).
  'fits.try':
    'Essayez ceci : éloignez un losange de l’autre. L’ajustement direct, en tirets, s’étire pour couvrir les deux modes ; l’ajustement inverse, en pointillés, saute sur l’un d’eux.',
  'fits.moreControls': 'Plus de commandes : largeurs et poids des modes',
  'fits.integrand.heading': 'Où chaque sens paie',
  'fits.integrand.forwardCurve': 'p·log(p/q), Q de l’ajustement direct : aire = D(P‖Q)',
  'fits.integrand.reverseCurve': 'q·log(q/p), Q de l’ajustement inverse : aire = D(Q‖P)',
  'fits.integrand.yAxis': 'intégrande ({units} par unité de x)',
  'fits.integrandCanvas':
    'Les intégrandes des deux divergences le long de x, chacun pour son propre ajustement, ombré de sa couleur au-dessus de zéro et de violet au-dessous',
  'fits.integrand.forward':
    'Sens direct : p·log(p/q) a pour aire D(P‖Q) = {kl}. Il paie le plus en x = {x} (hauteur {y}), là où P a de la masse et Q trop peu ; là où p ≈ 0, il ne coûte presque rien, quoi que fasse Q à cet endroit.',
  'fits.integrand.forwardFlat': 'Sens direct : p·log(p/q) est plat ici, et son aire vaut D(P‖Q) = {kl}.',
  'fits.integrand.reverse':
    'Sens inverse : q·log(q/p) a pour aire D(Q‖P) = {kl}. Il paie le plus en x = {x} (hauteur {y}), là où Q a de la masse et P trop peu ; là où q ≈ 0, il ne coûte rien : tout un mode de P peut ainsi rester sans couverture.',
  'fits.integrand.reverseFlat': 'Sens inverse : q·log(q/p) est plat ici, et son aire vaut D(Q‖P) = {kl}.',
  'fits.negative.forward':
    'L’intégrande direct descend à {y} en x = {x}, là où q dépasse p : un point peut compter négativement dans la divergence, mais son total D(P‖Q) = {kl} est au moins 0.',
  'fits.negative.reverse':
    'L’intégrande inverse descend à {y} en x = {x}, là où p dépasse q : un point peut compter négativement dans la divergence, mais son total D(Q‖P) = {kl} est au moins 0.',
  'fits.asymmetry':
    'Ce n’est pas une distance : pour la même paire, P et le Q de l’ajustement direct, D(P‖Q) = {a} mais D(Q‖P) = {b}. Une distance est la même dans les deux sens et vérifie l’inégalité triangulaire ; la divergence KL ne fait ni l’un ni l’autre.',
  'fits.asymmetry.same':
    'Pour P et le Q de l’ajustement direct, D(P‖Q) = {a} et D(Q‖P) = {b} coïncident ici, mais seulement par un hasard de forme : en général elles diffèrent, et la divergence KL n’est pas une distance.',
  'fits.zeroForcing':
    'La KL inverse **force les zéros** (*zero-forcing*) : partout où p ≈ 0, tout q > 0 rend q·log(q/p) grand ; l’ajustement inverse maintient donc q ≈ 0 à ces endroits, même si cela laisse un mode de côté. La KL directe évite les zéros (*zero-avoiding*) : partout où p > 0, q ≈ 0 rend p·log(p/q) grand ; l’ajustement direct maintient donc q > 0 partout où P a de la masse.',
  'fits.describe.integrands':
    'Deux courbes le long de x : l’intégrande direct p·log(p/q) culmine en x = {fx} et a pour aire D(P‖Q) = {kl} ; l’intégrande inverse q·log(q/p) culmine en x = {rx} et a pour aire D(Q‖P) = {rkl}.',
  'fits.how.summary': 'Comment c’est calculé',
  'fits.how.text':
    'L’ajustement direct a une forme close : Q prend la moyenne et la variance de P. L’ajustement inverse est un minimum numérique de D(Q‖P), cherché à partir de plusieurs points de départ. Les divergences des deux ajustements sont des intégrales numériques, précises à environ 10⁻¹⁴ près ; les courbes des intégrandes sont tracées à partir de 361 points.',
  'fits.predict.question':
    'Avant de regarder : la courbe de l’ajustement inverse est masquée. Où son centre va-t-il se trouver le long de x ? Faites glisser le marqueur de prédiction à cet endroit (ou utilisez les touches fléchées).',
  'fits.predict.label': 'Votre prédiction pour le centre de l’ajustement inverse',
  'fits.predict.right':
    'Bonne réponse : l’ajustement inverse se trouve en μ = {mu}. Une gaussienne de même largeur placée en votre x = {guess} obtient D(Q‖P) = {yours}, proche de la valeur de l’ajustement, {best}.',
  'fits.predict.wrong':
    'L’ajustement inverse se trouve en μ = {mu}. Une gaussienne de même largeur placée en votre x = {guess} obtient D(Q‖P) = {yours}, bien au-dessus de la valeur de l’ajustement, {best} : elle place de la masse là où P en a peu.',
  'fits.predict.rightTie':
    'Bonne réponse : l’ajustement inverse se pose sur un mode, en μ = {mu} ou, tout aussi bien, en μ = {other}. Une gaussienne de même largeur placée en votre x = {guess} obtient D(Q‖P) = {yours}, proche de la valeur de l’ajustement, {best}.',
  'fits.predict.wrongTie':
    'L’ajustement inverse se pose sur un mode, en μ = {mu} ou, tout aussi bien, en μ = {other}. Une gaussienne de même largeur placée en votre x = {guess} obtient D(Q‖P) = {yours}, bien au-dessus de la valeur de l’ajustement, {best} : elle place de la masse là où P en a peu.',
};
