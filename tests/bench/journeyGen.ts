/**
 * The benchmark's journeys: N touchpoints laid out without overlap on a lane grid that grows
 * with N, each annotated the way a real map is — 12 months of complaints (some split by
 * category), risk with a rationale, 5–8 controls with mixed statuses, rights, emotion, tags —
 * and N−1 connections. Deterministic (seeded), so every run and both pages see the same map.
 * Shared by the Node runner, the `analyse` benchmark and the bare React Flow baseline page.
 */
import { COMPLAINT_CATEGORIES } from '../../src/domain/catalogue/categories';
import { CONTROLS } from '../../src/domain/catalogue/controls';
import { TOUCHPOINT_KINDS } from '../../src/domain/catalogue/kinds';
import { RIGHT_IDS } from '../../src/domain/catalogue/rights';
import { computeLayout, touchpointPosition } from '../../src/domain/layout';
import { initialKeys, sortLanes } from '../../src/domain/order';
import {
  DEFAULT_SETTINGS,
  SCHEMA_VERSION,
  type Channel,
  type ComplaintEntry,
  type Connection,
  type ControlState,
  type ControlStatus,
  type GapDecision,
  type JourneyData,
  type Point,
  type Stage,
  type Touchpoint,
} from '../../src/domain/schema';

export const NODE_SPACING = { x: 240, y: 120 };
const STAGES = ['认知', '咨询', '申请', '审批', '签约', '放款', '使用', '还款', '售后', '退出'];
const CHANNELS = ['网点', '手机银行', '网上银行', '客服热线', '微信小程序', '合作渠道', '上门服务', '第三方平台'];
const PERIODS = Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`);
const STATUSES: ControlStatus[] = ['in-place', 'in-place', 'in-place', 'in-place', 'partial', 'partial', 'missing', 'missing', 'not-applicable'];
const ACTIONS = ['查看分期费率', '确认还款计划', '提交收入证明', '人脸识别', '阅读合同条款', '签署电子协议', '设置自动还款', '咨询提前还款', '投诉处理回访', '注销账户'];

/** A small, fast, seeded generator (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lanes for a journey of `n` touchpoints: a portfolio map grows wider and taller. */
export function gridFor(n: number): { stages: number; channels: number } {
  if (n <= 150) return { stages: 5, channels: 3 };
  if (n <= 1500) return { stages: 8, channels: 5 };
  return { stages: 8, channels: 8 };
}

export interface Placement {
  stages: Stage[];
  channels: Channel[];
  /** Where touchpoint `i` sits: its cell and its offset inside the cell. */
  place(i: number): Pick<Touchpoint, 'stageId' | 'channelId' | 'offset'>;
}

/** Lanes and non-overlapping cell offsets for `n` touchpoints (no randomness: cheap anywhere). */
export function placement(n: number): Placement {
  const { stages: sCount, channels: cCount } = gridFor(n);
  const sKeys = initialKeys(sCount);
  const cKeys = initialKeys(cCount);
  const stages: Stage[] = STAGES.slice(0, sCount).map((name, i) => ({ id: `s${i}`, name, order: sKeys[i] }));
  const channels: Channel[] = CHANNELS.slice(0, cCount).map((name, i) => ({ id: `c${i}`, name, order: cKeys[i] }));
  const perCell = Math.ceil(n / (sCount * cCount));
  const cols = Math.ceil(Math.sqrt(perCell));
  return {
    stages,
    channels,
    place(i) {
      const cell = Math.floor(i / perCell);
      const inCell = i % perCell;
      return {
        stageId: stages[cell % sCount].id,
        channelId: channels[Math.floor(cell / sCount) % cCount].id,
        offset: { x: 20 + (inCell % cols) * NODE_SPACING.x, y: 20 + Math.floor(inCell / cols) * NODE_SPACING.y },
      };
    },
  };
}

export function touchpointTitle(i: number): string {
  return `${ACTIONS[i % ACTIONS.length]} · ${i}`;
}

export function touchpointId(i: number): string {
  return `t${String(i).padStart(6, '0')}`;
}

export function generateJourney(n: number, seed = 20261129): JourneyData {
  const random = rng(seed + n);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const { stages, channels, place } = placement(n);
  const kinds = TOUCHPOINT_KINDS;
  const touchpoints: Touchpoint[] = [];
  const gapDecisions: GapDecision[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[i % kinds.length];
    const controls: Record<string, ControlState> = {};
    const wanted = 5 + Math.floor(random() * 4);
    const pool = [...kind.requiredControls, ...CONTROLS.map((c) => c.id)];
    for (let k = 0; k < pool.length && Object.keys(controls).length < wanted; k++) {
      const id = pool[(k * 7 + i) % pool.length];
      if (controls[id]) continue;
      const status = pick(STATUSES);
      controls[id] =
        status === 'not-applicable'
          ? { status, reason: '该渠道不涉及此环节' }
          : status === 'in-place'
            ? { status, evidence: `制度文件 ZD-${(i * 13 + k) % 997}` }
            : { status };
    }
    const byCategory = i % 3 === 0;
    const complaints: ComplaintEntry[] = [];
    const base = Math.floor(random() * 30);
    for (const [m, period] of PERIODS.entries()) {
      const count = Math.max(0, Math.round(base + Math.sin((i + m) / 2) * 6 + (m === 11 && i % 17 === 0 ? 40 : 0)));
      if (byCategory) {
        const cat = COMPLAINT_CATEGORIES[(i + m) % COMPLAINT_CATEGORIES.length].id;
        complaints.push({ period, count: Math.ceil(count / 2), category: cat }, { period, count: Math.floor(count / 2), category: 'other' });
      } else complaints.push({ period, count });
    }
    const id = touchpointId(i);
    touchpoints.push({
      id,
      title: touchpointTitle(i),
      description: '客户在办理时查看费率与还款计划，需要清晰披露年化利率、提前还款费用与投诉渠道。',
      kind: kind.id,
      ...place(i),
      owner: pick(['零售银行部', '信用卡中心', '消费者权益保护部', '运营管理部']),
      complaints,
      risk: random() < 0.85 ? { likelihood: 1 + Math.floor(random() * 5), impact: 1 + Math.floor(random() * 5), rationale: '费率披露不充分，老年客户理解困难' } : null,
      rights: RIGHT_IDS.filter((_, r) => (i + r) % 4 === 0),
      controls,
      emotion: random() < 0.7 ? Math.floor(random() * 5) - 2 : null,
      painPoints: i % 4 === 0 ? '等待时间长；条款看不懂' : '',
      tags: ['分期', `批次${i % 10}`],
      personaIds: [],
    });
    const missing = Object.entries(controls).find(([, s]) => s.status === 'missing');
    if (missing && i % 25 === 0) {
      gapDecisions.push({
        id: `${id}|missing-control|${missing[0]}`,
        touchpointId: id,
        rule: 'missing-control',
        controlId: missing[0],
        accepted: true,
        reason: '已纳入下季度整改计划',
        owner: '合规部',
        dueDate: '2026-03-31',
        ticket: `CP-${i}`,
        decidedAt: '2025-12-01T00:00:00.000Z',
      });
    }
  }
  const kindsOfEdge: Connection['kind'][] = ['flow', 'flow', 'flow', 'hand-off', 'escalation'];
  const connections: Connection[] = [];
  for (let i = 1; i < n; i++) {
    connections.push({ id: `e${String(i).padStart(6, '0')}`, source: touchpointId(i - 1), target: touchpointId(i), label: i % 9 === 0 ? '转人工' : '', kind: kindsOfEdge[i % kindsOfEdge.length] });
  }
  return {
    meta: {
      id: `jbench${n}`,
      name: `基准旅程 ${n}`,
      description: '性能基准：全产品组合旅程',
      sector: 'bank',
      settings: structuredClone(DEFAULT_SETTINGS),
      schemaVersion: SCHEMA_VERSION,
      createdAt: '2025-12-01T00:00:00.000Z',
    },
    stages,
    channels,
    personas: [],
    touchpoints,
    connections,
    notes: [],
    customControls: [],
    gapDecisions,
  };
}

/** Canvas positions (top-left) of every touchpoint, as the app lays them out. */
export function positionsOf(n: number): Map<string, Point> {
  const { stages, channels, place } = placement(n);
  const placed = Array.from({ length: n }, (_, i) => ({ id: touchpointId(i), ...place(i) }));
  const layout = computeLayout(sortLanes(stages), sortLanes(channels), placed);
  const out = new Map<string, Point>();
  for (const t of placed) {
    const p = touchpointPosition(layout, t);
    if (p) out.set(t.id, p);
  }
  return out;
}

/** The bounding box of all touchpoints (for the same fit-view viewport on both pages). */
export function boundsOf(positions: Map<string, Point>, size = { width: 200, height: 88 }) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x + size.width);
    maxY = Math.max(maxY, p.y + size.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
