/**
 * Touchpoint kinds and the controls each requires, from the project's domain notes
 * (shared/domain/consumer-protection.md, "Touchpoint kinds and the controls each requires").
 */
import type { Bilingual } from '../schema';

export interface TouchpointKind {
  id: string;
  name: Bilingual;
  /** Control ids this kind requires (filtered by the journey's sector at analysis time). */
  requiredControls: readonly string[];
  /** A short glyph shown on nodes beside the kind name, so kinds differ without colour. */
  glyph: string;
}

const k = (id: string, zh: string, en: string, glyph: string, controls: string): TouchpointKind => ({
  id,
  name: { zh, en },
  glyph,
  requiredControls: controls.split(/\s+/).filter(Boolean),
});

export const TOUCHPOINT_KINDS: readonly TouchpointKind[] = [
  k('marketing-outreach', '营销宣传与外呼', 'Marketing and outbound calls', '📣',
    'cp-review insurance-sales-traceability no-return-guarantee marketing-content-approval marketing-opt-out no-bundled-sale pi-lifecycle-control partner-due-diligence'),
  k('branch-consultation', '网点咨询', 'Branch consultation', '🏦',
    'key-info-disclosure bank-sales-dual-recording no-return-guarantee complaint-channel-disclosure elderly-accessible-service non-discrimination financial-education'),
  k('account-opening-kyc', '开户与身份核验', 'Onboarding and KYC', '🪪',
    'no-bundled-sale identity-verification pi-notice-consent pi-no-forced-consent elderly-accessible-service'),
  k('personal-data-collection', '个人信息收集授权', 'Personal data collection', '🔐',
    'pi-notice-consent pi-no-forced-consent pi-separate-consent pi-lifecycle-control pi-impact-assessment'),
  k('risk-assessment', '风险测评问卷', 'Risk-tolerance questionnaire', '📝',
    'customer-risk-assessment bank-sales-dual-recording insurance-sales-traceability elderly-accessible-service'),
  k('product-recommendation', '产品推荐', 'Product recommendation', '💡',
    'key-info-disclosure product-risk-rating suitability-match bank-sales-dual-recording insurance-sales-traceability no-return-guarantee no-bundled-sale non-discrimination'),
  k('contract-signing', '披露与签约/投保', 'Disclosure and signing', '✍️',
    'key-info-disclosure suitability-match bank-sales-dual-recording insurance-sales-traceability no-bundled-sale fair-contract-terms cooling-off-notice complaint-channel-disclosure record-retention'),
  k('payment-fees', '缴费扣款与收费', 'Payment and fees', '💳',
    'no-bundled-sale fee-disclosure fair-pricing client-asset-segregation non-discrimination'),
  k('cooling-off', '犹豫期', 'Cooling-off period', '⏳', 'cooling-off-notice policy-delivery-return-visit'),
  k('policy-delivery-return-visit', '保单送达与回访', 'Policy delivery and follow-up', '📬',
    'cooling-off-notice policy-delivery-return-visit record-retention'),
  k('after-sale-service', '存续期服务与披露', 'After-sale service', '🛎️',
    'key-info-disclosure fee-disclosure client-asset-segregation complaint-root-cause elderly-accessible-service financial-education'),
  k('claims-redemption', '理赔/兑付', 'Claims and redemption', '💰',
    'client-asset-segregation claims-fairness complaint-channel-disclosure record-retention'),
  k('surrender-closure', '退保/销户/赎回', 'Surrender and closure', '🚪', 'key-info-disclosure surrender-exit-disclosure'),
  k('loan-servicing-collection', '贷后与催收', 'Loan servicing and collection', '📞',
    'fee-disclosure pi-lifecycle-control partner-due-diligence collection-conduct'),
  k('complaint-handling', '投诉处理', 'Complaint handling', '📢',
    'complaint-channel-disclosure complaint-intake-recording complaint-decision-15d complaint-no-redundant-docs complaint-recusal complaint-root-cause complaint-classification'),
  k('third-party-channel', '第三方/互联网平台/代销', 'Third-party and partner channel', '🤝',
    'insurance-sales-traceability marketing-content-approval no-bundled-sale pi-separate-consent partner-due-diligence'),
  k('digital-self-service', '手机银行/APP/自助设备', 'Digital self-service', '📱',
    'key-info-disclosure insurance-sales-traceability marketing-opt-out pi-notice-consent pi-no-forced-consent complaint-channel-disclosure elderly-accessible-service financial-education'),
  k('product-design-launch', '产品设计上线（内部）', 'Product design and launch (internal)', '🧪',
    'cp-review product-risk-rating fair-contract-terms fair-pricing pi-impact-assessment'),
];

const BY_ID = new Map(TOUCHPOINT_KINDS.map((kind) => [kind.id, kind]));

export function findKind(id: string | null | undefined): TouchpointKind | undefined {
  return id ? BY_ID.get(id) : undefined;
}
