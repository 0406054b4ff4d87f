// 模型面板的简体中文文本：拟合、损失、VAE、信任域、总结。
export default {
  // 面板：拟合。
  // 图表。
  'fits.mixture': 'P：两个高斯分布的混合',
  'fits.forwardCurve': '正向拟合：argmin D(P‖Q)',
  'fits.reverseCurve': '反向拟合：argmin D(Q‖P)',
  'fits.handles': '拖动以移动一个众数',
  'fits.xAxis': 'x',
  'fits.yAxis': '密度',
  'fits.point.forward': '正向拟合',
  'fits.point.reverse': '反向拟合',
  'fits.point.other': '反向拟合，另一个众数',
  'fits.muAxis': 'Q 的均值 μ',
  'fits.sigmaAxis': 'Q 的宽度 σ（对数刻度）',
  'fits.densityCanvas': '混合分布 P 及其正向和反向高斯拟合；拖动菱形可移动一个众数',
  'fits.landscapeCanvas': 'KL 散度关于 Q 的均值和宽度的热图，并标出两种拟合',
  'fits.handle': '众数 {i} 的均值',

  // 控件。
  'fits.meanControl': '众数 {i} 的均值',
  'fits.sigmaControl': '众数 {i} 的宽度 σ',
  'fits.weightControl': '众数 1 的权重',
  'fits.landscapeControl': '地形图',
  'fits.landscape.reverse': '反向 KL D(Q‖P)',
  'fits.landscape.forward': '正向 KL D(P‖Q)',
  'fits.landscape.off': '关闭',
  'fits.presets': 'P：',
  'fits.preset.apart': '众数相距较远',
  'fits.preset.close': '众数相距较近',
  'fits.preset.unequal': '众数大小不等',

  // 读数。
  'fits.forward': '正向拟合 Q = N({mu}, {sigma}²)：D(P‖Q) = {kl}，D(Q‖P) = {other}',
  'fits.reverse': '反向拟合 Q = N({mu}, {sigma}²)：D(Q‖P) = {kl}，D(P‖Q) = {other}',
  'fits.modeSeeking':
    '寻找众数：反向拟合停在一个众数上（μ = {mu}，靠近 {mode}），忽略了另一个；而正向拟合铺开覆盖两者（μ = {forwardMu}，即 P 的均值，σ = {forwardSigma}）。',
  'fits.overlap':
    '两个众数重叠得足够多，一个高斯分布就能覆盖两者：两种拟合很接近。把两个众数拉开，就能看到反向拟合只选其中一个。',
  'fits.differ':
    '两种拟合不同，但都没有停在单个众数上：正向拟合 N({fmu}, {fsigma}²) 铺开覆盖 P 的全部质量，反向拟合 N({rmu}, {rsigma}²) 则留在 P 密集的地方。',
  'fits.tie':
    '两个众数拟合得一样好：D(Q‖P) 有两个极小值，分别在 μ = {mu} 和 μ = {other}（都画在地形图上）。优化器从哪个山谷出发，就停在哪个山谷里。',
  'fits.shading.reverse':
    '着色：对每个 Q = N(μ, σ²) 显示 D(Q‖P)（单位：{units}），颜色越深，值越小。众数分开时，每个众数处都有一个山谷。',
  'fits.shading.forward':
    '着色：对每个 Q = N(μ, σ²) 显示 D(P‖Q)（单位：{units}），颜色越深，值越小。它只有一个山谷，位于 P 的均值和离散程度处。',

  // 图表描述和播报。
  'fits.describe.seeking':
    'P 的众数在 {m1} 和 {m2}；正向拟合 N({fmu}, {fsigma}²) 铺开覆盖两者，反向拟合 N({rmu}, {rsigma}²) 停在 {mode} 处的众数上。',
  'fits.describe.covering':
    'P 的众数在 {m1} 和 {m2}，近到相互重叠；正向拟合 N({fmu}, {fsigma}²) 和反向拟合 N({rmu}, {rsigma}²) 都覆盖了它们。',
  'fits.describe.differ':
    'P 的众数在 {m1} 和 {m2}；正向拟合 N({fmu}, {fsigma}²) 铺开覆盖 P 的全部质量，反向拟合 N({rmu}, {rsigma}²) 留在 P 密集的地方，但没有停在某一个众数上。',
  'fits.describe.landscape.reverse':
    'D(Q‖P) 关于 Q 的均值 μ 和宽度 σ 的热图，值越小颜色越深：最低点在反向拟合处，μ = {rmu}，σ = {rsigma}（D(Q‖P) = {kl}）。正向拟合标在 μ = {fmu}，σ = {fsigma} 处。',
  'fits.describe.landscape.reverseTie':
    'D(Q‖P) 关于 Q 的均值 μ 和宽度 σ 的热图，值越小颜色越深：有两个同样低的极小值，分别在 μ = {rmu}，σ = {rsigma} 和 μ = {otherMu}，σ = {otherSigma}（D(Q‖P) = {kl}）。正向拟合标在 μ = {fmu}，σ = {fsigma} 处。',
  'fits.describe.landscape.forward':
    'D(P‖Q) 关于 Q 的均值 μ 和宽度 σ 的热图，值越小颜色越深：只有一个山谷，最低点在正向拟合处，μ = {fmu}，σ = {fsigma}（D(P‖Q) = {kl}）。反向拟合标在 μ = {rmu}，σ = {rsigma} 处。',
  'fits.describe.landscape.off':
    '热图已关闭；正向拟合标在 μ = {fmu}，σ = {fsigma} 处，反向拟合标在 μ = {rmu}，σ = {rsigma} 处。',
  'fits.announce.seeking':
    '寻找众数：反向拟合 N({rmu}, {rsigma}²) 停在 {mode} 处的众数上；正向拟合 N({fmu}, {fsigma}²) 铺开覆盖两者。',
  'fits.announce.covering': '一个高斯分布覆盖了两个众数：正向拟合 N({fmu}, {fsigma}²)，反向拟合 N({rmu}, {rsigma}²)。',
  'fits.announce.differ': '两种拟合不同：正向拟合 N({fmu}, {fsigma}²)，反向拟合 N({rmu}, {rsigma}²)。',

  // 自测。
  'fits.check.question': 'P 有两个相距很远的众数。最小化反向 KL D(Q‖P) 的高斯分布 Q 会覆盖这两个众数吗？',
  'fits.check.cover': '会：它伸展开来覆盖两个众数',
  'fits.check.coverFeedback':
    '那是正向拟合，它必须在 P 有质量的任何地方都放上质量。众数在 {m1} 和 {m2}、宽度都为 {width} 时，正向拟合是 N({fmu}, {fsigma}²)，而反向拟合只是 N({rmu}, {rsigma}²)。',
  'fits.check.pick': '不会：它停在一个众数上，忽略另一个',
  'fits.check.pickFeedback':
    'D(Q‖P) 用 Q 对 log(Q/P) 加权，所以 Q 只要在 P 几乎为 0 的中间空隙里放任何质量，都要付出高昂的代价。反向拟合 N({rmu}, {rsigma}²) 停在一个众数上，D(Q‖P) = {kl}；覆盖两者的高斯分布 N({fmu}, {fsigma}²) 则要付出 D(Q‖P) = {coverKl}。',
  'fits.check.middle': '它停在两个众数之间，位于 P 的均值处',
  'fits.check.middleFeedback':
    '两个众数之间 P 几乎没有质量，而这正是 D(Q‖P) 对 Q 惩罚最重的地方。反向拟合反而停在一个众数上，μ = {rmu}；只有正向拟合以 P 的均值为中心，μ = {fmu}。',
  'fits.check.show': '显示两个相距很远的众数',

  // 面板：损失。
  // 图表。
  'loss.class': '类别 {i}',
  'loss.logitsLabel': 'logit z（可拖动）',
  'loss.logitAxis': 'logit',
  'loss.predictionLabel': 'q̂ = softmax(z)',
  'loss.predictionAxis': '预测概率',
  'loss.trueLabel': 'P（真实标签频率）',
  'loss.sampleLabel': 'P̂（{n} 次抽样中的频率）',
  'loss.modelLabel': 'q̂（模型）',
  'loss.probabilityAxis': '概率',
  'loss.running': '前 n 次抽样的平均损失',
  'loss.limit': 'H(P, q̂)：它的极限',
  'loss.bestLine': 'H(P̂)：任何模型在这个样本上所能达到的最好结果',
  'loss.drawsAxis': '抽样次数 n（对数刻度）',
  'loss.lossAxis': '平均损失（单位：{units}）',
  'loss.logitsCanvas': '每个类别的 logit；拖动条形可改变它',
  'loss.predictionCanvas': '预测概率 q̂ = logit 的 softmax',
  'loss.mleCanvas': '真实标签频率 P（可拖动）、样本频率 P̂ 和模型 q̂',
  'loss.convergenceCanvas': '前 n 次抽样的平均损失，收敛到交叉熵 H(P, q̂)',
  'loss.logitBar': '类别 {i} 的 logit',
  'loss.pBar': '类别 {i} 的 P',

  // 控件。
  'loss.kControl': '类别数 K',
  'loss.classControl': '真实类别 k',
  'loss.nControl': '抽样次数 n',
  'loss.seedControl': '随机种子',
  'loss.actions': '样本：',
  'loss.newSample': '新样本',
  'loss.fit': '让 q̂ 拟合样本',
  'loss.fitTitle': '设置 logit，使 q̂ = P̂：这是该样本的最大似然模型',
  'loss.manyHeading': '多个样例：平均损失与最大似然',
  'loss.manyIntro':
    '从这里开始，q̂ 是一个固定的预测，对每个样例都一样，就像一个忽略输入的模型。只有在这种情况下，样本上的平均损失才是标签频率 P̂ 与 q̂ 之间的交叉熵 H(P̂, q̂)；真实分类器的 q̂ 随输入而变，它的平均损失是各个样例上这些交叉熵的平均值。',

  // 读数。
  'loss.prediction': 'q̂ = softmax(z) = {q}',
  'loss.loss': '真实类别 {k}：损失 −log q̂_{k} = −log {qk} = {loss}',
  'loss.gradient':
    '以 nats 计的损失梯度：∂loss/∂z = q̂ − onehot({k}) = {gradient} {units}（每单位 logit）。箭头表示梯度下降的一步使每个 logit 移动的方向：真实类别向上，其余每个类别向下。',
  'loss.gradient.bits':
    '以 bits 计的损失梯度：∂loss/∂z = (q̂ − onehot({k}))/ln 2 = {gradient} {units}（每单位 logit）。箭头表示梯度下降的一步使每个 logit 移动的方向：真实类别向上，其余每个类别向下。',
  'loss.sample': '从 P 中抽样 n = {n} 次（随机种子 {seed}）：P̂ = {empirical}',
  'loss.average': 'q̂ 在样本上的平均损失：H(P̂, q̂) = {sample}；随着 n 增大，它趋向 H(P, q̂) = {limit}。',
  'loss.best':
    '在这个样本上，没有任何模型的得分能低于 H(P̂) = {best}，而且只有 q̂ = P̂ 才能达到它：使平均交叉熵损失最小的模型就是最大似然模型。当前的 q̂ 比它高 {gap} {units}，即 D(P̂‖q̂)。',
  'loss.neverDrawn':
    '有的类别一次也没有被抽到，所以 P̂ 给它的概率为 0；softmax 永远不会恰好输出 0，所以有限的 logit 只能接近这个最小值。',

  // 图表描述和播报。
  'loss.describe.logits':
    '{count} 个类别的 logit：{logits}。真实类别 {k} 被突出显示；箭头表示梯度下降的一步，真实类别向上，其余类别向下。',
  'loss.describe.prediction': '预测概率 q̂ = {q}；真实类别 {k} 得到 {qk}。',
  'loss.describe.mle': '每个类别的条形：真实频率 P = {P}，{n} 次抽样中的频率 P̂ = {empirical}，以及模型 q̂ = {q}。',
  'loss.describe.convergence':
    '前 n 次抽样的平均损失在 n = {n} 处结束于 H(P̂, q̂) = {sample}；它的极限 H(P, q̂) = {limit} 以及任何模型在这个样本上所能达到的最好结果 H(P̂) = {best} 都画成了直线。',
  'loss.announce': '真实类别 {k}：损失 {loss}。样本上的平均损失 {sample}；最小可能值为 {best}。',

  // 自测。
  'loss.check.question': '你抽取了一个标签样本。哪个模型 q̂ 在这个样本上的平均损失 −log q̂ 最低？',
  'loss.check.true': '生成这些标签的分布 P',
  'loss.check.trueFeedback':
    '在许多样本上平均来看 P 最好，但在这个样本上不是：在 n = {n} 次抽样下，它的得分是 H(P̂, P) = {trueLoss}，即 H(P̂) = {best} 加上 D(P̂‖P) = {gap}。样本频率与 P 之间的任何差异都要付出额外代价。',
  'loss.check.trueFeedbackEqual':
    '在这个样本上确实如此：在 n = {n} 次抽样下，频率 P̂ 恰好等于 P，所以 P 就是样本自身的频率，得分为 H(P̂, P) = {trueLoss} = H(P̂) = {best}，这是最小可能值。抽一个新样本：P̂ 通常与 P 不同，这时 P 要多付出 D(P̂‖P)。',
  'loss.check.sample': '样本自身的频率 P̂',
  'loss.check.sampleFeedback':
    '平均损失是交叉熵 H(P̂, q̂) = H(P̂) + D(P̂‖q̂)，而 D(P̂‖q̂) 只在 q̂ = P̂ 时为 0。所以 P̂ 在这里的得分是 H(P̂) = {best}，比任何其他模型都低：它就是最大似然模型。',
  'loss.check.uniform': '均匀分布，它分散下注，不偏向任何类别',
  'loss.check.uniformFeedback':
    '分散下注是有代价的：均匀模型在每个样本上的得分都是 log {count} = {uniform}，高于样本自身频率的得分 H(P̂) = {best}。',
  'loss.check.uniformFeedbackEqual':
    '在这个样本上确实如此：样本频率 P̂ 恰好是均匀的，所以均匀模型就是 P̂ 本身，得分为 log {count} = {uniform} = H(P̂) = {best}，这是最小可能值。在大多数样本上 P̂ 并不均匀，这时分散下注就要付出额外代价。',
  'loss.check.show': '显示 q̂ = P̂',

  // 面板：VAE。
  // 图表。
  'vae.posterior': 'q = N(μ, σ²)：编码器的猜测',
  'vae.prior': 'p = N(0, 1)：先验',
  'vae.other': 'N(μ₂, σ₂²)：另一个正态分布',
  'vae.xAxis': 'z',
  'vae.yAxis': '密度',
  'vae.canvas': '潜在维度 1：编码器的 q、先验 N(0, 1)、真实后验以及另一个正态分布',

  // 控件。
  'vae.control.mu': '维度 1 上 q 的均值 μ₁',
  'vae.control.sigma': '维度 1 上 q 的宽度 σ₁',
  'vae.control.mu2': '另一个正态分布的均值 μ₂',
  'vae.control.sigma2': '另一个正态分布的宽度 σ₂',
  'vae.twoNormals': '任意两个正态分布之间',

  // 读数。
  'vae.formula': 'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total}',
  'vae.formula.bits':
    'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = {mean} {variance} {logVariance} {constant} = {total} = {bits}（各项使用自然对数，所以单位是 nats；除以 ln 2 即得 bits）',
  'vae.term.mean': '½μ² = {value}：把均值拉向 0',
  'vae.term.variance': '½σ² = {value}：惩罚过宽的后验',
  'vae.term.logVariance': '−½ ln σ² = {value}：惩罚过窄的后验（当 σ → 0 时无限增大）',
  'vae.term.constant': '−½ = {value}：使总和在 μ = 0、σ = 1 时恰好为 0',
  'vae.quadrature':
    '用数值积分计算 q log(q/p) 来核对：{value}，与闭式结果相差 {difference} {units}（估计误差 {error}，函数求值 {evaluations} 次）。',
  'vae.general.prior':
    '当第二个正态分布设为 N(0, 1)（先验）时，KL(q ‖ N(μ₂, σ₂²)) = {forward} 就是 VAE 中的那一项；另一个方向 KL(N(0, 1) ‖ q) = {backward} 则不同。',
  'vae.general.priorEqual':
    '当第二个正态分布设为 N(0, 1)（先验）时，KL(q ‖ N(μ₂, σ₂²)) = {forward} 就是 VAE 中的那一项；另一个方向 KL(N(0, 1) ‖ q) = {backward} 在这里与之相同（σ = 1 时两个方向都给出 ½μ²），但一般来说两者不同。',
  'vae.general.other': 'KL(q ‖ N({mu2}, {sigma2}²)) = {forward}；KL(N({mu2}, {sigma2}²) ‖ q) = {backward}。',
  'vae.entropy.negative':
    'q 的微分熵：½ log(2πeσ²) = {h}。它是负的，因为 σ 小于 1/√(2πe) ≈ {zeroWidth}：q 非常集中（它的密度峰值为 {peak}），以至于在它的大部分质量上 q(z) > 1，所以那里的 −log q(z) 为负，其平均值也为负。与离散熵不同，微分熵不是平均码长，可以小于 0；只有像 KL 这样的差值才保持原有的意义。',
  'vae.entropy.peak':
    'q 的微分熵：½ log(2πeσ²) = {h}。密度的峰值为 {peak}，大于 1，所以在中心附近 −log q(z) 为负；但在 q 上取平均后仍为正。只有当 σ 小于 1/√(2πe) ≈ {zeroWidth} 时，它才变为负值。',
  'vae.entropy.positive':
    'q 的微分熵：½ log(2πeσ²) = {h}。σ 每缩小为原来的 1/e，它就减少 {fall}；当 σ 小于 1/√(2πe) ≈ {zeroWidth} 时，它变为负值。',

  // 图表描述和播报。
  'vae.describe':
    '潜在维度 1：编码器的 q = N({mu}, {sigma}²)，对照先验 p = N(0, 1) 和真实后验 N({m1}, {s1}²)；KL 项 KL(q ‖ p) 为 {kl}。',
  'vae.describe.other':
    '潜在维度 1：编码器的 q = N({mu}, {sigma}²)，对照先验 p = N(0, 1)，KL(q ‖ p) = {kl}；真实后验为 N({m1}, {s1}²)；对照另一个正态分布 N({mu2}, {sigma2}²)，KL(q ‖ N({mu2}, {sigma2}²)) = {forward}。',
  'vae.announce': 'ELBO = {elbo}；差距 = {gap}；KL(q ‖ N(0, 1)) = {kl}',
  'vae.announce.other':
    'ELBO = {elbo}；差距 = {gap}；KL(q ‖ N(0, 1)) = {kl}；KL(q ‖ N({mu2}, {sigma2}²)) = {forward}；KL(N({mu2}, {sigma2}²) ‖ q) = {backward}',

  // 自测。
  'vae.check.question': 'VAE 的 KL 项 KL(q ‖ N(0, 1)) 从不为负。编码器输出哪个 q 时，它恰好为 0？',
  'vae.check.narrow': '非常窄的 q（σ 接近 0）：最有把握的编码',
  'vae.check.narrowFeedback':
    '窄的 q 受到的惩罚没有上限：在 σ = {narrow} 时，仅 −½ ln σ² 一项就贡献了 {narrowLog}，KL 为 {narrowKl}。先验会抑制过于自信的编码。',
  'vae.check.meanZero': '任何均值 μ = 0 的 q，无论宽度如何',
  'vae.check.meanZeroFeedback':
    '均值只是问题的一半：宽度项 ½σ² − ½ ln σ² − ½ 只有在 σ = 1 时加起来才为 0。μ = 0 但 σ = {wide} 时，KL 为 {wideKl}。',
  'vae.check.prior': '只有 q = N(0, 1)，即先验本身',
  'vae.check.priorFeedback':
    '在 μ = 0 和 σ = 1 时，四项分别为 ½μ² = {mean}、½σ² = {variance}、−½ ln σ² = {logVariance} 和 −½ = −{constant}：它们相互抵消，所以 KL = {zero}。这时 q 就是先验本身。',
  'vae.check.show': '显示 μ = 0，σ = 1',

  // 面板：信任域。
  // 图表。
  'trust.action': '动作 {i}',
  'trust.klCurve': 'E_s D(π_old ‖ π_α)：在各状态上的平均',
  'trust.budgetLine': '预算 δ = {delta} {units}',
  'trust.maxStepLine': 'δ 内的最大步长：α = {alpha}',
  'trust.maxStepLineBeyond': 'δ 内的最大步长：α = {alpha}，超出图表范围',
  'trust.dot': '你的步长 α',
  'trust.stepAxis': '步长 α',
  'trust.klAxis': 'KL（单位：{units}）',
  'trust.unclipped': '未裁剪的替代目标 Σ π_old·r·A',
  'trust.clipped': '裁剪后的替代目标（ε = {epsilon}）',
  'trust.penalized': '裁剪后的目标 − β·KL（β = {beta}）',
  'trust.surrogateAxis': '替代目标',
  'trust.piOldLabel': 'π_old（可拖动）',
  'trust.piNewLabel': 'α = {alpha} 时的 π_α',
  'trust.probabilityAxis': '概率',
  'trust.advantageLabel': '优势 A（可拖动）',
  'trust.advantageAxis': '优势',
  'trust.policyCanvas': '各动作上的旧策略（可拖动）和更新后的策略',
  'trust.advantageCanvas': '每个动作的优势；拖动条形可改变它',
  'trust.klCanvas':
    '更新在各状态上的期望 KL 散度随步长的变化，以及预算、允许的最大步长和所选状态自身的 KL；拖动圆点可改变 α',
  'trust.ppoCanvas': 'PPO 替代目标随步长的变化',
  'trust.piOldBar': '动作 {i} 的 π_old',
  'trust.advantageBar': '动作 {i} 的优势',

  // 控件。
  'trust.control.alpha': '步长 α',
  'trust.control.delta': 'KL 预算 δ（单位：nats）',
  'trust.control.epsilon': 'PPO 裁剪参数 ε',
  'trust.control.beta': 'KL 惩罚系数 β',
  'trust.control.n': '估计量所用的抽样次数',
  'trust.control.seed': '随机种子',
  'trust.ppoHeading': 'PPO：用裁剪代替硬性预算',
  'trust.estimatorsHeading': '从样本估计 KL',

  // 读数。
  'trust.step.inside': '在 α = {alpha} 时：E_s D(π_old ‖ π_α) = {kl}，在预算 δ = {delta} 之内。',
  'trust.step.outside': '在 α = {alpha} 时：E_s D(π_old ‖ π_α) = {kl}，超出了预算 δ = {delta}。',
  'trust.budget':
    'TRPO 的信任域允许的步长最大到 α = {alpha}，此时期望 KL 达到 δ。TRPO 用线搜索找到这一步：它沿着更新方向尝试不同的步长，保留满足约束的最大步长。',
  'trust.budget.never':
    '在每个状态中，π_old 可能采取的每个动作都有相同的优势，所以更新让 π_old 保持不变：对每个 α 都有 E_s D = 0，任何一步都不会超出预算。',
  'trust.ppo':
    '一旦某个优势为正的动作的概率比 r = π_α/π_old 超过 1 + ε = {upper}（或某个优势为负的动作的概率比低于 1 − ε = {lower}），裁剪后的目标就不再奖励更大的步长：这是 PPO 对信任域的软性版本。',
  'trust.ppo.penalty': '随着策略逐渐远离，KL 惩罚把目标向下压弯。',
  'trust.estimators':
    '从 π_old 中抽样 {n} 次（随机种子 {seed}）：k1 = −log r 的平均值为 {k1} ± {k1Error}，k3 = (r − 1) − log r 的平均值为 {k3} ± {k3Error}；精确的 KL 为 {exact}。两者都是无偏的；k3 从不为负，而且通常离散程度更小。',
  'trust.estimators.bits':
    '从 π_old 中抽样 {n} 次（随机种子 {seed}）：k1 = −log₂ r 的平均值为 {k1} ± {k1Error}，k3 = ((r − 1) − ln r)/ln 2 的平均值为 {k3} ± {k3Error}（单位：bits）；精确的 KL 为 {exact}。两者都是无偏的；k3 从不为负，而且通常离散程度更小。',
  'trust.policy': '状态 {s}：π_α = {policy}',

  // 图表描述。
  'trust.describe.policy':
    '状态 {s}，每个动作的条形：旧策略 π_old = {piOld}，以及 α = {alpha} 时更新后的策略 π_α = {piNew}。',
  'trust.describe.advantage':
    '状态 {s}，各动作的优势：{advantages}。更新把概率移向优势高于 π_old 下平均值的动作，并从其他动作移走；只有优势之间的差值才起作用，随着 α 增大，质量集中到最好的动作上。',
  'trust.describe.kl':
    '期望 KL E_s D(π_old ‖ π_α) 从 α = 0 处的 0 开始上升，在 α = {maxStep} 处达到预算 δ = {delta}。你的步长 α = {alpha} 对应 E_s D = {kl}，{position}。点线表示所选状态自身的 KL。',
  'trust.describe.klNever':
    '在每个状态中，π_old 可能采取的每个动作都有相同的优势，所以对每个步长，E_s D(π_old ‖ π_α) 都保持为 0，低于预算 δ = {delta}。你的步长 α = {alpha} 对应 E_s D = {kl}，{position}。',
  'trust.describe.inside': '在预算之内',
  'trust.describe.outside': '超出了预算',
  'trust.describe.ppo':
    '步长 α 最大到 {max} 时的替代目标：未裁剪的目标在 α = {max} 处达到 {unclipped}；裁剪后的目标（ε = {epsilon}）在 α = {clippedAt} 处最高，为 {clipped}。',
  'trust.describe.ppoFlat':
    '步长 α 最大到 {max} 时的替代目标：未裁剪的目标在 α = {max} 处达到 {unclipped}；裁剪后的目标（ε = {epsilon}）对每个步长都保持为 {clipped}。',
  'trust.describe.ppoPenalty': '加上 KL 惩罚（β = {beta}）后，最高值为 {penalized}，在 α = {penalizedAt} 处。',

  // 自测。
  'trust.check.question': '当步长 α 从 0 开始增大时，期望 KL E_s D(π_old ‖ π_α) 会怎样变化？',
  'trust.check.same': '保持不变，无论步长多大',
  'trust.check.sameFeedback':
    '更新 π_α ∝ π_old·exp(α·A) 使 α 每增大一点，策略就移动得更远：按现在设置的策略和优势，α = {a} 时 E_s D = {small}，而 α = {b} 时为 {large}。',
  'trust.check.sameFeedbackFlat':
    '对于这个策略和这些优势，确实如此：π_old 可能采取的每个动作都有相同的优势，所以 exp(α·A) 对它们同等缩放，对每个 α，π_α 都等于 π_old。α = {a} 时 E_s D = {small}，α = {b} 时为 {large}。让各个优势不同，D 就会随 α 增大。',
  'trust.check.shrinks': '减小：更大的步长让 π_α 更接近 π_old',
  'trust.check.shrinksFeedback':
    '在 α = 0 时，π_α 就是 π_old 本身，D = 0，这是 KL 散度的最小可能值；从那里开始它只能增大。按现在设置的策略和优势，α = {a} 时 E_s D = {small}，α = {b} 时为 {large}。',
  'trust.check.shrinksFeedbackFlat':
    '在 α = 0 时，π_α 就是 π_old 本身，D = 0，这是 KL 散度的最小可能值，所以它不可能减小。对于这个策略和这些优势（π_old 可能采取的每个动作都有相同的优势），它也不会增大：α = {a} 时 E_s D = {small}，α = {b} 时为 {large}。',
  'trust.check.grows': '从 0 开始增大，所以 KL 预算 δ 限制了 α 能取多大',
  'trust.check.growsFeedback':
    '在 α = 0 时策略没有移动，D = 0；更大的步长让 π_α 离 π_old 更远（现在 α = {a} 时 E_s D = {small}，α = {b} 时为 {large}）。所以预算 δ = {delta} 允许的步长最大到 α = {maxStep}，不能再大：这就是 TRPO 的信任域。',
  'trust.check.growsFeedbackFlat':
    '通常如此，但这里不是：π_old 可能采取的每个动作都有相同的优势，所以更新让策略保持不变，D 在 α = {a} 时为 {small}，在 α = {b} 时仍为 {large}。永远不会达到任何预算 δ。让各个优势不同，就能看到 D 增大。',
  'trust.check.show': '显示 δ 内的最大步长',
  'trust.check.showBeyond': '显示图表上的最大步长（α = {alpha}）',

  // 面板：总结。
  'summary.caption': '三个量，针对分解面板中的 P 和 Q（单独显示此表时使用该面板的默认值）',
  'summary.column.quantity': '量',
  'summary.column.formula': '公式',
  'summary.column.meaning': '它度量什么',
  'summary.column.now': '当前值',
  'summary.row.entropy': '熵 H(P)',
  'summary.row.crossEntropy': '交叉熵 H(P, Q)',
  'summary.row.kl': 'KL 散度 D(P‖Q)',
  'summary.meaning.entropy': 'P 有多不确定：用为 P 设计的编码对来自 P 的抽样进行编码时，所能达到的最短平均码长。',
  'summary.meaning.crossEntropy': '编码是为模型 Q 设计的、而抽样来自 P 时的平均码长。',
  'summary.meaning.kl': '用 Q 而不是 P 来编码所浪费的额外长度；只有当 Q = P 时为 0。',
  'summary.identity':
    '交叉熵 = 熵 + KL：{cross} = {h} + {kl}。由于 H(P) 与 Q 无关，对 Q 最小化交叉熵就是最小化 KL；而在数据上，这就是最大似然。',
  'summary.identity.infinite': '这里 Q 漏掉了 P 可能产生的某个结果，所以 H(P, Q) = {h} + ∞ = ∞。',
  'summary.check.question': '与熵 H(P) 相比，交叉熵 H(P, Q) 总是……',
  'summary.check.smaller': '更小或相等：模型的代价不可能比真实分布更高',
  'summary.check.smallerFeedback':
    '那样的话 KL 散度就会是负的，而它从不为负：H(P, Q) − H(P) = D(P‖Q) ≥ 0。对于 P = {P} 和 Q = {Q}，H(P, Q) = {cross} 大于 H(P) = {h}。',
  'summary.check.either': '可能更大也可能更小，取决于 Q',
  'summary.check.eitherFeedback':
    'Q 只通过 KL 散度起作用，而 KL 散度从不为负：H(P, Q) = H(P) + D(P‖Q)，所以没有哪个模型能胜过直接用 P 本身来编码。对于 P = {P} 和 Q = {Q}：{cross} = {h} + {kl}。',
  'summary.check.larger': '至少一样大，且只有当 Q = P 时相等',
  'summary.check.largerFeedback':
    'H(P, Q) = H(P) + D(P‖Q)，而 KL 散度从不为负，且只有当 Q = P 时为 0。对于 P = {P} 和 Q = {Q}：{cross} = {h} + {kl}。',
  'summary.check.show': '显示相等的情形：Q = P',
};
