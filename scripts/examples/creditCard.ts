/** Example 3: a credit card's life cycle, from application to debt collection and closure. */
import type { JourneyData } from '../../src/domain/schema';
import { ILLUSTRATIVE_NOTE, JourneyBuilder, describeExample, type ExampleInfo } from './dsl';

export const info: ExampleInfo = {
  id: 'credit-card-lifecycle',
  name: '信用卡全生命周期：申请到催收',
  nameEn: 'Credit-card life cycle from application to debt collection',
  summary: {
    zh: '办卡、激活、分期、年费、账单、逾期催收与销卡',
    en: 'Application, activation, instalments, annual fee, statements, collection and closure',
  },
  sector: 'bank',
};

export function build(): JourneyData {
  const b = new JourneyBuilder({
    ...info,
    prefix: 'cc',
    description: describeExample('信用卡从地推和线上申请、审批激活、用卡与分期、账单还款，到逾期催收、投诉和销卡的全过程。', info.nameEn),
    createdAt: '2026-01-07T09:00:00.000Z',
    firstMonth: '2025-01',
    stages: [
      ['apply', '申请'],
      ['approve', '审批与激活'],
      ['use', '用卡'],
      ['bill', '账单与还款'],
      ['collect', '逾期与催收'],
      ['close', '投诉与销卡'],
    ],
    channels: [
      ['app', '信用卡App'],
      ['field', '网点与地推'],
      ['hotline', '客服热线'],
      ['agency', '委外催收机构'],
      ['back', '审批与运营'],
    ],
    personas: [
      ['liu', '刘女士', '28岁白领，第一次申请信用卡，在商场地推摊位办卡，之后主要用App。'],
      ['zhao', '赵先生', '45岁个体经营者，生意周转困难后出现逾期，案件被委外催收。'],
    ],
  });

  const design = b.tp({
    id: 'design', title: '卡产品、费率与分期定价审查', stage: 'apply', channel: 'back', kind: 'product-design-launch', owner: '信用卡中心产品部',
    description: '卡产品权益、年费、分期手续费率上线前的定价和消保审查。',
    risk: [3, 4, '分期手续费按月费率定价，若不换算成年化利率披露，客户难以比较真实成本。'],
    rights: ['fair', 'know'],
    controls: {
      'cp-review': ['in-place', '2025年分期产品定价经过消保审查。'],
      'product-risk-rating': ['na', '信用卡是负债类产品，不适用投资类产品风险评级。'],
    },
    emotion: null,
  });
  const street = b.tp({
    id: 'street', title: '商场地推办卡', stage: 'apply', channel: 'field', kind: 'marketing-outreach', owner: '信用卡中心销售部',
    description: '外包地推人员在商场摆摊，以礼品吸引办卡。',
    complaints: { 'marketing-methods': [4, 5, 4, 6, 5, 5, 6, 7, 6, 5, 6, 7] },
    risk: [4, 3, '地推人员是外包人员，以礼品诱导办卡、夸大权益的情况较多。'],
    rights: ['know', 'choice', 'privacy'],
    controls: {
      'marketing-content-approval': ['partial', '总部宣传单经过审核，但抽查发现外包人员自制“终身免年费”宣传牌。'],
      'partner-due-diligence': ['partial', '外包地推公司已准入，但协议没有约定消保违规的退出条款。'],
      'no-return-guarantee': ['na', '信用卡不涉及收益承诺。'],
      'pi-lifecycle-control': ['partial', '纸质申请表在摊位存放，没有当天回收交接。'],
    },
    emotion: 1, personas: ['liu'],
    painPoints: '为了领礼品填了申请表，后来才知道一年要刷满6次才免年费。',
    tags: ['合作机构'],
  });
  const appApply = b.tp({
    id: 'app-apply', title: 'App在线申请与身份核验', stage: 'apply', channel: 'app', kind: 'account-opening-kyc', owner: '信用卡中心渠道部',
    description: '扫码进入App填写申请，人脸识别和身份证核验。',
    complaints: { 'facilities-systems': [2, 3, 2, 2, 3, 2, 2, 3, 3, 2, 3, 3] },
    risk: [2, 4, '线上申请依赖人脸识别，冒名申请的后果严重。'],
    rights: ['asset', 'privacy'],
    emotion: 1, personas: ['liu'],
  });
  const credit = b.tp({
    id: 'credit', title: '征信查询与数据授权', stage: 'apply', channel: 'app', kind: 'personal-data-collection', owner: '个人信息保护办公室',
    description: '征信查询授权、第三方数据核验授权和营销授权。',
    complaints: { 'information-security': [1, 1, 2, 1, 1, 2, 1, 2, 1, 2, 2, 2] },
    risk: [3, 4, '征信查询和第三方数据核验需要单独授权，授权范围过宽会侵害信息安全权。'],
    rights: ['privacy'],
    controls: { 'pi-no-forced-consent': ['partial', '不同意营销推送也能申请，但该选项默认勾选。'] },
    emotion: 0,
  });
  const branchApply = b.tp({
    id: 'branch-apply', title: '网点面签申请', stage: 'apply', channel: 'field', kind: 'account-opening-kyc', owner: '零售金融部',
    description: '客户在网点填写申请，客户经理面签并核验身份。',
    complaints: { 'service-quality': [1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1] },
    risk: [2, 3, '网点面签流程成熟，主要风险是顺带推荐其他产品。'],
    rights: ['choice'],
    emotion: 1,
  });
  const result = b.tp({
    id: 'result', title: '审批进度查询与结果通知', stage: 'approve', channel: 'app', kind: 'digital-self-service', owner: '信用卡中心风险部',
    description: '客户在App查询审批进度，接收核准额度或拒绝通知。',
    complaints: { 'rules-processes': [2, 2, 3, 2, 2, 3, 3, 2, 3, 3, 2, 3] },
    risk: [2, 3, '拒绝申请时不说明原因，客户反复查询和投诉。'],
    rights: ['know', 'respect'],
    emotion: 0, personas: ['liu'],
  });
  const activate = b.tp({
    id: 'activate', title: '卡片寄送与激活', stage: 'approve', channel: 'app', kind: 'account-opening-kyc', owner: '信用卡中心运营部',
    description: '卡片邮寄，客户在App核验身份后激活并设置密码。',
    complaints: { 'facilities-systems': [1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 2, 1] },
    risk: [2, 4, '寄送和激活环节核验不严，卡片可能被冒领盗用。'],
    rights: ['asset'],
    controls: { 'no-bundled-sale': ['partial', '激活页同时推荐“账单分期自动开通”，取消选项不明显。'] },
    emotion: 1, personas: ['liu'],
  });
  const instal = b.tp({
    id: 'instal', title: '激活外呼：分期与保险推荐', stage: 'approve', channel: 'hotline', kind: 'product-recommendation', owner: '信用卡中心分期业务部',
    description: '激活后外呼推荐账单分期和账户安全保险。',
    complaints: { 'pricing-fees': [3, 4, 3, 4, 5, 4, 5, 5, 6, 5, 6, 6], 'marketing-methods': [2, 2, 3, 2, 3, 3, 3, 4, 3, 3, 4, 4] },
    risk: [4, 4, '分期手续费以月费率宣传，客户低估真实成本；外呼推荐账户安全险存在搭售。'],
    rights: ['know', 'fair', 'choice'],
    controls: {
      'key-info-disclosure': ['partial', '外呼话术已加入年化利率，但App分期页仍以“月费率0.6%”为主标题。'],
      'no-bundled-sale': ['missing', '外呼中把“账户安全险”当作激活步骤介绍，客户以为必须购买。'],
      'bank-sales-dual-recording': ['na', '电话外呼不在网点销售专区范围，外呼全程录音。'],
      'product-risk-rating': ['na', '分期是信贷服务，不适用投资类产品风险评级。'],
    },
    emotion: -1, personas: ['liu'],
    painPoints: '以为0.6%很便宜，换算成年化接近13%。',
  });
  const txn = b.tp({
    id: 'txn', title: '交易提醒与账户安全', stage: 'use', channel: 'app', kind: 'digital-self-service', owner: '信用卡中心运营部',
    description: '交易实时推送、境外交易开关和挂失。',
    complaints: { 'facilities-systems': [1, 2, 1, 1, 2, 1, 2, 1, 2, 2, 1, 2] },
    risk: [2, 3, '交易提醒延迟会耽误发现盗刷。'],
    rights: ['asset'],
    emotion: 1, personas: ['liu'],
  });
  const dispute = b.tp({
    id: 'dispute', title: '盗刷与交易争议处理', stage: 'use', channel: 'hotline', kind: 'claims-redemption', owner: '信用卡中心风险部',
    description: '客户来电报告盗刷或争议交易，发起调单和先行赔付。',
    complaints: { 'fund-safety': [2, 3, 2, 3, 3, 2, 3, 4, 3, 3, 4, 3] },
    risk: [3, 4, '争议处理期间是否先行垫付、时限是否明确，直接影响客户资金。'],
    rights: ['asset', 'redress'],
    controls: { 'client-asset-segregation': ['na', '争议处理不涉及客户资产托管，资金安全由调单和先行赔付规则保障。'] },
    emotion: -1,
  });
  const annualFee = b.tp({
    id: 'annual-fee', title: '年费收取', stage: 'use', channel: 'app', kind: 'payment-fees', owner: '信用卡中心运营部',
    description: '未达到刷卡次数的卡片在发卡周年月收取年费。',
    complaints: { 'pricing-fees': [2, 2, 3, 2, 2, 3, 2, 3, 2, 3, 3, 19] },
    risk: [3, 3, '年费减免条件（每年刷卡次数）没有显著提示，客户被收年费后不满。'],
    rights: ['fair', 'know'],
    controls: { 'fee-disclosure': ['partial', '年费标准已公示，但减免条件在激活时和扣收前都没有提醒。'] },
    emotion: -2, personas: ['liu'],
    painPoints: '地推时说“免年费”，一年后被扣了600元。',
    tags: ['激增'],
  });
  const outbound = b.tp({
    id: 'outbound', title: '分期营销外呼与短信', stage: 'use', channel: 'hotline', kind: 'marketing-outreach', owner: '信用卡中心分期业务部',
    description: '对持卡人外呼推荐现金分期和账单分期。',
    complaints: { 'marketing-methods': [3, 3, 4, 3, 4, 4, 4, 5, 4, 5, 5, 5] },
    risk: [3, 3, '高频营销外呼影响客户安宁，退订后仍被打扰。'],
    rights: ['respect', 'privacy'],
    controls: {
      'marketing-opt-out': ['partial', '短信可回复TD退订；电话营销的拒绝记录没有同步到分期外呼系统。'],
      'no-return-guarantee': ['na', '信贷营销不涉及收益承诺。'],
    },
    emotion: -1,
  });
  const statement = b.tp({
    id: 'statement', title: '电子账单与最低还款提示', stage: 'bill', channel: 'app', kind: 'after-sale-service', owner: '信用卡中心运营部',
    description: '每月电子账单，列示应还金额、最低还款额和利息计算说明。',
    complaints: { disclosure: [2, 1, 2, 2, 2, 1, 2, 2, 2, 3, 2, 2] },
    risk: [3, 3, '最低还款后的利息计算方式不直观，客户误以为不产生利息。'],
    rights: ['know'],
    controls: {
      'client-asset-segregation': ['na', '账单服务不涉及客户资产托管。'],
      'financial-education': ['in-place', '账单附“最低还款会产生利息”的说明。'],
    },
    emotion: 0, personas: ['zhao'],
  });
  const autopay = b.tp({
    id: 'autopay', title: '自动还款扣款', stage: 'bill', channel: 'app', kind: 'payment-fees', owner: '信用卡中心运营部',
    description: '到期日从绑定的借记卡自动扣款。',
    complaints: { 'pricing-fees': [1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 2] },
    risk: [2, 3, '扣款失败不及时通知会产生逾期和征信影响。'],
    rights: ['asset'],
    emotion: 1,
  });
  const cashInstal = b.tp({
    id: 'cash-instal', title: '账单分期与现金分期', stage: 'bill', channel: 'app', kind: 'product-recommendation', owner: '信用卡中心分期业务部',
    description: 'App里办理账单分期和现金分期。',
    complaints: { 'pricing-fees': [2, 3, 3, 2, 3, 3, 4, 3, 4, 4, 3, 4] },
    risk: [4, 3, '分期页以月费率和“每期仅需”引导，客户难以比较成本。'],
    rights: ['know', 'fair'],
    controls: {
      'key-info-disclosure': ['partial', '分期确认页已展示年化利率，但字号小于月费率。'],
      'bank-sales-dual-recording': ['na', '线上自助办理，系统留痕可回溯。'],
      'product-risk-rating': ['na', '信贷服务不适用投资类产品风险评级。'],
    },
    emotion: 0, personas: ['zhao'],
  });
  const billCall = b.tp({
    id: 'bill-call', title: '账单与还款咨询', stage: 'bill', channel: 'hotline', kind: 'after-sale-service', owner: '客户服务中心',
    description: '客户来电询问账单、利息和还款方式。',
    complaints: { 'service-quality': [2, 2, 2, 3, 2, 2, 3, 3, 2, 3, 3, 3] },
    risk: [2, 2, '咨询答复不一致会影响客户信任。'],
    rights: ['know'],
    controls: { 'client-asset-segregation': ['na', '咨询服务不涉及客户资产。'] },
    emotion: 0,
  });
  const remind = b.tp({
    id: 'remind', title: '逾期提醒（App推送与短信）', stage: 'collect', channel: 'app', kind: 'loan-servicing-collection', owner: '信用卡中心催收部',
    description: '逾期后推送和短信提醒还款金额和后果。',
    complaints: { 'collection-methods': [1, 2, 1, 2, 2, 1, 2, 2, 2, 2, 3, 2] },
    risk: [2, 3, '提醒内容若有威胁性措辞，会损害客户尊严。'],
    rights: ['respect', 'know'],
    controls: { 'partner-due-diligence': ['na', '本行自行发送，不涉及合作机构。'] },
    emotion: -1, personas: ['zhao'],
  });
  const inhouse = b.tp({
    id: 'inhouse', title: '本行电话催收', stage: 'collect', channel: 'hotline', kind: 'loan-servicing-collection', owner: '信用卡中心催收部',
    description: '逾期1–90天由本行催收坐席电话催收。',
    complaints: { 'collection-methods': [4, 5, 4, 5, 6, 5, 6, 6, 5, 6, 6, 7] },
    risk: [3, 4, '频繁拨打和不当措辞会侵害客户的受尊重权和信息安全权。'],
    rights: ['respect', 'privacy'],
    controls: {
      'collection-conduct': ['partial', '系统禁止22:00至次日08:00外呼；抽检发现个别坐席对同一号码单日拨打超过6次。'],
      'partner-due-diligence': ['na', '本行坐席自行催收，不涉及合作机构。'],
    },
    emotion: -2, personas: ['zhao'],
  });
  const agency = b.tp({
    id: 'agency', title: '委外催收', stage: 'collect', channel: 'agency', kind: 'loan-servicing-collection', owner: '信用卡中心催收部',
    description: '逾期90天以上案件委托外部催收机构，按回款比例付费。',
    complaints: { 'collection-methods': [14, 16, 15, 18, 19, 18, 22, 24, 25, 26, 28, 31] },
    risk: [5, 4, '委外机构按回款提成，联系借款人同事、亲友等无关第三方的投诉集中，是本旅程投诉最多的环节。'],
    rights: ['respect', 'privacy'],
    controls: {
      'collection-conduct': ['missing', '录音抽检发现委外机构多次联系借款人的同事和亲友，属于无关第三方。'],
      'partner-due-diligence': ['partial', '委外机构有准入评估，但没有按投诉量执行退出机制。'],
      'pi-lifecycle-control': ['partial', '委外案件数据没有按最小必要原则脱敏，结案后没有及时回收。'],
    },
    emotion: -2, personas: ['zhao'],
    painPoints: '催收员给赵先生的客户打电话，影响了他的生意。',
    tags: ['合作机构', '热点'],
  });
  const negotiate = b.tp({
    id: 'negotiate', title: '协商还款与个性化分期', stage: 'collect', channel: 'hotline', kind: 'loan-servicing-collection', owner: '信用卡中心催收部',
    description: '客户申请停息挂账或个性化分期，审核后签订协议。',
    complaints: { 'rules-processes': [1, 2, 2, 2, 3, 2, 3, 3, 3, 3, 4, 3] },
    risk: [3, 3, '协商还款的标准不透明，客户反复申请被拒。'],
    rights: ['fair', 'respect'],
    controls: {
      'fee-disclosure': ['partial', '协商分期的手续费和违约金减免规则没有书面告知。'],
      'partner-due-diligence': ['na', '本行直接受理，不涉及合作机构。'],
    },
    emotion: 0, personas: ['zhao'],
  });
  const creditReport = b.tp({
    id: 'credit-report', title: '征信报送与异议处理', stage: 'close', channel: 'back', kind: 'after-sale-service', owner: '信用卡中心运营部',
    description: '逾期记录报送征信，受理并核实客户的征信异议。',
    complaints: { 'information-security': [1, 1, 2, 1, 1, 2, 2, 1, 2, 2, 2, 2] },
    risk: [3, 4, '错误报送逾期记录会影响客户贷款和就业，异议处理慢会扩大损失。'],
    rights: ['privacy', 'redress'],
    controls: { 'client-asset-segregation': ['na', '征信异议不涉及客户资产托管。'] },
    emotion: -1, personas: ['zhao'],
  });
  const complaint = b.tp({
    id: 'complaint', title: '客服热线投诉受理', stage: 'close', channel: 'hotline', kind: 'complaint-handling', owner: '客户服务中心',
    description: '受理年费、分期、催收等投诉，按标准编码分类。',
    complaints: { 'service-quality': [2, 2, 3, 2, 3, 3, 3, 3, 4, 3, 4, 4] },
    risk: [3, 3, '投诉渠道不畅会让客户转向监管投诉。'],
    rights: ['redress'],
    controls: { 'complaint-classification': ['partial', '投诉按JR/T 0169-2018编码，但委外催收投诉常被归入“其他”。'] },
    emotion: -1, personas: ['zhao'],
  });
  const regulator = b.tp({
    id: 'regulator', title: '监管转办投诉处理', stage: 'close', channel: 'back', kind: 'complaint-handling', owner: '消费者权益保护部',
    description: '处理监管部门转办的投诉，调查、答复并整改。',
    risk: [4, 4, '监管转办投诉处理超时或答复不实，会引来监管处罚。'],
    rights: ['redress', 'fair'],
    controls: {
      'complaint-decision-15d': ['partial', '转办投诉15日内答复率88%；复杂的催收投诉延期时没有告知客户。'],
      'complaint-root-cause': ['partial', '已向委外机构通报问题，但没有与考核挂钩。'],
    },
    emotion: null,
  });
  const closeCard = b.tp({
    id: 'close-card', title: '销卡', stage: 'close', channel: 'app', kind: 'surrender-closure', owner: '信用卡中心运营部',
    description: '结清欠款后在App申请销卡。',
    complaints: { 'rules-processes': [1, 1, 2, 1, 1, 1, 2, 1, 2, 1, 2, 2] },
    risk: [2, 3, '销卡前必须结清分期，剩余分期手续费怎么处理没有事先说明。'],
    rights: ['choice', 'fair'],
    controls: { 'surrender-exit-disclosure': ['partial', '销卡页没有说明未到期的分期手续费是否一次性收取。'] },
    emotion: 0, personas: ['liu'],
  });

  b.flow(design, street, appApply, credit, result, activate, instal, txn, annualFee, statement, autopay, remind, inhouse, agency);
  b.connect(branchApply, credit);
  b.flow(txn, dispute);
  b.flow(outbound, cashInstal);
  b.connect(statement, cashInstal);
  b.connect(statement, billCall);
  b.connect(inhouse, negotiate);
  b.connect(agency, complaint, 'escalation', '投诉');
  b.connect(complaint, regulator, 'escalation', '转办');
  b.connect(negotiate, creditReport);
  b.connect(creditReport, closeCard, undefined, '结清后');

  b.note(ILLUSTRATIVE_NOTE, 0);
  b.note('委外催收的投诉接近全旅程的三成，集中在“联系无关第三方”。', 1040, 'pink');
  b.note('行业自律指引（2026）：未经同意不在22:00至次日08:00催收；同一号码每日呼叫不超过6次；不联系无关第三方。', 1240, 'blue');

  b.accept(outbound, 'partial-control', 'marketing-opt-out', {
    reason: '电话营销拒绝名单与分期外呼系统的实时同步2026年一季度上线；期间每日批量同步一次。',
    owner: '信用卡中心分期业务部 孙悦',
    dueDate: '2026-03-31',
    ticket: 'CC-2025-344',
    decidedAt: '2025-12-15T08:00:00.000Z',
  });
  b.accept(complaint, 'partial-control', 'complaint-classification', {
    reason: '投诉分类编码培训已于2025年12月完成，2026年1月起每月复核“其他”类投诉。',
    owner: '客户服务中心 周婷',
    dueDate: '2026-01-31',
    ticket: 'CS-2025-412',
    decidedAt: '2025-12-16T08:00:00.000Z',
  });
  return b.build();
}
