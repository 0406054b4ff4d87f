// النصوص العربية لجزء «المساحة» من المسألة 13: الإنتروبيا بوصفها مفاجأة متوقعة
// مرسومة مساحاتٍ (العملة، الحدّان، التفكيك)، وسحبات تراها بعينك، وأول ما تجرّبه
// في كل لوحة، وأسئلة «توقّع أولًا».
export default {
  // The area figure, shared words.
  'area.xAxis': 'الاحتمال (عرض العمود = p)',
  'area.yAxis': 'المفاجأة −log p بوحدة {units}',
  'area.yAxisQ': 'المفاجأة بوحدة {units}',
  'area.width': 'العرض p',
  'area.heightP': 'الارتفاع −log p',
  'area.areaP': 'المساحة −p log p',
  'area.heightQ': 'الارتفاع −log q',
  'area.areaQ': 'المساحة −p log q',
  'area.zeroTerm': 'النتيجة التي احتمالها 0 ليس لها عرض، فلا تضيف أي مساحة: يُعدّ 0 log 0 مساويًا 0.',

  // Coin.
  'area.coin.heads': 'صورة',
  'area.coin.tails': 'كتابة',
  'area.coin.series': '−log p لكل وجه، بعرض p',
  'area.coin.canvas': 'الإنتروبيا بوصفها مساحة: كل وجه من وجهي العملة عمود عرضه p وارتفاعه −log p',
  'area.coin.sum': 'H = −({p0} log {p0} + {p1} log {p1}) = {terms} = {h}',
  'area.coin.sum.bits': 'H = −({p0} log₂ {p0} + {p1} log₂ {p1}) = {terms} = {h}',
  'area.coin.describe':
    'عمودان متجاوران على امتداد المجال من 0 إلى 1. الصورة: العرض {p0}، والارتفاع {s0}، والمساحة {a0}. الكتابة: العرض {p1}، والارتفاع {s1}، والمساحة {a1}. ومجموع المساحتين H = {h}.',

  // Extremes.
  'area.extremes.series': '−log p لكل نتيجة، بعرض p',
  'area.extremes.canvas': 'الإنتروبيا بوصفها مساحة: كل نتيجة عمود عرضه P(i) وارتفاعه −log P(i)',
  'area.extremes.sum': 'H = −Σ p log p = {terms} = {h}',
  'area.extremes.sum.bits': 'H = −Σ p log₂ p = {terms} = {h}',
  'area.extremes.sumMany':
    'مجموع مساحات الأعمدة الـ{n}، أي −p log p، يساوي H = {h}؛ وأكبرها، {a}، للفئة {i} (p = {p}).',
  'area.extremes.describe':
    'أعمدة عددها {n} متجاورة على امتداد المجال من 0 إلى 1، عرض كلٍّ منها بقدر احتماله وارتفاعه بقدر مفاجأته: النتائج النادرة طويلة ورفيعة، والمرجَّحة عريضة ومنخفضة. أكبر مساحة هي مساحة الفئة {i}، {a}؛ ومجموع المساحات كلها H = {h}.',

  // Decomposition: cross-entropy as area.
  'area.decomposition.seriesP': '−log p (وفق P)',
  'area.decomposition.seriesQ': '−log q (وفق النموذج Q)',
  'area.decomposition.band': 'ما بينهما: p log(p/q)',
  'area.decomposition.canvas':
    'الإنتروبيا المتقاطعة بوصفها مساحة: أعمدة عرضها p وارتفاعها −log p و−log q؛ والشريط بينهما هو تباعد KL',
  'area.decomposition.reading':
    'المساحة تحت −log p: H(P) = {h}. والمساحة تحت −log q على العروض نفسها: H(P, Q) = {cross}. والمساحة بينهما D(P‖Q) = {kl}.',
  'area.decomposition.readingInfinite':
    'يعطي Q الفئة {i} احتمالًا قدره 0 حيث يعطيها P القيمة {p}: فعمودها −log q طويل بلا نهاية، لذا فإن المساحة H(P, Q) والشريط D(P‖Q) لا نهائيان.',
  'area.decomposition.negative':
    'حيث يكون Q أكثر ثقة من P (الفئة {i}: q = {q} > p = {p}) يكون عمود النموذج أقصر، ويُحسب الشريط هناك سالبًا، {term}؛ لكن الأشرطة الموجبة ترجح عليه دائمًا، لذا فالمجموع D(P‖Q) = {kl} لا ينزل تحت 0 أبدًا.',
  'area.decomposition.describe':
    'على {k} من الفئات، كل عمود بعرض الاحتمال الذي يعطيه P: وفق P مجموع المساحات H(P) = {h}، ووفق Q مجموعها H(P, Q) = {cross}؛ والشريط بينهما D(P‖Q) = {kl}.',
  'area.decomposition.describeInfinite':
    'يعطي Q الفئة {i} احتمالًا قدره 0 حيث لا يعطيها P صفرًا: فعمودها وفق Q طويل بلا نهاية، وH(P, Q) لا نهائية.',

  // Draws you can watch.
  'area.draws.heading': 'سحبات تراها بعينك',
  'area.draws.intro':
    'اسحب نتائج من P واحدة تلو الأخرى. لكل سحبة مفاجأة وفق P ومفاجأة وفق النموذج Q؛ ومتوسطاهما الجاريان يستقران نحو H(P) وH(P, Q).',
  'area.draws.buttons': 'السحبات:',
  'area.draws.one': 'سحبة واحدة',
  'area.draws.ten': '10 سحبات',
  'area.draws.play': 'تشغيل',
  'area.draws.pause': 'إيقاف مؤقت',
  'area.draws.batch': '{n} من السحبات دفعة واحدة',
  'area.draws.batchTitle': 'يطلب نظامك تقليل الحركة، لذا يُجري هذا الزر دفعة من السحبات مرة واحدة بدلًا من عرضها متحركة.',
  'area.draws.reset': 'ابدأ من جديد',
  'area.draws.canvas': 'المتوسطات الجارية لمفاجأة السحبات، وفق P ووفق Q، مقابل H(P) وH(P, Q)',
  'area.draws.xAxis': 'عدد السحبات',
  'area.draws.yAxis': 'المتوسط بوحدة {units}',
  'area.draws.averageP': 'متوسط −log P(x) حتى الآن',
  'area.draws.averageQ': 'متوسط −log Q(x) حتى الآن',
  'area.draws.entropy': 'خط الإنتروبيا H(P)',
  'area.draws.cross': 'خط الإنتروبيا المتقاطعة H(P, Q)',
  'area.draws.none': 'لا سحبات بعد: اضغط «سحبة واحدة».',
  'area.draws.last': 'السحبة {t}: الفئة {x}. مفاجأتها {sp} وفق P (−log P({x})) و{sq} وفق النموذج Q (−log Q({x})).',
  'area.draws.noAverage': 'تبدأ المتوسطات الجارية مع السحبة الأولى.',
  'area.draws.average':
    'بعد {n} من السحبات، متوسط المفاجأة وفق P هو {avgP}، وهو تقدير لـ H(P) = {h}؛ ووفق Q هو {avgQ}، وهو تقدير لـ H(P, Q) = {cross}. والفرق بينهما، {gap}، يقدّر D(P‖Q) = {kl}.',
  'area.draws.averageInfinite':
    'بعد {n} من السحبات، متوسط المفاجأة وفق P هو {avgP}، وهو تقدير لـ H(P) = {h}. وقد وقعت سحبة على فئة يكون فيها Q مساويًا 0، لذا صار المتوسط وفق Q لا نهائيًا منذ ذلك الحين، كما هي H(P, Q).',
  'area.draws.negativeGap':
    'مع هذا العدد القليل من السحبات بل قد يأتي الفرق تحت 0؛ أما D(P‖Q) نفسه فلا يكون كذلك أبدًا، والمزيد من السحبات يقرّب التقدير منه.',
  'area.draws.describe':
    'المتوسطات الجارية على {n} من السحبات: وفق P الآن {avgP} (الخط عند H(P) = {h})، ووفق Q الآن {avgQ} (الخط عند H(P, Q) = {cross}).',
  'area.draws.describeEmpty': 'لا سحبات بعد؛ والخطان يعلّمان H(P) = {h} وH(P, Q) = {cross}.',
  'area.draws.describeInfinite':
    'المتوسط الجاري وفق P على {n} من السحبات: {avgP} (H(P) = {h})؛ أما وفق Q فصار لا نهائيًا حين أصابت سحبة فئة يكون فيها Q مساويًا 0.',
  'area.draws.summary': 'بعد {n} من السحبات: المتوسط وفق P هو {avgP}، ووفق Q هو {avgQ}.',
  'area.more': 'إعدادات أخرى',
  'area.draws.seed': 'بذرة السحبات',
  'area.draws.count': 'عدد السحبات',

  // Predict, then reveal.
  'area.predict.coin.question': 'قبل أن تنظر: كم تبلغ إنتروبيا هذه العملة (p = {p})، بوحدة {units}؟',
  'area.predict.coin.label': 'تخمينك لـ H({p}) بوحدة {units}',
  'area.predict.close': 'صحيح: تخمينك {guess} يقع ضمن {tol} من H = {h}.',
  'area.predict.high': 'تخمينك {guess} أكبر من H = {h}.',
  'area.predict.low': 'تخمينك {guess} أصغر من H = {h}.',
  'area.predict.coin.why':
    'كل وجه يُسهم بمساحته −p log p: هنا {a0} للصورة و{a1} للكتابة. والعملة المتوازنة لها أكبر إنتروبيا، {fair}.',
  'area.predict.extremes.question': 'قبل أن تنظر: ما إنتروبيا التوزيع المنتظم على {n} من النتائج، بوحدة {units}؟',
  'area.predict.extremes.label': 'تخمينك لـ H للتوزيع المنتظم على {n} من النتائج، بوحدة {units}',
  'area.predict.extremes.why':
    'لكل نتيجة من النتائج الـ{n} مفاجأة قدرها log {n} = {s}، لذا فمتوسط المفاجأة هو log {n} = {ceiling} أيضًا: ولا يوجد توزيع على {n} من النتائج له إنتروبيا أكبر.',
  'area.predict.draws.question':
    'اسحب من P مرة بعد مرة وخذ متوسط مفاجأة كل سحبة وفق النموذج Q. أين سيستقر هذا المتوسط؟',
  'area.predict.draws.entropy': 'عند H(P)، الإنتروبيا',
  'area.predict.draws.cross': 'عند H(P, Q)، الإنتروبيا المتقاطعة',
  'area.predict.draws.kl': 'عند D(P‖Q)، تباعد KL',
  'area.predict.draws.zero': 'لن يستقر أبدًا: كل سحبة عشوائية',
  'area.predict.draws.right':
    'صحيح: متوسط −log Q(x) على سحبات من P تقدير لـ H(P, Q) = {cross}، ويقترب منها كلما زادت السحبات.',
  'area.predict.draws.wrong':
    'ليس تمامًا: متوسط −log Q(x) على سحبات من P يقدّر الإنتروبيا المتقاطعة H(P, Q) = {cross}. أما H(P) = {h} فهي حيث يستقر متوسط −log P(x)، والفرق بين المتوسطين يقدّر D(P‖Q) = {kl}.',
  'area.predict.draws.random':
    'كل سحبة عشوائية، لكن متوسطها ليس كذلك: بحسب قانون الأعداد الكبيرة يستقر عند H(P, Q) = {cross}.',
};
