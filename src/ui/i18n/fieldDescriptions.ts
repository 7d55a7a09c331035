import type { Locale } from '../../engine/index.ts';

/**
 * Chinese words for every description the scenario schema gives its fields (the engine states them
 * in English): the editor's help (ⓘ) shows them in the page's language. Keyed by the English, so
 * a changed description in the schema has no translation until one is written, and a test lists
 * every description of the schema and fails on one missing here.
 */
export const FIELD_DESCRIPTIONS_ZH: Readonly<Record<string, string>> = {
  'A scenario of the fund-chain simulator': '基金链模拟器的一个场景',
  'Address of this JSON Schema, for editors; ignored by the engine':
    '本 JSON Schema 的地址，供编辑器使用；引擎不读取',
  'Version of this scenario format; the engine reads only its own version':
    '场景格式的版本；引擎只读取本版本',
  'Identifier: lower-case letters, digits and hyphens, starting with a letter':
    '代码：由小写字母、数字和连字符组成，以字母开头',
  'Text in Simplified Chinese and English': '中英文文本',
  'Simplified Chinese text': '简体中文文本',
  'English text': '英文文本',
  'Sources of the parameter values': '参数取值的来源',
  'Source of one or more parameter values': '一个或多个参数取值的来源',
  'Dotted paths of the fields this source sets, e.g. "concession.angelStageShare"':
    '此来源设定的字段路径，例如“concession.angelStageShare”',
  'A file of shared/policy/, or a publication (as listed in CALIBRATION.md)':
    '政策文件，或校准依据中列出的公开资料',
  'Clause, table or page within the document': '文件中的条款、表格或页码',
  'The words of the source, in its language': '来源原文（原语言）',
  'The Monte Carlo run: trials, seed and horizon': '蒙特卡洛模拟：模拟次数、随机种子与模拟年限',
  'Number of Monte Carlo trials (simulated futures)': '蒙特卡洛模拟次数（模拟的未来情景数）',
  'Seed of every random stream; the same seed gives the same result bit for bit':
    '所有随机数序列的种子；种子相同，结果逐位相同',
  'Horizon of each trial in years, simulated in quarterly steps': '每次模拟的年限，按季度逐期模拟',
  'The economy: business cycle, loan prime rates and the public market':
    '宏观经济：经济周期、贷款市场报价利率（LPR）与公开市场',
  'The systematic factor Z_t ~ N(0,1), one draw a quarter':
    '系统性因子 Z_t ~ N(0,1)，每季度抽取一次',
  'AR(1) coefficient phi of the systematic factor Z_t (0 = independent quarters)':
    '系统性因子 Z_t 的 AR(1) 系数 φ（0 表示各季度相互独立）',
  'Effect of Z_t on log exit valuations (IPO and trade-sale multiples) per standard deviation':
    'Z_t 每变动一个标准差对退出估值（IPO 与并购倍数）对数的影响',
  'One-year Loan Prime Rate (LPR) path': '1 年期贷款市场报价利率（LPR）路径',
  'First quarter (0 = start of the simulation) at which this rate applies':
    '此利率开始适用的季度（0 为模拟开始）',
  'Annual rate from that quarter on': '自该季度起的年利率',
  'Five-year Loan Prime Rate (LPR) path': '5 年期贷款市场报价利率（LPR）路径',
  'Public equity index used for the Kaplan–Schoar public market equivalent (PME)':
    '用于 Kaplan–Schoar 公开市场等价（PME）的股票指数',
  'Expected annual total return of the public equity index': '股票指数的预期年化总收益率',
  'Annual volatility of the public equity index': '股票指数的年化波动率',
  'Correlation of the index return with the systematic factor Z_t':
    '指数收益率与系统性因子 Z_t 的相关系数',
  'Firms: arrivals, industries, stage hazards, rounds, exits, failures and screening':
    '企业：进入、行业、各阶段概率、融资轮次、退出、失败与筛选',
  'Poisson arrivals of concept-validation projects, angel-stage and early/mid-stage firms':
    '概念验证项目、天使期和早中期企业按泊松分布进入',
  'Mean of the Poisson number of new firms entering at this stage each quarter (with the other stages and the horizon, within the work budget of simulation: at most 250,000 expected arrivals a trial)':
    '每季度在此阶段新进入企业数（泊松分布）的均值；与其他阶段和模拟年限合计，每次模拟预计进入企业不超过 250,000 家',
  'Post-money valuation of a firm when it enters': '企业进入时的投后估值',
  'Median amount': '金额中位数',
  'Standard deviation of the natural logarithm': '自然对数的标准差',
  'Money raised in the round at entry, as a share of post-money valuation (at most 0.9)':
    '进入时一轮融资额占投后估值的比例（不超过 90%）',
  'Mean age of a firm when it enters (ages are exponential around it)':
    '企业进入时的平均企龄（企龄按指数分布）',
  'Share of arriving firms registered in the province (eligible for concession and 返投)':
    '新进入企业中在本省注册的比例（可享受让利、计入返投）',
  'Industries of arriving firms, drawn by weight': '新进入企业所属行业，按权重抽取',
  'Relative weight of this industry among arrivals': '此行业在新进入企业中的相对权重',
  'Multiplier on graduation and trade-sale hazards in this industry':
    '此行业晋级与并购退出概率的乘数',
  'Multiplier on failure hazards in this industry': '此行业失败概率的乘数',
  'Quarterly hazards by stage; graduation from GROWTH is an IPO':
    '各阶段的季度概率；成长期企业的晋级即上市（IPO）',
  'Quarterly probability of moving to the next stage (or of an IPO from GROWTH) at q = 0, for a firm that survives the quarter':
    '质量 q = 0 且当季存续的企业晋级到下一阶段（成长期企业为上市）的季度概率',
  'Quarterly probability of failure at q = 0, before the copula’s business-cycle effect':
    '质量 q = 0 的企业的季度失败概率（未计经济周期通过 copula 的影响）',
  'Quarterly probability of a trade sale at q = 0, for a firm that survives the quarter':
    '质量 q = 0 且当季存续的企业被并购退出的季度概率',
  'Log-hazard change of graduation per standard deviation of q':
    '质量 q 每高一个标准差，晋级概率对数的变化',
  'Log-hazard change of failure per standard deviation of q':
    '质量 q 每高一个标准差，失败概率对数的变化',
  'Log-hazard change of a trade sale per standard deviation of q':
    '质量 q 每高一个标准差，并购退出概率对数的变化',
  'Quarters a firm spends in this stage before it can graduate or be sold':
    '企业在此阶段至少停留的季度数，之后才可能晋级或被并购',
  'The financing round that comes with graduating out of this stage': '从此阶段晋级时的一轮融资',
  'Median ratio of the new round’s pre-money valuation to the last post-money':
    '新一轮投前估值与上一轮投后估值之比的中位数',
  'Standard deviation of the log step-up': '估值倍数对数的标准差',
  'Shift of the log step-up per standard deviation of quality q':
    '质量 q 每高一个标准差，估值倍数对数的变化',
  'New money as a share of post-money valuation: the dilution of every holder (at most 0.9: a round that raised the whole post-money would value the firm before it at nothing)':
    '新增融资额占投后估值的比例，即每位原股东被稀释的比例（不超过 90%：融资额等于投后估值意味着投前估值为零）',
  'Exit valuations; both move with the business cycle (economy.cycle.exitValuationBeta)':
    '退出估值；二者都随经济周期变动（见“周期对退出估值的影响”）',
  'Median ratio of IPO valuation to the last post-money valuation':
    '上市估值与上一轮投后估值之比的中位数',
  'Standard deviation of the log IPO multiple': '上市估值倍数对数的标准差',
  'Median ratio of trade-sale price to the last post-money valuation':
    '并购价格与上一轮投后估值之比的中位数',
  'Standard deviation of the log trade-sale multiple': '并购倍数对数的标准差',
  'Asset correlation rho of the one-factor Gaussian copula: a firm fails when sqrt(rho)·Z_t + sqrt(1−rho)·e_i < Φ⁻¹(p)':
    '单因子高斯 copula 的资产相关系数 ρ：当 √ρ·Z_t + √(1−ρ)·e_i < Φ⁻¹(p) 时企业失败',
  'Innovation points (创新积分): what funds and banks see instead of quality q':
    '创新积分：基金和银行看到的是积分，而不是企业的真实质量 q',
  'Accuracy r of the screening model: score s = r·q + sqrt(1−r²)·noise':
    '筛选模型的准确度 r：积分 s = r·q + √(1−r²)·噪声',
  'The funds of the chain': '基金链中的各支基金',
  '科技投资引导基金: commits to sub-funds, buys transferred stakes, holds to exit':
    '科技投资引导基金：认缴子基金，收购转让的股权，持有至退出',
  'Fiscal capital of the guidance fund: all it may ever draw from the treasury. Its manager’s fee over the horizon and the stake-purchase budget are set aside first; a sub-fund whose guidance commitment the rest cannot cover never forms (counted as refused)':
    '引导基金的财政资金规模，即其可从财政提取的全部资金。模拟期内的管理费和股权收购预算先行预留；剩余资金不足以覆盖引导基金认缴额的子基金不能设立（计为无力认缴）',
  'Share of capital set aside to buy stakes from angel sub-funds; a purchase beyond it is refused (counted)':
    '预留用于收购天使子基金转让股权的资金占规模的比例；超出预算的收购被拒绝（计数）',
  'Annual fee of the guidance fund’s manager on capital': '引导基金管理人按规模收取的年管理费率',
  '概念验证种子基金: 100% fiscal, small tickets into POC projects, stakes pushed to angel sub-funds':
    '概念验证种子基金：全部为财政出资，小额投资概念验证项目，股权转让给天使投资子基金',
  'Whether the concept-validation seed fund exists': '是否设立概念验证种子基金',
  'Fiscal money committed to the seed fund': '财政对种子基金的出资',
  'Ticket into one concept-validation project': '对单个概念验证项目的投资额',
  'Investment period': '投资期',
  'Fund life; holdings left at its end are sold as endOfLife says':
    '基金存续期；到期时仍持有的股权按“到期二手转让折价”出售',
  'At the end of its life a fund sells what it still holds to secondary buyers at the latest round price less the discount, distributes the cash through its waterfall and closes; its fees stop. A life that ends after the horizon leaves the holdings to the horizon’s valuation (NAV).':
    '基金到期时，将仍持有的股权按最近一轮估值扣除折价出售给二手份额买方，现金按收益分配顺序分配后清算，管理费停止。存续期晚于模拟期末结束的，所持股权按期末估值（净值）计算。',
  'Discount on the latest round price at which holdings left at the end of the fund’s life are sold to secondary buyers (Jefferies 2024: venture LP interests at about 75% of NAV)':
    '基金到期时仍持有的股权出售给二手份额买方时相对最近一轮估值的折价（Jefferies 2024：创投基金份额约按净值的 75% 成交）',
  'Lowest innovation-points score of a project the seed fund backs':
    '种子基金投资项目的最低创新积分',
  'Transfer proceeds go back to the seed fund (true) or to the treasury (false)':
    '股权转让收入回到种子基金（是）或上缴财政（否）',
  'Pricing rule of a stake transfer': '股权转让的定价规则',
  'Price = the seller’s cost': '转让价格 = 出让方的投资成本',
  'Price = cost compounded at a rate for the holding time':
    '转让价格 = 投资成本按利率计算持有期复利',
  'Annual interest added to cost, compounded quarterly': '在成本上加计的年利率，按季度复利',
  'Price = value at the latest round price, less a discount':
    '转让价格 = 按最近一轮估值计算的价值，扣除折价',
  'Discount on the latest round price': '相对最近一轮估值的折价',
  天使投资子基金: '天使投资子基金',
  'Total committed capital': '认缴总规模',
  'Guidance fund’s share g of commitments': '引导基金认缴占比 g',
  'GP’s own commitment as a share of commitments; the rest is private LPs':
    '管理人（GP）自身认缴占比；其余由社会出资人认缴',
  'Quarter of first close': '首次交割的季度',
  'Management fees': '管理费',
  'Management fee on commitments during the investment period': '投资期内按认缴规模收取的管理费率',
  'Management fee on invested cost after the investment period': '投资期后按投资成本收取的管理费率',
  'Capital back → preferred return → GP catch-up → carry':
    '返还本金 → 门槛收益 → GP 追补 → 业绩报酬',
  'European (whole fund) or deal-by-deal (American) distribution waterfall':
    '整体分配（欧式）或逐项目分配（美式）的收益分配顺序',
  'Preferred return to investors, compounded annually': '出资人的门槛收益率，按年复利',
  'Share of distributions above the hurdle that goes to the GP until it has its carry (1 = full catch-up)':
    '超过门槛收益后分配给 GP 的比例，直至 GP 取得应得业绩报酬（100% 为完全追补）',
  'Carried interest: the GP’s share of profits': '业绩报酬（附带权益）：GP 分得的收益比例',
  'Stages at which the fund makes first investments': '基金进行首次投资的企业阶段',
  'Size of a first investment': '首次投资的金额',
  'Largest stake the fund may hold in one firm': '基金在单家企业中的最高持股比例',
  'Share of commitments kept for follow-on investments in later rounds':
    '预留用于后续轮次追加投资的认缴资金比例',
  'Lowest innovation-points score the fund invests in': '基金投资企业的最低创新积分',
  '返投: in-province investment required, as a multiple of the guidance fund’s commitment':
    '返投：须在本省投资的金额，为引导基金认缴额的倍数',
  'Sale of stakes to the guidance fund at a market-based price (Hebei plan 二(二)2)':
    '按市场化价格向引导基金转让股权（河北方案 二(二)2）',
  'Whether the angel sub-fund sells stakes to the guidance fund':
    '天使投资子基金是否向引导基金转让股权',
  'Stage whose reaching triggers the sale': '企业进入此阶段时触发转让',
  'Share of the fund’s stake sold when triggered': '触发时转让的持股比例',
  科技投资子基金: '科技投资子基金',
  'Industries the fund invests in (empty = all)': '基金投资的行业（为空表示全部行业）',
  'Multiplier on the IPO hazard of firms that get listing preparation (上市培育)':
    '获得上市培育的企业上市概率的乘数',
  投贷联动子基金: '投贷联动子基金',
  'Sub-fund managed by a bank’s fund subsidiary: its investees join the bank’s white list (投贷联动)':
    '由银行系基金管理公司管理的子基金：其被投企业进入银行白名单（投贷联动）',
  '让利: profit concession of the guidance fund (Hebei plan 二(二)2)':
    '让利：引导基金让渡收益（河北方案 二(二)2）',
  'Whether the guidance fund concedes part of its gains (让利)': '引导基金是否让渡部分收益（让利）',
  'Share of the guidance fund’s gains on in-province firms first backed at angel stage that is conceded':
    '引导基金在天使期首次投资的省内企业上的收益中让渡的比例',
  'Share of the guidance fund’s gains on in-province early/mid-stage firms that is conceded':
    '引导基金在早中期省内企业上的收益中让渡的比例',
  'Only gains on in-province firms are conceded': '只对省内企业上的收益让利',
  'Part of the conceded amount paid to the GP; the rest goes to private LPs pro rata':
    '让利金额中归管理人（GP）的比例；其余按出资比例归社会出资人',
  'The bank: products, defaults and risk tolerance': '银行：贷款产品、违约与风险容忍度',
  'Whether the bank lends': '银行是否放贷',
  'White list includes every firm of a government-backed fund, not only the bank-linked sub-fund’s':
    '白名单包括所有政府基金的被投企业，而不只是投贷联动子基金的被投企业',
  'Invest-then-lend loans to white-listed firms: unsecured, preferential rate':
    '对白名单企业的投贷联动贷款：无抵押、利率优惠',
  'Whether the bank offers this product': '银行是否提供此产品',
  'Stages at which a firm may get this product': '可获得此产品的企业阶段',
  'Loan term': '贷款期限',
  'Equal quarterly principal repayments (true) or a bullet at maturity (false)':
    '按季等额还本（是）或到期一次还本（否）',
  'Spread over the one-year LPR': '在 1 年期 LPR 基础上的加点',
  'Share of the outstanding principal lost when the firm defaults': '企业违约时损失的未偿本金比例',
  'Largest loan of this product to one firm': '此产品对单家企业的最高贷款额',
  'Credit line as a multiple of equity raised from the fund':
    '授信额度为从基金获得的股权融资额的倍数',
  'Preferential discount off the loan rate': '贷款利率的优惠幅度',
  '创新积分贷: loans to firms above a points threshold':
    '创新积分贷：向积分达到门槛的企业发放的贷款',
  'Loan size by innovation-points band; a firm gets the size of the highest band it reaches, none below the lowest':
    '按创新积分分档的贷款额度；企业获得其达到的最高一档的额度，低于最低档则没有',
  'Lowest innovation-points score of the band': '此档的最低创新积分',
  'Loan size for a firm in the band': '此档企业的贷款额度',
  'IP-pledge loans: lower loss given default': '知识产权质押贷款：违约损失率较低',
  'Lowest innovation-points score (a proxy for pledgeable IP)':
    '最低创新积分（代表可质押的知识产权）',
  '可转贷: convertible into equity at the next round': '可转贷：可在下一轮融资时转为股权',
  'Share of outstanding principal converted to equity at the next round':
    '下一轮融资时转为股权的未偿本金比例',
  'Quarterly default hazard of a loan beyond its firm’s failure':
    '企业失败之外，贷款的季度违约概率',
  'NPL ratio of the tech book (all four products) = principal of loans in default and not yet written off ÷ (that + principal of performing loans). A loan defaults when its firm fails, or (with the independent hazard) when the firm’s distress crosses a higher threshold of the same copula; it stays non-performing for nonPerformingQuarters, then is written off and its loss shared. When the ratio at the end of a quarter exceeds tau plus the 尽职免责 margin, the next quarter’s approvals follow the response rule.':
    '科技贷款（四类产品合计）的不良率 = 已违约且尚未核销的贷款本金 ÷（该本金 + 正常贷款本金）。企业失败时贷款违约；若设有独立违约概率，企业困境越过同一 copula 的更高门槛时也会违约。违约贷款保持不良状态若干季度（“不良贷款核销前季度数”）后核销并分担损失。季末不良率超过容忍度 τ 加尽职免责附加容忍度时，下一季度的审批按超容忍度审批规则执行。',
  'Tolerated NPL ratio tau of the tech book (regulator: overall NPL + 3 pp)':
    '科技贷款的不良率容忍度 τ（监管口径：整体不良率 + 3 个百分点）',
  '尽职免责: further margin on top of tau before approvals are cut':
    '尽职免责：在 τ 之上再容忍的幅度，超过后才压降审批',
  'Quarters a defaulted loan stays non-performing before write-off':
    '违约贷款核销前保持不良状态的季度数',
  'Approval response above the tolerated NPL ratio': '不良率超过容忍度时的审批规则',
  'No new loans until the ratio falls back': '暂停新增贷款，直至不良率回落',
  'Approvals cut by a fixed share': '审批按固定比例压降',
  'Share of approvals cut': '审批压降的比例',
  'Approval rate falls with the excess NPL ratio': '审批通过率随不良率超出幅度下降',
  'Cut in approval share per unit of excess NPL ratio (20: 5 pp over → stop)':
    '不良率每超出一个单位，审批通过率下降的幅度（20 表示超出 5 个百分点即暂停）',
  'Whether the response also cuts renewals (a performing loan that matures, rolled over the same quarter); by default renewals go on at the normal approval share and only new lending is cut':
    '超限时是否也压降续贷（正常贷款到期当季续贷）；默认续贷按正常审批通过率继续，只压降新增贷款',
  'Share of eligible applications approved when the NPL ratio is within tolerance':
    '不良率在容忍度内时符合条件的申请获批的比例',
  'How the NPL ratio is reported: a book smaller than minBookCNY is a handful of loans whose ratio says little, so its quarters are left out of the peak and the median (reporting only: the bank’s response reads every quarter)':
    '不良率的统计口径：贷款余额低于统计下限时只有少数几笔贷款，其不良率意义不大，这些季度不计入峰值和中位数（只影响统计，银行的审批仍看每个季度）',
  'Smallest tech book (performing + non-performing principal) at which a quarter’s NPL ratio counts for the reported peak and median':
    '季度不良率计入峰值和中位数所需的最低科技贷款余额（正常与不良本金合计）',
  'Fiscal policy: risk compensation, guarantees, subsidies and rewards':
    '财政政策：风险补偿、融资担保、补贴与奖励',
  'Discount rate for the present value of fiscal flows': '计算财政资金流现值的贴现率',
  'Haircut on the unrealised NAV the treasury holds at the horizon (its funds’ stakes at their latest round price) when its net cost is shown with NAV: what a sale of those stakes would lose':
    '计算含净值的财政净成本时，对期末未实现净值（基金所持股权按最近一轮估值）的折扣，即出售这些股权会损失的部分',
  '贷款风险补偿: loan risk-compensation pool': '贷款风险补偿资金池',
  'Whether this incentive is on': '是否实行此项政策',
  'Treasury money put into the pool each year': '财政每年注入资金池的资金',
  'Share c of principal losses on eligible loans refunded while the pool lasts':
    '资金池有余额时，对符合条件贷款本金损失的补偿比例 c',
  'Products whose losses the pool covers; on a partly guaranteed loan, the unguaranteed part of the loss (the guaranteed part is shared by the guarantee split instead)':
    '资金池补偿损失的贷款产品；部分担保的贷款只补偿未担保部分的损失（担保部分按担保分担比例分担）',
  '融资担保: guaranteed loans with shared losses': '融资担保：按比例分担损失的担保贷款',
  'Loss share borne by the guarantor': '担保机构分担的损失比例',
  'Loss share borne by the re-guarantor or guarantee fund': '再担保机构或担保基金分担的损失比例',
  'Loss share borne by the bank': '银行分担的损失比例',
  'Loss share borne by the local government': '地方政府分担的损失比例',
  'Guarantee fee on the guaranteed balance': '按担保余额收取的担保费率',
  'Largest guaranteed balance for one firm': '单家企业的最高担保余额',
  'Products whose loans are guaranteed (up to the per-firm balance)':
    '提供担保的贷款产品（不超过单户担保余额上限）',
  '独角兽定向贴息: interest subsidy for (potential) unicorns':
    '独角兽定向贴息：对独角兽和潜在独角兽企业的贷款贴息',
  'Oldest eligible firm': '符合条件企业的最长成立年限',
  'Lowest eligible valuation': '符合条件企业的最低估值',
  'Exchange rate used to compare CNY valuations with the USD threshold':
    '将人民币估值与美元门槛比较所用的汇率',
  'Subsidy as a share of the LPR on new medium/long-term loans':
    '对新增中长期贷款按 LPR 一定比例贴息',
  'Largest subsidy a firm can receive in a year': '单家企业每年可获得的最高贴息',
  'Only firms registered in the province are eligible (the clause says 我省 / 省内)':
    '只有在本省注册的企业符合条件（条款原文为“我省”“省内”）',
  'Ids of the industries (firms.industries) whose firms are eligible; empty = every industry':
    '符合条件的企业所属行业（为空表示全部行业）',
  '首台(套)保险补贴: first-set equipment insurance subsidy': '首台(套)重大技术装备保险补贴',
  'Premium rate of first-set equipment insurance': '首台(套)装备保险的费率',
  'Highest premium rate subsidised': '给予补贴的最高保险费率',
  'Share of the premium subsidised': '保费补贴比例',
  'Quarterly probability that a GROWTH firm insures first-set equipment':
    '成长期企业为首台(套)装备投保的季度概率',
  'Insured value of the equipment': '装备的投保金额',
  '股权投资基金奖励: equity fund investment reward, paid once to a sub-fund and passed at once to its non-government investors (private LPs, the GP’s commitment) pro rata, outside the waterfall: no carry, no concession, nothing to the guidance fund (扣除政府引导基金)':
    '股权投资基金奖励：一次性奖励给子基金，并立即按出资比例转给其非政府出资人（社会出资人及 GP 的认缴部分），不进入收益分配：不计业绩报酬、不让利，引导基金不分享（扣除政府引导基金）',
  'Smallest investment in one firm that earns the reward': '获得奖励所需的对单家企业的最低投资额',
  'Shortest holding period': '最短持有期',
  'Reward as a share of the investment, excluding the guidance fund’s part':
    '奖励占投资额（扣除引导基金部分）的比例',
  'Largest reward to one fund': '单支基金的最高奖励',
  '上市补助: listing subsidies': '上市挂牌补助',
  'One-off subsidy for an NEEQ (新三板) listing': '新三板挂牌的一次性补助',
  'Subsidy as a share of the first equity raise after an NEEQ listing':
    '新三板挂牌后首次股权融资按融资额一定比例补助',
  'Cap on the first-raise subsidy': '首次融资补助的上限',
  'One-off subsidy for a listing on the regional equity exchange':
    '在区域性股权市场挂牌的一次性补助',
  'First equity raise at listing, as a share of the valuation': '挂牌时首次股权融资额占估值的比例',
  'Quarterly probability that an in-province EARLY or GROWTH firm lists on the regional equity exchange':
    '省内早中期或成长期企业在区域性股权市场挂牌的季度概率',
  'Share of listings (IPO exits from GROWTH) that are NEEQ (新三板) listings; the rest are on the stock exchanges, which the clause does not subsidise':
    '上市（成长期企业的 IPO 退出）中在新三板挂牌的比例；其余在证券交易所上市，条款对此不予补助',
  // The fund-raising programme (issue 9)
  'Fund-raising programme: the guidance fund offers sub-funds year by year, and private LPs decide whether each closes and at what size. Absent: only the listed sub-funds, each closing at its commitment':
    '子基金募集计划：引导基金逐年发起子基金，社会出资人决定每支是否设立、以多大规模设立。不设此项：只有列出的子基金，各按认缴额设立',
  'Years of the simulation (0 = the first) in which sub-funds are offered; each gets the annual budget':
    '发起子基金的模拟年份（0 为第一年）；每年获得当年预算',
  'Angel sub-funds offered year by year': '每年发起的天使投资子基金',
  'Angel sub-funds offered in each programme year': '每个计划年度发起的天使投资子基金数',
  'Tech sub-funds offered year by year': '每年发起的科技投资子基金',
  'Tech sub-funds offered in each programme year': '每个计划年度发起的科技投资子基金数',
  'Bank-linked sub-funds offered year by year': '每年发起的投贷联动子基金',
  'Bank-linked sub-funds offered in each programme year': '每个计划年度发起的投贷联动子基金数',
  'Guidance-fund commitments the treasury allows each programme year; the guidance fund’s capital (funds.guidanceFund.capitalCNY) binds too. Model assumption: about one angel and one tech sub-fund’s guidance share a year; plausible 0–500 m':
    '财政每个计划年度允许引导基金作出的认缴额；引导基金资本（funds.guidanceFund.capitalCNY）同样约束。模型假设：约为每年一支天使与一支科技子基金中引导基金的出资；合理范围 0–5 亿元',
  'A year’s budget left uncommitted (offers that failed or closed small) is returned to the treasury (never drawn), or carries to the next programme year':
    '当年未使用的预算（未设立或规模缩小的子基金留下的）退回财政（从未拨付），或结转到下一个计划年度',
  'The guidance fund’s receipts (distributions, stake sales) go back to the treasury each quarter, or stay and add to the capital later vintages may commit (as the seed fund’s evergreen option)':
    '引导基金的回收资金（分配、股权转让收入）每季度退回财政，或留存并增加以后年份子基金可用的认缴资本（类似种子基金的滚动使用）',
  'Private LPs’ response: the net return they expect of an offer (from its terms, blended with the trial’s track record) against the return they require, spread across LPs':
    '社会出资人的反应：对一支拟设子基金的预期净收益（由条款得出，并结合本次模拟中已有子基金的业绩）与其要求收益的比较，要求收益在出资人之间存在差异',
  'Gross multiple on invested capital a sub-fund is expected to earn before fees and carry. Source CALIBRATION.md, Venture outcomes: eFront China VC TVPI 1.79× net (vintages 1997–2018); 2.2× gross is what leaves about 1.79× after 2%/1.5% fees and 20% carry. Plausible 1.6–3.0 (Kauffman 2012: 1.3× net, low)':
    '子基金在扣除管理费和业绩报酬前预期获得的投资总倍数。来源：CALIBRATION.md 创投结果：eFront 中国创投 TVPI 1.79 倍（净值，1997–2018 年份）；2.2 倍总回报扣除 2%/1.5% 管理费和 20% 业绩报酬后约为 1.79 倍。合理范围 1.6–3.0（Kauffman 2012：净 1.3 倍，偏低）',
  'Years over which the expected multiple is earned, to annualise it. Source CALIBRATION.md: eFront, time to liquidity about 5.5 years. Plausible 4–8':
    '获得预期倍数所需的年数，用于年化。来源：CALIBRATION.md：eFront，退出周期约 5.5 年。合理范围 4–8',
  'Share of an angel sub-fund’s gains LPs expect to be eligible for the concession (in-province, backed at angel stage). Model assumption: about the in-province share of firms (firms.inProvinceShare 0.7) less deals first backed later; plausible 0.4–0.8':
    '出资人预期天使子基金收益中可享受让利的比例（省内、天使阶段投资）。模型假设：约为省内企业比例（firms.inProvinceShare 0.7）减去较晚阶段首投的项目；合理范围 0.4–0.8',
  '返投 cost: annual return LPs give up per unit of required in-province investment as a share of commitments (localReinvestmentMultiple × guidance share), for the deals it keeps them from. Model assumption (CALIBRATION.md notes a 2025 national draft to lower 返投 because it deters LPs); plausible 0–0.05':
    '返投成本：每单位省内投资要求（占认缴额的比例，即返投倍数 × 引导基金出资比例）使出资人每年放弃的收益，因其排除了部分项目。模型假设（CALIBRATION.md 提到 2025 年国家征求意见稿鼓励降低返投，因其影响社会出资）；合理范围 0–0.05',
  'Mean net annual return private LPs require of a sub-fund. Model assumption: the usual 8% hurdle (the sub-funds’ default hurdleRatePerYear); plausible 0.06–0.12':
    '社会出资人对子基金要求的平均年化净收益。模型假设：通常的 8% 门槛收益（子基金默认的门槛收益率）；合理范围 0.06–0.12',
  'Spread (logistic scale) of the required return across private LPs: the share of the target raised is 1 / (1 + exp(−(expected − required) / spread)). Model assumption; plausible 0.01–0.06 (smaller: LPs alike, all-or-nothing closes)':
    '要求收益在社会出资人之间的离散程度（逻辑分布尺度）：募集达到的目标规模比例为 1 / (1 + exp(−(预期 − 要求) / 离散度))。模型假设；合理范围 0.01–0.06（越小：出资人越一致，募集要么全成要么全不成）',
  'What LPs add to their expected annual return per standard deviation of the business cycle in the offer’s quarter (economy.cycle): fund-raising rises in booms and dries up in busts. Model assumption; plausible 0–0.03':
    '发起季度的经济周期每变动一个标准差，出资人预期年化收益的增加（economy.cycle）：繁荣时募资升温，萧条时枯竭。模型假设；合理范围 0–0.03',
  'A sub-fund closes only if LPs’ demand (and the guidance budget) reach this share of its target; below it the offer fails. Model assumption; plausible 0.3–0.8':
    '只有出资人认缴（及引导基金预算）达到目标规模的这一比例，子基金才设立；低于此比例则募集失败。模型假设；合理范围 0.3–0.8',
  'Earlier sub-funds of the trial count as a track record once this old (interim private-LP TVPI, NAV at round prices). Model assumption: about half a fund’s investment period; plausible 2–5':
    '本次模拟中较早的子基金达到此年限后计入业绩记录（社会出资人的期中 TVPI，按最近一轮估值计算净值）。模型假设：约为投资期的一半；合理范围 2–5',
  'Judged funds at which the track record weighs as much as the terms: weight = n / (n + this). Model assumption (a credibility weight); plausible 1–5':
    '业绩记录与条款权重相等时的已评估基金数：权重 = n / (n + 此值)。模型假设（可信度权重）；合理范围 1–5',
};

/** A field's description in `locale` (the schema's English, or its Chinese); '' without one. */
export function describeField(english: string | undefined, locale: Locale): string {
  if (!english) return '';
  if (locale === 'en') return english;
  return Object.hasOwn(FIELD_DESCRIPTIONS_ZH, english) ? FIELD_DESCRIPTIONS_ZH[english]! : english;
}
