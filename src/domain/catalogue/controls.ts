/**
 * The built-in consumer-protection controls (38), from the project's domain notes: "Control
 * catalogue", and "Sector and base severity of each control". A journey's custom controls are
 * mapped into the same `ControlDef` shape; a custom control with a built-in id overrides it.
 */
import type { Bilingual, CustomControl, Sector, Severity } from '../schema';
import { REGULATIONS as R, cite, type BasisRef } from './basis';
import { TOUCHPOINT_KINDS } from './kinds';
import type { RightId } from './rights';

export interface ControlDef {
  id: string;
  name: Bilingual;
  /** One plain sentence. */
  description: Bilingual;
  /** Right ids this control protects (built-in controls use `RightId`s only). */
  rights: readonly string[];
  /** Which journeys need it: a 'bank' control is not required in an insurance-only journey. */
  sector: Sector;
  /** Severity of a missing control before the touchpoint's risk and complaints adjust it. */
  baseSeverity: Severity;
  basis: readonly BasisRef[];
  /** Touchpoint kinds that require it (for built-in controls: derived from the kind list). */
  kinds: readonly string[];
  /** True for a journey's own control (or an override of a built-in one). */
  custom: boolean;
}

type Draft = Omit<ControlDef, 'sector' | 'baseSeverity' | 'kinds' | 'custom'>;

const c = (
  id: string,
  name: [zh: string, en: string],
  description: [zh: string, en: string],
  rights: RightId[],
  basis: BasisRef[],
): Draft => ({
  id,
  name: { zh: name[0], en: name[1] },
  description: { zh: description[0], en: description[1] },
  rights,
  basis,
});

