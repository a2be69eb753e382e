/** Example 4: a consumer loan taken out in the bank's app after a third-party partner platform's referral. */
import type { JourneyData } from '../../src/domain/schema';
import { ILLUSTRATIVE_NOTE, JourneyBuilder, describeExample, type ExampleInfo } from './dsl';

export const info: ExampleInfo = {
  id: 'consumer-loan-partner',
  name: '互联网消费贷：App与第三方合作平台',
  nameEn: 'Consumer loan through an app with a third-party partner channel',
  summary: {
    zh: '合作平台获客、授信、综合成本披露、还款与合作机构催收',
    en: 'Partner-platform acquisition, credit decision, total-cost disclosure, repayment and partner collection',
  },
  sector: 'bank',
};

export function build(): JourneyData {
  const b = new JourneyBuilder({
    ...info,
    prefix: 'cl',
    description: describeExample('客户在生活服务平台（助贷合作方）看到广告，跳转本行App申请消费贷，覆盖获客、授信、借款、还款、贷后催收和投诉处理。', info.nameEn),
    createdAt: '2026-01-08T09:00:00.000Z',
    firstMonth: '2025-03',
    stages: [
      ['acquire', '获客'],
      ['apply', '申请与授信'],
      ['draw', '借款与放款'],
      ['repay', '还款'],
      ['collect', '贷后与催收'],
    ],
    channels: [
      ['partner', '合作平台（助贷）'],
      ['app', '本行App'],
      ['phone', '短信与电话'],
      ['back', '风控与运营'],
    ],
    personas: [
      ['zhou', '小周', '24岁外卖骑手，在生活服务平台看到“最高可借20万、日息低至0.02%”的广告后借款。'],
      ['sun', '孙女士', '38岁个体店主，借款装修店面，关心综合成本，后来提前还款。'],
    ],
  });

  const partner = b.tp({
    id: 'partner', title: '助贷合作机构准入与协议', stage: 'acquire', channel: 'back', kind: 'third-party-channel', owner: '网络金融部',
    description: '合作平台和融资担保公司的准入评估、合作协议和名单管理。',
    risk: [3, 4, '合作平台负责获客和部分贷后服务，准入和协议约束不足时，平台的违规行为由本行承担后果。'],
    rights: ['fair', 'privacy', 'redress'],
    controls: {
      'partner-due-diligence': ['partial', '合作协议包含消保条款，但没有约定平台的投诉处理时限和退出触发条件。'],
      'marketing-content-approval': ['in-place', '协议约定平台的营销素材须经本行审核。'],
    },
    emotion: null, tags: ['合作机构'],
  });
  const ad = b.tp({
    id: 'ad', title: '平台信息流广告', stage: 'acquire', channel: 'partner', kind: 'marketing-outreach', owner: '网络金融部',
    description: '合作平台在首页和信息流投放借款广告。',
    complaints: { 'marketing-methods': [3, 4, 3, 5, 4, 5, 6, 5, 6, 7] },
    risk: [4, 4, '平台自行投放“日息低至0.02%”广告，不展示年化利率，诱导过度借贷。'],
    rights: ['know', 'choice'],
    controls: {
      'marketing-content-approval': ['missing', '平台自行制作并投放广告素材，没有经过本行审核。'],
      'no-return-guarantee': ['na', '信贷产品不涉及收益承诺。'],
      'partner-due-diligence': ['partial', '平台已准入，但没有持续监测其广告投放。'],
    },
    emotion: 1, personas: ['zhou'],
    painPoints: '“日息0.02%”听起来很低，实际年化约7.3%，加上担保费更高。',
    tags: ['合作机构'],
  });
  const quote = b.tp({
    id: 'quote', title: '平台额度测算页', stage: 'acquire', channel: 'partner', kind: 'third-party-channel', owner: '网络金融部',
    description: '“免费测额度”页面，填写身份和收入信息后展示预估额度。',
    complaints: { 'information-security': [2, 2, 3, 3, 2, 3, 4, 3, 4, 4], 'free-choice': [1, 2, 2, 3, 2, 3, 3, 4, 3, 4] },
    risk: [4, 4, '“免费测额”即默认同意向多家机构共享信息，并默认勾选付费会员卡。'],
    rights: ['privacy', 'choice', 'fair'],
    controls: {
      'pi-separate-consent': ['partial', '测额页有《个人信息共享授权书》，但与服务协议合并勾选，没有单独同意。'],
      'no-bundled-sale': ['missing', '测额后默认勾选“会员加速卡”（199元/年），取消入口不明显。'],
    },
    emotion: 0, personas: ['zhou'],
    tags: ['合作机构'],
  });
  const jump = b.tp({
    id: 'jump', title: '跳转本行App与身份核验', stage: 'apply', channel: 'app', kind: 'account-opening-kyc', owner: '网络金融部',
    description: '从平台跳转到本行App，注册并完成人脸识别和银行卡验证。',
    complaints: { 'facilities-systems': [1, 2, 1, 2, 2, 1, 2, 2, 2, 2] },
    risk: [2, 4, '跳转后要让客户知道放款人是本行；核验失败会导致冒名借款。'],
    rights: ['asset', 'know'],
    controls: { 'pi-no-forced-consent': ['partial', '不同意“营销推送”授权时无法进入下一步。'] },
    emotion: 0, personas: ['zhou', 'sun'],
  });
  const dataAuth = b.tp({
    id: 'data-auth', title: '征信与多方数据授权', stage: 'apply', channel: 'app', kind: 'personal-data-collection', owner: '个人信息保护办公室',
    description: '征信查询、运营商和社保数据授权，以及平台数据回传。',
    complaints: { 'information-security': [1, 1, 2, 1, 2, 2, 2, 1, 2, 2] },
    risk: [3, 4, '征信、运营商和社保等多方数据的采集范围大，必须严格最小必要。'],
    rights: ['privacy'],
    controls: { 'pi-impact-assessment': ['partial', '已对本行采集的数据完成影响评估，未覆盖合作平台回传的数据。'] },
    emotion: 0,
  });
  const pricing = b.tp({
    id: 'pricing', title: '产品定价与消保审查', stage: 'apply', channel: 'back', kind: 'product-design-launch', owner: '个人信贷部',
    description: '利率区间、担保费和提前还款规则的定价与消保审查。',
    risk: [3, 4, '综合融资成本包括利息、担保费和会员费，只看利率的定价审查会低估客户成本。'],
    rights: ['fair', 'know'],
    controls: {
      'fair-pricing': ['partial', '利率经过审查，但合作平台收取的担保费没有纳入综合成本测算。'],
      'product-risk-rating': ['na', '信贷产品不适用投资类产品风险评级。'],
    },
    emotion: null,
  });
  const decision = b.tp({
    id: 'decision', title: '授信审批与额度告知', stage: 'apply', channel: 'app', kind: 'digital-self-service', owner: '个人信贷部',
    description: '自动审批，告知额度、利率区间和有效期。',
    complaints: { 'rules-processes': [2, 2, 3, 2, 3, 3, 2, 3, 3, 3] },
    risk: [2, 3, '额度页用“最高可借”突出额度，弱化了成本。'],
    rights: ['know'],
    controls: { 'financial-education': ['in-place', '额度页附“理性借贷”提示。'] },
    emotion: 1, personas: ['zhou', 'sun'],
  });
  const guarantee = b.tp({
    id: 'guarantee', title: '担保与增信服务费', stage: 'draw', channel: 'partner', kind: 'payment-fees', owner: '',
    description: '平台合作的融资担保公司按月收取担保费。',
    complaints: { 'pricing-fees': [3, 4, 4, 5, 5, 6, 6, 7, 8, 9] },
    risk: [4, 4, '担保费由担保公司另行收取，没有计入本行展示的年化利率，客户的综合成本明显高于预期。'],
    rights: ['fair', 'know'],
    controls: {
      'fee-disclosure': ['missing', '担保费在借款成功后才通过短信告知，借款页没有展示。'],
      'fair-pricing': ['partial', '担保费率由平台确定，本行没有复核。'],
    },
    emotion: -2, personas: ['sun'],
    painPoints: '借款页写年化7.3%，每月还款里还有担保费，算下来超过20%。',
    tags: ['合作机构'],
  });
  const loanPage = b.tp({
    id: 'loan-page', title: '借款页利率与费用展示', stage: 'draw', channel: 'app', kind: 'contract-signing', owner: '个人信贷部',
    description: '选择金额和期限，展示年化利率、还款计划和费用。',
    complaints: { disclosure: [2, 3, 2, 3, 3, 3, 4, 3, 4, 4] },
    risk: [4, 3, '借款页用年化利率展示本行利息，担保费另行列示，客户难以得知综合成本。'],
    rights: ['know', 'fair'],
    controls: {
      'key-info-disclosure': ['partial', '年化利率显著展示，但综合融资成本没有合并展示。'],
      'bank-sales-dual-recording': ['na', '线上自助借款不适用网点双录，全程电子留痕。'],
    },
    emotion: 0, personas: ['zhou', 'sun'],
  });
  const contract = b.tp({
    id: 'contract', title: '借款合同电子签署', stage: 'draw', channel: 'app', kind: 'contract-signing', owner: '法律合规部',
    description: '阅读并电子签署借款合同和担保合同。',
    complaints: { 'contract-terms': [1, 1, 2, 1, 2, 1, 2, 2, 2, 2] },
    risk: [3, 3, '提前还款违约金等重大利害条款若不显著提示，日后容易产生纠纷。'],
    rights: ['fair', 'know'],
    controls: {
      'fair-contract-terms': ['partial', '提前还款违约金条款没有加粗提示，要滚动到合同末尾才能看到。'],
      'bank-sales-dual-recording': ['na', '线上借款不适用网点双录，合同签署过程电子留痕。'],
    },
    emotion: 0,
  });
  const disburse = b.tp({
    id: 'disburse', title: '放款到账', stage: 'draw', channel: 'back', kind: 'payment-fees', owner: '运营管理部',
    description: '放款到客户本人名下的银行卡。',
    complaints: { 'fund-safety': [0, 1, 1, 0, 1, 1, 1, 1, 1, 1] },
    risk: [2, 4, '放款到非本人账户或受托支付出错会造成资金损失。'],
    rights: ['asset'],
    emotion: 1, personas: ['sun'],
  });
  const remind = b.tp({
    id: 'remind', title: '还款提醒', stage: 'repay', channel: 'phone', kind: 'loan-servicing-collection', owner: '个人信贷部',
    description: '还款日前三天短信提醒。',
    complaints: { 'collection-methods': [1, 1, 1, 2, 1, 1, 2, 1, 2, 2] },
    risk: [2, 2, '提醒频率和措辞基本规范。'],
    rights: ['know', 'respect'],
    controls: { 'partner-due-diligence': ['na', '还款提醒由本行发送。'] },
    emotion: 0,
  });
  const autoDebit = b.tp({
    id: 'auto-debit', title: '自动扣款', stage: 'repay', channel: 'app', kind: 'payment-fees', owner: '运营管理部',
    description: '还款日从绑定银行卡扣收本息和担保费。',
    complaints: { 'pricing-fees': [1, 1, 2, 1, 1, 2, 1, 2, 1, 2] },
    risk: [2, 3, '扣款顺序（先扣担保费再扣本息）没有告知，客户以为已经足额还款。'],
    rights: ['fair', 'asset'],
    controls: { 'fee-disclosure': ['partial', '扣款明细没有区分本息和担保费。'] },
    emotion: 0,
  });
  const prepay = b.tp({
    id: 'prepay', title: '提前还款', stage: 'repay', channel: 'app', kind: 'surrender-closure', owner: '个人信贷部',
    description: '在App申请提前结清，展示应还金额。',
    complaints: { 'pricing-fees': [1, 2, 1, 2, 2, 2, 3, 2, 3, 12] },
    risk: [3, 3, '提前还款仍要支付剩余期限的担保费，与客户预期不符。'],
    rights: ['fair', 'know', 'choice'],
    controls: { 'surrender-exit-disclosure': ['partial', '提前还款页展示了违约金，但没有提示剩余期限的担保费不退。'] },
    emotion: -2, personas: ['sun'],
    painPoints: '2025年12月平台调整担保费规则后，提前还款投诉激增。',
    tags: ['激增'],
  });
  const service = b.tp({
    id: 'service', title: '客服热线咨询', stage: 'repay', channel: 'phone', kind: 'after-sale-service', owner: '客户服务中心',
    description: '客户来电询问费用、还款和结清证明。',
    complaints: { 'service-quality': [2, 2, 3, 2, 3, 3, 3, 3, 4, 4] },
    risk: [2, 3, '客户不清楚该找本行还是平台，被来回推诿。'],
    rights: ['know', 'redress'],
    controls: { 'client-asset-segregation': ['na', '热线咨询不涉及客户资产托管。'] },
    emotion: -1, personas: ['sun'],
  });
  const overdue = b.tp({
    id: 'overdue', title: '逾期短信与电话提醒', stage: 'collect', channel: 'phone', kind: 'loan-servicing-collection', owner: '个人信贷部',
    description: '逾期30天内由本行短信和电话提醒。',
    complaints: { 'collection-methods': [2, 2, 3, 2, 3, 3, 3, 4, 3, 4] },
    risk: [3, 3, '逾期初期由本行提醒，措辞须避免威胁。'],
    rights: ['respect'],
    controls: { 'partner-due-diligence': ['na', '本行自行提醒，不涉及合作机构。'] },
    emotion: -1, personas: ['zhou'],
  });
  const partnerCollect = b.tp({
    id: 'partner-collect', title: '合作机构催收', stage: 'collect', channel: 'partner', kind: 'loan-servicing-collection', owner: '个人信贷部',
    description: '逾期30天以上由平台委托的催收机构催收。',
    complaints: { 'collection-methods': [8, 10, 12, 13, 15, 17, 19, 22, 24, 27] },
    risk: [4, 5, '平台委托的催收机构通过通讯录联系借款人亲友，严重侵害受尊重权和信息安全权。'],
    rights: ['respect', 'privacy'],
    controls: {
      'collection-conduct': ['partial', '合作协议禁止联系无关第三方，但本行调不到平台的催收录音，无法核查。'],
      'pi-lifecycle-control': ['missing', '平台获取的通讯录数据没有按最小必要原则删除。'],
      'partner-due-diligence': ['partial', '没有对催收机构执行投诉量考核和退出。'],
    },
    emotion: -2, personas: ['zhou'],
    tags: ['合作机构', '热点'],
  });
  const intake = b.tp({
    id: 'intake', title: '投诉受理（含平台转办）', stage: 'collect', channel: 'phone', kind: 'complaint-handling', owner: '客户服务中心',
    description: '受理客户直接投诉和平台转来的投诉。',
    complaints: { 'service-quality': [2, 3, 3, 3, 4, 3, 4, 4, 5, 5] },
    risk: [3, 3, '客户向平台投诉后没有转到本行，本行无法按时处理。'],
    rights: ['redress'],
    controls: { 'complaint-channel-disclosure': ['partial', '平台借款页没有展示本行的投诉渠道，只有平台客服入口。'] },
    emotion: -1, personas: ['zhou'],
  });
  const resolve = b.tp({
    id: 'resolve', title: '投诉处理与合作方协同', stage: 'collect', channel: 'back', kind: 'complaint-handling', owner: '消费者权益保护部',
    description: '与平台和担保公司协同调查、答复和整改。',
    risk: [3, 4, '涉及合作平台的投诉要双方协同，责任不清时处理超时。'],
    rights: ['redress', 'fair'],
    controls: { 'complaint-decision-15d': ['partial', '涉及平台的投诉平均处理17天。'] },
    emotion: null,
  });
  const creditDispute = b.tp({
    id: 'credit-dispute', title: '征信异议与个人信息删除', stage: 'collect', channel: 'back', kind: 'after-sale-service', owner: '个人信息保护办公室',
    description: '处理征信异议，结清后按客户要求删除平台回传的数据。',
    complaints: { 'information-security': [1, 1, 1, 2, 1, 2, 2, 1, 2, 2] },
    risk: [3, 4, '合作平台回传的数据出错，可能导致错误的征信记录。'],
    rights: ['privacy', 'redress'],
    controls: { 'client-asset-segregation': ['na', '不涉及客户资产托管。'] },
    emotion: -1, personas: ['zhou'],
  });

  b.connect(partner, ad);
  b.flow(ad, quote, jump, dataAuth, decision, loanPage, contract, disburse, remind, autoDebit, overdue, partnerCollect);
  b.connect(pricing, decision);
  b.connect(loanPage, guarantee);
  b.connect(autoDebit, prepay);
  b.connect(remind, service);
  b.connect(partnerCollect, intake, 'escalation', '投诉');
  b.connect(intake, resolve, 'escalation');
  b.connect(resolve, creditDispute);

  b.note(ILLUSTRATIVE_NOTE, 0);
  b.note('担保费环节由合作平台和担保公司操作，本行尚未指定内部负责人。', 520, 'pink');
  b.note('日息0.02% ≈ 年化7.3%（单利）；加上担保费后，综合年化成本明显更高。', 200, 'blue');

  b.accept(contract, 'partial-control', 'fair-contract-terms', {
    reason: '合同模板改版排期2026年2月上线；期间在签署页单独弹窗提示提前还款违约金。',
    owner: '法律合规部 何静',
    dueDate: '2026-02-28',
    ticket: 'LC-2025-076',
    decidedAt: '2025-12-12T08:00:00.000Z',
  });
  b.accept(dataAuth, 'partial-control', 'pi-impact-assessment', {
    reason: '平台回传数据的影响评估与合作方联合开展，计划2026年3月完成。',
    owner: '个人信息保护办公室 郑凯',
    dueDate: '2026-03-31',
    ticket: 'PI-2025-033',
    decidedAt: '2025-12-12T08:00:00.000Z',
  });
  return b.build();
}
