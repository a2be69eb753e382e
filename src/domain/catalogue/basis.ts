/**
 * The regulations controls rest on, named as in the project's domain notes. An article number
 * appears only where the notes verify it; everything else is cited by name alone.
 */
import type { Bilingual } from '../schema';

export interface Regulation {
  id: string;
  name: Bilingual;
}

export interface BasisRef {
  /** A `REGULATIONS` id; null for a custom control's free-text basis. */
  regulationId: string | null;
  name: Bilingual;
  /** Verified article numbers only. */
  articles?: readonly number[];
}

const reg = (id: string, zh: string, en: string): Regulation => ({ id, name: { zh, en } });

export const REGULATIONS = {
  measures2022: reg(
    'cp-measures-2022',
    '《银行保险机构消费者权益保护管理办法》（银保监会令2022年第9号）',
    'Measures on Consumer Protection by Banking and Insurance Institutions (CBIRC Order 2022 No. 9)',
  ),
  complaints2020: reg(
    'complaint-measures-2020',
    '《银行业保险业消费投诉处理管理办法》（2020）',
    'Measures on Handling Consumer Complaints in Banking and Insurance (2020)',
  ),
  consumerLaw: reg('consumer-law', '《消费者权益保护法》', 'Consumer Rights Protection Law'),
  pipl: reg('pipl', '《个人信息保护法》', 'Personal Information Protection Law (PIPL)'),
  bankSalesRecording: reg('cbrc-2017-110', '银监办发〔2017〕110号', 'CBRC notice 银监办发〔2017〕110号 (branch sales recording)'),
  insuranceTraceability: reg('circ-2017-54', '保监发〔2017〕54号', 'CIRC notice 保监发〔2017〕54号 (insurance sales traceability)'),
  suitability2025: reg(
    'suitability-2025',
    '《金融机构产品适当性管理办法》（金融监管总局令2025年第7号）',
    'Measures on Product Suitability of Financial Institutions (NFRA Order 2025 No. 7)',
  ),
  insuranceSales2023: reg(
    'insurance-sales-2023',
    '《保险销售行为管理办法》（金融监管总局令2023年第2号）',
    'Measures on Insurance Sales Conduct (NFRA Order 2023 No. 2)',
  ),
  healthInsurance: reg('health-insurance', '《健康保险管理办法》', 'Health Insurance Measures'),
  advertisingLaw: reg('advertising-law', '《广告法》', 'Advertising Law'),
  marketingNotice2019: reg('pbc-2019-316', '银发〔2019〕316号', 'Notice 银发〔2019〕316号'),
  elderly2021: reg('cbirc-2021-40', '银保监办发〔2021〕40号', 'CBIRC notice 银保监办发〔2021〕40号 (elderly-friendly service)'),
  rights2015: reg('gov-2015-81', '国办发〔2015〕81号', 'State Council notice 国办发〔2015〕81号 (financial consumer rights)'),
  complaintCoding: reg('jrt-0169-2018', 'JR/T 0169-2018', 'JR/T 0169-2018 (complaint classification)'),
  insuranceLaw: reg('insurance-law', '《保险法》', 'Insurance Law'),
  collectionGuideline: reg('collection-guideline-2026', '行业催收自律指引（2026）', 'Industry self-regulatory debt-collection guideline (2026)'),
} as const satisfies Record<string, Regulation>;

export function cite(regulation: Regulation, ...articles: number[]): BasisRef {
  return articles.length
    ? { regulationId: regulation.id, name: regulation.name, articles }
    : { regulationId: regulation.id, name: regulation.name };
}

/** "《消费者权益保护法》第26条" / "Consumer Rights Protection Law Art 26", references joined by "; ". */
export function formatBasis(basis: readonly BasisRef[], lang: 'zh' | 'en'): string {
  return basis
    .map((b) => {
      const arts = b.articles ?? [];
      if (!arts.length) return b.name[lang];
      if (lang === 'zh') return `${b.name.zh}${arts.map((a) => `第${a}条`).join('、')}`;
      return `${b.name.en} ${arts.length > 1 ? 'Arts' : 'Art'} ${arts.join(', ')}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}
