/**
 * A small, fixed journey with Chinese text, markup in a title, complaints, risks, controls,
 * connections, a note and a custom control: the shared input of the format, renderer and
 * command-line tests.
 */
import { DEFAULT_SETTINGS, type JourneyData, type Touchpoint } from '../../../src/domain/schema';

const tp = (fields: Partial<Touchpoint> & Pick<Touchpoint, 'id' | 'title' | 'stageId' | 'channelId'>): Touchpoint => ({
  description: '',
  kind: null,
  offset: { x: 20, y: 20 },
  owner: '',
  complaints: [],
  risk: null,
  rights: [],
  controls: {},
  emotion: null,
  painPoints: '',
  tags: [],
  personaIds: [],
  ...fields,
});

const months = (counts: number[], from = 6) =>
  counts.map((count, i) => ({ period: `2026-${String(from + i).padStart(2, '0')}`, count }));

export function sampleJourney(): JourneyData {
  return {
    meta: {
      id: 'j_sample',
      name: '信用卡分期办理旅程',
      description: '从营销到催收的信用卡分期客户旅程',
      sector: 'bank',
      settings: structuredClone(DEFAULT_SETTINGS),
      schemaVersion: 1,
      createdAt: '2026-11-01T08:00:00.000Z',
    },
    stages: [
      { id: 's1', name: '认知', order: 'a0' },
      { id: 's2', name: '咨询', order: 'a1' },
      { id: 's3', name: '购买', order: 'a2' },
      { id: 's4', name: '使用', order: 'a3' },
      { id: 's5', name: '售后', order: 'a4' },
    ],
    channels: [
      { id: 'c1', name: '网点', order: 'a0' },
      { id: 'c2', name: '手机银行', order: 'a1' },
      { id: 'c3', name: '客服热线', order: 'a2' },
    ],
    personas: [{ id: 'p1', name: '年轻白领', description: '25–35 岁，首次办理分期' }],
    touchpoints: [
      tp({
        id: 't1',
        title: '短信营销：分期“0利率”',
        kind: 'marketing-outreach',
        stageId: 's1',
        channelId: 'c2',
        owner: '营销部 张三',
        risk: { likelihood: 4, impact: 3, rationale: '宣传口径可能误导' },
        complaints: months([3, 4, 2, 5, 4, 6]),
        controls: { 'marketing-content-approval': { status: 'in-place', evidence: '营销材料审批单' } },
        personaIds: ['p1'],
      }),
      tp({
        id: 't2',
        title: '网点理财经理推荐分期',
        kind: 'product-recommendation',
        stageId: 's2',
        channelId: 'c1',
        owner: '零售部 李四',
        risk: { likelihood: 3, impact: 4, rationale: '' },
        controls: {
          'key-info-disclosure': { status: 'in-place' },
          'bank-sales-dual-recording': { status: 'partial', evidence: '部分网点未覆盖' },
        },
      }),
      tp({
        id: 't3',
        title: 'APP 分期签约页 <script>alert("x")</script> & 费率',
        kind: 'contract-signing',
        stageId: 's3',
        channelId: 'c2',
        owner: '数字银行部',
        risk: { likelihood: 5, impact: 4, rationale: '费率展示不显著' },
        complaints: months([2, 3, 2, 3, 2, 24]),
      }),
      tp({
        id: 't4',
        title: '分期手续费按月扣收',
        kind: 'payment-fees',
        stageId: 's4',
        channelId: 'c2',
        owner: '信用卡中心',
        risk: { likelihood: 3, impact: 3, rationale: '' },
        complaints: months([8, 9, 7, 8, 9, 7]),
      }),
      tp({
        id: 't5',
        title: '客服热线投诉受理',
        kind: 'complaint-handling',
        stageId: 's5',
        channelId: 'c3',
        owner: '客服中心',
        risk: { likelihood: 2, impact: 3, rationale: '' },
        controls: { 'complaint-channel-disclosure': { status: 'in-place' }, 'complaint-decision-15d': { status: 'in-place' } },
      }),
      tp({ id: 't6', title: '提前还款咨询', stageId: 's4', channelId: 'c3' }),
      tp({
        id: 't7',
        title: '逾期催收电话',
        kind: 'loan-servicing-collection',
        stageId: 's5',
        channelId: 'c3',
        offset: { x: 20, y: 130 },
        risk: { likelihood: 4, impact: 5, rationale: '夜间催收投诉' },
        complaints: months([10, 12, 11, 14, 13, 15]),
        emotion: -2,
      }),
    ],
    connections: [
      { id: 'e1', source: 't1', target: 't2', label: '到店咨询', kind: 'flow' },
      { id: 'e2', source: 't2', target: 't3', label: '线上签约', kind: 'hand-off' },
      { id: 'e3', source: 't3', target: 't4', label: '', kind: 'flow' },
      { id: 'e4', source: 't4', target: 't5', label: '投诉', kind: 'escalation' },
      { id: 'e5', source: 't5', target: 't7', label: '', kind: 'flow' },
    ],
    notes: [{ id: 'n1', text: '待确认：分期实际年化利率的披露口径', position: { x: 560, y: 470 }, color: 'yellow' }],
    customControls: [
      {
        id: 'cc_apr',
        name: { zh: '分期实际年化利率披露', en: 'Instalment APR disclosure' },
        description: { zh: '签约前展示实际年化利率', en: 'Show the effective annual rate before signing' },
        rights: ['know', 'fair'],
        kinds: ['contract-signing'],
        sector: 'bank',
        severity: 'high',
        basis: '',
      },
    ],
    gapDecisions: [],
  };
}

/** The sample journey stretched to `stages` stages, three cards in each new one. */
export function wideJourney(stages: number): JourneyData {
  const data = sampleJourney();
  const base = data.touchpoints.slice(0, 3);
  for (let s = 6; s <= stages; s++) {
    data.stages.push({ id: `s${s}`, name: `阶段${s}`, order: `a${s - 1}` });
    base.forEach((t, k) => data.touchpoints.push({ ...structuredClone(t), id: `t${s}_${k}`, stageId: `s${s}`, channelId: `c${k + 1}` }));
  }
  return data;
}