const DRAFTS: readonly Draft[] = [
  c('cp-review', ['消保审查', 'Consumer-protection review of design, pricing, terms, marketing'],
    ['产品设计、定价、合同条款和营销宣传在上线或重大调整前经过消费者权益保护审查。',
      'Product design, pricing, contract terms and marketing pass a consumer-protection review before launch or any major change.'],
    ['know', 'fair', 'choice'], [cite(R.measures2022, 9)]),
  c('key-info-disclosure', ['关键信息显著、通俗披露', 'Plain-language key-facts disclosure'],
    ['在售前、售中、售后以通俗易懂、醒目的方式真实准确完整地披露产品关键信息、费用和风险。',
      'Key facts, costs and risks are disclosed truly, accurately, completely and prominently in plain language before, during and after the sale.'],
    ['know'], [cite(R.measures2022, 10), cite(R.consumerLaw, 28)]),
  c('product-risk-rating', ['产品风险评级', 'Product risk grading (≥ 5 grades, higher rating wins)'],
    ['产品至少分为五个风险等级，发行方与销售方评级不一致时采用并披露较高等级。',
      'Products are graded on at least five risk levels, and where issuer and seller ratings differ the seller uses and discloses the higher one.'],
    ['know', 'asset'], [cite(R.measures2022, 11), cite(R.suitability2025)]),
  c('customer-risk-assessment', ['客户风险承受能力测评', 'Risk-tolerance questionnaire before first purchase'],
    ['首次购买前由客户完成并签署风险承受能力测评，对65岁以上客户给予额外关注。',
      'The client completes and signs a risk-tolerance questionnaire before the first purchase, with extra care for clients aged 65 and over.'],
    ['know', 'asset'], [cite(R.measures2022, 11)]),
  c('suitability-match', ['适当性匹配与系统拦截', 'Match ratings; block mismatched sales'],
    ['系统比对产品风险等级与客户风险承受能力，拦截不匹配的销售。',
      'The system compares the product risk grade with the client’s risk tolerance and blocks mismatched sales.'],
    ['asset', 'know'], [cite(R.suitability2025)]),
  c('bank-sales-dual-recording', ['销售专区录音录像（双录）', 'Audio-video recording of branch wealth/agency sales'],
    ['网点在销售专区对理财和代销产品的销售过程同步录音录像。',
      'Branches sell wealth-management and agency products in a dedicated sales zone with audio and video recording.'],
    ['know', 'redress'], [cite(R.bankSalesRecording)]),
  c('insurance-sales-traceability', ['保险销售可回溯', 'Traceable insurance sales'],
    ['电话销售全程录音、互联网销售可回溯，银行渠道长期寿险、60岁以上投保人及投连险等关键环节录音录像。',
      'Telesales are fully recorded, internet sales are traceable, and key steps of bank-channel long-term life, buyers aged 60+ and unit-linked sales are recorded.'],
    ['know', 'redress'], [cite(R.insuranceTraceability), cite(R.measures2022, 12)]),
  c('no-return-guarantee', ['不得承诺保本保收益', 'No guaranteed-return claims'],
    ['宣传和销售中不承诺保本或保证收益。',
      'Marketing and sales never promise capital protection or guaranteed returns.'],
    ['know'], [cite(R.advertisingLaw, 25)]),
  c('marketing-content-approval', ['营销材料审核', 'Approved marketing content only'],
    ['只使用经内部审核批准的营销宣传材料和话术。',
      'Only marketing materials and scripts approved by an internal review are used.'],
    ['know'], [cite(R.marketingNotice2019)]),
  c('marketing-opt-out', ['营销信息可拒收/退订', 'Marketing opt-out honoured'],
    ['客户可以便捷地拒收或退订营销信息，机构及时停止发送。',
      'Clients can easily refuse or unsubscribe from marketing messages, and sending stops promptly.'],
    ['respect', 'privacy'], [cite(R.measures2022)]),
  c('no-bundled-sale', ['禁止强制搭售、默认勾选', 'No tying, pre-ticked boxes, unrequested paid services'],
    ['不强制捆绑销售、不默认勾选、不提供客户未申请的付费服务。',
      'No product is tied to another, no option is pre-ticked, and no paid service is added unless the client asks for it.'],
    ['choice', 'fair'], [cite(R.measures2022), cite(R.consumerLaw, 9), cite(R.insuranceSales2023)]),
  c('fair-contract-terms', ['格式条款公平、重大利害显著提示', 'Fair standard terms, prominent warnings'],
    ['格式条款公平合理，与消费者有重大利害关系的内容以显著方式提示。',
      'Standard terms are fair, and terms that matter most to the consumer are pointed out prominently.'],
    ['fair', 'know'], [cite(R.consumerLaw, 26)]),
  c('fee-disclosure', ['收费公示、禁协议外收费', 'Fee transparency; no fees outside the contract'],
    ['公示收费项目和标准，不收取合同约定以外的费用。',
      'Fees and rates are published, and nothing is charged beyond what the contract states.'],
    ['fair', 'know'], [cite(R.measures2022)]),
  c('fair-pricing', ['同等条件不差别定价', 'Non-discriminatory pricing'],
    ['同等条件的客户获得同等价格，不进行不合理的差别定价。',
      'Clients in the same circumstances get the same price, without unjustified price discrimination.'],
    ['fair'], [cite(R.measures2022)]),
  c('identity-verification', ['客户身份识别与核验', 'Identity verification'],
    ['办理业务前可靠地识别和核验客户身份。',
      'The client’s identity is reliably established and verified before any transaction.'],
    ['asset'], [cite(R.measures2022)]),
  c('client-asset-segregation', ['客户资产隔离', 'Segregate client assets'],
    ['客户资金和资产与机构自有资产分开管理并受到保护。',
      'Client funds and assets are held apart from the institution’s own and kept safe.'],
    ['asset'], [cite(R.measures2022)]),
  c('cooling-off-notice', ['犹豫期告知与无条件退费', 'Cooling-off notice and refund'],
    ['明确告知犹豫期及其权利，犹豫期内解除合同无条件退费。',
      'The cooling-off period and its rights are clearly explained, and cancelling within it brings an unconditional refund.'],
    ['know', 'choice'], [cite(R.healthInsurance), cite(R.insuranceSales2023)]),
  c('policy-delivery-return-visit', ['保单送达与回访', 'Policy delivery and follow-up call'],
    ['按时送达保单并进行回访，确认客户理解产品和权利。',
      'The policy is delivered on time and a follow-up call confirms the client understands the product and their rights.'],
    ['know'], [cite(R.insuranceSales2023)]),
  c('claims-fairness', ['及时理赔', 'Timely, consistent claims'],
    ['理赔及时、标准一致、结果有说明。',
      'Claims are settled promptly and consistently, with the outcome explained.'],
    ['redress'], [cite(R.measures2022)]),
  c('pi-notice-consent', ['告知同意、最小必要', 'Notice, consent, minimum necessary'],
    ['收集个人信息前告知目的和范围并取得同意，只收集业务必需的信息。',
      'Purpose and scope are explained and consent obtained before personal information is collected, and only what the service needs is collected.'],
    ['privacy'], [cite(R.pipl, 6)]),
  c('pi-no-forced-consent', ['不得变相强制同意', 'No forced consent'],
    ['不因客户拒绝非必要的个人信息授权而拒绝提供服务。',
      'Service is never refused because the client declines consent that the service does not need.'],
    ['privacy', 'choice'], [cite(R.pipl, 16)]),
  c('pi-separate-consent', ['敏感信息与对外提供单独同意', 'Separate consent (sensitive data, sharing)'],
    ['处理敏感个人信息（如金融账户）或向他人提供个人信息前取得单独同意。',
      'Separate consent is obtained before sensitive personal information, such as financial accounts, is processed or any personal information is shared.'],
    ['privacy'], [cite(R.pipl, 23, 28)]),
  c('pi-lifecycle-control', ['个人信息全流程管控', 'Lifecycle and access control'],
    ['个人信息按等级和类别在收集、使用、存储、传输和删除的全流程中受控，访问有权限管理。',
      'Personal information is managed by grade and class through collection, use, storage, transfer and deletion, with controlled access.'],
    ['privacy'], [cite(R.measures2022)]),
  c('pi-impact-assessment', ['个人信息保护影响评估', 'Privacy impact assessment'],
    ['处理敏感信息或对外提供个人信息前开展个人信息保护影响评估。',
      'A personal-information impact assessment is carried out before sensitive data is processed or personal data is shared.'],
    ['privacy'], [cite(R.pipl, 55)]),
  c('partner-due-diligence', ['合作机构准入退出与协议消保条款', 'Third-party due diligence and contract duties'],
    ['合作机构有名单制管理和准入退出标准，合作协议写明其消费者保护和投诉处理责任。',
      'Partners are listed with admission and exit criteria, and their contracts set out consumer-protection and complaint-handling duties.'],
    ['privacy', 'fair', 'redress'], [cite(R.measures2022), cite(R.complaints2020, 10)]),
  c('complaint-channel-disclosure', ['醒目公布投诉渠道', 'Publish complaint channels'],
    ['在网点、网站和应用中醒目公布投诉渠道和处理流程。',
      'Complaint channels and the handling process are published prominently in branches, on the website and in the app.'],
    ['redress', 'know'], [cite(R.complaints2020, 8)]),
  c('complaint-intake-recording', ['投诉受理与接待录音录像', 'Complaint intake set-up'],
    ['设立投诉受理机制和负责高管，接待时登记并录音录像，投诉进入投诉处理系统。',
      'Complaint intake has a responsible executive, complaints are logged and recorded at reception, and each enters the complaint system.'],
    ['redress'], [cite(R.complaints2020, 7)]),
  c('complaint-decision-15d', ['15日内决定并告知', 'Decide within 15 days (30/60 extensions)'],
    ['投诉在15日内作出处理决定并告知，复杂情况可延至30日，特别复杂经批准再延30日。',
      'A complaint is decided and answered within 15 days, complex cases within 30, and especially complex cases another 30 by approval.'],
    ['redress'], [cite(R.complaints2020)]),
  c('complaint-no-redundant-docs', ['不重复索要材料', 'Low-friction intake; agents and heirs accepted'],
    ['不要求投诉人提供机构已掌握的材料，并受理代理人和继承人的投诉。',
      'Complainants are not asked for documents the institution already holds, and complaints by agents and heirs are accepted.'],
    ['redress', 'respect'], [cite(R.complaints2020, 13, 14)]),
  c('complaint-recusal', ['投诉处理回避', 'Conflict-free handler'],
    ['与投诉事项有利害关系的人员回避投诉处理。',
      'Staff with a conflict of interest in a complaint do not handle it.'],
    ['redress', 'fair'], [cite(R.complaints2020)]),
  c('complaint-root-cause', ['溯源整改', 'Root-cause fixes and accountability'],
    ['分析投诉的根本原因，整改问题并追究责任。',
      'The root causes of complaints are analysed, fixed and followed by accountability.'],
    ['redress'], [cite(R.complaints2020, 9)]),
  c('complaint-classification', ['投诉分类编码', 'Standard complaint coding'],
    ['按统一标准对投诉进行分类编码，便于统计和溯源。',
      'Complaints are coded to the standard classification so they can be counted and traced.'],
    ['redress'], [cite(R.complaintCoding)]),
  c('collection-conduct', ['规范催收', 'Debt-collection conduct'],
    ['催收不在22:00至次日08:00未经同意联系、每个号码每天呼叫不超过6次、不联系无关第三方。',
      'Collection makes no contact between 22:00 and 08:00 without consent, at most 6 call attempts a day per number, and no contact with unrelated third parties.'],
    ['respect', 'privacy'], [cite(R.measures2022), cite(R.collectionGuideline)]),
  c('elderly-accessible-service', ['适老化与无障碍', 'Elderly and accessible service'],
    ['保留人工服务，不强迫老年人和残障人士使用卡、应用或自助设备。',
      'Human service is kept, and elderly and disabled people are not forced onto cards, apps or self-service machines.'],
    ['respect', 'choice'], [cite(R.elderly2021)]),
  c('non-discrimination', ['不歧视', 'Non-discrimination'],
    ['不因年龄、性别、民族、残障等对消费者区别对待。',
      'Consumers are not treated differently because of age, gender, ethnicity, disability or similar traits.'],
    ['respect'], [cite(R.rights2015)]),
  c('financial-education', ['公益性金融教育', 'Financial education'],
    ['面向公众开展不以营销为目的的金融知识教育。',
      'Financial education is offered to the public without a sales purpose.'],
    ['education'], [cite(R.measures2022)]),
  c('surrender-exit-disclosure', ['退保/销户规则与损失说明', 'Surrender and exit terms'],
    ['清楚说明退保、销户或赎回的规则、费用和可能的损失。',
      'The rules, fees and possible losses of surrender, account closure or redemption are explained clearly.'],
    ['know', 'fair'], [cite(R.insuranceSales2023)]),
  c('record-retention', ['资料留存', 'Record retention'],
    ['按规定期限留存销售和服务资料，一年以上保单资料至少保存十年。',
      'Sales and service records are kept for the required period, at least ten years for policies longer than one year.'],
    ['redress'], [cite(R.insuranceLaw, 87)]),
];

