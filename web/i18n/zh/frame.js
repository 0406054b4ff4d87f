// 框架、页面、面板标题和各节引言的简体中文文本。
export default {
  // 来自链接、属性和保存文件的值：列表与提示。
  'list.separator': ', ',
  'note.notNumber': '{field}：{value} 不是数字；改用默认值（{default}）。',
  'note.notWhole': '{field}：{value} 不是整数；改用默认值（{default}）。',
  'note.outside': '{field}：{value} 超出了 {range}；改用默认值（{default}）。',
  'note.count': '{field}：{value} 有 {count} 个值，而不是 {min} 到 {max} 个；改用默认值（{default}）。',
  'note.entry': '{field}：第 {index} 个值 {entry} 不是 {range} 内的数；改用默认值（{default}）。',
  'note.notDistribution': '{field}：{value} 不是一个总和为 1 的概率列表；改用默认值（{default}）。',
  'note.notChoice': '{field}：{value} 不是 {choices} 之一；改用默认值（{default}）。',
  'note.lengths': '列表 {fields} 的长度不同；改用它们的默认值。',
  'note.trueClass': 'trueClass 不是其中任何一个类别；{fields} 改用默认值。',
  'note.hide': 'hide：{value} 不是 {choices} 之一；已忽略。',

  // 控件。
  'control.exact': '{label}，精确值',
  'control.enter': '请输入 {min} 到 {max} 之间的{kind}。',
  'control.kind.number': '一个数',
  'control.kind.integer': '一个整数',
  'control.kind.probability': '一个概率',
  'control.kind.width': '一个宽度',
  'keyboard.bars': '条形图；左右方向键选择一个条形，上下方向键改变它的值',
  'keyboard.points': '图表；上下方向键选择一个点，左右方向键移动它',
  'keyboard.single': '图表；方向键改变数值',
  'keyboard.chosen': '{name}（已选中 {item}）',
  'keyboard.valuetext': '{label}：{value}',

  // 每个面板外围的框架。
  'units.legend': '单位',
  'units.nats': 'nats（自然对数）',
  'units.bits': 'bits（以 2 为底的对数）',
  'theme.legend': '主题',
  'theme.auto': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'language.legend': '语言',
  'share.summary': '分享与导出',
  'share.copyLink': '复制链接',
  'share.copyEmbed': '复制嵌入代码',
  'share.save': '保存状态',
  'share.load': '加载状态…',
  'share.chart': '图表“{name}”：',
  'share.png': 'PNG',
  'share.csv': 'CSV',
  'share.output': '待复制的文本',
  'share.what.link': '链接',
  'share.what.embed': '嵌入代码',
  'share.copied': '{what}已复制到剪贴板。',
  'share.copyManually': '请从下面的文本框中复制文本（此处无法使用剪贴板）。',
  'share.sandboxed': '此面板运行在沙盒框架中：外围的页面可能会阻止这里的下载（PNG、CSV、保存的状态）和剪贴板。',
  'share.openAlone': '在单独的页面中打开',
  'share.loaded': '状态已加载。',
  'share.loadedWithNotes': '状态已加载，另有上面的提示。',
  'share.loadFailed': '无法加载状态：{reason}',
  'share.embedIframe': '作为能自动调整大小的 iframe：',
  'share.embedElement': '或作为你网页中的一个元素：',
  'export.notJson': '该文件不是 JSON。',
  'export.noState': '该文件中没有 "state" 对象。',
  'export.otherPanel': '该文件保存的是“{other}”的状态，而不是本面板的状态。',
  'export.unreadable': '无法读取该文件。',
  'table.show': '数据表',
  'table.category': '类别',
  'table.series': '数据系列',
  'table.thinned': '“{series}”：其 {count} 个点中每 {step} 个取 1 个；CSV 文件包含全部点。',
  'check.summary': '自测',
  'check.right': '正确。',
  'check.notQuite': '不完全对。',
  'status.loading': '正在加载计算器…',
  'status.failed': '计算器无法启动：{reason}',
  'embed.needPanel': '此嵌入需要把 ?panel= 设为以下之一：{panels}。',
  'element.needPanel': '<info-widget> 需要把 panel= 设为以下之一：{panels}。',

  // 页面。
  'page.title': '惊奇度、熵、交叉熵与 KL 散度：交互演示',
  'page.heading': '惊奇度、熵、交叉熵与 KL 散度',
  'page.lede':
    '拖动点和条形，数字随之变化：本页上的每个值都会根据你的设置重新计算。大多数值在显示的位数内是精确的；少数是估计值，会注明这一点，[计算方法](#computed)一节说明了哪些精确、哪些是估计。',
  'page.footer.console':
    '亲手试试这些计算内核：打开浏览器控制台，输入 `infotheory.entropy([0.9, 0.1])` 或 `infotheory.klDivergence([0.5, 0.5], [0.9, 0.1], { units: "bits" })`。',
  'page.footer.downloads':
    '随身带走：[整个页面存为一个 HTML 文件](infotheory-widget.html)（可离线使用，放在哪里都能打开），或[整个网站的 zip 压缩包](infotheory-site.zip)。每个面板的“分享与导出”都提供指向其当前状态的链接，以及把它嵌入你自己网页的代码。',

  // 面板标题（嵌入时的标题、iframe 标题）。
  'surprise.title': '惊奇度：一个结果能告诉你多少',
  'extremes.title': '熵的极值',
  'decomposition.title': '交叉熵 = 熵 + KL 散度',
  'fits.title': '正向 KL 还是反向 KL：覆盖所有众数，还是只选一个',
  'loss.title': '交叉熵损失就是最大似然',
  'vae.title': '变分自编码器的 ELBO',
  'trust.title': '策略优化中的信任域',
  'summary.title': '熵、交叉熵与 KL 散度一览表',

  // 页面上的各节标题和引言。
  'surprise.heading': '惊奇度：一个结果能告诉你多少',
  'surprise.intro':
    '你预料之中的结果几乎不告诉你什么；你以为几乎不可能的结果则告诉你很多。信息论把这一点度量为概率为 p 的结果的**惊奇度**（也称自信息）$surprise$。使用自然对数时，单位是 [[nat|nat（奈特）]]；使用以 2 为底的对数时，单位是 [[bit|bit（比特）]]，且 1 bit = ln 2 ≈ 0.693 nats。',
  'coin.heading': '熵：你预期的惊奇度',
  'extremes.heading': '熵的极值',
  'extremes.intro':
    '有 N 个可能结果时，熵可以取 0 到 log N 之间的任何值。对于**点质量**分布（某一个结果是确定的），熵为 0；对于**均匀**分布（每个结果等可能），熵为 log N。拖动条形可以改变 P 的形状，也可以用温度让它变尖锐或变平坦：把 P 取 1/T 次幂再重新归一化，它就沿着一条路径移动，一端是点质量（T → 0），另一端是均匀分布（T → ∞）。',
  'decomposition.heading': '交叉熵 = 熵 + KL 散度',
  'decomposition.intro':
    '假设结果实际上来自 P，而你用模型 Q 来预测它们。这时你的平均惊奇度就是**交叉熵** $crossEntropy$。它分成两部分：熵 H(P)，这是任何模型都无法低于的部分；以及 **KL 散度** $kl$，即相信 Q 所付出的额外代价。拖动 P 和 Q 的条形（或在表格中输入数值），观察这一拆分。',
  'fits.heading': '正向 KL 还是反向 KL：覆盖所有众数，还是只选一个',
  'fits.intro':
    'KL 散度不是对称的；当简单的模型 Q 要代替复杂的 P 时，方向就很重要。这里 P 有两个峰，Q 是单个高斯分布。最小化**正向 KL** D(P‖Q) 会惩罚 Q 漏掉 P 有概率质量的任何地方，因此 Q 会伸展开来覆盖两个峰（覆盖质量，寻找均值）。最小化**反向 KL** D(Q‖P) 会惩罚 Q 把质量放在 P 几乎没有质量的地方，因此 Q 会停在其中一个峰上，即 P 的一个[[mode|众数]]（寻找众数）——这正是变分推断的行为，因为变分推断最小化的是反向 KL。',
  'loss.heading': '交叉熵损失就是最大似然',
  'loss.intro':
    '分类器用 softmax 把它的分数（logit）变成概率 q̂。当真实标签是类别 k 时，目标 P 是[[one-hot|独热]]分布（全部概率都在类别 k 上），交叉熵 H(P, q̂) 就简化为单独一项，即损失 $lossTerm$。在整个数据集上求和，这些损失就是标签的负对数似然，所以降低损失就是最大化似然。',
  'vae.heading': '变分自编码器的 ELBO',
  'vae.intro':
    'VAE 的[[encoder|编码器]]把每个输入 x 映射为[[latent|潜在编码]] z 上的一个高斯分布 $encoder$，作为对[[posterior|后验]]的近似。它的训练目标 [[elbo|ELBO]] 有两项：重构项，即从 q 中抽取的编码对 x 解释得有多好；减去 KL(q ‖ N(0, I))，它让编码靠近[[prior|先验]]。在这里的小模型中，每一项都是精确的，所以你可以看到 ELBO 始终低于 log p(x)，而当 q 成为真实后验时，两者之间的差距消失。这个 KL 有闭式表达式：均值贡献一项，宽度贡献两项，再加一个常数。',
  'trust.heading': '策略优化中的信任域',
  'trust.intro':
    '强化学习中的[[policy|策略]]通过把概率移向[[advantage|优势]]为正的动作来改进：这些动作的表现好于该策略的平均水平。如果在一批经验上走得太远，这一步所依据的估计就不再可信。TRPO 用一个在旧策略访问的状态上取平均的 KL 预算 $trustBudget$ 来限制每一步，并用[[line-search|线搜索]]找出预算内最大的一步；PPO 则在它的[[surrogate|替代目标]]中裁剪比率 π_new/π_old，还可以加上 KL 惩罚项。这个比率对旧经验重新加权，使估计保持[[unbiased|无偏]]，但 π_new 离 π_old 越远，估计的噪声就越大。',
  'summary.heading': '一张表中的三角关系',
};
