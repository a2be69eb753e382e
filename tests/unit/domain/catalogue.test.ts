import { describe, expect, it } from 'vitest';
import {
  CATALOGUE_VERSION,
  COMPLAINT_CATEGORIES,
  CONTROLS,
  REGULATIONS,
  RIGHTS,
  RIGHT_IDS,
  TOUCHPOINT_KINDS,
  allControls,
  findCategory,
  findControl,
  findKind,
  findRight,
  formatBasis,
  requiredControls,
  sectorApplies,
  unusedControls,
  whereRequired,
} from '../../../src/domain/catalogue';
import { sectorSchema, severitySchema, type CustomControl } from '../../../src/domain/schema';

const ids = (defs: readonly { id: string }[]) => defs.map((d) => d.id);

const custom = (fields: Partial<CustomControl> & Pick<CustomControl, 'id'>): CustomControl => ({
  name: { zh: '自定义', en: 'Custom' },
  description: { zh: '说明。', en: 'Description.' },
  rights: ['know'],
  kinds: [],
  sector: 'both',
  severity: 'medium',
  basis: 'Internal policy 7',
  ...fields,
});

describe('catalogue integrity', () => {
  it('has 38 controls, 18 kinds, 8 rights, with unique ids', () => {
    expect(CONTROLS).toHaveLength(38);
    expect(TOUCHPOINT_KINDS).toHaveLength(18);
    expect(RIGHTS).toHaveLength(8);
    expect(new Set(ids(CONTROLS)).size).toBe(38);
    expect(new Set(ids(TOUCHPOINT_KINDS)).size).toBe(18);
    expect(ids(RIGHTS)).toEqual(['know', 'choice', 'fair', 'asset', 'redress', 'education', 'respect', 'privacy']);
  });

  it('every control a kind names exists, and every control is required somewhere', () => {
    for (const kind of TOUCHPOINT_KINDS) {
      expect(kind.requiredControls.length).toBeGreaterThan(0);
      for (const id of kind.requiredControls) expect(findControl(id), `${kind.id} → ${id}`).toBeDefined();
    }
    expect(unusedControls()).toEqual([]);
  });

  it('every control has both languages, a sector, a base severity, a right and a basis', () => {
    for (const c of CONTROLS) {
      expect(c.name.zh.trim(), c.id).not.toBe('');
      expect(c.name.en.trim(), c.id).not.toBe('');
      expect(c.description.zh, c.id).toMatch(/。$/);
      expect(c.description.en, c.id).toMatch(/\.$/);
      expect(c.description.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(sectorSchema.options).toContain(c.sector);
      expect(severitySchema.options).toContain(c.baseSeverity);
      expect(c.rights.length, c.id).toBeGreaterThan(0);
      for (const r of c.rights) expect(RIGHT_IDS as readonly string[]).toContain(r);
      expect(c.basis.length, c.id).toBeGreaterThan(0);
      expect(c.custom).toBe(false);
      expect(c.kinds).toEqual(TOUCHPOINT_KINDS.filter((k) => k.requiredControls.includes(c.id)).map((k) => k.id));
    }
  });

  it('uses the sectors of the notes', () => {
    const bySector = (s: string) => ids(CONTROLS.filter((c) => c.sector === s)).sort();
    expect(bySector('bank')).toEqual(['bank-sales-dual-recording']);
    expect(bySector('insurance')).toEqual([
      'claims-fairness',
      'cooling-off-notice',
      'insurance-sales-traceability',
      'policy-delivery-return-visit',
    ]);
    expect(bySector('both')).toHaveLength(33);
  });

  it('uses the base severities of the notes: 19 high, 15 medium, 4 low', () => {
    const count = (s: string) => CONTROLS.filter((c) => c.baseSeverity === s).length;
    expect([count('high'), count('medium'), count('low')]).toEqual([19, 15, 4]);
    expect(ids(CONTROLS.filter((c) => c.baseSeverity === 'low')).sort()).toEqual([
      'complaint-classification',
      'financial-education',
      'marketing-opt-out',
      'record-retention',
    ]);
    expect(findControl('cp-review')?.baseSeverity).toBe('high');
    expect(findControl('complaint-decision-15d')?.baseSeverity).toBe('high');
    expect(findControl('fee-disclosure')?.baseSeverity).toBe('medium');
    expect(findControl('partner-due-diligence')?.baseSeverity).toBe('medium');
  });

  it('cites only the article numbers the notes verify', () => {
    const verified: Record<string, number[]> = {
      [REGULATIONS.measures2022.id]: [9, 10, 11, 12],
      [REGULATIONS.complaints2020.id]: [7, 8, 9, 10, 13, 14],
      [REGULATIONS.consumerLaw.id]: [9, 26, 28],
      [REGULATIONS.pipl.id]: [6, 16, 23, 28, 55],
      [REGULATIONS.advertisingLaw.id]: [25],
      [REGULATIONS.insuranceLaw.id]: [87],
    };
    for (const c of CONTROLS) {
      for (const b of c.basis) {
        for (const a of b.articles ?? []) expect(verified[b.regulationId ?? '']?.includes(a), `${c.id}: ${b.regulationId} Art ${a}`).toBe(true);
      }
    }
    // complaint-decision-15d: the article of the 15-day limit is not verified, so none is cited
    expect(findControl('complaint-decision-15d')?.basis.flatMap((b) => b.articles ?? [])).toEqual([]);
  });

  it('formats a basis in both languages', () => {
    const keyInfo = findControl('key-info-disclosure')!;
    expect(formatBasis(keyInfo.basis, 'zh')).toBe(
      '《银行保险机构消费者权益保护管理办法》（银保监会令2022年第9号）第10条；《消费者权益保护法》第28条',
    );
    expect(formatBasis(findControl('pi-separate-consent')!.basis, 'en')).toBe('Personal Information Protection Law (PIPL) Arts 23, 28');
    expect(formatBasis(findControl('suitability-match')!.basis, 'en')).toBe(
      'Measures on Product Suitability of Financial Institutions (NFRA Order 2025 No. 7)',
    );
  });

  it('has the rights, categories and version', () => {
    expect(findRight('privacy')?.name).toEqual({ zh: '信息安全权', en: 'Information security' });
    expect(findRight('nope')).toBeUndefined();
    expect(COMPLAINT_CATEGORIES).toHaveLength(13);
    expect(COMPLAINT_CATEGORIES.at(-1)?.id).toBe('other');
    expect(findCategory('collection-methods')?.name.zh).toBe('债务催收方式和手段');
    expect(new Set(ids(COMPLAINT_CATEGORIES)).size).toBe(13);
    for (const c of COMPLAINT_CATEGORIES) expect(c.name.zh && c.name.en).toBeTruthy();
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}\.\d{2}-\d+$/);
  });
});

