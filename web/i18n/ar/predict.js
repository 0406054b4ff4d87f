// أسئلة «توقّع أولًا» (web/predict.js) وأسئلة لوحتي المفاجأة والملخص.
export default {
  'predict.title': 'قبل أن تنظر: توقّع',
  'predict.yourAnswer': 'إجابتك',
  'predict.check': 'تحقّق من تخميني',
  'predict.again': 'اسألني مجددًا',
  'predict.hidden': 'أجب عن السؤال أعلاه لترى هذا.',
  'predict.hiddenCell': 'بعد تخمينك',
  'predict.hiddenChart': 'جزء من هذا المخطط مخفيّ حتى تجيب عن السؤال أعلاه.',
  'predict.right': 'صحيح.',
  'predict.notQuite': 'ليس تمامًا.',
  'predict.needNumber': 'اكتب عددًا أولًا.',
  'predict.needChoice': 'اختر إجابة أولًا.',
  'predict.outOfRange': 'أدخل عددًا من {min} إلى {max}.',
  'predict.exact': '{label}، القيمة الدقيقة',
  'predict.marker': 'تخمينك',

  'surprise.predict.question':
    'حدث احتماله {p}: واحد في المليون. يتوقف المنحنى عند {top}، قبل أن يصغر p إلى هذا الحد بكثير. ما مقدار المفاجأة في هذا الحدث حين يقع؟',
  'surprise.predict.label': 'تخمينك لـ I({p}):',
  'surprise.predict.close':
    'تخمينك {guess} يقع ضمن 5% من I({p}) = {exact}. واحد في المليون هو حاصل ضرب ستة أعشار، وكل عُشر منها قيمته I({tenth}) = {perTen}: والأعشار الستة معًا تعطي {exact}.',
  'surprise.predict.above':
    'تخمينك {guess} أكبر من I({p}) = {exact}. واحد في المليون هو حاصل ضرب ستة أعشار، وكل عُشر منها قيمته I({tenth}) = {perTen}: والأعشار الستة معًا تعطي {exact}.',
  'surprise.predict.below':
    'تخمينك {guess} أصغر من I({p}) = {exact}. واحد في المليون هو حاصل ضرب ستة أعشار، وكل عُشر منها قيمته I({tenth}) = {perTen}: والأعشار الستة معًا تعطي {exact}.',

  'summary.predict.question': 'افترض أنك غيّرت النموذج Q وحده وتركت P كما هو. أيّ الأرقام في هذا الجدول تتغيّر؟',
  'summary.predict.onlyKl': 'تباعد KL D(P‖Q) وحده',
  'summary.predict.crossAndKl': 'الإنتروبيا المتقاطعة H(P, Q) وتباعد KL D(P‖Q)؛ أما الإنتروبيا H(P) فتبقى',
  'summary.predict.all': 'الثلاثة كلها',
  'summary.predict.onlyCross': 'الإنتروبيا المتقاطعة H(P, Q) وحدها',
  'summary.predict.onlyKlFeedback':
    'الإنتروبيا المتقاطعة H(P, Q) = −Σ P log Q فيها Q أيضًا، لذا تتغيّر مع D(P‖Q)؛ وH(P) = −Σ P log P وحدها لا Q فيها.',
  'summary.predict.crossAndKlFeedback':
    'H(P) = −Σ P log P لا Q فيها، لذا تبقى؛ أما H(P, Q) وD(P‖Q) فكلاهما يعتمد على Q، والفرق بينهما يساوي H(P) دائمًا.',
  'summary.predict.allFeedback': 'الإنتروبيا H(P) = −Σ P log P لا Q فيها: فهي تبقى. ولا يتغيّر إلا H(P, Q) وD(P‖Q).',
  'summary.predict.onlyCrossFeedback':
    'D(P‖Q) = H(P, Q) − H(P) يتغيّر أيضًا: ومع ثبات H(P) يتحرك تمامًا كما تتحرك H(P, Q).',
  'summary.predict.example.uniform':
    'مثلًا، اجعل Q منتظمًا: تبقى H(P) عند {h}، وتنتقل H(P, Q) من {cross} إلى {crossThen}، وD(P‖Q) من {kl} إلى {klThen}.',
  'summary.predict.example.equal':
    'مثلًا، اجعل Q = P: تبقى H(P) عند {h}، وتنتقل H(P, Q) من {cross} إلى {crossThen}، وD(P‖Q) من {kl} إلى {klThen}.',
  'summary.predict.example.pointMass':
    'مثلًا، ضع Q كله على الفئة 1: تبقى H(P) عند {h}، وتنتقل H(P, Q) من {cross} إلى {crossThen}، وD(P‖Q) من {kl} إلى {klThen}.',
};