/** Sector of each control that is not 'both' (notes: "Sector and base severity"). */
const SECTOR: Readonly<Record<string, Sector>> = {
  'bank-sales-dual-recording': 'bank',
  'insurance-sales-traceability': 'insurance',
  'cooling-off-notice': 'insurance',
  'policy-delivery-return-visit': 'insurance',
  'claims-fairness': 'insurance',
};

const HIGH = new Set(
  ('key-info-disclosure product-risk-rating customer-risk-assessment suitability-match bank-sales-dual-recording ' +
    'insurance-sales-traceability no-return-guarantee no-bundled-sale fair-contract-terms identity-verification ' +
    'client-asset-segregation cooling-off-notice claims-fairness pi-notice-consent pi-no-forced-consent ' +
    'pi-separate-consent collection-conduct complaint-decision-15d cp-review').split(' '),
);
const LOW = new Set(['financial-education', 'complaint-classification', 'record-retention', 'marketing-opt-out']);

function kindsRequiring(id: string): string[] {
  return TOUCHPOINT_KINDS.filter((k) => k.requiredControls.includes(id)).map((k) => k.id);
}

export const CONTROLS: readonly ControlDef[] = DRAFTS.map((d) => ({
  ...d,
  sector: SECTOR[d.id] ?? 'both',
  baseSeverity: HIGH.has(d.id) ? 'high' : LOW.has(d.id) ? 'low' : 'medium',
  kinds: kindsRequiring(d.id),
  custom: false,
}));

