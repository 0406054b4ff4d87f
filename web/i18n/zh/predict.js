// “先预测”问题（web/predict.js），以及惊奇度面板和总结面板的问题。
export default {
  'predict.title': '先别看，先预测',
  'predict.yourAnswer': '你的答案',
  'predict.check': '检查我的猜测',
  'predict.again': '再问我一次',
  'predict.hidden': '回答上面的问题后才能看到这里。',
  'predict.hiddenCell': '猜测之后显示',
  'predict.hiddenChart': '在你回答上面的问题之前，这张图的一部分是隐藏的。',
  'predict.right': '正确。',
  'predict.notQuite': '不完全对。',
  'predict.needNumber': '请先输入一个数。',
  'predict.needChoice': '请先选择一个答案。',
  'predict.outOfRange': '请给出 {min} 到 {max} 之间的数。',
  'predict.exact': '{label}，精确值',
  'predict.marker': '你的猜测',

  'surprise.predict.question':
    '一个事件的概率为 {p}：百万分之一。曲线在 {top} 处就截断了，远在 p 变得这么小之前。这个事件发生时有多令人惊奇？',
  'surprise.predict.label': '你对 I({p}) 的猜测：',
  'surprise.predict.close':
    '你的猜测 {guess} 与 I({p}) = {exact} 相差不到 5%。百万分之一就是 6 个十分之一相乘，每个十分之一值 I({tenth}) = {perTen}：6 个加起来就是 {exact}。',
  'surprise.predict.above':
    '你的猜测 {guess} 大于 I({p}) = {exact}。百万分之一就是 6 个十分之一相乘，每个十分之一值 I({tenth}) = {perTen}：6 个加起来就是 {exact}。',
  'surprise.predict.below':
    '你的猜测 {guess} 小于 I({p}) = {exact}。百万分之一就是 6 个十分之一相乘，每个十分之一值 I({tenth}) = {perTen}：6 个加起来就是 {exact}。',

  'summary.predict.question': '假设你只改变模型 Q，保持 P 不变。这张表中的哪些数会改变？',
  'summary.predict.onlyKl': '只有 KL 散度 D(P‖Q)',
  'summary.predict.crossAndKl': '交叉熵 H(P, Q) 和 KL 散度 D(P‖Q)；熵 H(P) 不变',
  'summary.predict.all': '三个都会变',
  'summary.predict.onlyCross': '只有交叉熵 H(P, Q)',
  'summary.predict.onlyKlFeedback':
    '交叉熵 H(P, Q) = −Σ P log Q 中也含有 Q，所以它会随 D(P‖Q) 一起改变；只有 H(P) = −Σ P log P 中不含 Q。',
  'summary.predict.crossAndKlFeedback':
    'H(P) = −Σ P log P 中不含 Q，所以它不变；H(P, Q) 和 D(P‖Q) 都依赖于 Q，而它们的差始终是 H(P)。',
  'summary.predict.allFeedback': '熵 H(P) = −Σ P log P 中不含 Q：它保持不变。只有 H(P, Q) 和 D(P‖Q) 会改变。',
  'summary.predict.onlyCrossFeedback': 'D(P‖Q) = H(P, Q) − H(P) 也会改变：H(P) 固定时，它的变化与 H(P, Q) 完全相同。',
  'summary.predict.example.uniform':
    '例如，让 Q 变成均匀分布：H(P) 保持为 {h}，H(P, Q) 从 {cross} 变为 {crossThen}，D(P‖Q) 从 {kl} 变为 {klThen}。',
  'summary.predict.example.equal':
    '例如，设 Q = P：H(P) 保持为 {h}，H(P, Q) 从 {cross} 变为 {crossThen}，D(P‖Q) 从 {kl} 变为 {klThen}。',
  'summary.predict.example.pointMass':
    '例如，把 Q 的全部概率放在类别 1 上：H(P) 保持为 {h}，H(P, Q) 从 {cross} 变为 {crossThen}，D(P‖Q) 从 {kl} 变为 {klThen}。',
};
