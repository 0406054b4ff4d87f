// “ml”的简体中文文本：VAE 面板的 ELBO，损失、VAE 和信任域面板的
// “先预测”问题，以及它们的展开说明。
export default {
  // 面板：VAE，ELBO。
  'vae.try': '先试试这个：把 q 的宽度 σ₁ 拖向 0，观察重构项和 KL 项把 ELBO 往相反的方向拉；然后按“显示最佳 q”。',
  'vae.words':
    '这里用到的术语。潜在编码 z 是模型用来解释数据 x 的隐藏变量（这里是两个数 z₁ 和 z₂）。先验 p(z) = N(0, I) 描述看到 x 之前编码的样子。解码器 p(x | z) = N(x; z, s²) 说明对于编码 z，x 出现的可能性有多大。后验 p(z | x) 描述看到 x 之后编码应有的样子。编码器 q(z | x) = N(μ, σ²) 是网络对这个后验的猜测。ELBO（证据下界）等于重构项 − KL(q ‖ p(z))，它是 log p(x) 的一个下界，VAE 要最大化的就是它。',
  'vae.truePosterior': 'p(z | x)：真实后验',
  'vae.dim1': '潜在维度 1（图中画出的那个）',
  'vae.dim2': '潜在维度 2',
  'vae.control.muB': '维度 2 上 q 的均值 μ₂',
  'vae.control.sigmaB': '维度 2 上 q 的宽度 σ₂',
  'vae.control.x1': '数据点，坐标 x₁',
  'vae.control.x2': '数据点，坐标 x₂',
  'vae.control.noise': '解码器噪声 s',
  'vae.actions': '编码器',
  'vae.best': '显示最佳 q',
  'vae.bestTitle': '在两个维度上都把 q 设为真实后验：差距随之消失',
  'vae.moreSettings': '更多设置：数据点和解码器',
  'vae.klHeading': '维度 1 的 KL 项，逐项来看',
  'vae.howComputed': '计算方法',
  'vae.howComputedText':
    '本面板上的每个数字都来自闭式表达式，由编译为 WebAssembly 的 C++ 代码计算：模型是线性高斯模型，所以重构项、KL、log p(x) 和差距都不需要抽样。维度 1 的 KL 还用自适应数值积分做了独立核对：',
  'vae.elbo.terms':
    'ELBO = 重构项 − KL = {reconstruction} − {kl} = {elbo}。重构项 E_q[log p(x | z)] 奖励能解释 x 的编码；KL 项把 q 拉向先验 N(0, I)。',
  'vae.elbo.bound':
    'log p(x) = {evidence} = ELBO {elbo} + 差距 {gap}：ELBO 始终低于 log p(x)，而差距就是 KL(q ‖ p(z | x))，即编码器离真实后验有多远。',
  'vae.elbo.closed':
    'log p(x) = {evidence} = ELBO {elbo} + 差距 {gap}：q 就是真实后验，所以差距 KL(q ‖ p(z | x)) 已经消失，这个下界是紧的。',
  'vae.elbo.dimensions': 'KL 在各潜在维度上相加：{kl1}（维度 1）+ {kl2}（维度 2）= {kl}。',
  'vae.elbo.posterior':
    '数据点为 x = ({x1}, {x2})，解码器噪声 s = {s}。每个维度上的真实后验为 N(x/(1 + s²), s²/(1 + s²))：即 N({m1}, {s1}²) 和 N({m2}, {s2}²)。',

  // 先预测：VAE。
  'vae.predict.question': '在查看各项之前：当 q 的宽度 σ 缩小到 0 时，KL(q ‖ N(0, 1)) 的哪一项会无限增大？',
  'vae.predict.mean': '½μ²，均值项',
  'vae.predict.variance': '½σ²，方差项',
  'vae.predict.logVariance': '−½ ln σ²，对数方差项',
  'vae.predict.right':
    '正确。在 σ = {narrow} 和你的 μ 下，−½ ln σ² = {logVariance}，而 ½σ² = {variance} 几乎消失了，½μ² = {mean} 则完全不依赖于 σ。过于自信的编码代价没有上限。',
  'vae.predict.wrong':
    '不是这一项。在 σ = {narrow} 和你的 μ 下，你选的那一项为 {picked}，它保持有界。会无限增大的是 −½ ln σ² = {logVariance}：窄的 q 受到的惩罚没有上限。',

  // 面板：损失。
  'loss.try': '先试试这个：上下拖动真实类别的 logit，观察它的概率 q̂ₖ 和损失 −log q̂ₖ 朝相反的方向变化。',
  'loss.words':
    '这里用到的术语。独热目标把全部概率放在真实类别上，其他每个类别都为 0，所以交叉熵只剩下一项。如果一个估计在许多样本上的平均值等于它所估计的量，它就是无偏的：从 P 中抽取的样本上的平均损失，是 H(P, q̂) 的无偏估计。',
  'loss.temperatureControl': '温度 T：logit 除以 T',
  'loss.temperature.one':
    '在 T = {T} 时，logit 按原样使用：softmax(z/T) = q̂ = {qT}，熵 H = {hT}，损失为 {loss}。移动 T，让每个 logit 都除以它：这就是第 3 节中的温度路径，因为 softmax(z/T) ∝ q̂^(1/T)。',
  'loss.temperature.hot':
    'logit 除以 T = {T} 得到 softmax(z/T) = {qT}：q̂ 经温度调节变为 q̂^(1/T)，和第 3 节一样。T 大于 1 时它更平坦：H = {hT}，而 T = 1 时为 {h1}。真实类别 {k} 得到 {qk}，损失为 {loss}。',
  'loss.temperature.cold':
    'logit 除以 T = {T} 得到 softmax(z/T) = {qT}：q̂ 经温度调节变为 q̂^(1/T)，和第 3 节一样。T 小于 1 时它更尖锐：H = {hT}，而 T = 1 时为 {h1}。真实类别 {k} 得到 {qk}，损失为 {loss}。',
  'loss.moreSettings': '更多设置：样本大小和随机种子',

  // 先预测：损失。
  'loss.predict.question':
    '模型给真实类别 {k} 的概率是 q̂ₖ = {qk}。在读数显示之前：损失 −log q̂ₖ 是多少（单位：{units}）？',
  'loss.predict.label': '你的损失（单位：{units}）',
  'loss.predict.right': '正确：−log {qk} = {loss}（也就是 {other}）。你的猜测 {guess} 与它相差不到 5%。',
  'loss.predict.high':
    '太高了：你的猜测 {guess} 大于 −log {qk} = {loss}（也就是 {other}）。这么大的损失需要更小的 q̂ₖ。',
  'loss.predict.low':
    '太低了：你的猜测 {guess} 小于 −log {qk} = {loss}（也就是 {other}）。只有 q̂ₖ = 1 时损失才为 0；任何更小的概率代价都更高。',

  // 面板：信任域，涉及多个状态，作为引导任务。
  'trust.try': '先试试这个：在第 2 步中，拖动 KL 图上的圆点，直到期望 KL 刚好碰到预算线。',
  'trust.words':
    '这里用到的术语。策略 π(a | s) 在状态 s 下给每个动作 a 一个概率。优势 A(s, a) 表示动作 a 的表现比策略在 s 中的平均表现好多少。这里的更新 π_α ∝ π_old·exp(α·A) 把概率移向优势更高的动作，步长 α 越大，移动得越多。替代目标是 TRPO 用来代替真实回报进行最大化的目标：E_s E_(a∼π_old)[r·A]，其中 r = π_α/π_old，这是根据 π_old 已经采取过的动作计算出的估计。线搜索沿着更新方向尝试不同的步长，直到找到满足约束的那一个。',
  'trust.control.state': '显示的状态',
  'trust.stateOption': '状态 {s}（访问占比 {rho}）',
  'trust.klCurveState': '仅状态 {s} 中的 D',
  'trust.task.pick':
    '选择一个状态。每个状态 s 都有自己的旧策略 π_old(· | s) 和自己的优势；拖动条形或使用方向键来改变它们。',
  'trust.task.budget':
    '移动步长 α，直到期望 KL 达到预算 δ。TRPO 的约束是在旧策略访问的状态上取平均：E_s D(π_old(· | s) ‖ π_α(· | s)) ≤ δ。',
  'trust.task.ppo':
    '与 PPO 的裁剪做个比较（针对你选择的状态）：PPO 不用硬性预算，而是对超出 1 ± ε 的比率 r 不再给予奖励。',
  'trust.moreSettings': '更多设置：KL 惩罚，以及从样本估计 KL',
  'trust.states':
    '在 α = {alpha} 时，逐个状态来看：状态 1（访问占比 {rho1}）D = {kl1}，份额 {share1}；状态 2（访问占比 {rho2}）D = {kl2}，份额 {share2}；状态 3（访问占比 {rho3}）D = {kl3}，份额 {share3}。各份额加起来就是期望 E_s D = {total}。',
  'trust.importance.inside':
    '比率 r = π_α/π_old 就是重要性权重：替代目标 E_s E_(a∼π_old)[r·A] = {surrogate}（在 α = 0 时为 {old}）是根据 π_old 采取的动作来估计的，每个动作按 r 重新加权。在预算之内，权重保持在 1 附近：最大的为 {maxRatio}，E[r²] = {second}，所以一批 n 个样本大约相当于 n 的 {share}。较小的 KL 让估计保持可信。',
  'trust.importance.outside':
    '比率 r = π_α/π_old 就是重要性权重：替代目标 E_s E_(a∼π_old)[r·A] = {surrogate}（在 α = 0 时为 {old}）是根据 π_old 采取的动作来估计的，每个动作按 r 重新加权。在预算之外，权重变得分散：最大的为 {maxRatio}，E[r²] = {second}，所以一批 n 个样本只相当于大约 n 的 {share}。远离 π_old 时，少数权重很大的样本决定了估计，其方差急剧增大：这正是 KL 预算要防止的。',

  // 先预测：信任域。
  'trust.predict.question': 'TRPO 的最大步长位于期望 KL 达到预算 δ 的地方。如果把预算减半，最大步长会怎样？',
  'trust.predict.half': '也减半',
  'trust.predict.root': '缩小为原来的约 1/√2（约 0.71 倍）',
  'trust.predict.same': '保持不变',
  'trust.predict.right':
    '正确。δ = {delta} 时，最大步长为 α = {full}；δ/2 = {half} 时，为 α = {halfStep}。在 α = 0 附近，KL 随步长的平方增长（约为 ½α²·Var(A)），所以一半的预算大约允许原来 1/√2 的步长。',
  'trust.predict.wrong':
    '不完全对。δ = {delta} 时，最大步长为 α = {full}；δ/2 = {half} 时，为 α = {halfStep}。在 α = 0 附近，KL 随步长的平方增长（约为 ½α²·Var(A)），而不是与步长成正比，所以一半的预算大约允许原来 1/√2 的步长。',
  'trust.predict.other.right':
    '对这些策略来说，答对了。δ = {delta} 时，最大步长为 α = {full}；δ/2 = {half} 时，为 α = {halfStep}。对于小步长，KL 随步长的平方增长，这会给出 √2 的因子；这些策略离那个范围足够远，所以因子有所不同。',
  'trust.predict.other.wrong':
    '对这些策略来说，不对。δ = {delta} 时，最大步长为 α = {full}；δ/2 = {half} 时，为 α = {halfStep}。对于小步长，KL 随步长的平方增长，这会给出 √2 的因子；这些策略离那个范围足够远，所以因子有所不同。',
};
