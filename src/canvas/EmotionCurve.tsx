/**
 * The emotion curve: a band under the lanes that plots each touchpoint's customer emotion
 * (−2…+2) at its position along the journey — the classic journey-map view.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { LAYOUT, touchpointPosition } from '../domain/layout';
import { selectLayout } from '../store/selectors';
import { useEditor } from '../store/useEditor';
import { useCanvasView } from './canvasView';
import { placeEmotionPoints } from './emotionPlacement';
import { useFlowWindow } from './useFlowWindow';

export const EMOTION_BAND = { gap: 56, height: 150 };
const LEVELS = [2, 1, 0, -1, -2] as const;
/** The accessible name lists this many points; a portfolio map's thousands would be noise. */
const NAMED_POINTS = 60;
/** As in the stylesheet (.emotion-dot-label): placement estimates label widths from it. */
const LABEL_FONT_SIZE = 11;

export const EmotionCurve = memo(function EmotionCurve() {
  const { t, far } = useCanvasView();
  // Dots and labels only around the view (the line runs the whole width): a portfolio map's
  // thousands would otherwise weigh on every style, layout and paint of the canvas.
  const win = useFlowWindow();
  const layout = useEditor(selectLayout);
  const touchpoints = useEditor((s) => s.touchpoints);
  const top = layout.height + EMOTION_BAND.gap;
  const h = EMOTION_BAND.height;
  const yOf = (e: number) => 14 + ((2 - e) / 4) * (h - 28);
  const points = useMemo(
    () =>
      placeEmotionPoints(
        Object.values(touchpoints)
          .filter((tp) => tp.emotion !== null)
          .map((tp) => {
            const pos = touchpointPosition(layout, tp);
            return pos ? { id: tp.id, title: tp.title, x: pos.x + LAYOUT.nodeWidth / 2, y: pos.y, e: tp.emotion! } : null;
          })
          .filter((p): p is NonNullable<typeof p> => p !== null),
        { height: h, columnWidth: LAYOUT.nodeWidth - 40, fontSize: LABEL_FONT_SIZE, yOf },
      ),
    // yOf depends on the band's height only, a constant.
    [layout, touchpoints],
  );
  const near = useMemo(() => (far ? [] : win ? points.filter((p) => p.dotX >= win.x0 && p.dotX <= win.x1) : points), [far, win, points]);
  // The line, too, only around the view when close (with one point beyond each side, so it runs
  // off the edge): the band is repainted on every frame of a pan, and a portfolio map's line of
  // thousands of points was rasterised whole each time. Far away the whole line is in view.
  const linePoints = useMemo(() => {
    if (far || !win) return points;
    let from = 0;
    while (from < points.length && points[from].dotX < win.x0) from++;
    let to = from;
    while (to < points.length && points[to].dotX <= win.x1) to++;
    return points.slice(Math.max(0, from - 1), Math.min(points.length, to + 1));
  }, [far, win, points]);
  const named = points.slice(0, NAMED_POINTS).map((p) => `${p.title} ${p.e}`).join(', ') + (points.length > NAMED_POINTS ? ', …' : '');
  return (
    <ViewportPortal>
      <div className="emotion-band" style={{ left: -LAYOUT.labelWidth, top, width: layout.width + LAYOUT.labelWidth, height: h }} data-testid="emotion-curve">
        <div className="emotion-label" style={{ width: LAYOUT.labelWidth }}>
          {t('emotion.band')}
        </div>
        <svg width={layout.width} height={h} style={{ left: LAYOUT.labelWidth }} role="img" aria-label={`${t('emotion.band')}: ${named}`}>
          {LEVELS.map((e) => (
            <g key={e}>
              <line x1={0} x2={layout.width} y1={yOf(e)} y2={yOf(e)} className={e === 0 ? 'emotion-zero' : 'emotion-grid'} />
              <text x={6} y={yOf(e) - 3} className="emotion-tick">
                {e > 0 ? `+${e}` : e}
              </text>
            </g>
          ))}
          {linePoints.length > 1 && <polyline points={linePoints.map((p) => `${p.dotX},${p.dotY}`).join(' ')} className="emotion-line" />}
          {/* Far away the dots and their labels are specks: the line alone tells the story. */}
          {near.map((p) => (
            <g key={p.id}>
              <circle cx={p.dotX} cy={p.dotY} r={6} className={`emotion-dot ${p.e < 0 ? 'neg' : p.e > 0 ? 'pos' : 'zero'}`} />
              {p.label && (
                <text x={p.label.x} y={p.label.y} className="emotion-dot-label">
                  {p.label.text}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
    </ViewportPortal>
  );
});
