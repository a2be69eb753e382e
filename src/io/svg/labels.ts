/** The renderer's own words in both languages (io cannot use the app's i18n resources). */
export type Lang = 'zh' | 'en';

const L = {
  corner: { zh: '渠道 / 阶段', en: 'Channel / Stage' },
  untitled: { zh: '（未命名）', en: '(untitled)' },
  noKind: { zh: '未分类', en: 'No kind' },
  complaints: { zh: '投诉', en: 'Compl.' },
  risk: { zh: '风险', en: 'Risk' },
  riskNone: { zh: '未评估', en: 'n/a' },
  gaps: { zh: '缺口', en: 'Gaps' },
  legendRisk: { zh: '固有风险等级', en: 'Inherent risk level' },
  legendComplaints: { zh: '投诉量（全部期间）', en: 'Complaints (all periods)' },
  legendGaps: { zh: '最严重的未决缺口', en: 'Worst open gap' },
  legendNoGaps: { zh: '无未决缺口', en: 'No open gap' },
  legendUnassessed: { zh: '未评估', en: 'Not assessed' },
  legendNone: { zh: '无', en: 'None' },
  legendBadges: { zh: '标记', en: 'Badges' },
  legendTrend: { zh: '▲ 上升 ▼ 下降 ▶ 持平（最近一期对比此前均值）', en: '▲ up ▼ down ▶ flat (latest period vs earlier mean)' },
  legendLinks: { zh: '连线', en: 'Links' },
  flow: { zh: '流转', en: 'Flow' },
  'hand-off': { zh: '转交', en: 'Hand-off' },
  escalation: { zh: '升级', en: 'Escalation' },
  exported: { zh: '导出于', en: 'exported' },
  catalogue: { zh: '控制目录版本', en: 'catalogue' },
  complaintsHidden: { zh: '已隐藏投诉数据', en: 'complaint figures left out' },
  ownersHidden: { zh: '已隐藏负责人', en: 'owners left out' },
} as const;

export type LabelKey = keyof typeof L;

export function label(key: LabelKey, lang: Lang): string {
  return L[key][lang];
}
