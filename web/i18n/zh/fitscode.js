// 编码面板，以及拟合面板的被积函数图和问题（工程师“fitscode”，第 13 项）。
export default {
  // 面板：编码。
  'coding.title': '熵即码长：用错编码所浪费的 bits',
  'coding.heading': '熵即码长：用错编码所浪费的 bits',
  'coding.intro':
    '通过一条只能传输 0 和 1 的线路发送符号 A、B、C 和 D。**编码**给每个符号分配一个码字；如果没有哪个码字是另一个码字的开头（即**前缀码**），一串二进制位不需要分隔符就能解码。概率为 q 的符号在理想情况下花费 −log₂ q 个二进制位，所以根据模型 Q 构造的编码给它分配 ⌈−log₂ q⌉ 个二进制位。符号实际上来自 P。用 P 自己的编码，每个符号平均约花费 H(P) bits；用 Q 的编码，约花费 H(P, Q) bits；两者之差 D(P‖Q) 就是相信 Q 在每个符号上浪费的量。',
  'coding.try': '试一试：把 Q 中 A 的条形向上拖向 P 的条形，观察 Q 的编码中 A 的码字变短，浪费量 D(P‖Q) 随之缩小。',
  'coding.P': 'P（每个符号被发送的频繁程度）',
  'coding.Q': 'Q（构造编码所依据的模型）',
  'coding.xAxis': '符号',
  'coding.yAxis': '概率',
  'coding.barsCanvas': 'P 和 Q 在符号 A 到 D 上的条形图；拖动条形可改变它',
  'coding.entry': '{symbol} 的 {which}',
  'coding.presets.Q': '模型 Q',
  'coding.presets.P': '信源 P',
  'coding.preset.uniform': '均匀',
  'coding.preset.copy': '设 Q = P',
  'coding.preset.reversed': 'P 倒过来',
  'coding.preset.dyadic': '½, ¼, ⅛, ⅛',
  'coding.ownCode':
    'P 自己的编码：平均每个符号 {avg} 个二进制位。理想值是 H(P) = {h} = {hb}；取整数位所多花的不到一位。',
  'coding.ownCode.bits': 'P 自己的编码：平均每个符号 {avg} 个二进制位。理想值是 H(P) = {h}；取整数位所多花的不到一位。',
  'coding.modelCode':
    'Q 的编码：对来自 P 的符号，平均每个符号 {avg} 个二进制位。理想值是 H(P, Q) = {ce} = {ceb}，即 −log₂ q 在 P 所发送符号上的平均值。',
  'coding.modelCode.bits':
    'Q 的编码：对来自 P 的符号，平均每个符号 {avg} 个二进制位。理想值是 H(P, Q) = {ce}，即 −log₂ q 在 P 所发送符号上的平均值。',
  'coding.modelCode.none':
    'Q 的编码中没有 {symbol} 的码字：Q 给它的概率为 0，而 P 却会发送它。来自 P 的消息并不都能发送出去，H(P, Q) = {ce}。',
  'coding.wasted': '相信 Q 在每个符号上浪费的量：D(P‖Q) = H(P, Q) − H(P) = {ce} − {h} = {kl}。',
  'coding.wasted.infinite': '相信 Q 在每个符号上浪费的量：D(P‖Q) = {kl}。',
  'coding.kraft':
    '两种编码都是前缀码。Kraft 和 Σ 2^(−码长) 在 P 的编码中为 {kp}，在 Q 的编码中为 {kq}：都不超过 1，每个前缀码都必须如此。',
  'coding.huffman':
    'Huffman 编码是 P 的最短前缀码，平均每个符号 {huffman} 个二进制位；相比之下，用 ⌈−log₂ p⌉ 位构造的编码平均为 {own} 个。',
  'coding.message': '从 P 中抽取的一条 {n} 个符号的消息：{symbols}',
  'coding.stream.P': '用 P 的编码，共 {n} 个二进制位：{bits}',
  'coding.stream.Q': '用 Q 的编码，共 {n} 个二进制位：{bits}',
  'coding.stream.none': 'Q 的编码无法发送这条消息：{symbol} 没有码字。',
  'coding.codeword': '{word}',
  'coding.codeword.long': '{start}…（{n} 位）',
  'coding.codeword.empty': '不需要（0 位）',
  'coding.codeword.none': '无（概率为 0）',
  'coding.note.noCode':
    '{which} 的总和比 1 略大，并且给某个符号的概率小于 2⁻²⁹，所以码长 ⌈−log₂ q⌉ 没有给前缀码留下空间：无法根据 {which} 构造编码。请重新设置它的各项。',
  'coding.describe.bars': '符号 A 到 D 上的条形。P = {P}，Q = {Q}。',
  'coding.table.caption': '两种编码，逐个符号列出（可在此输入 P 和 Q）',
  'coding.table.symbol': '符号',
  'coding.table.p': 'P',
  'coding.table.q': 'Q',
  'coding.table.ideal': '−log₂ q（理想位数）',
  'coding.table.codeQ': 'Q 的码字',
  'coding.table.codeP': 'P 的码字',
  'coding.table.invalid': '{entry} 必须是 0 到 1 之间的数；仍在使用原来的值。',
  'coding.messageButtons': '消息：',
  'coding.newMessage': '抽取一条新消息',
  'coding.how.summary': '计算方法',
  'coding.how.text':
    '每种编码都是 Shannon 编码：符号 i 得到 ⌈−log₂ q_i⌉ 个二进制位，码字按从短到长的顺序分配，每个码字是前一个码字加一。这种做法总是可行的，因为这些码长使 Kraft 和不超过 1。无论页面使用什么单位，码长都以二进制位计数；一个二进制位最多携带 1 bit 信息，而 1 bit = ln 2 nats ≈ 0.693 nats。消息由带种子的随机数生成器抽取，所以一个链接就能重现它。',
  'coding.check.question': '模型 Q 给某个符号的概率为 ⅛。在根据 Q 构造的编码中，它的码字占多少个二进制位？',
  'coding.check.three': '3',
  'coding.check.eight': '8',
  'coding.check.eighth': '⅛',
  'coding.check.threeFeedback': '正确：−log₂ ⅛ = {ideal}。每个二进制位把可能性减半，减半三次就得到八分之一。',
  'coding.check.eightFeedback':
    '不完全对：那相当于每个八分之一花一位。码长是 −log₂ ⅛ = {ideal}：减半三次就得到八分之一。',
  'coding.check.eighthFeedback': '不完全对：码长计的是位数，而码字不可能只有一位的几分之几。它是 −log₂ ⅛ = {ideal}。',
  'coding.check.show': '显示 Q = ½, ¼, ⅛, ⅛',
  'coding.predict.question': '先别看：用 Q 的编码，来自 P 的符号平均占多少个二进制位？（请使用码字表。）',
  'coding.predict.label': '每个符号的二进制位数',
  'coding.predict.right': '正确：Q 的编码平均每个符号用 {avg} 个二进制位；你的答案是 {guess}。',
  'coding.predict.low':
    'Q 的编码平均每个符号用 {avg} 个二进制位，比你的 {guess} 多：要按 P 发送每个符号的频繁程度，对相应码字的长度加权。',
  'coding.predict.high':
    'Q 的编码平均每个符号用 {avg} 个二进制位，比你的 {guess} 少：要按 P 发送每个符号的频繁程度，对相应码字的长度加权。',

  // 面板：拟合，被积函数图、问题和说明（第 13 项）。
  'fits.try':
    '试一试：把一个菱形拖离另一个。虚线表示的正向拟合伸展开来覆盖两个众数；点线表示的反向拟合则跳到其中一个上。',
  'fits.moreControls': '更多控件：各众数的宽度和权重',
  'fits.integrand.heading': '每个方向在哪里付出代价',
  'fits.integrand.forwardCurve': 'p·log(p/q)，正向拟合的 Q：面积 = D(P‖Q)',
  'fits.integrand.reverseCurve': 'q·log(q/p)，反向拟合的 Q：面积 = D(Q‖P)',
  'fits.integrand.yAxis': '被积函数（每单位 x 的 {units}）',
  'fits.integrandCanvas':
    '两个散度的被积函数沿 x 的变化，各自对应自己的拟合；零以上的部分用各自的颜色着色，零以下的部分用紫色着色',
  'fits.integrand.forward':
    '正向：p·log(p/q) 加起来为 D(P‖Q) = {kl}。它在 x = {x} 处付出最多（高度 {y}），那里 P 有质量而 Q 的质量太少；在 p ≈ 0 的地方，无论 Q 在那里怎样，它几乎都没有代价。',
  'fits.integrand.forwardFlat': '正向：p·log(p/q) 在这里是平的，它的面积为 D(P‖Q) = {kl}。',
  'fits.integrand.reverse':
    '反向：q·log(q/p) 加起来为 D(Q‖P) = {kl}。它在 x = {x} 处付出最多（高度 {y}），那里 Q 有质量而 P 的质量太少；在 q ≈ 0 的地方它没有代价，所以 P 的一整个众数都可能被完全忽略。',
  'fits.integrand.reverseFlat': '反向：q·log(q/p) 在这里是平的，它的面积为 D(Q‖P) = {kl}。',
  'fits.negative.forward':
    '正向被积函数在 x = {x} 处下降到 {y}，那里 q 大于 p：单个点可以对散度做负贡献，但总和 D(P‖Q) = {kl} 至少为 0。',
  'fits.negative.reverse':
    '反向被积函数在 x = {x} 处下降到 {y}，那里 p 大于 q：单个点可以对散度做负贡献，但总和 D(Q‖P) = {kl} 至少为 0。',
  'fits.asymmetry':
    '不是距离度量：对于同一对分布，即 P 和正向拟合的 Q，D(P‖Q) = {a}，而 D(Q‖P) = {b}。距离在两个方向上相同，并且满足三角不等式；KL 散度两条都不满足。',
  'fits.asymmetry.same':
    '对于 P 和正向拟合的 Q，这里 D(P‖Q) = {a} 与 D(Q‖P) = {b} 相等，但这只是形状上的巧合：一般来说两者不同，KL 散度不是距离度量。',
  'fits.zeroForcing':
    '反向 KL 是**零强制**的：在 p ≈ 0 的地方，任何 q > 0 都会让 q·log(q/p) 很大，所以反向拟合在那里保持 q ≈ 0，即使这会漏掉一个众数。正向 KL 是零避免的：在 p > 0 的地方，q ≈ 0 会让 p·log(p/q) 很大，所以正向拟合在 P 有质量的任何地方都保持 q > 0。',
  'fits.describe.integrands':
    '沿 x 的两条曲线：正向被积函数 p·log(p/q) 在 x = {fx} 处达到峰值，面积为 D(P‖Q) = {kl}；反向被积函数 q·log(q/p) 在 x = {rx} 处达到峰值，面积为 D(Q‖P) = {rkl}。',
  'fits.how.summary': '计算方法',
  'fits.how.text':
    '正向拟合有闭式解：Q 取 P 的均值和方差。反向拟合是 D(Q‖P) 的数值极小值，从多个起点出发搜索得到。两种拟合的散度都是数值积分，精度约为 10⁻¹⁴；被积函数曲线由 361 个点绘制。',
  'fits.predict.question':
    '先别看：反向拟合的曲线被隐藏了。它的中心会落在 x 轴上的哪里？把猜测标记拖到那里（或使用方向键）。',
  'fits.predict.label': '你对反向拟合中心的猜测',
  'fits.predict.right':
    '正确：反向拟合位于 μ = {mu}。宽度与它相同、中心在你的 x = {guess} 处的高斯分布，得分为 D(Q‖P) = {yours}，接近拟合的 {best}。',
  'fits.predict.wrong':
    '反向拟合位于 μ = {mu}。宽度与它相同、中心在你的 x = {guess} 处的高斯分布，得分为 D(Q‖P) = {yours}，远高于拟合的 {best}：它把质量放在了 P 很少的地方。',
  'fits.predict.rightTie':
    '正确：反向拟合停在一个众数上，位于 μ = {mu}，或者同样好地位于 μ = {other}。宽度与它相同、中心在你的 x = {guess} 处的高斯分布，得分为 D(Q‖P) = {yours}，接近拟合的 {best}。',
  'fits.predict.wrongTie':
    '反向拟合停在一个众数上，位于 μ = {mu}，或者同样好地位于 μ = {other}。宽度与它相同、中心在你的 x = {guess} 处的高斯分布，得分为 D(Q‖P) = {yours}，远高于拟合的 {best}：它把质量放在了 P 很少的地方。',
};
