import { describe, expect, it } from 'vitest';
import { journeyOrder } from '../../../src/canvas/useFlowElements';
import { makeTouchpoint } from '../../../src/domain/factories';
import { computeLayout } from '../../../src/domain/layout';

describe('journey order of the nodes (the page’s Tab order)', () => {
  it('walks stage by stage, channel by channel, then top-left first within a cell', () => {
    const stages = [
      { id: 's1', name: '了解', order: 'a0' },
      { id: 's2', name: '购买', order: 'a1' },
    ];
    const channels = [
      { id: 'c1', name: '网点', order: 'a0' },
      { id: 'c2', name: '手机银行', order: 'a1' },
    ];
    const tp = (id: string, stageId: string, channelId: string, x: number, y: number) => ({ ...makeTouchpoint({ stageId, channelId, offset: { x, y } }), id, title: id });
    // Created in an order unrelated to the journey.
    const records = [tp('buy-app', 's2', 'c2', 20, 20), tp('learn-app', 's1', 'c2', 20, 20), tp('buy-branch', 's2', 'c1', 20, 20), tp('learn-branch-lower', 's1', 'c1', 20, 140), tp('learn-branch', 's1', 'c1', 20, 20)];
    const layout = computeLayout(stages, channels, records);
    const sorted = [...records].sort((a, b) => journeyOrder(layout, a, b)).map((t) => t.id);
    expect(sorted).toEqual(['learn-branch', 'learn-branch-lower', 'learn-app', 'buy-branch', 'buy-app']);
  });
});
