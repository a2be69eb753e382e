/**
 * Where the emotion curve draws its dots and labels. Touchpoints of one stage column share an x
 * (one per channel), so drawn as they are their dots sit on one vertical line and their labels
 * print over each other. Here a column's dots are spread across the card width in lane order,
 * and each label takes the first free place below or above its dot; a label with no free place
 * is left out (its card is right above, and the band's accessible name lists every point).
 */
export interface EmotionPoint {
  id: string;
  title: string;
  /** Centre of the touchpoint's card. */
  x: number;
  /** The card's top, to keep lane order within a column. */
  y: number;
  e: number;
}

export interface PlacedEmotionPoint extends EmotionPoint {
  /** The dot's x after spreading a shared column. */
  dotX: number;
  dotY: number;
  label: { text: string; x: number; y: number } | null;
}

export interface EmotionGeometry {
  /** The band's height; labels stay inside it. */
  height: number;
  /** How far a shared column may spread (the card width, less a margin). */
  columnWidth: number;
  yOf: (e: number) => number;
  fontSize: number;
}

const MAX_STEP = 56;
const LABEL_CHARS = 10;

/** Estimated width of a label: CJK characters are a full em, others a little over half. */
export function labelWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

export function shortLabel(title: string): string {
  const chars = [...title];
  return chars.length > LABEL_CHARS ? `${chars.slice(0, LABEL_CHARS).join('')}…` : title;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Whether the segment (x0,y0)–(x1,y1) passes through the box (clipped against it, Liang–Barsky). */
function crosses(box: Box, x0: number, y0: number, x1: number, y1: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const edges: [number, number][] = [
    [-dx, x0 - box.x0],
    [dx, box.x1 - x0],
    [-dy, y0 - box.y0],
    [dy, box.y1 - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

/** Points sorted by x then lane; returns them placed, in the order the line should join them. */
export function placeEmotionPoints(points: readonly EmotionPoint[], g: EmotionGeometry): PlacedEmotionPoint[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const placed: PlacedEmotionPoint[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && Math.abs(sorted[j].x - sorted[i].x) < 1) j++;
    const n = j - i;
    const step = n > 1 ? Math.min(MAX_STEP, g.columnWidth / (n - 1)) : 0;
    for (let k = 0; k < n; k++) {
      const p = sorted[i + k];
      placed.push({ ...p, dotX: p.x + (k - (n - 1) / 2) * step, dotY: g.yOf(p.e), label: null });
    }
    i = j;
  }
  const dots: Box[] = placed.map((p) => ({ x0: p.dotX - 6, x1: p.dotX + 6, y0: p.dotY - 6, y1: p.dotY + 6 }));
  const labels: Box[] = [];
  const fs = g.fontSize;
  const onLine = (box: Box) => placed.some((a, i) => i > 0 && crosses(box, placed[i - 1].dotX, placed[i - 1].dotY, a.dotX, a.dotY));
  for (const p of placed) {
    const text = shortLabel(p.title);
    if (!text) continue;
    const half = labelWidth(text, fs) / 2;
    // Baselines: below the dot first for a good mood, above first for a bad one (away from the
    // zero line the curve crosses most), then one line further each way.
    const below = [p.dotY + 20, p.dotY + 20 + fs + 2];
    const above = [p.dotY - 11, p.dotY - 11 - fs - 2];
    const tries = p.e >= 0 ? [below[0], above[0], below[1], above[1]] : [above[0], below[0], above[1], below[1]];
    // A place clear of the curve's line if there is one; else one clear of labels and dots.
    const free = (box: Box) => box.y0 >= 0 && box.y1 <= g.height && !labels.some((b) => overlaps(b, box)) && !dots.some((d) => overlaps(d, box));
    const boxAt = (baseline: number): Box => ({ x0: p.dotX - half, x1: p.dotX + half, y0: baseline - fs, y1: baseline + 3 });
    const baseline = tries.find((y) => free(boxAt(y)) && !onLine(boxAt(y))) ?? tries.find((y) => free(boxAt(y)));
    if (baseline !== undefined) {
      labels.push(boxAt(baseline));
      p.label = { text, x: p.dotX, y: baseline };
    }
  }
  return placed;
}
