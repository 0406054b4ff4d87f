// 第 13 项“面积”部分的简体中文文本：把熵（期望惊奇度）画成面积（硬币、
// 极值、分解），可以观看的抽样，各面板首先要试的事，以及它们的“先预测”问题。
export default {
  // 面积图中共用的词。
  'area.xAxis': '概率（条形宽度 = p）',
  'area.yAxis': '惊奇度 −log p（单位：{units}）',
  'area.yAxisQ': '惊奇度（单位：{units}）',
  'area.width': '宽度 p',
  'area.heightP': '高度 −log p',
  'area.areaP': '面积 −p log p',
  'area.heightQ': '高度 −log q',
  'area.areaQ': '面积 −p log q',
  'area.zeroTerm': '概率为 0 的结果没有宽度，所以不增加面积：0 log 0 按 0 计。',

  // 硬币。
  'area.coin.heads': '正面',
  'area.coin.tails': '反面',
  'area.coin.series': '每一面的 −log p，宽度为 p',
  'area.coin.canvas': '熵即面积：硬币的每一面画成宽为 p、高为 −log p 的条形',
  'area.coin.sum': 'H = −({p0} log {p0} + {p1} log {p1}) = {terms} = {h}',
  'area.coin.sum.bits': 'H = −({p0} log₂ {p0} + {p1} log₂ {p1}) = {terms} = {h}',
  'area.coin.describe':
    '两个条形沿 0 到 1 并排放置。正面：宽 {p0}，高 {s0}，面积 {a0}。反面：宽 {p1}，高 {s1}，面积 {a1}。两块面积加起来为 H = {h}。',

  // 极值。
  'area.extremes.series': '每个结果的 −log p，宽度为 p',
  'area.extremes.canvas': '熵即面积：每个结果画成宽为 P(i)、高为 −log P(i) 的条形',
  'area.extremes.sum': 'H = −Σ p log p = {terms} = {h}',
  'area.extremes.sum.bits': 'H = −Σ p log₂ p = {terms} = {h}',
  'area.extremes.sumMany': '{n} 个条形的面积 −p log p 加起来为 H = {h}；最大的面积 {a} 属于类别 {i}（p = {p}）。',
  'area.extremes.describe':
    '{n} 个条形沿 0 到 1 并排放置，每个条形的宽度等于其概率，高度等于其惊奇度：罕见的结果又高又窄，常见的结果又宽又矮。最大的面积属于类别 {i}，为 {a}；所有面积合起来为 H = {h}。',

  // 分解：交叉熵即面积。
  'area.decomposition.seriesP': '−log p（在 P 下）',
  'area.decomposition.seriesQ': '−log q（在模型 Q 下）',
  'area.decomposition.band': '两者之间：p log(p/q)',
  'area.decomposition.canvas':
    '交叉熵即面积：宽为 p 的条形，高度分别为 −log p 和 −log q；两者之间的带状区域就是 KL 散度',
  'area.decomposition.reading':
    '−log p 下方的面积：H(P) = {h}。在相同宽度上 −log q 下方的面积：H(P, Q) = {cross}。两者之间的面积是 D(P‖Q) = {kl}。',
  'area.decomposition.readingInfinite':
    'Q 给类别 {i} 的概率为 0，而 P 给它 {p}：它的条形 −log q 无限高，所以面积 H(P, Q) 和带状区域 D(P‖Q) 都是无穷大。',
  'area.decomposition.negative':
    '在 Q 比 P 更有把握的地方（类别 {i}：q = {q} > p = {p}），模型的条形更矮，那里的带状区域按负值计，为 {term}；其余为正的带状区域总能抵过它，所以总和 D(P‖Q) = {kl} 从不小于 0。',
  'area.decomposition.describe':
    '在 {k} 个类别上，每个条形的宽度等于 P 给它的概率：在 P 下，面积加起来为 H(P) = {h}；在 Q 下，为 H(P, Q) = {cross}；两者之间的带状区域为 D(P‖Q) = {kl}。',
  'area.decomposition.describeInfinite':
    'Q 给类别 {i} 的概率为 0，而 P 给它的概率不为 0：这个类别在 Q 下的条形无限高，H(P, Q) 为无穷大。',

  // 可以观看的抽样。
  'area.draws.heading': '可以观看的抽样',
  'area.draws.intro':
    '从 P 中一次抽取一个结果。每次抽样在 P 下有一个惊奇度，在模型 Q 下也有一个惊奇度；它们的累计平均值会逐渐稳定在 H(P) 和 H(P, Q) 附近。',
  'area.draws.buttons': '抽样：',
  'area.draws.one': '抽一次',
  'area.draws.ten': '抽 10 次',
  'area.draws.play': '播放',
  'area.draws.pause': '暂停',
  'area.draws.batch': '一次抽取 {n} 个',
  'area.draws.batchTitle': '你的系统要求减少动态效果，所以这里一次抽取一批，而不播放动画。',
  'area.draws.reset': '重新开始',
  'area.draws.canvas': '各次抽样惊奇度的累计平均值（在 P 下和在 Q 下），对照 H(P) 和 H(P, Q)',
  'area.draws.xAxis': '抽样次数',
  'area.draws.yAxis': '平均值（单位：{units}）',
  'area.draws.averageP': '到目前为止 −log P(x) 的平均值',
  'area.draws.averageQ': '到目前为止 −log Q(x) 的平均值',
  'area.draws.entropy': '熵线 H(P)',
  'area.draws.cross': '交叉熵线 H(P, Q)',
  'area.draws.none': '还没有抽样：请按“抽一次”。',
  'area.draws.last':
    '第 {t} 次抽样：类别 {x}。它在 P 下的惊奇度为 {sp}（−log P({x})），在模型 Q 下为 {sq}（−log Q({x})）。',
  'area.draws.noAverage': '累计平均值从第一次抽样开始计算。',
  'area.draws.average':
    '{n} 次抽样后，P 下的平均惊奇度为 {avgP}，是 H(P) = {h} 的一个估计；Q 下为 {avgQ}，是 H(P, Q) = {cross} 的一个估计。两者之差 {gap} 是 D(P‖Q) = {kl} 的估计。',
  'area.draws.averageInfinite':
    '{n} 次抽样后，P 下的平均惊奇度为 {avgP}，是 H(P) = {h} 的一个估计。有一次抽样落在了 Q 为 0 的类别上，所以从那以后 Q 下的平均值就是无穷大，和 H(P, Q) 一样。',
  'area.draws.negativeGap':
    '抽样这么少时，这个差值甚至可能小于 0；而 D(P‖Q) 本身从不小于 0，抽样越多，估计就越接近它。',
  'area.draws.describe':
    '{n} 次抽样的累计平均值：P 下当前为 {avgP}（直线位于 H(P) = {h}），Q 下当前为 {avgQ}（直线位于 H(P, Q) = {cross}）。',
  'area.draws.describeEmpty': '还没有抽样；两条直线标出 H(P) = {h} 和 H(P, Q) = {cross}。',
  'area.draws.describeInfinite':
    '{n} 次抽样在 P 下的累计平均值：{avgP}（H(P) = {h}）；当某次抽样落在 Q 为 0 的类别上时，Q 下的平均值变为无穷大。',
  'area.draws.summary': '{n} 次抽样后：P 下的平均值为 {avgP}，Q 下的平均值为 {avgQ}。',
  'area.more': '更多设置',
  'area.draws.seed': '抽样的随机种子',
  'area.draws.count': '抽样次数',

  // 先预测，再揭晓。
  'area.predict.coin.question': '先别看：这枚硬币（p = {p}）的熵是多少（单位：{units}）？',
  'area.predict.coin.label': '你对 H({p}) 的猜测（单位：{units}）',
  'area.predict.close': '正确：你的猜测 {guess} 与 H = {h} 相差在 {tol} 以内。',
  'area.predict.high': '你的猜测 {guess} 大于 H = {h}。',
  'area.predict.low': '你的猜测 {guess} 小于 H = {h}。',
  'area.predict.coin.why': '每一面贡献它的面积 −p log p：这里正面为 {a0}，反面为 {a1}。公平硬币的熵最大，为 {fair}。',
  'area.predict.extremes.question': '先别看：{n} 个结果上的均匀分布的熵是多少（单位：{units}）？',
  'area.predict.extremes.label': '你对 {n} 个结果上均匀分布的 H 的猜测（单位：{units}）',
  'area.predict.extremes.why':
    '{n} 个结果中每一个的惊奇度都是 log {n} = {s}，所以平均惊奇度也是 log {n} = {ceiling}：在 {n} 个结果上，没有哪个分布的熵比它更大。',
  'area.predict.draws.question': '从 P 中反复抽样，并对每次抽样在模型 Q 下的惊奇度求平均。这个平均值会稳定在哪里？',
  'area.predict.draws.entropy': '在 H(P)，即熵',
  'area.predict.draws.cross': '在 H(P, Q)，即交叉熵',
  'area.predict.draws.kl': '在 D(P‖Q)，即 KL 散度',
  'area.predict.draws.zero': '永远不会稳定：每次抽样都是随机的',
  'area.predict.draws.right':
    '正确：对来自 P 的抽样求 −log Q(x) 的平均，得到的是 H(P, Q) = {cross} 的估计，抽得越多就越接近它。',
  'area.predict.draws.wrong':
    '不完全对：对来自 P 的抽样求 −log Q(x) 的平均，估计的是交叉熵 H(P, Q) = {cross}。H(P) = {h} 是 −log P(x) 的平均值所稳定的位置，而两个平均值之差估计的是 D(P‖Q) = {kl}。',
  'area.predict.draws.random': '每次抽样都是随机的，但它们的平均值不是：根据大数定律，它会稳定在 H(P, Q) = {cross}。',
};
