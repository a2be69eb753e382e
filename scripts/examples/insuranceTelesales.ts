/** Example 2: long-term insurance sold by outbound telesales, with the cooling-off period and a surrender. */
import type { JourneyData } from '../../src/domain/schema';
import { ILLUSTRATIVE_NOTE, JourneyBuilder, describeExample, type ExampleInfo } from './dsl';

export const info: ExampleInfo = {
  id: 'insurance-telesales',
  name: '保险电话销售：犹豫期与退保',
  nameEn: 'Insurance telesales with the cooling-off period and a surrender',
  summary: {
    zh: '外呼销售、投保确认、回访、犹豫期撤单与退保',
    en: 'Outbound telesales, policy confirmation, follow-up call, cooling-off cancellation and surrender',
  },
  sector: 'insurance',
};

export function build(): JourneyData {
  const b = new JourneyBuilder({
    ...info,
    prefix: 'ts',
    description: describeExample('保险公司通过电话外呼销售长期重疾险和两全保险，覆盖名单获取、需求分析、条款说明、电子投保、保单送达与回访、犹豫期撤单、退保和投诉处理。', info.nameEn),
    createdAt: '2026-01-06T09:00:00.000Z',
    firstMonth: '2025-04',
    stages: [
      ['reach', '营销外呼'],
      ['apply', '投保'],
      ['issue', '承保与回访'],
      ['cool', '犹豫期'],
      ['after', '退保与投诉'],
    ],
    channels: [
      ['tele', '电话销售中心'],
      ['sms', '短信与微信'],
      ['app', '官网与App'],
      ['hotline', '客服热线'],
      ['back', '核保与运营'],
    ],
    personas: [
      ['zhang', '张女士', '42岁企业职员，接到外呼后投保长期重疾险，年缴保费8,600元；工作忙，主要在手机上办理。'],
      ['chen', '陈老先生', '63岁退休工人，被推荐十年期两全保险，年缴2万元；子女知道后希望退保。'],
    ],
  });

  const list = b.tp({
    id: 'list', title: '外呼名单来源与授权核验', stage: 'reach', channel: 'back', kind: 'personal-data-collection', owner: '电销运营部',
    description: '外呼名单的来源登记、授权核验和免打扰名单过滤。',
    complaints: { 'information-security': [1, 2, 1, 2, 2, 1, 2, 3, 2] },
    risk: [4, 4, '部分名单来自合作渠道，客户可能从未同意被保险公司联系，涉及违规对外提供个人信息。'],
    rights: ['privacy'],
    controls: {
      'pi-separate-consent': ['partial', '自有客户名单有授权记录；合作渠道名单的“向第三方提供”单独同意留痕不全。'],
      'pi-impact-assessment': ['in-place', '2025年3月完成电销名单处理的个人信息保护影响评估。'],
    },
    emotion: null, tags: ['合作渠道'],
  });
  const script = b.tp({
    id: 'script', title: '电销产品与话术上线审查', stage: 'reach', channel: 'back', kind: 'product-design-launch', owner: '产品精算部',
    description: '电销产品条款、演示利率和外呼话术的消保审查。',
    risk: [2, 4, '话术和演示利率是销售误导的源头，上线前的审查决定了后续全部外呼的质量。'],
    rights: ['know', 'fair'],
    controls: {
      'cp-review': ['in-place', '2025年版话术经消保审查，审查意见已闭环。'],
      'product-risk-rating': ['na', '传统保障型产品不做投资类风险评级；投连险不在电销范围内。'],
    },
    emotion: null,
  });
  const call = b.tp({
    id: 'call', title: '坐席首次外呼', stage: 'reach', channel: 'tele', kind: 'marketing-outreach', owner: '电话销售中心',
    description: '坐席按名单外呼，介绍公司和产品，询问投保意向。',
    complaints: { 'marketing-methods': [9, 8, 10, 9, 11, 10, 9, 10, 31] },
    risk: [4, 3, '外呼频次高且受业绩驱动，骚扰和夸大宣传容易引发投诉。'],
    rights: ['respect', 'privacy', 'know'],
    controls: {
      'marketing-opt-out': ['partial', '客户明确拒绝后会加入免打扰名单，但同步有延迟，仍有“30天内被再次外呼”的投诉。'],
      'no-return-guarantee': ['partial', '个别坐席把两全险的演示利率说成“稳定收益”，质检已扣分。'],
      'insurance-sales-traceability': ['in-place', '电话销售全程录音，录音与保单号关联。'],
    },
    emotion: -1, personas: ['zhang', 'chen'],
    painPoints: '一周内接到多个不同号码的外呼。',
    tags: ['激增'],
  });
  const sms = b.tp({
    id: 'sms', title: '营销短信与退订', stage: 'reach', channel: 'sms', kind: 'marketing-outreach', owner: '电销运营部',
    description: '外呼前后的产品短信和微信公众号推送，回复TD退订。',
    complaints: { 'marketing-methods': [2, 3, 2, 2, 3, 2, 3, 3, 4] },
    risk: [2, 2, '短信内容经过审核，主要风险是退订不生效。'],
    rights: ['respect', 'privacy'],
    controls: {
      'insurance-sales-traceability': ['na', '营销短信不构成销售行为，短信内容和发送记录另行留存。'],
      'partner-due-diligence': ['na', '短信由本公司平台发送，不经合作方。'],
    },
    emotion: 0,
  });
  const needs = b.tp({
    id: 'needs', title: '需求分析与产品推荐', stage: 'apply', channel: 'tele', kind: 'product-recommendation', owner: '电话销售中心',
    description: '坐席了解家庭情况、收入和已有保障，推荐产品和缴费方案。',
    complaints: { 'marketing-methods': [3, 3, 4, 3, 4, 4, 3, 5, 6], disclosure: [2, 2, 3, 2, 2, 3, 3, 3, 4] },
    risk: [4, 4, '电话中难以核实客户的真实需求和缴费能力，长期缴费产品推荐不当的后果严重。'],
    rights: ['know', 'asset', 'choice'],
    controls: {
      'suitability-match': ['partial', '只口头询问年收入，没有按保费占收入比例设置系统拦截。'],
      'key-info-disclosure': ['partial', '保障责任介绍完整，但现金价值和退保损失只一句带过。'],
      'product-risk-rating': ['na', '保障型产品不做投资类风险评级（投连险不在电销范围内）。'],
    },
    emotion: 0, personas: ['chen'],
    painPoints: '陈老先生以为买的是“存款”，不清楚要连续缴费十年。',
  });
  const health = b.tp({
    id: 'health', title: '健康告知与投保信息采集', stage: 'apply', channel: 'tele', kind: 'personal-data-collection', owner: '核保部',
    description: '逐项询问健康告知，采集投保人和被保险人信息。',
    complaints: { 'information-security': [0, 1, 0, 1, 0, 1, 1, 0, 1] },
    risk: [3, 4, '健康信息属于敏感个人信息；告知不清还会导致日后的拒赔纠纷。'],
    rights: ['privacy', 'know'],
    controls: { 'pi-separate-consent': ['in-place', '健康告知前单独取得敏感个人信息处理同意，并录音确认。'] },
    emotion: 0, personas: ['zhang'],
  });
  const confirm = b.tp({
    id: 'confirm', title: '条款说明与投保确认', stage: 'apply', channel: 'tele', kind: 'contract-signing', owner: '电话销售中心',
    description: '坐席念读责任免除、缴费期和犹豫期，客户口头确认投保。',
    complaints: { 'contract-terms': [2, 3, 2, 3, 3, 2, 3, 4, 4] },
    risk: [4, 4, '责任免除和犹豫期在电话里快速念读，客户可能没有真正理解就确认投保。'],
    rights: ['know', 'fair'],
    controls: {
      'fair-contract-terms': ['partial', '责任免除条款按要求念读，但语速过快，没有逐条确认客户理解。'],
      'cooling-off-notice': ['in-place', '确认环节明确告知15天犹豫期和犹豫期内无条件退费。'],
    },
    emotion: 0, personas: ['zhang', 'chen'],
  });
  const esign = b.tp({
    id: 'esign', title: '短信投保链接与电子签名', stage: 'apply', channel: 'app', kind: 'contract-signing', owner: '互联网保险部',
    description: '客户打开短信链接，核对投保信息并电子签名。',
    complaints: { 'free-choice': [3, 2, 4, 3, 3, 4, 4, 5, 5] },
    risk: [4, 3, '电子投保页的附加险默认勾选，客户可能在不知情时多付保费。'],
    rights: ['choice', 'fair'],
    controls: {
      'no-bundled-sale': ['missing', '投保页的“附加意外险”默认勾选，需要客户主动取消。'],
      'insurance-sales-traceability': ['in-place', '互联网投保页面操作全程可回溯。'],
    },
    emotion: -1, personas: ['zhang'],
    painPoints: '签完才发现多了一份附加险。',
  });
  const premium = b.tp({
    id: 'premium', title: '首期保费扣款', stage: 'apply', channel: 'back', kind: 'payment-fees', owner: '运营管理部',
    description: '按授权从客户银行卡扣收首期保费。',
    complaints: { 'pricing-fees': [1, 1, 2, 1, 1, 2, 1, 2, 2] },
    risk: [2, 3, '扣款金额和电话里说的不一致时会引发投诉。'],
    rights: ['fair', 'asset'],
    emotion: 0,
  });
  const delivery = b.tp({
    id: 'delivery', title: '电子保单送达', stage: 'issue', channel: 'app', kind: 'policy-delivery-return-visit', owner: '运营管理部',
    description: '承保后发送电子保单，记录送达时间。',
    complaints: { 'service-quality': [1, 0, 1, 1, 0, 1, 1, 1, 1] },
    risk: [2, 3, '送达日是犹豫期的起算点，送达留痕不全会影响客户的退费权利。'],
    rights: ['know'],
    controls: { 'record-retention': ['in-place', '保单和销售录音按保险法要求留存十年以上。'] },
    emotion: 1, personas: ['zhang'],
  });
  const callback = b.tp({
    id: 'callback', title: '新单回访电话', stage: 'issue', channel: 'hotline', kind: 'policy-delivery-return-visit', owner: '客户服务中心',
    description: '回访确认本人投保、了解缴费期、责任免除和犹豫期。',
    complaints: { 'service-quality': [1, 1, 2, 1, 2, 1, 2, 2, 2] },
    risk: [3, 4, '回访是发现销售误导的关键环节，流于形式就会错过犹豫期内纠正的机会。'],
    rights: ['know', 'redress', 'respect'],
    controls: { 'policy-delivery-return-visit': ['partial', '回访覆盖率98%，但对60岁以上客户没有确认其是否理解缴费期和退保损失。'] },
    emotion: 0, personas: ['chen'],
  });
  const coolSms = b.tp({
    id: 'cool-sms', title: '犹豫期提醒短信', stage: 'cool', channel: 'sms', kind: 'cooling-off', owner: '运营管理部',
    description: '保单送达后提醒犹豫期截止日和撤单方式。',
    complaints: { other: [0, 1, 0, 0, 1, 0, 1, 0, 1] },
    risk: [2, 3, '提醒短信是客户知道可以无损撤单的主要途径。'],
    rights: ['know', 'choice'],
    emotion: 0, personas: ['zhang'],
  });
  const cancel = b.tp({
    id: 'cancel', title: '犹豫期内撤单申请', stage: 'cool', channel: 'hotline', kind: 'cooling-off', owner: '客户服务中心',
    description: '客户来电申请犹豫期撤单，坐席核实身份后受理。',
    complaints: { 'rules-processes': [2, 3, 3, 2, 4, 3, 4, 4, 5] },
    risk: [3, 4, '坐席挽留或要求重复提交材料，客户可能错过犹豫期。'],
    rights: ['choice', 'redress'],
    controls: { 'cooling-off-notice': ['partial', '撤单要求本人来电并补交身份证照片，挽留话术可能拖延办理。'] },
    emotion: -1, personas: ['chen'],
  });
  const refund = b.tp({
    id: 'refund', title: '犹豫期退费到账', stage: 'cool', channel: 'back', kind: 'cooling-off', owner: '运营管理部',
    description: '犹豫期撤单后全额退还已交保费。',
    complaints: { 'fund-safety': [0, 1, 1, 0, 1, 1, 1, 1, 1] },
    risk: [2, 3, '犹豫期退费应全额、无条件；扣工本费会引发纠纷。'],
    rights: ['asset'],
    emotion: 1, personas: ['chen'],
  });
  const renewal = b.tp({
    id: 'renewal', title: '续期缴费提醒与扣款', stage: 'after', channel: 'sms', kind: 'payment-fees', owner: '运营管理部',
    description: '续期保费到期前提醒，按授权扣款。',
    complaints: { 'pricing-fees': [1, 2, 1, 1, 2, 2, 1, 2, 2] },
    risk: [2, 3, '续期扣款前不提醒，会造成客户账户透支或保单失效。'],
    rights: ['know', 'asset'],
    emotion: 0, personas: ['zhang'],
  });
  const surrender = b.tp({
    id: 'surrender', title: '退保咨询与挽留', stage: 'after', channel: 'hotline', kind: 'surrender-closure', owner: '客户服务中心',
    description: '客户或其子女来电咨询退保，坐席说明现金价值并挽留。',
    complaints: { 'rules-processes': [6, 7, 8, 9, 11, 12, 13, 14, 16], disclosure: [4, 5, 5, 6, 7, 7, 8, 8, 9] },
    risk: [4, 4, '退保损失大，挽留话术反复劝阻，客户容易感到被刁难；这是寿险投诉的主要类型。'],
    rights: ['know', 'fair', 'choice'],
    controls: { 'surrender-exit-disclosure': ['partial', '坐席口头说明现金价值，但没有书面告知退保损失金额；挽留次数没有上限。'] },
    emotion: -2, personas: ['chen'],
    painPoints: '子女代为咨询时被要求老人本人到场。',
    tags: ['热点'],
  });
  const surrenderApp = b.tp({
    id: 'surrender-app', title: '线上退保申请', stage: 'after', channel: 'app', kind: 'surrender-closure', owner: '互联网保险部',
    description: '在App提交退保申请，上传身份证明和银行卡。',
    complaints: { 'facilities-systems': [1, 2, 1, 2, 2, 2, 3, 2, 3] },
    risk: [3, 3, '线上退保入口深，需要上传多份材料。'],
    rights: ['choice'],
    controls: { 'key-info-disclosure': ['in-place', '退保页展示现金价值试算和退保损失。'] },
    emotion: -1, personas: ['zhang'],
  });
  const payout = b.tp({
    id: 'payout', title: '退保金支付', stage: 'after', channel: 'back', kind: 'claims-redemption', owner: '运营管理部',
    description: '核算现金价值，支付退保金。',
    complaints: { 'fund-safety': [1, 1, 1, 2, 1, 1, 2, 1, 2] },
    risk: [2, 4, '退保金算错或延迟支付会直接损害客户财产。'],
    rights: ['asset', 'redress'],
    controls: { 'claims-fairness': ['in-place', '退保金T+3到账，时效达标率99%。'] },
    emotion: 0,
  });
  const intake = b.tp({
    id: 'intake', title: '客服热线投诉受理', stage: 'after', channel: 'hotline', kind: 'complaint-handling', owner: '客户服务中心',
    description: '受理销售误导、退保和外呼骚扰投诉，接受代理人和继承人投诉。',
    complaints: { 'service-quality': [2, 2, 3, 2, 3, 3, 3, 4, 4] },
    risk: [3, 3, '受理不规范会让投诉转向监管部门。'],
    rights: ['redress'],
    controls: { 'complaint-no-redundant-docs': ['partial', '子女代理投诉时被要求重复提供已留存的保单和身份证明。'] },
    emotion: -1, personas: ['chen'],
  });
  const resolve = b.tp({
    id: 'resolve', title: '投诉调查与答复', stage: 'after', channel: 'back', kind: 'complaint-handling', owner: '消费者权益保护部',
    description: '调取销售录音核实，作出处理决定并告知客户。',
    risk: [3, 4, '销售纠纷需要调取录音核实，处理超时会升级为监管投诉。'],
    rights: ['redress', 'fair'],
    controls: {
      'complaint-decision-15d': ['partial', '一般投诉平均9天办结；退保纠纷平均18天，延期没有书面告知。'],
      'complaint-root-cause': ['missing', '投诉没有按坐席和话术版本归因，同类问题反复出现。'],
    },
    emotion: null,
  });

  b.connect(script, call);
  b.flow(list, call, needs, health, confirm, esign, premium, delivery, callback, coolSms, cancel, refund);
  b.connect(call, sms);
  b.connect(coolSms, renewal, undefined, '未撤单');
  b.flow(renewal, surrender, payout);
  b.connect(renewal, surrenderApp);
  b.connect(surrenderApp, payout);
  b.connect(surrender, intake, 'escalation', '投诉');
  b.connect(intake, resolve, 'escalation');

  b.note(ILLUSTRATIVE_NOTE, 0);
  b.note('2025年12月“开门红”外呼扩量，外呼投诉当月升到31件。', 200, 'pink');
  b.note('长期健康险犹豫期不少于15天（《健康保险管理办法》），犹豫期内撤单应无条件全额退费。', 780, 'blue');

  b.accept(callback, 'partial-control', 'policy-delivery-return-visit', {
    reason: '回访脚本2026年1月起增加老年客户理解确认题，坐席已培训；过渡期由质检抽听60岁以上客户的回访录音。',
    owner: '客户服务中心 刘洋',
    dueDate: '2026-02-28',
    ticket: 'CS-2025-207',
    decidedAt: '2025-12-18T08:00:00.000Z',
  });
  b.accept(call, 'partial-control', 'no-return-guarantee', {
    reason: '已下发话术禁用词清单，质检系统关键词实时提醒2026年3月上线；期间人工抽检比例提高到20%。',
    owner: '电话销售中心 王磊',
    dueDate: '2026-03-31',
    ticket: 'TS-2025-091',
    decidedAt: '2025-12-19T08:00:00.000Z',
  });
  return b.build();
}