describe('required controls', () => {
  it('filters by sector: a bank journey needs no insurance-only control, and the reverse', () => {
    const all = findKind('product-recommendation')!.requiredControls;
    expect(all).toHaveLength(8);
    const bank = ids(requiredControls('product-recommendation', 'bank', []));
    const insurance = ids(requiredControls('product-recommendation', 'insurance', []));
    const both = ids(requiredControls('product-recommendation', 'both', []));
    expect(bank).toHaveLength(7);
    expect(bank).toContain('bank-sales-dual-recording');
    expect(bank).not.toContain('insurance-sales-traceability');
    expect(insurance).toHaveLength(7);
    expect(insurance).toContain('insurance-sales-traceability');
    expect(insurance).not.toContain('bank-sales-dual-recording');
    expect(both).toEqual([...all]);
    expect(ids(requiredControls('contract-signing', 'bank', []))).toEqual([
      'key-info-disclosure',
      'suitability-match',
      'bank-sales-dual-recording',
      'no-bundled-sale',
      'fair-contract-terms',
      'complaint-channel-disclosure',
      'record-retention',
    ]);
    expect(requiredControls('cooling-off', 'bank', [])).toEqual([]);
  });

  it('sector rule', () => {
    expect(sectorApplies('both', 'bank')).toBe(true);
    expect(sectorApplies('bank', 'both')).toBe(true);
    expect(sectorApplies('insurance', 'both')).toBe(true);
    expect(sectorApplies('insurance', 'bank')).toBe(false);
    expect(sectorApplies('bank', 'insurance')).toBe(false);
    expect(sectorApplies('bank', 'bank')).toBe(true);
  });

  it('adds custom controls that name the kind, when their sector applies', () => {
    const cc = [
      custom({ id: 'x-callback', kinds: ['surrender-closure'] }),
      custom({ id: 'x-insurance', kinds: ['surrender-closure'], sector: 'insurance' }),
      custom({ id: 'x-elsewhere', kinds: ['cooling-off'] }),
    ];
    const req = requiredControls('surrender-closure', 'bank', cc);
    expect(ids(req)).toEqual(['key-info-disclosure', 'surrender-exit-disclosure', 'x-callback']);
    expect(req[2]).toMatchObject({ custom: true, baseSeverity: 'medium', sector: 'both', kinds: ['surrender-closure'] });
    expect(formatBasis(req[2].basis, 'en')).toBe('Internal policy 7');
    expect(ids(requiredControls('surrender-closure', 'insurance', cc))).toContain('x-insurance');
    expect(requiredControls(null, 'both', cc)).toEqual([]);
    // a kind outside the catalogue needs only the custom controls that name it
    expect(ids(requiredControls('my-kind', 'bank', [custom({ id: 'x-mine', kinds: ['my-kind'] })]))).toEqual(['x-mine']);
  });

  it('lets a custom control with a built-in id override it, still required where the catalogue says', () => {
    const cc = [custom({ id: 'financial-education', severity: 'high', kinds: ['surrender-closure'] })];
    const def = findControl('financial-education', cc)!;
    expect(def.baseSeverity).toBe('high');
    expect(def.custom).toBe(true);
    expect(def.kinds).toEqual(['branch-consultation', 'after-sale-service', 'digital-self-service', 'surrender-closure']);
    expect(findControl('financial-education')?.baseSeverity).toBe('low');
    const branch = requiredControls('branch-consultation', 'bank', cc);
    expect(branch.find((c) => c.id === 'financial-education')?.baseSeverity).toBe('high');
    expect(ids(requiredControls('surrender-closure', 'bank', cc))).toContain('financial-education');
    expect(allControls(cc)).toHaveLength(38);
    expect(allControls([...cc, custom({ id: 'x-new' })])).toHaveLength(39);
  });

  it('says where a control is required', () => {
    expect(ids(whereRequired('no-bundled-sale'))).toEqual([
      'marketing-outreach',
      'account-opening-kyc',
      'product-recommendation',
      'contract-signing',
      'payment-fees',
      'third-party-channel',
    ]);
    expect(ids(whereRequired('x', [custom({ id: 'x', kinds: ['cooling-off'] })]))).toEqual(['cooling-off']);
    expect(whereRequired('nope')).toEqual([]);
  });
});
