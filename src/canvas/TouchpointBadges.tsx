/** The badge row of a touchpoint node: complaints with trend, risk level, open gaps. */
import { memo } from 'react';
import { complaintStats, type ComplaintStats } from '../domain/complaints';
import { LEVEL_LABELS, touchpointRiskLevel } from '../domain/risk';
import type { ComplaintEntry } from '../domain/schema';
import { useEditor } from '../store/useEditor';
import { LevelChip } from '../ui/LevelChip';
import { useCanvasView } from './canvasView';
import { worstOpenSeverity } from './overlayColour';

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

// Records are immutable and keep their identity until edited: a node scrolling back into view
// (culled nodes remount) reuses its statistics.
const statsCache = new WeakMap<readonly ComplaintEntry[], ComplaintStats>();
function statsOf(complaints: readonly ComplaintEntry[]): ComplaintStats {
  let s = statsCache.get(complaints);
  if (!s) statsCache.set(complaints, (s = complaintStats(complaints)));
  return s;
}

export const TouchpointBadges = memo(function TouchpointBadges({ id }: { id: string }) {
  const { t, lang } = useCanvasView();
  const tp = useEditor((s) => s.touchpoints[id]);
  const bands = useEditor((s) => s.meta?.settings.riskBands);
  // Gap arrays keep their identity for unchanged touchpoints, so this selector is stable.
  const gaps = useEditor((s) => s.derived.gaps(s)?.byTouchpoint.get(id));
  const worst = useEditor((s) => worstOpenSeverity(s.derived.gaps(s), id));
  if (!tp) return null;
  const stats = tp.complaints.length ? statsOf(tp.complaints) : null;
  const level = touchpointRiskLevel(tp, bands);
  const openGaps = gaps?.filter((g) => g.open).length ?? 0;
  return (
    <div className="tp-badges">
      {stats && (
        <span className={`badge badge-complaints trend-${stats.trend ?? 'none'}`} title={t('complaints.badge', { count: stats.total })} data-testid="badge-complaints">
          <span aria-hidden>✉</span> {stats.total}
          {stats.trend && <span className="trend-arrow">{ARROWS[stats.trend]}</span>}
        </span>
      )}
      {level && (
        <span title={t('risk.badge', { level: LEVEL_LABELS[level][lang] })} data-testid="badge-risk">
          <LevelChip level={level} label={LEVEL_LABELS[level][lang]} small />
        </span>
      )}
      {openGaps > 0 && worst && (
        <span className={`badge badge-gaps lvl-${worst}`} title={t('gaps.badge', { count: openGaps, severity: LEVEL_LABELS[worst][lang] })} data-testid="badge-gaps">
          <span aria-hidden>⚠</span> {openGaps} · {LEVEL_LABELS[worst][lang]}
        </span>
      )}
    </div>
  );
});
