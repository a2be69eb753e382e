/** Bilingual gap messages: specific — they name the control and the numbers behind the gap. */
import type { ControlDef } from '../catalogue/controls';
import { LEVEL_LABELS, type RiskLevel } from '../risk';
import type { Bilingual, ControlState, Risk, Severity } from '../schema';
import { SEVERITY_LABELS } from './severity';

const zhQuote = (s: string) => `“${s}”`;
const enQuote = (s: string) => `“${s}”`;
const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** "base high, risk critical +2, complaint hotspot +1 → critical" */
function steps(base: Severity, level: RiskLevel | null, riskStep: number, hotspot: boolean, result: Severity): Bilingual {
  const zh = [`基础${SEVERITY_LABELS[base].zh}`];
  const en = [`base ${SEVERITY_LABELS[base].en}`];
  if (riskStep !== 0 && level) {
    zh.push(`风险${LEVEL_LABELS[level].zh} ${signed(riskStep)}`);
    en.push(`risk ${LEVEL_LABELS[level].en.toLowerCase()} ${signed(riskStep)}`);
  }
  if (hotspot) {
    zh.push('投诉热点 +1');
    en.push('complaint hotspot +1');
  }
  return { zh: `${zh.join('，')} → ${SEVERITY_LABELS[result].zh}`, en: `${en.join(', ')} → ${SEVERITY_LABELS[result].en}` };
}

export function missingMessage(
  def: ControlDef,
  state: ControlState | undefined,
  level: RiskLevel | null,
  riskStep: number,
  hotspot: boolean,
  severity: Severity,
): Bilingual {
  const s = steps(def.baseSeverity, level, riskStep, hotspot, severity);
  const zhName = zhQuote(def.name.zh);
  const enName = enQuote(def.name.en);
  if (!state) {
    return {
      zh: `必需控制${zhName}尚未记录状态，按缺失处理。严重度：${s.zh}。`,
      en: `Required control ${enName} has no status yet, so it counts as missing. Severity: ${s.en}.`,
    };
  }
  if (state.status === 'not-applicable') {
    return {
      zh: `必需控制${zhName}标记为不适用但未说明理由，按缺失处理。严重度：${s.zh}。`,
      en: `Required control ${enName} is marked not applicable without a reason, so it counts as missing. Severity: ${s.en}.`,
    };
  }
  return {
    zh: `缺少必需控制${zhName}。严重度：${s.zh}。`,
    en: `Required control ${enName} is missing. Severity: ${s.en}.`,
  };
}

export function partialMessage(def: ControlDef, missing: Severity, severity: Severity): Bilingual {
  return {
    zh: `必需控制${zhQuote(def.name.zh)}仅部分落实。严重度：比缺失（${SEVERITY_LABELS[missing].zh}）低一级 → ${SEVERITY_LABELS[severity].zh}。`,
    en: `Required control ${enQuote(def.name.en)} is only partly in place. Severity: one level below missing (${SEVERITY_LABELS[missing].en}) → ${SEVERITY_LABELS[severity].en}.`,
  };
}

export function unmitigatedMessage(risk: Risk, level: RiskLevel, applicable: number): Bilingual {
  const score = risk.likelihood * risk.impact;
  const zhRisk = `风险为${LEVEL_LABELS[level].zh}（${score}分 = 可能性${risk.likelihood} × 影响${risk.impact}）`;
  const enRisk = `Risk is ${LEVEL_LABELS[level].en.toLowerCase()} (score ${score} = likelihood ${risk.likelihood} × impact ${risk.impact})`;
  if (applicable === 0) {
    return { zh: `${zhRisk}，且没有必需控制缓释。`, en: `${enRisk} and no required control mitigates it.` };
  }
  return {
    zh: `${zhRisk}，${applicable}项必需控制均未落实。`,
    en: `${enRisk} and none of its ${applicable} required control${applicable === 1 ? ' is' : 's is'} in place.`,
  };
}

export function hotspotMessage(
  count: number,
  journeyTotal: number,
  periods: number,
  share: number,
  minCount: number,
  raisedBy: RiskLevel | null,
): Bilingual {
  const zh = `投诉热点：近${periods}期旅程投诉共${journeyTotal}件，本触点占${count}件（${pct(count / journeyTotal)}；阈值${pct(share)}且不少于${minCount}件）。`;
  const en = `Complaint hotspot: ${count} of the journey’s ${journeyTotal} complaints in the last ${periods} period${periods === 1 ? '' : 's'} (${pct(count / journeyTotal)}; threshold ${pct(share)} and at least ${minCount}).`;
  if (!raisedBy) return { zh, en };
  return {
    zh: `${zh}风险为${LEVEL_LABELS[raisedBy].zh}，严重度为高。`,
    en: `${en} Risk is ${LEVEL_LABELS[raisedBy].en.toLowerCase()}, so severity is high.`,
  };
}

export function spikeMessage(latest: number, period: string, mean: number, previous: number, factor: number, minDelta: number): Bilingual {
  return {
    zh: `投诉激增：${period}为${latest}件，前${previous}期均值${num(mean)}件（阈值：均值的${num(factor)}倍且多出至少${num(minDelta)}件）。`,
    en: `Complaint spike: ${latest} in ${period} against a mean of ${num(mean)} over the previous ${previous} period${previous === 1 ? '' : 's'} (threshold ${num(factor)}× the mean and at least ${num(minDelta)} more).`,
  };
}

export function noOwnerMessage(level: RiskLevel | null, seriousGaps: number): Bilingual {
  const zh: string[] = [];
  const en: string[] = [];
  if (level === 'high' || level === 'critical') {
    zh.push(`风险为${LEVEL_LABELS[level].zh}`);
    en.push(`risk is ${LEVEL_LABELS[level].en.toLowerCase()}`);
  }
  if (seriousGaps > 0) {
    zh.push(`有${seriousGaps}个高或严重的未关闭缺口`);
    en.push(`${seriousGaps} open gap${seriousGaps === 1 ? ' is' : 's are'} high or worse`);
  }
  return { zh: `未指定负责人，而${zh.join('，且')}。`, en: `No owner, though ${en.join(' and ')}.` };
}

export function kindMessage(kind: string | null): Bilingual {
  if (kind === null) {
    return { zh: '未设置触点类型，无法检查必需控制。', en: 'Kind not set: its required controls cannot be checked.' };
  }
  return {
    zh: `触点类型“${kind}”不在控制目录中，无法检查必需控制。`,
    en: `Kind “${kind}” is not in the catalogue: its required controls cannot be checked.`,
  };
}

export const RISK_MESSAGE: Bilingual = {
  zh: '未评估风险：请填写可能性和影响（1–5）。',
  en: 'Risk not assessed: set likelihood and impact (1–5).',
};
