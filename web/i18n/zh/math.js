// 排版公式和逐步推导的简体中文文本（web/derivation.js、web/derivations/）。
export default {
  // 步进器。
  'derivation.previous': '上一步',
  'derivation.next': '下一步',
  'derivation.formula': '这一步的公式（左右滚动可查看完整公式）',
  'derivation.steps': '步骤',
  'derivation.stepOf': '第 {i} 步，共 {n} 步',
  'derivation.goTo': '第 {i} 步：{label}',
  'derivation.announce': '第 {i} 步，共 {n} 步：{label}。{text}',
  'derivation.live': '这些数字来自上方的面板：改变面板，它们就随之变化。',

  // 推导 1：H(P, Q) = H(P) + D(P‖Q)。
  'derivation.split.title': '逐步推导：为什么交叉熵能拆成熵加 KL',
  'derivation.split.1.label': '定义',
  'derivation.split.1':
    '从定义出发：交叉熵是结果来自 P 时你的平均惊奇度 −log Q_i。对于你的 P 和 Q，它等于 {ce}。（这里的 log 是自然对数，因为本页使用 nats。）',
  'derivation.split.1.bits':
    '从定义出发：交叉熵是结果来自 P 时你的平均惊奇度 −log Q_i。对于你的 P 和 Q，它等于 {ce}。（这里的 log 是以 2 为底的对数，因为本页使用 bits。）',
  'derivation.split.2.label': '乘以 1',
  'derivation.split.2':
    '把 Q_i 写成 P_i 乘以 Q_i/P_i。这相当于乘以 P_i/P_i = 1，什么也没有改变。（P_i = 0 的类别在求和中权重为 0，所以用不着这样做。）',
  'derivation.split.3.label': '乘积的对数',
  'derivation.split.3':
    '乘积的对数等于对数之和：log(P_i · Q_i/P_i) = log P_i + log(Q_i/P_i)，而 log(Q_i/P_i) = −log(P_i/Q_i)。',
  'derivation.split.4.label': '拆分求和',
  'derivation.split.4':
    '差的和等于和的差。第一部分是按 P 自身的概率计算的平均惊奇度；第二部分用每个结果实际发生的频繁程度对对数比 log(P_i/Q_i) 加权。',
  'derivation.split.5.label': '给各部分命名',
  'derivation.split.5':
    '第一部分是熵 H(P)，第二部分是 KL 散度 D(P‖Q)。从编码的角度看：为 Q 设计的编码在结果 i 上花费 −log Q_i，平均为 {ce}；为 P 本身设计的最优编码花费 H(P) = {h}，没有任何编码能做得更好；你因相信 Q 而多付的长度是 D(P‖Q) = {kl}。',
  'derivation.split.5.infinite':
    '第一部分是熵 H(P) = {h}。但 Q 给类别 {i} 的概率为 0，而 P 给它 {p}：为 Q 设计的编码没有为一个确实会发生的结果准备码字，所以 H(P, Q) 和 D(P‖Q) 都是 {ce}。',

  // 推导 2：由 Jensen 不等式得 D(P‖Q) ≥ 0。
  'derivation.jensen.title': '逐步推导：为什么 KL 散度从不为负',
  'derivation.jensen.1.label': '把比值倒过来',
  'derivation.jensen.1':
    '只有 P_i > 0 的类别才起作用（0 · log 0 = 0）。把每个分数倒过来：log(P_i/Q_i) = −log(Q_i/P_i)。对于你的 P 和 Q，D(P‖Q) = {kl}。',
  'derivation.jensen.2.label': '对数的平均',
  'derivation.jensen.2':
    '记 x_i = Q_i/P_i。权重 P_i 加起来为 1，所以 −D(P‖Q) 是高度 log x_i 的加权平均：在图中，每个类别是对数曲线上的一个点 (x_i, log x_i)，P_i 越大，点画得越大。它们的加权平均高度为 {meanLog}，即 −D(P‖Q)，其中 D(P‖Q) = {kl}。',
  'derivation.jensen.2.infinite':
    '记 x_i = Q_i/P_i。权重 P_i 加起来为 1，所以 −D(P‖Q) 是高度 log x_i 的加权平均。这里有一个 P_i > 0 的类别的 Q_i = 0，所以它的 x_i 为 0，高度 log 0 为负无穷：平均高度为 {meanLog}，D(P‖Q) = {kl}。图中省略了这个点。',
  'derivation.jensen.3.label': 'Jensen 不等式',
  'derivation.jensen.3':
    '对数曲线是凹的：它向下弯曲，所以曲线上任意两点之间的弦都位于曲线下方。因此，曲线上各点的加权平均（菱形）位于曲线在平均 x 处的点（三角形）下方：对数的平均至多等于平均的对数。这里 {meanLog} ≤ {logMean}。',
  'derivation.jensen.4.label': '平均的 x',
  'derivation.jensen.4':
    '平均的 x 是 Σ P_i · Q_i/P_i：P_i 约掉了，剩下 Q 在 P_i > 0 的那些类别上的总概率，它至多为 1（这里为 {meanX}）。不大于 1 的数的对数至多为 0：{logMean}。',
  'derivation.jensen.5.label': '合起来',
  'derivation.jensen.5':
    '−D(P‖Q) 至多等于平均 x 的对数，而后者至多为 0。所以对任意 P 和 Q 都有 D(P‖Q) ≥ 0：这里 D(P‖Q) = {kl}。',
  'derivation.jensen.6.label': '什么时候为 0？',
  'derivation.jensen.6':
    '两个不等式都必须取等号。对数是严格凹的，所以只有当所有点都在同一个 x 上时，它们的平均才落在曲线上：对每个 i 都有 Q_i = c · P_i。而平均的 x 必须恰好为 1，所以 c = 1：Q = P。',
  'derivation.jensen.6.equal': '你的 Q 等于 P：每个点都在 x = 1、高度为 0 处，D(P‖Q) = {kl}。',
  'derivation.jensen.6.oneX':
    '你的所有点都在同一个 x = {x} 上，所以这里 Jensen 不等式取等号。但 Q 只把 {meanX} 的概率给了 P 为正的那些类别，所以平均的 x 小于 1，它的对数为 {logMean}，而 D(P‖Q) = {kl}，恰好是这个对数的相反数。',
  'derivation.jensen.6.apart':
    '你的点从 x = {low} 分布到 x = {high}，所以平均点落在曲线下方，D(P‖Q) = {kl} > 0。按上方条形图下面的“设 Q = P”，就能把所有点都放到 x = 1 处。',
  'derivation.jensen.chart.canvas': '对数曲线，每个类别一个点，点的大小由 P 决定，以及这些点的加权平均',
  'derivation.jensen.chart.curve': 'log x',
  'derivation.jensen.chart.points': '点 (Q_i/P_i, log Q_i/P_i)，大小 ∝ P_i',
  'derivation.jensen.chart.mean': '各点的加权平均',
  'derivation.jensen.chart.logMean': '曲线在平均 x 处的点',
  'derivation.jensen.chart.x': 'x = Q_i / P_i',
  'derivation.jensen.chart.y': 'log x（单位：{units}）',
  'derivation.jensen.chart.describe':
    '凹曲线 log x 上有 {count} 个点，P 为正的每个类别各一个。它们以 P 加权的平均位于 x = {meanX}，高度为 {meanLog}，低于曲线在该处的高度 {logMean}。',
  'derivation.jensen.chart.describeInfinite':
    '凹曲线 log x，以及 P 为正的 {count} 个类别的点；Q 为 0 的点位于负无穷处，被省略了，所以 D(P‖Q) = {kl}。',

  // 推导 3：样本上的交叉熵就是负对数似然。
  'derivation.likelihood.title': '逐步推导：为什么最小化交叉熵就是最大化似然',
  'derivation.likelihood.1.label': '平均损失',
  'derivation.likelihood.1':
    '取面板中的样本：从 P 中抽取的 n = {n} 个标签 x_1, …, x_n（随机种子 {seed}）。模型在标签 x_i 上的损失是 −log q̂(x_i)；逐次抽样计算出的样本平均损失为 {average}。',
  'derivation.likelihood.2.label': '乘积的对数',
  'derivation.likelihood.2':
    '对数之和等于乘积的对数，所以平均损失等于 −1/n 乘以似然 Π q̂(x_i) 的对数，而似然就是模型赋予整个样本的概率。这里对数似然为 {logLikelihood}（自然对数；似然本身太小，无法写出来）。',
  'derivation.likelihood.2.bits':
    '对数之和等于乘积的对数，所以平均损失等于 −1/n 乘以似然 Π q̂(x_i) 的对数，而似然就是模型赋予整个样本的概率。这里对数似然为 {logLikelihood}（以 2 为底的对数；似然本身太小，无法写出来）。',
  'derivation.likelihood.3.label': '合并相同的标签',
  'derivation.likelihood.3':
    '抽样的顺序无关紧要：被抽到 c_k 次的每个标签 k，会为乘积贡献 c_k 次因子 q̂_k。样本中的计数为 {counts}。',
  'derivation.likelihood.4.label': '频率',
  'derivation.likelihood.4':
    'c_k/n 是标签 k 在样本中出现的频繁程度，即它的频率 P̂_k：这里 P̂ = {empirical}。剩下的就是样本频率与模型之间的交叉熵 H(P̂, q̂) = {crossEntropy}，与平均损失 {average} 是同一个数。',
  'derivation.likelihood.5.label': '最小 = 最大',
  'derivation.likelihood.5':
    '乘以 −1/n 并取对数，把“更大”变成了“更小”，所以在样本上交叉熵最低的模型，就是似然最高的模型。由分解式，H(P̂, q̂) = H(P̂) + D(P̂‖q̂)：当 q̂ = P̂ 时它最低，为 H(P̂) = {best}。当前模型比这个最低值高 D(P̂‖q̂) = {gap}：{crossEntropy}。',
};
