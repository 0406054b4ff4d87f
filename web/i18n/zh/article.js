// 面板周围文章的简体中文文本：学习目标、目录、各节之间的过渡句和
// “试一试”、术语表，以及关于数字如何计算的说明。
export default {
  // 学习目标。
  'page.objectives.heading': '你将学到什么',
  'page.objectives.intro': '学完本页后，你将能够：',
  'page.objectives.1':
    '把熵解释为你预期的惊奇度，并说明为什么它对均匀分布最大、对[[point-mass|点质量]]为 0（[惊奇度](#surprise)、[熵](#coin)、[熵的极值](#extremes)）；',
  'page.objectives.2':
    '推导 H(P, Q) = H(P) + D(P‖Q)，并说明每一项作为码长的含义（[分解](#decomposition)、[编码](#coding)）；',
  'page.objectives.3':
    '说明为什么 KL 散度不对称，以及为什么用正向 KL 拟合会覆盖每一个[[mode|众数]]（寻找均值），而用反向 KL 拟合只选其中一个（寻找众数）（[正向还是反向](#fits)）；',
  'page.objectives.4':
    '证明交叉熵损失 −log q̂ 就是数据上的最大似然，并找出 VAE 的 [[elbo|ELBO]] 中以及 TRPO 和 PPO 的信任域中的 KL（[损失](#loss)、[VAE](#vae)、[信任域](#trust)）。',

  // 目录。
  'page.toc.label': '目录',
  'page.toc.toggle': '目录',
  'page.toc.top': '目标与设置',
  'page.toc.glossary': '术语表',
  'page.toc.computed': '计算方法',
  'page.units.nats': 'nats',
  'page.units.bits': 'bits',

  // 术语表和关于计算的说明。
  'page.glossary.heading': '术语表',
  'page.glossary.intro':
    '本页在解释之前就用到的词。在正文中，每个词第一次出现时都是一个按钮：按下它，就能在原处读到这里给出的定义。',
  'page.computed.summary': '计算方法',
  'page.computed.body':
    '本页上的每个数字都由一些小型 C++ 函数（即计算内核）实时计算，这些函数编译为 WebAssembly，在你的浏览器中运行；JavaScript 只负责绘图和格式化。闭式结果（熵、交叉熵、离散分布之间的 KL，以及高斯分布的公式）在显示的位数内是精确的。其余的是近似值，每一个都会注明这一点，有误差估计的还会给出误差：蒙特卡洛（Monte-Carlo）估计（对随机抽样求平均）、数值积分（双峰的 P 与高斯分布 Q 之间的 KL，用数值求积计算）、线搜索（KL 预算所允许的最大步长）以及拟合曲线（反向 KL 拟合，从多个起点出发搜索得到）。',

  // 过渡句：每一节为什么接着上一节。
  'surprise.bridge': '本页的一切都建立在一个数之上：单个结果让你有多惊奇。',
  'coin.bridge': '一个结果有一个惊奇度；一个分布有许多结果。把它们的惊奇度平均，就得到描述整个分布的一个数。',
  'extremes.bridge': '硬币有两个结果。结果更多时，问题就变成：P 是什么形状时，平均惊奇度会尽可能小，或尽可能大？',
  'decomposition.bridge': '到目前为止，我们都知道真实的 P。实际中，我们用模型 Q 来预测，并为 Q 出错的每一处付出代价。',
  'coding.bridge':
    '分解一节把 D(P‖Q) 称为相信 Q 的额外代价。用二进制位来计数，这个代价就很具体：在理想码长下，用为 Q 设计的编码发送的每个符号，平均比用为 P 设计的编码多花 D(P‖Q) bits。',
  'fits.bridge':
    'D(P‖Q) 度量的是 P 为真时使用 Q 的代价。把两者交换，这个数就会改变；一旦 Q 是通过最小化某个 KL 选出来的，这一点就很重要。',
  'loss.bridge': '机器学习每天都在最小化这些量。最常见的情形是：用交叉熵损失训练的分类器。',
  'vae.bridge':
    '分类器比较的是标签上的分布。VAE 比较的是隐藏编码上的分布，而拟合一节中的反向 KL 会作为惩罚项再次出现。',
  'trust.bridge': 'KL 还可以用作一把尺子，衡量模型移动了多远。强化学习用它来让每次更新都保持很小。',
  'summary.bridge': '每一节都度量了同一个三角形的一条边。这里把它的三个量放在一起。',

  // 首先要试的一件事。
  'surprise.try': '**试一试：**把点向下拖向 p = 0，观察惊奇度无限增大。',
  'coin.try': '**试一试：**找到使熵最大的 p，然后把 p 移到 0 或 1。',
  'extremes.try': '**试一试：**把温度从最小值拖到最大值，观察 H(P) 从 0 上升到 log N。',
  'decomposition.try': '**试一试：**让 Q 等于 P，观察条形中的 KL 部分缩小到 0。',
  'summary.try': '**试一试：**在分解一节中改变 P 或 Q；这张表会随之更新。',

  // 第 9 节的正文。
  'summary.intro':
    '三个量构成一个三角形。**熵** H(P) 是结果来自 P 时你无法避免的惊奇度：即 P 的最优编码的长度。**交叉熵** H(P, Q) 是你用 Q 来预测时实际付出的惊奇度：即为 Q 设计的编码的长度。**KL 散度** D(P‖Q) 是两者之差，即相信 Q 的代价。它从不为负，只有当 Q = P 时为 0，所以 H(P, Q) ≥ H(P)。',
  'summary.connect':
    '各节绕着这个三角形走了一圈。惊奇度和熵给出第一个顶点；分解一节引入 Q，把交叉熵拆成另外两个量；编码一节把三者都解读为码长：P 自己的编码所用的 bits、Q 的编码所用的 bits，以及两者之间浪费的 bits。拟合一节表明，D(P‖Q) 和 D(Q‖P) 是两个不同的问题。损失一节对模型最小化 H(P, Q)；由于 H(P) 由数据固定，这与最小化 KL 是一回事；VAE 和信任域两节则直接使用 KL 本身，分别把它当作惩罚项和限速。',

  // 术语表：名称和简短定义。
  'glossary.nat.name': 'nat（奈特）',
  'glossary.nat': '用自然对数计量的信息单位；1 nat ≈ 1.443 bits。',
  'glossary.bit.name': 'bit（比特）',
  'glossary.bit': '用以 2 为底的对数计量的信息单位；即一次公平抛硬币的惊奇度，1 bit = ln 2 ≈ 0.693 nats。',
  'glossary.point-mass.name': '点质量',
  'glossary.point-mass': '把全部概率放在一个结果上的分布，因此没有任何不确定性。',
  'glossary.mode.name': '众数',
  'glossary.mode': '分布的一个峰，即其密度局部最高的地方。',
  'glossary.one-hot.name': '独热（one-hot）',
  'glossary.one-hot': '在一个类别上概率为 1、在其他所有类别上为 0 的分布（或向量），已知的标签就是这样。',
  'glossary.policy.name': '策略',
  'glossary.policy': '在强化学习中，智能体在某个状态下选择每个动作的概率。',
  'glossary.advantage.name': '优势（优势函数）',
  'glossary.advantage': '某个动作的表现比策略在该状态下的平均表现好多少；为正表示比平常更好。',
  'glossary.surrogate.name': '替代（目标）',
  'glossary.surrogate': '真实目标的替身，可以从旧经验中计算出来；只有在旧策略附近才可信。',
  'glossary.unbiased.name': '无偏',
  'glossary.unbiased': '如果一个估计在多次重复上的平均值等于真实值，它就是无偏的。',
  'glossary.line-search.name': '线搜索',
  'glossary.line-search': '确定沿一个固定方向走多远；这里是找出 KL 仍在预算之内的最大步长。',
  'glossary.encoder.name': '编码器',
  'glossary.encoder': 'VAE 中把输入 x 映射为潜在编码上的分布 q(z|x) 的网络。',
  'glossary.latent.name': '潜在（编码）',
  'glossary.latent': '数据中观测不到的隐藏变量 z，模型用它来描述数据。',
  'glossary.prior.name': '先验',
  'glossary.prior': '模型在看到数据之前所假设的分布；在 VAE 中，即编码的 N(0, 1)。',
  'glossary.posterior.name': '后验',
  'glossary.posterior': '看到数据之后的分布，这里是给定输入 x 时编码 z 上的分布；VAE 的编码器近似的就是它。',
  'glossary.elbo.name': '证据下界（ELBO）',
  'glossary.elbo': 'VAE 的目标：输入的期望对数似然减去编码器相对于先验的 KL；它是 log p(x) 的一个下界。',
};
