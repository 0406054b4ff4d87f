// النصوص العربية للوحات الأولى: المفاجأة، العملة، الحدّان، التفكيك.
export default {
  // Panel: coin.
  'coin.title': 'إنتروبيا عملة غير متوازنة',
  'coin.intro':
    'خذ متوسط المفاجأة على كل ما يمكن أن يحدث، مرجِّحًا كل نتيجة باحتمالها، فتحصل على **الإنتروبيا** $entropy$. والعملة التي تقع على الصورة باحتمال p لها نتيجتان. حرّك p وراقب أين يكون عدم اليقين في أقصاه وأين يختفي.',
  'coin.curve': 'H(p) = −p log p − (1 − p) log(1 − p)',
  'coin.marker': 'عملتك',
  'coin.xAxis': 'احتمال الصورة p',
  'coin.yAxis': 'الإنتروبيا H(p) بوحدة {units}',
  'coin.canvas': 'منحنى الإنتروبيا الثنائية H(p) وعليه عملتك',
  'coin.control': 'احتمال الصورة p',
  'coin.presets': 'العملات:',
  'coin.preset.fair': 'متوازنة ({p})',
  'coin.preset.biased': 'غير متوازنة ({p})',
  'coin.preset.heads': 'صورة دائمًا ({p})',
  'coin.value': 'H({p}) = {h} = {other}',
  'coin.zero': 'لا عدم يقين على الإطلاق: هذه العملة تقع دائمًا على الوجه نفسه، فمشاهدتها لا تعلّمك شيئًا.',
  'coin.fair': 'أكثر العملات عدم يقين: رمية العملة المتوازنة تحمل أكبر قدر من المعلومات، {ceiling} = {other}.',
  'coin.less': 'أقل من القيمة {ceiling} للعملة المتوازنة: كلما ازداد اختلال العملة، ازداد التنبؤ برمياتها سهولة.',
  'coin.describe':
    'الإنتروبيا مقابل احتمال الصورة: تساوي 0 عند p = 0 وعند p = 1، وتبلغ أعلى قيمة لها ({ceiling}) عند p = {half}. عملتك، p = {p}، لها H = {h}.',
  'coin.check.question': 'أيّ عملة هي الأصعب في التنبؤ، أي التي تخبرك رمياتها بأكثر قدر من المعلومات؟',
  'coin.check.biased': 'عملة فيها p = {p}',
  'coin.check.biasedFeedback': 'معظم رمياتها صورة، فيسهل تخمينها: H({p}) لا تتجاوز {h}.',
  'coin.check.fair': 'العملة المتوازنة، p = {p}',
  'coin.check.fairFeedback':
    'النتيجتان متساويتان في الاحتمال، فلا يتفوق أي تخمين على الصدفة: H = log 2 = {h}، وهي أعلى قيمة ممكنة لعملة.',
  'coin.check.heads': 'عملة تقع على الصورة دائمًا',
  'coin.check.headsFeedback': 'يمكن التنبؤ بها تمامًا، فالرمية لا تخبرك بشيء: H = 0.',
  'coin.check.show': 'أرني العملة المتوازنة',

  // Panel: surprise.
  'surprise.curve': 'I(p) = −log p',
  'surprise.marker': 'قيمتك p',
  'surprise.offChart': 'قيمتك p (I(p) فوق المخطط)',
  'surprise.xAxis': 'احتمال الحدث p',
  'surprise.yAxis': 'المفاجأة I(p) بوحدة {units}',
  'surprise.canvas': 'منحنى المفاجأة I(p) = −log p وعليه نقطتك',
  'surprise.control': 'احتمال الحدث p',
  'surprise.control.p1': 'p₁، الحدث الأول',
  'surprise.control.p2': 'p₂، الحدث الثاني',
  'surprise.twoEvents': 'حدثان مستقلان',
  'surprise.value': 'I({p}) = {i}',
  'surprise.clip.above':
    'القيمة I({p}) = {i} تقع فوق أعلى المخطط، المقطوع عند {top}: عندما p → 0 تنمو المفاجأة بلا حد.',
  'surprise.clip.infinite':
    'القيمة I({p}) = {i} تقع فوق أعلى المخطط، المقطوع عند {top}: عندما p → 0 تنمو المفاجأة بلا حد، والحدث المستحيل سيكون مفاجئًا إلى ما لا نهاية.',
  'surprise.clip.below': 'المخطط مقطوع عند {top} (p = {p})؛ والمنحنى يواصل الارتفاع بعده، بلا حد، عندما p → 0.',
  'surprise.property.positive': 'لا تكون سالبة أبدًا: I({p}) = {i} ≥ 0، لأن p ≤ 1.',
  'surprise.property.certain': 'الحدث المؤكد لا يخبرك بشيء: I(1) = {i}.',
  'surprise.property.rare': 'الأحداث النادرة مفاجئة جدًا: I({p1}) = {i1}، I({p2}) = {i2}، I(0) = ∞.',
  'surprise.property.additive': 'مفاجآت الأحداث المستقلة تُجمَع (انظر أدناه).',
  'surprise.joint': 'I(p₁) + I(p₂) = {i1} + {i2} = {sum}؛ وكلاهما معًا: I(p₁·p₂) = I({p}) = {joint}.',
  'surprise.describe':
    'المفاجأة مقابل الاحتمال: ينحدر المنحنى من {top} عند p = {pTop} إلى 0 عند p = 1. نقطتك، p = {p}، لها I = {i}.',
  'surprise.describe.above':
    'المفاجأة مقابل الاحتمال: ينحدر المنحنى من {top} عند p = {pTop} إلى 0 عند p = 1. نقطتك، p = {p}، لها I = {i}، وهي فوق أعلى المخطط، لذا تُرسم مثلثًا عند الحافة العليا.',
  'surprise.check.question': 'حدثان مستقلان، احتمال كلٍّ منهما p = {p}. ما مقدار المفاجأة في وقوعهما كليهما؟',
  'surprise.check.same': 'بقدر مفاجأة أحدهما: {one}',
  'surprise.check.sameFeedback':
    'وقوع الحدثين معًا أندر من وقوع أيٍّ منهما وحده: احتماله {p} · {p} = {both}، وI({both}) = {joint}.',
  'surprise.check.add': 'ضعف مفاجأة أحدهما: {sum}',
  'surprise.check.addFeedback':
    'في الأحداث المستقلة تُضرب الاحتمالات، فتُجمع المفاجآت: I({p} · {p}) = I({both}) = {joint} = {one} + {one}.',
  'surprise.check.less': 'أقل مفاجأة من أيٍّ منهما، لأن {p} · {p} = {both} أصغر من {p}',
  'surprise.check.lessFeedback':
    'الاحتمال الأصغر يعني مفاجأة أكبر: I(p) = −log p تكبر كلما صغُر p. واحتمال وقوعهما معًا {both}، لذا I({both}) = {joint}، وهي أكبر من {one} لكلٍّ منهما وحده.',
  'surprise.check.show': 'أرني p₁ = p₂ = {p} بوحدة bits',

  // Panel: extremes.
  'extremes.xAxis': 'الفئة',
  'extremes.yAxis': 'الاحتمال',
  'extremes.path.curve': 'H(P_T): إنتروبيا P المعدَّل بدرجة الحرارة T',
  'extremes.path.ceiling': 'السقف log {n} (التوزيع المنتظم)',
  'extremes.path.marker': 'توزيعك P (T = 1)',
  'extremes.path.xAxis': 'درجة الحرارة T (مقياس لوغاريتمي)',
  'extremes.path.yAxis': 'الإنتروبيا بوحدة {units}',
  'extremes.note.pointMass': 'كتلة نقطية: نتيجة واحدة مؤكدة، فلا شيء يُتعلَّم من السحبة. H = 0 هي القيمة الدنيا.',
  'extremes.note.uniform': 'التوزيع المنتظم: كل النتائج متساوية الاحتمال، وهذا أقصى عدم يقين تسمح به الفئات الـ{n}.',
  'extremes.note.between':
    'بين الحدّين: تحت السقف log {n} = {ceiling} لأن بعض النتائج أرجح من غيرها، وفوق 0 لأن أكثر من نتيجة واحدة يمكن أن تقع.',
  'extremes.value': 'H(P) = {h}؛ السقف log {n} = {ceiling}',
  'extremes.path.zeros':
    'يضع P القيمة 0 على {zeros} من الفئات الـ{n}. والتعديل بدرجة الحرارة لا يُحيي صفرًا أبدًا، لذا مع ازدياد T يتسطّح المسار نحو log {support} = {supportCeiling}، أي نحو التوزيع المنتظم على النتائج الـ{support} المتبقية، لا نحو log {n}.',
  'extremes.path.pointMass': 'P كتلة نقطية: التعديل بدرجة الحرارة لا يحرّكه، ويبقى المسار عند {limit} لكل قيمة T.',
  'extremes.path.full':
    'عندما T → 0 ينخفض المسار إلى {limit} (كل الكتلة على الفئة الأرجح وحدها)؛ ومع ازدياد T يرتفع نحو السقف log {n}: التعديل بدرجة الحرارة يمتد من الكتلة النقطية إلى التوزيع المنتظم.',
  'extremes.path.tied':
    'تتعادل {m} من الفئات في أكبر احتمال، لذا عندما T → 0 ينخفض المسار إلى log {m} = {limit}، لا إلى 0: تتوزع الكتلة بالتساوي على الفئات المتعادلة. ومع ازدياد T يرتفع نحو السقف log {n}.',
  'extremes.path.uniform':
    'P منتظم: التعديل بدرجة الحرارة يتركه كما هو، ويبقى المسار عند السقف log {n} = {limit} لكل قيمة T.',
  'extremes.control': 'عدد الفئات N',
  'extremes.presets': 'P:',
  'extremes.preset.uniform': 'منتظم',
  'extremes.preset.pointMass': 'كتلة نقطية',
  'extremes.preset.pointMassTitle': 'كل الاحتمال على الفئة ذات الاحتمال الأكبر حاليًا',
  'extremes.preset.random': 'عشوائي',
  'extremes.preset.sharpen': 'زيادة الحدّة',
  'extremes.preset.sharpenTitle': 'التعديل بدرجة الحرارة T = {T}: النتائج المرجَّحة تكسب، وغير المرجَّحة تخسر',
  'extremes.preset.flatten': 'تسطيح',
  'extremes.preset.flattenTitle': 'التعديل بدرجة الحرارة T = {T}: يصبح التوزيع أكثر تساويًا',
  'extremes.barsCanvas': 'مخطط أعمدة لـ P على الفئات؛ اسحب عمودًا لتغييره',
  'extremes.pathCanvas': 'إنتروبيا P المعدَّل بدرجة الحرارة T، من الكتلة النقطية إلى التوزيع المنتظم',
  'extremes.bar': 'P للفئة {i}',
  'extremes.describe.bars': 'P على {n} من الفئات: {P}. إنتروبياه H(P) = {h}، من حد أقصى قدره log {n} = {ceiling}.',
  'extremes.describe.barsMany':
    'P على {n} من الفئات؛ أطول عمود هو الفئة {i} بقيمة {p}، و{zeros} من الفئات عند 0. إنتروبياه H(P) = {h}، من حد أقصى قدره log {n} = {ceiling}.',
  'extremes.describe.path':
    'إنتروبيا P المعدَّل بدرجة الحرارة T، لقيم T من {tMin} إلى {tMax} على مقياس لوغاريتمي: ترتفع من {low} إلى {high}، تحت السقف log {n} = {ceiling}، وتمرّ بتوزيعك P، حيث H(P) = {h}، عند T = 1.',
  'extremes.describe.pathFlat':
    'إنتروبيا P المعدَّل بدرجة الحرارة T، لقيم T من {tMin} إلى {tMax} على مقياس لوغاريتمي: ثابتة عند H(P) = {h}، لأن التعديل بدرجة الحرارة يترك P هذا كما هو. والسقف log {n} = {ceiling}.',
  'extremes.check.question': 'أيّ توزيع على {n} من النتائج له أكبر إنتروبيا؟',
  'extremes.check.pointMass': 'كتلة نقطية: كل الاحتمال على نتيجة واحدة',
  'extremes.check.pointMassFeedback': 'نتيجة واحدة مؤكدة، فالسحبة لا تخبرك بشيء: H = {h}، وهي أصغر إنتروبيا ممكنة.',
  'extremes.check.skewed': 'نتيجة واحدة باحتمال {p}، والنتائج الـ{others} الأخرى تتقاسم الباقي بالتساوي',
  'extremes.check.skewedFeedback':
    'تفضيل نتيجة واحدة يجعل السحبات أسهل تخمينًا: H = {h}، تحت السقف log {n} = {ceiling}.',
  'extremes.check.uniform': 'التوزيع المنتظم: احتمال كل نتيجة 1/{n}',
  'extremes.check.uniformFeedback':
    'حين تتساوى احتمالات النتائج كلها لا يتفوق أي تخمين على الصدفة: H = log {n} = {ceiling}، وهي أقصى ما تسمح به النتائج الـ{n}.',
  'extremes.check.show': 'أرني التوزيع المنتظم',

  // Panel: decomposition.
  'decomposition.P': 'P (ما يحدث فعلًا)',
  'decomposition.Q': 'Q (النموذج)',
  'decomposition.xAxis': 'الفئة',
  'decomposition.yAxis': 'الاحتمال',
  'decomposition.stack.entropy': 'H(P): الإنتروبيا، الكلفة التي لا يستطيع أحد تجنّبها',
  'decomposition.stack.kl': 'D(P‖Q): تباعد KL، جزاء النموذج الخاطئ',
  'decomposition.stack.cross': 'H(P, Q): الإنتروبيا المتقاطعة',
  'decomposition.stack.offScale': '∞: خارج المقياس',
  'decomposition.stack.xAxis': 'المعلومات بوحدة {units}',
  'decomposition.note.uncovered':
    'يعطي Q الفئة {i} احتمالًا قدره 0، لكن P يعطيها {p}: النموذج يعدّ مستحيلًا شيئًا يحدث فعلًا، لذا فإن D(P‖Q) وH(P, Q) لا نهائيان.',
  'decomposition.note.reverseUncovered': 'D(Q‖P) لا نهائي: يعطي P الفئة {i} احتمالًا قدره 0 حيث يعطيها Q القيمة {q}.',
  'decomposition.note.equal': 'Q يساوي P: لا جزاء على الإطلاق، والإنتروبيا المتقاطعة هي الإنتروبيا نفسها.',
  'decomposition.note.asymmetric': 'D(P‖Q) وD(Q‖P) مختلفان: تباعد KL يعتمد على أيّ التوزيعين يأتي أولًا.',
  'decomposition.sum': 'H(P) + D(P‖Q) = {h} + {kl} = {cross} = H(P, Q)',
  'decomposition.sum.infinite': 'H(P) + D(P‖Q) = {h} + ∞ = ∞ = H(P, Q)',
  'decomposition.ceiling': 'أكبر قيمة ممكنة لـ H(P) مع {k} من الفئات: log {k} = {ceiling}.',
  'decomposition.control': 'عدد الفئات K',
  'decomposition.presets.P': 'P:',
  'decomposition.presets.Q': 'Q:',
  'decomposition.preset.uniform': 'منتظم',
  'decomposition.preset.pointMass': 'كتلة نقطية',
  'decomposition.preset.pointMassTitle': 'كل الاحتمال على الفئة ذات الاحتمال الأكبر حاليًا',
  'decomposition.preset.random': 'عشوائي',
  'decomposition.preset.copy': 'اجعل Q = P',
  'decomposition.barsCanvas': 'مخطط أعمدة لـ P وQ على الفئات؛ اسحب عمودًا لتغييره',
  'decomposition.stackCanvas': 'عمود مكدَّس: الإنتروبيا زائد تباعد KL يساوي الإنتروبيا المتقاطعة',
  'decomposition.number.entropy': 'الإنتروبيا H(P)',
  'decomposition.number.crossEntropy': 'الإنتروبيا المتقاطعة H(P, Q)',
  'decomposition.number.kl': 'تباعد KL D(P‖Q)',
  'decomposition.number.reverseKl': 'KL العكسي D(Q‖P)',
  'decomposition.entry': '{which} للفئة {i}',
  'decomposition.table.caption': 'P وQ حسب الفئة (اكتب قيمة؛ يُعاد تدريج القيم الأخرى ليبقى المجموع 1)',
  'decomposition.table.category': 'الفئة',
  'decomposition.table.summary': 'عدّل القيم في جدول',
  'decomposition.table.invalid': 'يجب أن يكون {entry} احتمالًا من 0 إلى 1.',
  'decomposition.describe.bars': 'P وQ على {k} من الفئات: P = {P}، Q = {Q}.',
  'decomposition.describe.kl': 'يختلف Q عن P بمقدار D(P‖Q) = {kl}.',
  'decomposition.describe.equal': 'Q يساوي P، لذا D(P‖Q) = {kl}.',
  'decomposition.describe.uncovered': 'يضع Q القيمة 0 على الفئة {i} حيث لـ P القيمة {p}، لذا فإن D(P‖Q) لا نهائي.',
  'decomposition.describe.stack':
    'العمود المكدَّس H(P) + D(P‖Q) = {h} + {kl} طوله مساوٍ تمامًا لطول العمود H(P, Q) = {cross}.',
  'decomposition.describe.stackInfinite':
    'لا تُرسم إلا الإنتروبيا H(P) = {h}: فكلٌّ من D(P‖Q) وH(P, Q) لا نهائي، خارج المقياس.',
  'decomposition.check.question': 'ما قيمة تباعد KL D(P‖Q) عندما Q = P؟',
  'decomposition.check.entropy': 'بقدر الإنتروبيا H(P)',
  'decomposition.check.entropyFeedback':
    'H(P) هي ما تؤول إليه الإنتروبيا المتقاطعة عندما Q = P (لـ P = {P}، H(P, P) = H(P) = {h}). أما تباعد KL فهو الكلفة الإضافية فوقها، ومع Q = P لا توجد كلفة إضافية: D(P‖P) = {kl}.',
  'decomposition.check.zero': '0 تمامًا',
  'decomposition.check.zeroFeedback':
    'كل حد P log(P/Q) يصبح P log 1 = 0، لذا D(P‖P) = {kl}: النموذج الصحيح لا يكلّف شيئًا إضافيًا، والإنتروبيا المتقاطعة هي الإنتروبيا نفسها (لـ P = {P}، H(P, P) = H(P) = {h}).',
  'decomposition.check.small': 'مقدار موجب صغير: تباعد KL لا يساوي 0 تمامًا أبدًا',
  'decomposition.check.smallFeedback':
    'تباعد KL لا يكون سالبًا أبدًا، ويساوي 0 تمامًا عندما Q = P، لا مجرد قيمة قريبة منه: لـ P = {P}، D(P‖P) = {kl}.',
  'decomposition.check.show': 'أرني Q = P',
};
