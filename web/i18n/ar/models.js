// النصوص العربية للوحات النماذج: التوفيق، الخسارة، VAE، مناطق الثقة، الملخص.
export default {
  // Panel: fits.
  // Charts.
  'fits.mixture': 'P: خليط من توزيعين غاوسيين',
  'fits.forwardCurve': 'التوفيق الأمامي: argmin D(P‖Q)',
  'fits.reverseCurve': 'التوفيق العكسي: argmin D(Q‖P)',
  'fits.handles': 'اسحب لتحريك منوال',
  'fits.xAxis': 'x',
  'fits.yAxis': 'الكثافة',
  'fits.point.forward': 'التوفيق الأمامي',
  'fits.point.reverse': 'التوفيق العكسي',
  'fits.point.other': 'التوفيق العكسي، المنوال الآخر',
  'fits.muAxis': 'المتوسط μ لـ Q',
  'fits.sigmaAxis': 'العرض σ لـ Q (مقياس لوغاريتمي)',
  'fits.densityCanvas': 'الخليط P وتوفيقاه الغاوسيان الأمامي والعكسي؛ اسحب معيَّنًا لتحريك منوال',
  'fits.landscapeCanvas': 'خريطة حرارية لتباعد KL على متوسط Q وعرضه، وعليها التوفيقان',
  'fits.handle': 'متوسط المنوال {i}',

  // Controls.
  'fits.meanControl': 'متوسط المنوال {i}',
  'fits.sigmaControl': 'العرض σ للمنوال {i}',
  'fits.weightControl': 'وزن المنوال 1',
  'fits.landscapeControl': 'الخريطة الحرارية',
  'fits.landscape.reverse': 'KL العكسي D(Q‖P)',
  'fits.landscape.forward': 'KL الأمامي D(P‖Q)',
  'fits.landscape.off': 'إيقاف',
  'fits.presets': 'P:',
  'fits.preset.apart': 'منوالان متباعدان',
  'fits.preset.close': 'منوالان متقاربان',
  'fits.preset.unequal': 'منوالان غير متساويين',

  // Readouts.
  'fits.forward': 'التوفيق الأمامي Q = N({mu}, {sigma}²): D(P‖Q) = {kl}، D(Q‖P) = {other}',
  'fits.reverse': 'التوفيق العكسي Q = N({mu}, {sigma}²): D(Q‖P) = {kl}، D(P‖Q) = {other}',
  'fits.modeSeeking':
    'باحث عن المنوال: يستقر التوفيق العكسي على منوال واحد (μ = {mu}، قرب {mode}) ويتجاهل الآخر، بينما ينتشر التوفيق الأمامي على الاثنين (μ = {forwardMu}، وهو متوسط P، وσ = {forwardSigma}).',
  'fits.overlap':
    'يتداخل المنوالان بما يكفي ليغطيهما توزيع غاوسي واحد: التوفيقان متقاربان. باعِد بين المنوالين لترى التوفيق العكسي يختار أحدهما.',
  'fits.differ':
    'يختلف التوفيقان، لكن أيًّا منهما لا يستقر على منوال واحد: التوفيق الأمامي N({fmu}, {fsigma}²) ينتشر على كتلة P كلها، والتوفيق العكسي N({rmu}, {rsigma}²) يلزم المواضع التي يكون فيها P كثيفًا.',
  'fits.tie':
    'المنوالان متساويان في جودة التوفيق: لـ D(Q‖P) نهايتان صغريان، عند μ = {mu} وعند μ = {other} (كلتاهما مرسومة على الخريطة الحرارية). ويستقر المُحسِّن في الوادي الذي يبدأ فيه أيًّا كان.',
  'fits.shading.reverse':
    'التظليل: D(Q‖P) بوحدة {units} لكل Q = N(μ, σ²)، والداكن = صغير. إذا كان المنوالان منفصلين كان له وادٍ عند كل منوال.',
  'fits.shading.forward':
    'التظليل: D(P‖Q) بوحدة {units} لكل Q = N(μ, σ²)، والداكن = صغير. له وادٍ واحد، عند متوسط P وانتشاره.',

  // Chart descriptions and announcements.
  'fits.describe.seeking':
    'لـ P منوالان عند {m1} و{m2}؛ التوفيق الأمامي N({fmu}, {fsigma}²) ينتشر على الاثنين، والتوفيق العكسي N({rmu}, {rsigma}²) يستقر على المنوال عند {mode}.',
  'fits.describe.covering':
    'لـ P منوالان عند {m1} و{m2}، متقاربان بما يكفي ليتداخلا؛ والتوفيق الأمامي N({fmu}, {fsigma}²) والتوفيق العكسي N({rmu}, {rsigma}²) يغطيانهما كليهما.',
  'fits.describe.differ':
    'لـ P منوالان عند {m1} و{m2}؛ التوفيق الأمامي N({fmu}, {fsigma}²) ينتشر على كتلة P كلها، والتوفيق العكسي N({rmu}, {rsigma}²) يلزم المواضع التي يكون فيها P كثيفًا، دون أن يستقر على منوال واحد.',
  'fits.describe.landscape.reverse':
    'خريطة حرارية لـ D(Q‖P) على المتوسط μ والعرض σ لـ Q، داكنة حيث تكون قيمته صغيرة: أدنى قيمة له عند التوفيق العكسي، μ = {rmu}، σ = {rsigma} (D(Q‖P) = {kl}). والتوفيق الأمامي مُعلَّم عند μ = {fmu}، σ = {fsigma}.',
  'fits.describe.landscape.reverseTie':
    'خريطة حرارية لـ D(Q‖P) على المتوسط μ والعرض σ لـ Q، داكنة حيث تكون قيمته صغيرة: نهايتان صغريان متساويتان، عند μ = {rmu}، σ = {rsigma} وعند μ = {otherMu}، σ = {otherSigma} (D(Q‖P) = {kl}). والتوفيق الأمامي مُعلَّم عند μ = {fmu}، σ = {fsigma}.',
  'fits.describe.landscape.forward':
    'خريطة حرارية لـ D(P‖Q) على المتوسط μ والعرض σ لـ Q، داكنة حيث تكون قيمته صغيرة: وادٍ واحد، أدنى نقطة فيه عند التوفيق الأمامي، μ = {fmu}، σ = {fsigma} (D(P‖Q) = {kl}). والتوفيق العكسي مُعلَّم عند μ = {rmu}، σ = {rsigma}.',
  'fits.describe.landscape.off':
    'الخريطة الحرارية مُطفأة؛ التوفيق الأمامي مُعلَّم عند μ = {fmu}، σ = {fsigma} والتوفيق العكسي عند μ = {rmu}، σ = {rsigma}.',
  'fits.announce.seeking':
    'باحث عن المنوال: التوفيق العكسي N({rmu}, {rsigma}²) يستقر على المنوال عند {mode}؛ والتوفيق الأمامي N({fmu}, {fsigma}²) ينتشر على الاثنين.',
  'fits.announce.covering':
    'توزيع غاوسي واحد يغطي المنوالين: التوفيق الأمامي N({fmu}, {fsigma}²)، والتوفيق العكسي N({rmu}, {rsigma}²).',
  'fits.announce.differ':
    'التوفيقان مختلفان: التوفيق الأمامي N({fmu}, {fsigma}²)، والتوفيق العكسي N({rmu}, {rsigma}²).',

  // The self-check.
  'fits.check.question':
    'لـ P منوالان متباعدان كثيرًا. هل سيغطي التوزيعُ الغاوسي Q الذي يُصغِّر KL العكسي D(Q‖P) المنوالين كليهما؟',
  'fits.check.cover': 'نعم: يتمدد ليشمل المنوالين',
  'fits.check.coverFeedback':
    'هذا هو التوفيق الأمامي، الذي عليه أن يضع كتلة حيثما كان لـ P شيء منها. مع منوالين عند {m1} و{m2}، عرض كلٍّ منهما {width}، يكون التوفيق الأمامي N({fmu}, {fsigma}²)، أما التوفيق العكسي فليس إلا N({rmu}, {rsigma}²).',
  'fits.check.pick': 'لا: يستقر على منوال واحد ويتجاهل الآخر',
  'fits.check.pickFeedback':
    'يرجِّح D(Q‖P) الحدَّ log(Q/P) بـ Q، لذا يدفع Q ثمنًا باهظًا لأي كتلة في الفجوة التي يكاد P فيها يساوي 0. التوفيق العكسي N({rmu}, {rsigma}²) يستقر على منوال واحد مع D(Q‖P) = {kl}؛ أما التوزيع الغاوسي المغطّي N({fmu}, {fsigma}²) فسيكلّف D(Q‖P) = {coverKl}.',
  'fits.check.middle': 'يستقر بين المنوالين، عند متوسط P',
  'fits.check.middleFeedback':
    'بين المنوالين لا يكاد يكون لـ P أي كتلة، وهناك بالضبط يعاقب D(Q‖P) التوزيعَ Q أشدّ العقاب. والتوفيق العكسي يستقر بدلًا من ذلك على منوال، عند μ = {rmu}؛ والتوفيق الأمامي وحده يتمركز عند متوسط P، μ = {fmu}.',
  'fits.check.show': 'أرني منوالين متباعدين',

  // Panel: loss.
  // Charts.
  'loss.class': 'الصنف {i}',
  'loss.logitsLabel': 'اللوجيتات z (اسحب)',
  'loss.logitAxis': 'اللوجيت',
  'loss.predictionLabel': 'q̂ = softmax(z)',
  'loss.predictionAxis': 'الاحتمال المتنبَّأ به',
  'loss.trueLabel': 'P (التكرارات النسبية الحقيقية للوسوم)',
  'loss.sampleLabel': 'P̂ (التكرارات النسبية في {n} من السحبات)',
  'loss.modelLabel': 'q̂ (النموذج)',
  'loss.probabilityAxis': 'الاحتمال',
  'loss.running': 'متوسط الخسارة على السحبات الـn الأولى',
  'loss.limit': 'H(P, q̂): نهايته',
  'loss.bestLine': 'H(P̂): أفضل ما يستطيعه أي نموذج على هذه العيّنة',
  'loss.drawsAxis': 'عدد السحبات n (مقياس لوغاريتمي)',
  'loss.lossAxis': 'متوسط الخسارة بوحدة {units}',
  'loss.logitsCanvas': 'لوجيت كل صنف؛ اسحب عمودًا لتغييره',
  'loss.predictionCanvas': 'الاحتمالات المتنبَّأ بها q̂ = softmax للوجيتات',
  'loss.mleCanvas': 'التكرارات النسبية الحقيقية للوسوم P (اسحب)، والتكرارات النسبية في العيّنة P̂، والنموذج q̂',
  'loss.convergenceCanvas': 'متوسط الخسارة على السحبات الـn الأولى، وهو يتقارب نحو الإنتروبيا المتقاطعة H(P, q̂)',
  'loss.logitBar': 'لوجيت الصنف {i}',
  'loss.pBar': 'P للصنف {i}',

  // Controls.
  'loss.kControl': 'عدد الأصناف K',
  'loss.classControl': 'الصنف الصحيح k',
  'loss.nControl': 'عدد السحبات n',
  'loss.seedControl': 'البذرة',
  'loss.actions': 'العيّنة:',
  'loss.newSample': 'عيّنة جديدة',
  'loss.fit': 'وفِّق q̂ مع العيّنة',
  'loss.fitTitle': 'اضبط اللوجيتات بحيث q̂ = P̂: نموذج الأرجحية العظمى لهذه العيّنة',
  'loss.manyHeading': 'أمثلة كثيرة: متوسط الخسارة والأرجحية العظمى',
  'loss.manyIntro':
    'من هنا فصاعدًا، q̂ تنبؤ واحد ثابت يُستخدم لكل مثال، كما في نموذج يتجاهل مُدخله. في هذه الحالة وحدها يكون متوسط الخسارة على عيّنة هو الإنتروبيا المتقاطعة H(P̂, q̂) بين التكرارات النسبية للوسوم P̂ وبين q̂؛ أما في المصنِّف الحقيقي فيتغيّر q̂ من مُدخل إلى آخر، ومتوسط خسارته هو متوسط هذه الإنتروبيات المتقاطعة المحسوبة لكل مثال على حدة.',

  // Readouts.
  'loss.prediction': 'q̂ = softmax(z) = {q}',
  'loss.loss': 'الصنف الصحيح {k}: الخسارة −log q̂_{k} = −log {qk} = {loss}',
  'loss.gradient':
    'تدرّج الخسارة بوحدة nats: ∂loss/∂z = q̂ − onehot({k}) = {gradient} {units} لكل وحدة لوجيت. تشير الأسهم إلى الاتجاه الذي تحرّك فيه خطوةُ التدرّج كلَّ لوجيت: الصنف الصحيح إلى الأعلى، وكل صنف آخر إلى الأسفل.',
  'loss.gradient.bits':
    'تدرّج الخسارة بوحدة bits: ∂loss/∂z = (q̂ − onehot({k}))/ln 2 = {gradient} {units} لكل وحدة لوجيت. تشير الأسهم إلى الاتجاه الذي تحرّك فيه خطوةُ التدرّج كلَّ لوجيت: الصنف الصحيح إلى الأعلى، وكل صنف آخر إلى الأسفل.',
  'loss.sample': 'n = {n} من السحبات من P (البذرة {seed}): P̂ = {empirical}',
  'loss.average': 'متوسط خسارة q̂ على العيّنة: H(P̂, q̂) = {sample}؛ ومع ازدياد n يقترب من H(P, q̂) = {limit}.',
  'loss.best':
    'على هذه العيّنة لا يحقق أي نموذج قيمة أقل من H(P̂) = {best}، ولا يبلغها إلا q̂ = P̂: النموذج الذي يُصغِّر متوسط خسارة الإنتروبيا المتقاطعة هو نموذج الأرجحية العظمى. وq̂ الحالي أعلى منها بمقدار {gap} {units}: أي D(P̂‖q̂).',
  'loss.neverDrawn':
    'لم يُسحب أحد الأصناف قط، لذا يعطيه P̂ القيمة 0؛ ودالة softmax لا تُخرج 0 تمامًا أبدًا، لذا لا تستطيع اللوجيتات المنتهية إلا الاقتراب من تلك القيمة الدنيا.',

  // Chart descriptions and the announcement.
  'loss.describe.logits':
    'لوجيتات الأصناف الـ{count}: {logits}. الصنف الصحيح {k} مُبرَز؛ والأسهم تبيّن خطوة تدرّج، إلى الأعلى للصنف الصحيح وإلى الأسفل للأصناف الأخرى.',
  'loss.describe.prediction': 'الاحتمالات المتنبَّأ بها q̂ = {q}؛ وينال الصنف الصحيح {k} القيمة {qk}.',
  'loss.describe.mle':
    'أعمدة لكل صنف: التكرارات النسبية الحقيقية P = {P}، والتكرارات النسبية في {n} من السحبات P̂ = {empirical}، والنموذج q̂ = {q}.',
  'loss.describe.convergence':
    'ينتهي متوسط الخسارة على السحبات الـn الأولى، عند n = {n}، إلى H(P̂, q̂) = {sample}؛ ونهايته H(P, q̂) = {limit} وأفضل ما يستطيعه أي نموذج على هذه العيّنة، H(P̂) = {best}، مرسومان على هيئة خطّين.',
  'loss.announce': 'الصنف الصحيح {k}: الخسارة {loss}. متوسط الخسارة على العيّنة {sample}؛ وأفضل قيمة ممكنة {best}.',

  // The self-check.
  'loss.check.question': 'تسحب عيّنة من الوسوم. أيّ نموذج q̂ يعطي أقل متوسط للخسارة −log q̂ على تلك العيّنة؟',
  'loss.check.true': 'التوزيع P الذي سُحبت منه الوسوم',
  'loss.check.trueFeedback':
    'يفوز P في المتوسط على عيّنات كثيرة، لكن ليس على هذه العيّنة: مع n = {n} من السحبات يحقق H(P̂, P) = {trueLoss}، أي H(P̂) = {best} زائد D(P̂‖P) = {gap}. فأي اختلاف بين التكرارات النسبية في العيّنة وبين P يكلّف شيئًا إضافيًا.',
  'loss.check.trueFeedbackEqual':
    'على هذه العيّنة نعم: مع n = {n} من السحبات جاءت التكرارات النسبية P̂ مساوية لـ P تمامًا، لذا فإن P هو التكرارات النسبية للعيّنة نفسها ويحقق H(P̂, P) = {trueLoss} = H(P̂) = {best}، وهي أقل قيمة ممكنة. اسحب عيّنة جديدة: عادةً يختلف P̂ عن P، وعندئذ يكلّف P مقدار D(P̂‖P) إضافيًا.',
  'loss.check.sample': 'التكرارات النسبية للعيّنة نفسها P̂',
  'loss.check.sampleFeedback':
    'متوسط الخسارة هو الإنتروبيا المتقاطعة H(P̂, q̂) = H(P̂) + D(P̂‖q̂)، وD(P̂‖q̂) يساوي 0 فقط عند q̂ = P̂. لذا يحقق P̂ هنا H(P̂) = {best}، وهي أقل من قيمة أي نموذج آخر: إنه نموذج الأرجحية العظمى.',
  'loss.check.uniform': 'التوزيع المنتظم، الذي يوزّع رهاناته تحوّطًا',
  'loss.check.uniformFeedback':
    'للتحوّط كلفة: يحقق النموذج المنتظم log {count} = {uniform} على كل عيّنة، وهذا أكثر من H(P̂) = {best} للتكرارات النسبية للعيّنة نفسها.',
  'loss.check.uniformFeedbackEqual':
    'على هذه العيّنة نعم: جاءت تكراراتها النسبية P̂ منتظمة، لذا فالنموذج المنتظم هو P̂ نفسه ويحقق log {count} = {uniform} = H(P̂) = {best}، وهي أقل قيمة ممكنة. في معظم العيّنات لا يكون P̂ منتظمًا، وعندئذ يكلّف التحوّط شيئًا إضافيًا.',
  'loss.check.show': 'أرني q̂ = P̂',

  // Panel: vae.
  // The chart.
  'vae.posterior': 'q = N(μ, σ²): تخمين المُرمِّز',
  'vae.prior': 'p = N(0, 1): التوزيع القبلي',
  'vae.other': 'N(μ₂, σ₂²): التوزيع الطبيعي الآخر',
  'vae.xAxis': 'z',
  'vae.yAxis': 'الكثافة',
  'vae.canvas':
    'البُعد الكامن 1: التوزيع q للمُرمِّز، والتوزيع القبلي N(0, 1)، والتوزيع البعدي الحقيقي، والتوزيع الطبيعي الآخر',

  // Controls.
  'vae.control.mu': 'المتوسط μ₁ لـ q في البُعد 1',
  'vae.control.sigma': 'العرض σ₁ لـ q في البُعد 1',
  'vae.control.mu2': 'المتوسط μ₂ للتوزيع الطبيعي الآخر',
  'vae.control.sigma2': 'العرض σ₂ للتوزيع الطبيعي الآخر',
  'vae.twoNormals': 'بين أي توزيعين طبيعيين',

  // Readouts.
  'vae.formula': 'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total}',
  'vae.formula.bits':
    'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total} = {bits} (تستخدم الحدود اللوغاريتم الطبيعي، فهي بوحدة nats؛ اقسم على ln 2 لتحصل على bits)',
  'vae.term.mean': '½μ² = {value}: يشدّ المتوسط نحو 0',
  'vae.term.variance': '½σ² = {value}: يعاقب التوزيع البعدي العريض',
  'vae.term.logVariance': '−½ ln σ² = {value}: يعاقب الضيّق منه (ينمو بلا حد عندما σ → 0)',
  'vae.term.constant': '−½ = {value}: يجعل المجموع 0 تمامًا عند μ = 0، σ = 1',
  'vae.quadrature':
    'تحقّق بالتكامل العددي لـ q log(q/p): {value}، ويختلف عن الصيغة المغلقة بمقدار {difference} {units} (الخطأ المقدَّر {error}، وعدد التقييمات {evaluations}).',
  'vae.general.prior':
    'عند ضبط التوزيع الطبيعي الثاني على N(0, 1) (التوزيع القبلي)، يكون KL(q ‖ N(μ₂, σ₂²)) = {forward} هو حد VAE؛ أما الاتجاه الآخر، KL(N(0, 1) ‖ q) = {backward}، فيختلف عنه.',
  'vae.general.priorEqual':
    'عند ضبط التوزيع الطبيعي الثاني على N(0, 1) (التوزيع القبلي)، يكون KL(q ‖ N(μ₂, σ₂²)) = {forward} هو حد VAE؛ أما الاتجاه الآخر، KL(N(0, 1) ‖ q) = {backward}، فهو هنا مساوٍ له (عند σ = 1 يعطي الاتجاهان كلاهما ½μ²)، وإن كان يختلف عنه عمومًا.',
  'vae.general.other': 'KL(q ‖ N({mu2}, {sigma2}²)) = {forward}؛ KL(N({mu2}, {sigma2}²) ‖ q) = {backward}.',
  'vae.entropy.negative':
    'الإنتروبيا التفاضلية لـ q: ½ log(2πeσ²) = {h}. وهي سالبة لأن σ أقل من 1/√(2πe) ≈ {zeroWidth}: فـ q مركَّز جدًا (تبلغ كثافته ذروتها عند {peak}) بحيث q(z) > 1 على معظم كتلته، فيكون −log q(z) سالبًا هناك، وكذلك متوسطه. وخلافًا للإنتروبيا المتقطعة، ليست الإنتروبيا التفاضلية متوسطًا لطول شفرة، ويمكن أن تنزل تحت 0؛ ولا تحتفظ بمعناها إلا الفروق، مثل KL.',
  'vae.entropy.peak':
    'الإنتروبيا التفاضلية لـ q: ½ log(2πeσ²) = {h}. تبلغ الكثافة ذروتها عند {peak}، فوق 1، لذا يكون −log q(z) سالبًا قرب المركز؛ لكن متوسطه على q يبقى موجبًا. ولا تصبح الإنتروبيا سالبة إلا عندما يكون σ أقل من 1/√(2πe) ≈ {zeroWidth}.',
  'vae.entropy.positive':
    'الإنتروبيا التفاضلية لـ q: ½ log(2πeσ²) = {h}. تنخفض بمقدار {fall} كلما صغُر σ بعامل e، وتصبح سالبة عندما يكون σ أقل من 1/√(2πe) ≈ {zeroWidth}.',

  // The chart description and the announcement.
  'vae.describe':
    'البُعد الكامن 1: توزيع المُرمِّز q = N({mu}, {sigma}²) مقابل التوزيع القبلي p = N(0, 1) والتوزيع البعدي الحقيقي N({m1}, {s1}²)؛ وحد KL، أي KL(q ‖ p)، يساوي {kl}.',
  'vae.describe.other':
    'البُعد الكامن 1: توزيع المُرمِّز q = N({mu}, {sigma}²) مقابل التوزيع القبلي p = N(0, 1)، حيث KL(q ‖ p) = {kl}، والتوزيع البعدي الحقيقي N({m1}, {s1}²)، ومقابل التوزيع الطبيعي الآخر N({mu2}, {sigma2}²)، حيث KL(q ‖ N({mu2}, {sigma2}²)) = {forward}.',
  'vae.announce': 'ELBO = {elbo}؛ الفجوة = {gap}؛ KL(q ‖ N(0, 1)) = {kl}',
  'vae.announce.other':
    'ELBO = {elbo}؛ الفجوة = {gap}؛ KL(q ‖ N(0, 1)) = {kl}؛ KL(q ‖ N({mu2}, {sigma2}²)) = {forward}؛ KL(N({mu2}, {sigma2}²) ‖ q) = {backward}',

  // The self-check.
  'vae.check.question': 'حد KL في VAE، أي KL(q ‖ N(0, 1))، لا يكون سالبًا أبدًا. عند أيّ مُخرَج q للمُرمِّز يساوي 0 تمامًا؟',
  'vae.check.narrow': 'q ضيّق جدًا (σ قريب من 0): الشفرة الأكثر ثقة',
  'vae.check.narrowFeedback':
    'يُعاقَب q الضيّق بلا حد: عند σ = {narrow} يساهم الحد −½ ln σ² وحده بمقدار {narrowLog}، ويكون KL مساويًا {narrowKl}. فالتوزيع القبلي يقاوم الشفرات المفرطة في الثقة بنفسها.',
  'vae.check.meanZero': 'أي q متوسطه μ = 0، أيًّا كان عرضه',
  'vae.check.meanZeroFeedback':
    'المتوسط ليس إلا نصف القصة: حدود العرض ½σ² − ½ ln σ² − ½ لا يكون مجموعها 0 إلا عند σ = 1. مع μ = 0 لكن σ = {wide}، يكون KL مساويًا {wideKl}.',
  'vae.check.prior': 'q = N(0, 1) فقط، أي التوزيع القبلي نفسه',
  'vae.check.priorFeedback':
    'عند μ = 0 وσ = 1 تكون الحدود الأربعة: ½μ² = {mean}، و½σ² = {variance}، و−½ ln σ² = {logVariance}، و−½ = −{constant}: يلغي بعضها بعضًا، لذا KL = {zero}. ويكون q عندئذ هو التوزيع القبلي نفسه.',
  'vae.check.show': 'أرني μ = 0، σ = 1',

  // Panel: trust.
  // Charts.
  'trust.action': 'الفعل {i}',
  'trust.klCurve': 'E_s D(π_old ‖ π_α): المتوسط على الحالات',
  'trust.budgetLine': 'الميزانية δ = {delta} {units}',
  'trust.maxStepLine': 'أكبر خطوة ضمن δ: α = {alpha}',
  'trust.maxStepLineBeyond': 'أكبر خطوة ضمن δ: α = {alpha}، خارج المخطط',
  'trust.dot': 'خطوتك α',
  'trust.stepAxis': 'حجم الخطوة α',
  'trust.klAxis': 'KL بوحدة {units}',
  'trust.unclipped': 'الهدف البديل غير المقصوص Σ π_old·r·A',
  'trust.clipped': 'الهدف البديل المقصوص (ε = {epsilon})',
  'trust.penalized': 'المقصوص − β·KL (β = {beta})',
  'trust.surrogateAxis': 'الهدف البديل',
  'trust.piOldLabel': 'π_old (اسحب)',
  'trust.piNewLabel': 'π_α عند α = {alpha}',
  'trust.probabilityAxis': 'الاحتمال',
  'trust.advantageLabel': 'الميزة A (اسحب)',
  'trust.advantageAxis': 'الميزة',
  'trust.policyCanvas': 'السياسة القديمة (اسحب) والسياسة المحدَّثة على الأفعال',
  'trust.advantageCanvas': 'ميزة كل فعل؛ اسحب عمودًا لتغييرها',
  'trust.klCanvas':
    'تباعد KL المتوقع للتحديث على الحالات مقابل حجم الخطوة، مع الميزانية وأكبر خطوة مسموح بها وKL الخاص بالحالة المختارة؛ اسحب النقطة لتغيير α',
  'trust.ppoCanvas': 'الأهداف البديلة في PPO مقابل حجم الخطوة',
  'trust.piOldBar': 'π_old للفعل {i}',
  'trust.advantageBar': 'ميزة الفعل {i}',

  // Controls.
  'trust.control.alpha': 'حجم الخطوة α',
  'trust.control.delta': 'ميزانية KL δ، بوحدة nats',
  'trust.control.epsilon': 'حد القصّ ε في PPO',
  'trust.control.beta': 'جزاء KL β',
  'trust.control.n': 'عدد السحبات للمُقدِّرات',
  'trust.control.seed': 'البذرة',
  'trust.ppoHeading': 'PPO: القصّ بدلًا من ميزانية صارمة',
  'trust.estimatorsHeading': 'تقدير KL من العيّنات',

  // Readouts.
  'trust.step.inside': 'عند α = {alpha}: E_s D(π_old ‖ π_α) = {kl}، داخل الميزانية δ = {delta}.',
  'trust.step.outside': 'عند α = {alpha}: E_s D(π_old ‖ π_α) = {kl}، خارج الميزانية δ = {delta}.',
  'trust.budget':
    'تسمح منطقة الثقة في TRPO بخطوات حتى α = {alpha}، حيث يبلغ KL المتوقع القيمة δ. وتجد TRPO تلك الخطوة بالبحث الخطي: تجرّب أحجام خطوات على امتداد اتجاه التحديث وتحتفظ بأكبرها مما يحقق القيد.',
  'trust.budget.never':
    'في كل حالة، لكل الأفعال التي يمكن أن تتخذها π_old الميزة نفسها، لذا يترك التحديث π_old كما هي: E_s D = 0 لكل α، ولا تخرج أي خطوة عن الميزانية أبدًا.',
  'trust.ppo':
    'يتوقف الهدف المقصوص عن مكافأة الخطوة بمجرد أن تتجاوز نسبةُ الاحتمالين r = π_α/π_old، لفعلٍ ميزته موجبة، الحدَّ 1 + ε = {upper} (أو أن تنخفض، لفعلٍ ميزته سالبة، تحت 1 − ε = {lower}): وهذه هي النسخة المرنة من منطقة الثقة في PPO.',
  'trust.ppo.penalty': 'يحني جزاء KL الهدفَ نحو الأسفل كلما ابتعدت السياسة.',
  'trust.estimators':
    'من {n} من السحبات من π_old (البذرة {seed}): متوسط k1 = −log r هو {k1} ± {k1Error}، ومتوسط k3 = (r − 1) − log r هو {k3} ± {k3Error}؛ وقيمة KL الدقيقة {exact}. كلا المُقدِّرين غير متحيز؛ وk3 لا يكون سالبًا أبدًا، وتشتّته عادةً أصغر.',
  'trust.estimators.bits':
    'من {n} من السحبات من π_old (البذرة {seed}): متوسط k1 = −log₂ r هو {k1} ± {k1Error}، ومتوسط k3 = ((r − 1) − ln r)/ln 2 هو {k3} ± {k3Error} (بوحدة bits)؛ وقيمة KL الدقيقة {exact}. كلا المُقدِّرين غير متحيز؛ وk3 لا يكون سالبًا أبدًا، وتشتّته عادةً أصغر.',
  'trust.policy': 'الحالة {s}: π_α = {policy}',

  // Chart descriptions.
  'trust.describe.policy':
    'الحالة {s}، أعمدة لكل فعل: السياسة القديمة π_old = {piOld} والسياسة المحدَّثة π_α = {piNew} عند α = {alpha}.',
  'trust.describe.advantage':
    'الحالة {s}، ميزات الأفعال: {advantages}. ينقل التحديث الاحتمال نحو الأفعال التي تزيد ميزتها على المتوسط تحت π_old، وبعيدًا عن غيرها؛ ولا يهمّ إلا الفرق بين الميزات، ومع ازدياد α تتجمّع الكتلة على أفضل فعل.',
  'trust.describe.kl':
    'يرتفع KL المتوقع E_s D(π_old ‖ π_α) من 0 عند α = 0 ويبلغ الميزانية δ = {delta} عند α = {maxStep}. خطوتك α = {alpha} لها E_s D = {kl}، {position}. ويبيّن منحنى منقَّط KL الخاص بالحالة المختارة.',
  'trust.describe.klNever':
    'في كل حالة، لكل الأفعال التي يمكن أن تتخذها π_old الميزة نفسها، لذا يبقى E_s D(π_old ‖ π_α) مساويًا 0 لكل خطوة، تحت الميزانية δ = {delta}. خطوتك α = {alpha} لها E_s D = {kl}، {position}.',
  'trust.describe.inside': 'داخل الميزانية',
  'trust.describe.outside': 'خارج الميزانية',
  'trust.describe.ppo':
    'الأهداف البديلة للخطوات α حتى {max}: يبلغ الهدف غير المقصوص {unclipped} عند α = {max}؛ ويبلغ الهدف المقصوص (ε = {epsilon}) أعلى قيمة له، {clipped}، عند α = {clippedAt}.',
  'trust.describe.ppoFlat':
    'الأهداف البديلة للخطوات α حتى {max}: يبلغ الهدف غير المقصوص {unclipped} عند α = {max}؛ ويبقى الهدف المقصوص (ε = {epsilon}) عند {clipped} لكل خطوة.',
  'trust.describe.ppoPenalty': 'مع جزاء KL (β = {beta}) تكون أعلى قيمة {penalized}، عند α = {penalizedAt}.',

  // The self-check.
  'trust.check.question': 'ماذا يحدث لـ KL المتوقع E_s D(π_old ‖ π_α) عندما يكبر حجم الخطوة α بدءًا من 0؟',
  'trust.check.same': 'يبقى كما هو، مهما كبرت الخطوة',
  'trust.check.sameFeedback':
    'التحديث π_α ∝ π_old·exp(α·A) يحرّك السياسة أبعد مع كل زيادة في α: مع السياسة والميزات كما ضبطتَها الآن، E_s D = {small} عند α = {a} لكنه {large} عند α = {b}.',
  'trust.check.sameFeedbackFlat':
    'مع هذه السياسة وهذه الميزات، نعم: لكل الأفعال التي يمكن أن تتخذها π_old الميزة نفسها، لذا يضربها exp(α·A) جميعًا في العامل نفسه، وتبقى π_α هي π_old لكل α. E_s D = {small} عند α = {a} و{large} عند α = {b}. اجعل الميزات مختلفة، وسيكبر D مع α.',
  'trust.check.shrinks': 'يصغر: الخطوات الأكبر تقرّب π_α من π_old',
  'trust.check.shrinksFeedback':
    'عند α = 0 تكون π_α هي π_old نفسها وD = 0، وهي أقل قيمة يمكن أن يأخذها تباعد KL؛ ومن هناك لا يمكنه إلا أن يكبر. مع السياسة والميزات كما ضبطتَها الآن، E_s D = {small} عند α = {a} و{large} عند α = {b}.',
  'trust.check.shrinksFeedbackFlat':
    'عند α = 0 تكون π_α هي π_old نفسها وD = 0، وهي أقل قيمة يمكن أن يأخذها تباعد KL، فلا يمكنه أن يصغر. ومع هذه السياسة وهذه الميزات (لكل الأفعال التي يمكن أن تتخذها π_old الميزة نفسها) لا يكبر أيضًا: E_s D = {small} عند α = {a} و{large} عند α = {b}.',
  'trust.check.grows': 'يكبر بدءًا من 0، لذا تضع ميزانية KL δ سقفًا لقيمة α',
  'trust.check.growsFeedback':
    'عند α = 0 لم تتحرك السياسة وD = 0؛ والخطوات الأكبر تُبعد π_α أكثر عن π_old (الآن E_s D = {small} عند α = {a}، و{large} عند α = {b}). لذا تسمح الميزانية δ = {delta} بخطوات حتى α = {maxStep} لا أبعد: هذه هي منطقة الثقة في TRPO.',
  'trust.check.growsFeedbackFlat':
    'عادةً نعم، لكن ليس هنا: لكل الأفعال التي يمكن أن تتخذها π_old الميزة نفسها، لذا يترك التحديث السياسة كما هي، ويبقى D مساويًا {small} عند α = {a} و{large} عند α = {b}. ولا تُبلَغ أي ميزانية δ أبدًا. اجعل الميزات مختلفة لترى D يكبر.',
  'trust.check.show': 'أرني أكبر خطوة ضمن δ',
  'trust.check.showBeyond': 'أرني أكبر خطوة على المخطط (α = {alpha})',

  // Panel: summary.
  'summary.caption': 'الكميات الثلاث، لـ P وQ في لوحة التفكيك (أو لقيمهما الافتراضية حين يُعرض هذا الجدول وحده)',
  'summary.column.quantity': 'الكمية',
  'summary.column.formula': 'الصيغة',
  'summary.column.meaning': 'ما تقيسه',
  'summary.column.now': 'الآن',
  'summary.row.entropy': 'الإنتروبيا H(P)',
  'summary.row.crossEntropy': 'الإنتروبيا المتقاطعة H(P, Q)',
  'summary.row.kl': 'تباعد KL D(P‖Q)',
  'summary.meaning.entropy': 'مدى عدم اليقين في P: أقصر متوسط لطول الشفرة لسحبات من P، باستخدام شفرة مبنية لـ P.',
  'summary.meaning.crossEntropy': 'متوسط طول الشفرة حين تكون الشفرة مبنية للنموذج Q بينما تأتي السحبات من P.',
  'summary.meaning.kl': 'الطول الإضافي المهدور بالترميز وفق Q بدلًا من P؛ يساوي 0 فقط عندما Q = P.',
  'summary.identity':
    'الإنتروبيا المتقاطعة = الإنتروبيا + KL: {cross} = {h} + {kl}. وبما أن H(P) لا تعتمد على Q، فإن تصغير الإنتروبيا المتقاطعة بالنسبة إلى Q يُصغِّر KL، وهو على البيانات الأرجحية العظمى بعينها.',
  'summary.identity.infinite': 'هنا يُغفل Q نتيجة يمكن أن يُنتجها P، لذا H(P, Q) = {h} + ∞ = ∞.',
  'summary.check.question': 'مقارنةً بالإنتروبيا H(P)، تكون الإنتروبيا المتقاطعة H(P, Q) دائمًا …',
  'summary.check.smaller': 'أصغر منها أو مساوية لها: لا يمكن لنموذج أن يكلّف أكثر من الحقيقة',
  'summary.check.smallerFeedback':
    'هذا سيجعل تباعد KL سالبًا، وهو لا يكون كذلك أبدًا: H(P, Q) − H(P) = D(P‖Q) ≥ 0. ولـ P = {P} وQ = {Q}، تكون H(P, Q) = {cross} أكبر من H(P) = {h}.',
  'summary.check.either': 'أكبر أو أصغر، بحسب Q',
  'summary.check.eitherFeedback':
    'لا يدخل Q إلا عبر تباعد KL، الذي لا يكون سالبًا أبدًا: H(P, Q) = H(P) + D(P‖Q)، لذا لا يتفوق أي نموذج على الترميز وفق P نفسه. لـ P = {P} وQ = {Q}: {cross} = {h} + {kl}.',
  'summary.check.larger': 'أكبر منها أو مساوية لها، ولا تساويها إلا عندما Q = P',
  'summary.check.largerFeedback':
    'H(P, Q) = H(P) + D(P‖Q)، وتباعد KL لا يكون سالبًا أبدًا ويساوي 0 فقط عندما Q = P. لـ P = {P} وQ = {Q}: {cross} = {h} + {kl}.',
  'summary.check.show': 'أرني حالة التساوي، Q = P',
};
