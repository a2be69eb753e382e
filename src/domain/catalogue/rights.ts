/**
 * The eight consumer rights of financial consumers (国办发〔2015〕81号, restated in the 2022
 * Measures), from the project's domain notes ("The eight consumer rights").
 */
import type { Bilingual } from '../schema';

export const RIGHT_IDS = ['know', 'choice', 'fair', 'asset', 'redress', 'education', 'respect', 'privacy'] as const;
export type RightId = (typeof RIGHT_IDS)[number];

export interface RightDef {
  id: RightId;
  name: Bilingual;
  /** What the right protects, in one short phrase. */
  meaning: Bilingual;
}

export const RIGHTS: readonly RightDef[] = [
  {
    id: 'know',
    name: { zh: '知情权', en: 'Right to know' },
    meaning: {
      zh: '条款、费用与风险清晰醒目地披露，不夸大收益',
      en: 'Plain, prominent disclosure of terms, costs and risks; no exaggerated returns',
    },
  },
  {
    id: 'choice',
    name: { zh: '自主选择权', en: 'Free choice' },
    meaning: {
      zh: '不搭售，不强加未申请的付费服务，不强制指定第三方',
      en: 'No tying, no unrequested paid services, no forced third parties',
    },
  },
  {
    id: 'fair',
    name: { zh: '公平交易权', en: 'Fair dealing' },
    meaning: {
      zh: '格式条款公平，无隐性收费，不预先扣息，定价公平',
      en: 'Fair standard terms, no hidden fees, no upfront interest deduction, fair pricing',
    },
  },
  {
    id: 'asset',
    name: { zh: '财产安全权', en: 'Asset safety' },
    meaning: {
      zh: '保护并隔离客户资金，核验客户身份',
      en: 'Protect and segregate client funds; verify identity',
    },
  },
  {
    id: 'redress',
    name: { zh: '依法求偿权', en: 'Redress' },
    meaning: { zh: '及时处理理赔与投诉', en: 'Timely claims and complaint handling' },
  },
  {
    id: 'education',
    name: { zh: '受教育权', en: 'Financial education' },
    meaning: { zh: '开展公益性金融知识教育', en: 'Public-interest financial education' },
  },
  {
    id: 'respect',
    name: { zh: '受尊重权', en: 'Dignity and respect' },
    meaning: {
      zh: '不歧视；营销与催收文明得体；照顾老年人与残障人士',
      en: 'Non-discrimination; decent marketing and collection; care for elderly and disabled people',
    },
  },
  {
    id: 'privacy',
    name: { zh: '信息安全权', en: 'Information security' },
    meaning: {
      zh: '告知同意、最小必要、全生命周期保护个人信息',
      en: 'Notice and consent, minimum necessary, lifecycle protection of personal information',
    },
  },
];

const BY_ID = new Map<string, RightDef>(RIGHTS.map((r) => [r.id, r]));

export function findRight(id: string | null | undefined): RightDef | undefined {
  return id ? BY_ID.get(id) : undefined;
}

export function isRightId(id: string): id is RightId {
  return BY_ID.has(id);
}
