/** A large, realistic journey for the benchmarks: N touchpoints with text, complaints, risk and controls. */
import { DEFAULT_CHANNEL_NAMES, DEFAULT_STAGE_NAMES, makeNewJourney, makeTouchpoint } from '../../src/domain/factories';
import type { JourneyData } from '../../src/domain/schema';

export function bigJourney(count: number, name = '大型旅程（基准）'): JourneyData {
  const data = makeNewJourney({ name, sector: 'bank', stageNames: DEFAULT_STAGE_NAMES.zh, channelNames: DEFAULT_CHANNEL_NAMES.zh });
  for (let i = 0; i < count; i++) {
    const stage = data.stages[i % data.stages.length];
    const channel = data.channels[Math.floor(i / data.stages.length) % data.channels.length];
    data.touchpoints.push(
      makeTouchpoint({
        stageId: stage.id,
        channelId: channel.id,
        offset: { x: 20 + (i % 7) * 30, y: 20 + (Math.floor(i / 15) % 40) * 30 },
        title: `触点 ${i}：手机银行分期办理确认`,
        description: '客户在办理分期时查看费率与还款计划，需要清晰披露年化利率与提前还款费用。',
        owner: '零售银行部',
        complaints: Array.from({ length: 6 }, (_, m) => ({ period: `2026-0${m + 1}`, count: (i * 7 + m) % 13 })),
        risk: { likelihood: 1 + (i % 5), impact: 1 + ((i >> 2) % 5), rationale: '费率披露不充分' },
        tags: ['分期', `批次${i % 10}`],
      }),
    );
  }
  return data;
}
