/** Example 1: a bank wealth-management product sold in the branch and in the mobile app. */
import type { JourneyData } from '../../src/domain/schema';
import { ILLUSTRATIVE_NOTE, JourneyBuilder, describeExample, type ExampleInfo } from './dsl';

export const info: ExampleInfo = {
  id: 'bank-wealth-management',
  name: '银行理财产品销售（网点与手机银行）',
  nameEn: 'Bank wealth-management product sale (branch and mobile app)',
  summary: {
    zh: '风险测评、适当性匹配、双录、信息披露、购买与赎回',
    en: 'Risk questionnaire, suitability, recorded sale, disclosure, purchase and redemption',
  },
  sector: 'bank',
};

export function build(): JourneyData {
  const b = new JourneyBuilder({
    ...info,
    prefix: 'wm',
    description: describeExample('银行理财产品在网点与手机银行的销售全流程，包括风险测评、适当性匹配、销售专区双录、信息披露、购买、持有期披露和赎回。', info.nameEn),
    createdAt: '2026-01-05T09:00:00.000Z',
    firstMonth: '2025-01',
    stages: [
      ['aware', '了解产品'],
      ['assess', '风险测评'],
      ['advise', '推荐与披露'],
      ['buy', '购买'],
      ['hold', '持有期'],
      ['exit', '赎回与投诉'],
    ],
    channels: [
      ['branch', '网点理财专区'],
      ['app', '手机银行'],
      ['call', '客服热线'],
      ['back', '中后台'],
    ],
    personas: [
      ['wang', '王阿姨', '68岁退休教师，首次购买理财，习惯去网点办理，风险测评为稳健型（C2），最关心本金安全。'],
      ['li', '李先生', '35岁互联网从业者，主要使用手机银行，风险测评为进取型（C4），关注收益和赎回到账速度。'],
    ],
  });

  const launch = b.tp({
    id: 'launch', title: '理财产品准入与消保审查', stage: 'aware', channel: 'back', kind: 'product-design-launch', owner: '产品管理部',
    description: '代销理财产品上线前的准入评估、风险评级和消费者权益保护审查。',
    risk: [2, 4, '准入环节有消保审查和风险评级；评级一旦偏低，后续全部适当性匹配都会出错。'],
    rights: ['know', 'fair'],
    controls: { 'product-risk-rating': ['in-place', '发行方与本行评级不一致时采用较高等级并披露。'], 'cp-review': ['in-place', '2025年新产品100%经过消保审查。'] },
    emotion: null,
  });
  const poster = b.tp({
    id: 'poster', title: '网点海报与理财经理宣介', stage: 'aware', channel: 'branch', kind: 'marketing-outreach', owner: '零售金融部',
    description: '网点海报、宣传折页和理财经理在大堂的口头宣介。',
    complaints: { 'marketing-methods': [1, 0, 2, 1, 1, 0, 1, 2, 1, 1, 0, 1] },
    risk: [3, 3, '理财经理的口头宣介难以全程管控，可能夸大收益或用历史业绩暗示收益。'],
    rights: ['know', 'choice'],
    controls: {
      'no-return-guarantee': ['partial', '海报经审核；神秘客抽查中两次发现理财经理口头使用“稳赚”“跟存款差不多”等表述。'],
      'partner-due-diligence': ['na', '本行自营渠道宣介，不涉及合作机构。'],
      'marketing-opt-out': ['na', '网点面对面宣介，不涉及营销信息推送。'],
    },
    emotion: 1, personas: ['wang'],
    painPoints: '宣传册术语多，“业绩比较基准”容易被理解为承诺收益。',
  });
  const feed = b.tp({
    id: 'feed', title: '手机银行理财频道与推荐位', stage: 'aware', channel: 'app', kind: 'digital-self-service', owner: '网络金融部',
    description: '理财频道首页、个性化推荐位和产品排行榜。',
    complaints: { 'facilities-systems': [2, 1, 2, 3, 2, 2, 1, 2, 3, 2, 2, 3] },
    risk: [2, 3, '推荐位按近期收益排序，可能引导客户只关注短期收益。'],
    rights: ['know', 'respect'],
    controls: { 'marketing-opt-out': ['partial', '可以关闭个性化推荐，但入口在“设置—隐私”三级菜单，客户很难找到。'] },
    emotion: 1, personas: ['li'], tags: ['线上'],
  });
  const branchRisk = b.tp({
    id: 'branch-risk', title: '网点风险承受能力测评', stage: 'assess', channel: 'branch', kind: 'risk-assessment', owner: '零售金融部',
    description: '首次购买前在网点填写纸质或平板问卷，客户签字确认测评结果。',
    complaints: { 'rules-processes': [1, 2, 1, 2, 2, 1, 3, 2, 1, 2, 2, 2], 'service-quality': [1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0] },
    risk: [3, 4, '老年客户可能在理财经理引导下作答，测评结果偏高会让高风险产品被判定为“匹配”。'],
    rights: ['know', 'asset', 'respect'],
    controls: { 'elderly-accessible-service': ['partial', '65岁以上客户测评全程双录，但纸质问卷字号小，没有专人逐题解释的留痕。'] },
    emotion: 0, personas: ['wang'],
    painPoints: '问卷共18题，“投资经验”“可承受亏损比例”等题目老人难以理解。',
  });
  const appRisk = b.tp({
    id: 'app-risk', title: '手机银行在线风险测评', stage: 'assess', channel: 'app', kind: 'risk-assessment', owner: '网络金融部',
    description: '客户在手机银行自助完成风险测评，电子签名确认。',
    complaints: { 'rules-processes': [2, 3, 2, 2, 3, 4, 3, 3, 2, 4, 3, 3] },
    risk: [4, 3, '在线测评可在短时间内多次重做，客户可能为买到高风险产品反复修改答案。'],
    rights: ['know', 'asset'],
    controls: {
      'customer-risk-assessment': ['partial', '测评每日可重做3次，系统不识别前后矛盾的答案；已有客户一天内由C2改为C4。'],
      'bank-sales-dual-recording': ['na', '线上自助测评，以系统留痕和电子签名替代网点双录。'],
    },
    emotion: 0, personas: ['li'],
  });
  const consent = b.tp({
    id: 'consent', title: '个人信息与营销授权', stage: 'assess', channel: 'app', kind: 'personal-data-collection', owner: '个人信息保护办公室',
    description: '测评时采集收入、资产和投资经验，并请求营销授权。',
    complaints: { 'information-security': [0, 1, 0, 1, 1, 0, 1, 2, 1, 1, 1, 2] },
    risk: [3, 4, '测评同时采集资产、收入等敏感信息，授权范围不清会侵害信息安全权。'],
    rights: ['privacy', 'choice'],
    controls: {
      'pi-separate-consent': ['partial', '服务授权与营销授权在同一页勾选，营销授权没有单独取得。'],
      'pi-impact-assessment': ['in-place', '2025年6月完成个人信息保护影响评估。'],
    },
    emotion: -1, personas: ['li'],
  });
  const advise = b.tp({
    id: 'advise', title: '理财经理产品推荐', stage: 'advise', channel: 'branch', kind: 'product-recommendation', owner: '财富管理部',
    description: '理财经理根据测评结果推荐产品，讲解产品说明书和风险揭示书。',
    complaints: { disclosure: [2, 1, 3, 2, 2, 3, 2, 4, 3, 2, 3, 3], 'marketing-methods': [1, 1, 1, 2, 1, 1, 2, 2, 1, 2, 1, 2] },
    risk: [4, 4, '面对面推荐受业绩考核驱动，误导销售和不适当推荐的可能性高，后果是客户本金损失。'],
    rights: ['know', 'asset', 'choice'],
    controls: {
      'no-return-guarantee': ['partial', '话术已审核，但录音抽检显示约5%的推荐提到“历史上从没亏过”。'],
      'suitability-match': ['in-place', '系统对风险等级不匹配的产品强制拦截，2025年拦截312笔。'],
    },
    emotion: 0, personas: ['wang'],
    painPoints: '产品说明书长达30页，客户很难当场读完。',
  });
  const detail = b.tp({
    id: 'detail', title: '产品详情页与风险揭示', stage: 'advise', channel: 'app', kind: 'product-recommendation', owner: '网络金融部',
    description: '手机银行的产品详情页、风险等级标识、说明书和风险揭示书。',
    complaints: { disclosure: [3, 2, 3, 4, 3, 3, 4, 3, 5, 4, 3, 4] },
    risk: [3, 4, '线上客户自行阅读，风险等级、费率和业绩比较基准不在首屏，容易被忽略。'],
    rights: ['know'],
    controls: {
      'key-info-disclosure': ['partial', '风险等级和费率在详情页第三屏，产品说明书需下载PDF阅读。'],
      'bank-sales-dual-recording': ['na', '线上自助购买不适用网点双录，销售过程系统留痕、可回溯。'],
    },
    emotion: 0, personas: ['li'],
  });
  const recording = b.tp({
    id: 'recording', title: '销售专区双录与风险揭示书签署', stage: 'advise', channel: 'branch', kind: 'contract-signing', owner: '零售金融部',
    description: '在销售专区同步录音录像，客户抄录风险提示语并签署风险揭示书。',
    complaints: { 'service-quality': [1, 1, 0, 2, 1, 1, 1, 0, 1, 2, 1, 1] },
    risk: [3, 4, '双录是事后举证的关键证据，录制不完整就无法确认销售责任。'],
    rights: ['know', 'redress'],
    controls: { 'bank-sales-dual-recording': ['in-place', '销售专区双录全覆盖，质检抽检比例10%。'] },
    emotion: -1, personas: ['wang'],
    painPoints: '双录一次要20多分钟，老人容易疲劳。',
  });
  const kyc = b.tp({
    id: 'kyc', title: '开立理财账户与人脸核验', stage: 'buy', channel: 'app', kind: 'account-opening-kyc', owner: '运营管理部',
    description: '首次购买前开立理财账户，人脸识别和银行卡验证。',
    complaints: { 'facilities-systems': [2, 2, 3, 2, 1, 2, 2, 3, 2, 2, 3, 2] },
    risk: [2, 4, '身份核验不严会导致冒名开户；人脸识别对部分老年客户通过率低。'],
    rights: ['asset', 'respect'],
    controls: { 'elderly-accessible-service': ['partial', '长辈版手机银行不支持开立理财账户，老年客户只能去网点。'] },
    emotion: -1, personas: ['li'],
  });
  const confirm = b.tp({
    id: 'confirm', title: '手机银行认购确认', stage: 'buy', channel: 'app', kind: 'contract-signing', owner: '网络金融部',
    description: '阅读并勾选产品合同、说明书和风险揭示书后确认认购。',
    complaints: { 'contract-terms': [1, 1, 2, 1, 1, 2, 1, 2, 2, 1, 2, 2] },
    risk: [3, 3, '确认页很长，提前终止、费用等关键条款容易被跳过。'],
    rights: ['know', 'fair'],
    controls: {
      'fair-contract-terms': ['partial', '销售服务费和提前终止条款已加粗，但客户可以不阅读直接勾选确认。'],
      'bank-sales-dual-recording': ['na', '线上自助认购不适用网点双录，已按要求留存操作轨迹。'],
    },
    emotion: 1, personas: ['li'],
  });
  const counter = b.tp({
    id: 'counter', title: '网点柜面认购与扣款', stage: 'buy', channel: 'branch', kind: 'payment-fees', owner: '运营管理部',
    description: '柜员录入认购申请，从客户借记卡扣款并打印回单。',
    complaints: { 'pricing-fees': [0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1] },
    risk: [2, 3, '柜面操作失误可能导致重复扣款或认购金额错误。'],
    rights: ['asset', 'fair'],
    emotion: 1, personas: ['wang'],
  });
  const fees = b.tp({
    id: 'fees', title: '费用扣收与电子回单', stage: 'buy', channel: 'app', kind: 'payment-fees', owner: '运营管理部',
    description: '认购费、销售服务费和托管费的扣收与电子回单。',
    complaints: { 'pricing-fees': [2, 2, 3, 2, 3, 2, 3, 3, 2, 3, 4, 3] },
    risk: [3, 3, '销售服务费和托管费按日计提，客户常以为“不收费”。'],
    rights: ['fair', 'know'],
    controls: { 'fee-disclosure': ['partial', '电子回单只列认购费，销售服务费和托管费只在说明书中披露。'] },
    emotion: 0,
  });
  const nav = b.tp({
    id: 'nav', title: '净值波动与定期报告披露', stage: 'hold', channel: 'app', kind: 'after-sale-service', owner: '财富管理部',
    description: '每日净值、季度报告和净值回撤时的客户告知。',
    complaints: {
      'product-returns': [4, 5, 6, 5, 7, 8, 12, 15, 14, 13, 16, 18],
      disclosure: [2, 2, 3, 2, 3, 3, 5, 6, 6, 5, 7, 7],
    },
    risk: [4, 4, '净值化以后产品净值会波动，客户对“亏损”缺乏预期，投诉集中在这里。'],
    rights: ['know'],
    controls: {
      'key-info-disclosure': ['partial', '定期报告按时发布，但净值回撤时没有主动推送通俗解读。'],
      'complaint-root-cause': ['partial', '净值类投诉已统计，但没有与产品和销售环节联动整改。'],
    },
    emotion: -2, personas: ['wang', 'li'],
    painPoints: '“业绩比较基准4.2%”被理解为承诺收益，净值跌破1元时客户强烈不满。',
    tags: ['热点'],
  });
  const review = b.tp({
    id: 'review', title: '理财经理持仓回访', stage: 'hold', channel: 'branch', kind: 'after-sale-service', owner: '财富管理部',
    description: '理财经理定期电话或面谈回访持仓客户。',
    complaints: { 'service-quality': [1, 0, 1, 1, 1, 0, 1, 2, 2, 1, 2, 2] },
    risk: [2, 3, '回访质量依赖理财经理个人，存在借回访推销新产品的情况。'],
    rights: ['know', 'respect'],
    controls: { 'financial-education': ['in-place', '每季度举办投资者教育沙龙。'] },
    emotion: 1, personas: ['wang'],
  });
  const holdCall = b.tp({
    id: 'hold-call', title: '客服热线持仓咨询', stage: 'hold', channel: 'call', kind: 'after-sale-service', owner: '客户服务中心',
    description: '客户来电询问净值、收益和开放期。',
    complaints: { 'service-quality': [2, 2, 1, 2, 3, 2, 3, 4, 3, 3, 4, 4] },
    risk: [2, 3, '坐席对净值型产品了解不足，答复口径不一致。'],
    rights: ['know', 'redress'],
    controls: { 'client-asset-segregation': ['na', '热线只答复咨询，不涉及客户资金操作。'] },
    emotion: -1, personas: ['wang'],
  });
  const redeemApp = b.tp({
    id: 'redeem-app', title: '手机银行赎回申请', stage: 'exit', channel: 'app', kind: 'surrender-closure', owner: '网络金融部',
    description: '客户在开放期提交赎回，页面显示预计到账日。',
    complaints: { 'rules-processes': [2, 1, 2, 2, 3, 2, 3, 3, 2, 3, 3, 4] },
    risk: [3, 3, '开放期和到账时间规则复杂，客户误以为可以随时赎回。'],
    rights: ['know', 'fair'],
    controls: { 'surrender-exit-disclosure': ['partial', '赎回页提示了到账日，但没有提示开放期外不可赎回和巨额赎回顺延规则。'] },
    emotion: -1, personas: ['li'],
  });
  const redeemBranch = b.tp({
    id: 'redeem-branch', title: '网点赎回（老年客户）', stage: 'exit', channel: 'branch', kind: 'surrender-closure', owner: '零售金融部',
    description: '老年客户到网点办理赎回。',
    complaints: { 'service-quality': [1, 1, 0, 1, 1, 1, 2, 1, 2, 1, 1, 2] },
    risk: [3, 3, '理财经理可能劝阻赎回或引导转购其他产品。'],
    rights: ['choice', 'respect'],
    emotion: -1, personas: ['wang'],
  });
  const payout = b.tp({
    id: 'payout', title: '赎回资金到账', stage: 'exit', channel: 'back', kind: 'claims-redemption', owner: '运营管理部',
    description: '赎回款从产品托管账户划回客户借记卡。',
    complaints: { 'fund-safety': [1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 14] },
    risk: [3, 4, '到账延迟直接影响客户用钱，容易引发集中投诉。'],
    rights: ['asset', 'redress'],
    emotion: -2, personas: ['li', 'wang'],
    painPoints: '2025年12月核心系统升级期间赎回款延迟1–2个工作日到账，事先没有公告。',
  });
  const intake = b.tp({
    id: 'intake', title: '客服热线投诉受理', stage: 'exit', channel: 'call', kind: 'complaint-handling', owner: '客户服务中心',
    description: '热线受理理财投诉，登记分类后派发处理部门。',
    complaints: { 'service-quality': [1, 1, 1, 0, 1, 1, 2, 2, 1, 2, 2, 3] },
    risk: [3, 3, '受理不规范会让客户反复来电，投诉升级到监管部门。'],
    rights: ['redress'],
    controls: { 'complaint-decision-15d': ['partial', '一般投诉15日内办结率92%；复杂投诉延期时没有书面告知客户。'] },
    emotion: -1, personas: ['wang'],
  });
  const investigate = b.tp({
    id: 'investigate', title: '投诉调查与溯源整改', stage: 'exit', channel: 'back', kind: 'complaint-handling', owner: '消费者权益保护部',
    description: '调取双录和操作记录，认定责任，按产品和网点溯源整改。',
    risk: [3, 4, '销售纠纷若由原销售网点自己调查，结论难以客观。'],
    rights: ['redress', 'fair'],
    controls: {
      'complaint-recusal': ['missing', '销售纠纷由原销售网点负责人调查并答复，没有安排回避。'],
      'complaint-root-cause': ['partial', '按季度汇总投诉，但没有落实到具体产品和理财经理。'],
    },
    emotion: null,
  });

  b.flow(launch, poster, branchRisk, advise, recording, counter, review, redeemBranch, payout);
  b.flow(launch, feed, appRisk, consent, detail, kyc, confirm, fees, nav, redeemApp, payout);
  b.connect(nav, holdCall);
  b.connect(holdCall, intake, 'escalation', '投诉');
  b.connect(intake, investigate, 'escalation');

  b.note(ILLUSTRATIVE_NOTE, 0);
  b.note('2025年12月：核心系统升级导致赎回资金延迟到账，当月投诉激增。', 1300, 'pink');
  b.note('工作坊问题：净值回撤时的告知是否足够通俗？由谁负责主动解释？', 1060, 'blue');

  b.accept(feed, 'partial-control', 'marketing-opt-out', {
    reason: '2026年一季度上线统一的营销偏好中心，可一键关闭；在此之前在推荐位旁增加“不感兴趣”入口。',
    owner: '网络金融部 张伟',
    dueDate: '2026-03-31',
    ticket: 'CP-2025-118',
    decidedAt: '2025-12-20T08:00:00.000Z',
  });
  b.accept(fees, 'partial-control', 'fee-disclosure', {
    reason: '电子回单改版已排入2026年4月版本，期间由客服话术补充说明费用构成。',
    owner: '运营管理部 陈敏',
    dueDate: '2026-04-30',
    ticket: 'OPS-3321',
    decidedAt: '2025-12-22T08:00:00.000Z',
  });
  return b.build();
}
