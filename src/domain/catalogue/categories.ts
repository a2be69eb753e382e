/**
 * Complaint categories: the complaint reasons of JR/T 0169-2018 as banks use them in their public
 * reports (project domain notes, "Complaint categories"), ending with "other".
 */
import type { Bilingual } from '../schema';

export interface ComplaintCategory {
  id: string;
  name: Bilingual;
}

const cat = (id: string, zh: string, en: string): ComplaintCategory => ({ id, name: { zh, en } });

export const OTHER_CATEGORY_ID = 'other';

export const COMPLAINT_CATEGORIES: readonly ComplaintCategory[] = [
  cat('service-quality', '服务态度及服务质量', 'Service attitude and quality'),
  cat('facilities-systems', '服务设施设备业务系统', 'Facilities and systems'),
  cat('rules-processes', '管理制度业务规则与流程', 'Rules and processes'),
  cat('marketing-methods', '营销方式和手段', 'Marketing methods'),
  cat('disclosure', '信息披露', 'Disclosure'),
  cat('product-returns', '产品收益', 'Product returns'),
  cat('free-choice', '自主选择权', 'Free choice'),
  cat('contract-terms', '合同条款', 'Contract terms'),
  cat('pricing-fees', '定价收费', 'Pricing and fees'),
  cat('fund-safety', '资金安全', 'Fund safety'),
  cat('information-security', '信息安全', 'Information security'),
  cat('collection-methods', '债务催收方式和手段', 'Collection methods'),
  cat(OTHER_CATEGORY_ID, '其他', 'Other'),
];

const BY_ID = new Map(COMPLAINT_CATEGORIES.map((c) => [c.id, c]));

export function findCategory(id: string | null | undefined): ComplaintCategory | undefined {
  return id ? BY_ID.get(id) : undefined;
}
