import { describe, expect, it } from 'vitest';
import { labelWidth, placeEmotionPoints, type EmotionPoint } from '../../../src/canvas/emotionPlacement';

const geometry = { height: 150, columnWidth: 180, fontSize: 11, yOf: (e: number) => 14 + ((2 - e) / 4) * 122 };

function boxes(points: ReturnType<typeof placeEmotionPoints>) {
  return points
    .filter((p) => p.label)
    .map((p) => {
      const half = labelWidth(p.label!.text, 11) / 2;
      return { x0: p.label!.x - half, x1: p.label!.x + half, y0: p.label!.y - 11, y1: p.label!.y + 3 };
    });
}

describe('emotion curve placement', () => {
  it('spreads the dots of one stage column in lane order', () => {
    const column: EmotionPoint[] = [
      { id: 'c', title: '客服热线', x: 100, y: 500, e: 0 },
      { id: 'a', title: '网点', x: 100, y: 100, e: 1 },
      { id: 'b', title: '手机银行', x: 100, y: 300, e: -1 },
    ];
    const placed = placeEmotionPoints(column, geometry);
    expect(placed.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(new Set(placed.map((p) => p.dotX)).size).toBe(3);
    expect(placed[0].dotX).toBeLessThan(placed[1].dotX);
    expect(Math.max(...placed.map((p) => p.dotX)) - Math.min(...placed.map((p) => p.dotX))).toBeLessThanOrEqual(180);
  });

  it('never prints two labels over each other, and keeps them inside the band', () => {
    // Five touchpoints in one column, all with the same emotion: the worst case.
    const crowd: EmotionPoint[] = Array.from({ length: 5 }, (_, i) => ({ id: `t${i}`, title: `理财产品风险揭示${i}`, x: 300, y: i * 100, e: 1 }));
    const placed = placeEmotionPoints(crowd, geometry);
    const b = boxes(placed);
    expect(b.length).toBeGreaterThan(0);
    for (let i = 0; i < b.length; i++) {
      expect(b[i].y0).toBeGreaterThanOrEqual(0);
      expect(b[i].y1).toBeLessThanOrEqual(150);
      for (let j = i + 1; j < b.length; j++) {
        const o = b[i].x0 < b[j].x1 && b[j].x0 < b[i].x1 && b[i].y0 < b[j].y1 && b[j].y0 < b[i].y1;
        expect(o, `${placed[i].id} / ${placed[j].id}`).toBe(false);
      }
    }
  });

  it('labels every point when there is room, shortening long titles', () => {
    const spaced: EmotionPoint[] = [
      { id: 'a', title: 'Branch consultation and suitability check', x: 100, y: 0, e: 2 },
      { id: 'b', title: '签约', x: 400, y: 0, e: -2 },
    ];
    const placed = placeEmotionPoints(spaced, geometry);
    expect(placed.every((p) => p.label)).toBe(true);
    expect(placed[0].label!.text).toBe('Branch con…');
    expect(placed[1].label!.text).toBe('签约');
  });
});