const BY_ID = new Map(CONTROLS.map((control) => [control.id, control]));

/** A journey's custom control in the catalogue's shape. */
export function customToControlDef(cc: CustomControl): ControlDef {
  const basis = cc.basis.trim();
  return {
    id: cc.id,
    name: cc.name,
    description: cc.description,
    rights: cc.rights,
    sector: cc.sector,
    baseSeverity: cc.severity,
    basis: basis ? [{ regulationId: null, name: { zh: basis, en: basis } }] : [],
    kinds: cc.kinds,
    custom: true,
  };
}

export function isBuiltInControl(id: string): boolean {
  return BY_ID.has(id);
}

/** A control by id: the journey's custom control of that id first (an override), else built-in. */
export function findControl(id: string | null | undefined, customControls?: readonly CustomControl[]): ControlDef | undefined {
  if (!id) return undefined;
  const builtIn = BY_ID.get(id);
  if (customControls) {
    for (const cc of customControls) {
      if (cc.id === id) return builtIn ? mergeOverride(builtIn, cc) : customToControlDef(cc);
    }
  }
  return builtIn;
}

/**
 * The whole catalogue for a journey: built-in controls (overridden where a custom control has
 * the same id, then keeping the built-in kinds too), followed by the journey's new controls.
 */
export function allControls(customControls: readonly CustomControl[] = []): ControlDef[] {
  const custom = new Map(customControls.map((cc) => [cc.id, cc]));
  const out: ControlDef[] = CONTROLS.map((b) => {
    const cc = custom.get(b.id);
    return cc ? mergeOverride(b, cc) : b;
  });
  for (const cc of customControls) if (!BY_ID.has(cc.id)) out.push(customToControlDef(cc));
  return out;
}

/** An override keeps the built-in kinds, so it stays required wherever the catalogue asks for it. */
function mergeOverride(builtIn: ControlDef, cc: CustomControl): ControlDef {
  const def = customToControlDef(cc);
  const kinds = [...builtIn.kinds];
  for (const k of cc.kinds) if (!kinds.includes(k)) kinds.push(k);
  return { ...def, kinds };
}
