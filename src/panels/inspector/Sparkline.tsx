/** A tiny line chart of counts per period, with the latest point marked. */
import type { PeriodCount } from '../../domain/complaints';

export function Sparkline({ series, label, width = 120, height = 28 }: { series: readonly PeriodCount[]; label: string; width?: number; height?: number }) {
  if (series.length < 2) return null;
  const max = Math.max(1, ...series.map((s) => s.count));
  const step = (width - 4) / (series.length - 1);
  const pts = series.map((s, i) => [2 + i * step, height - 3 - (s.count / max) * (height - 6)] as const);
  const last = pts[pts.length - 1];
  return (
    <svg className="sparkline" width={width} height={height} role="img" aria-label={`${label}: ${series.map((s) => `${s.period} ${s.count}`).join(', ')}`}>
      <polyline points={pts.map((p) => p.join(',')).join(' ')} fill="none" stroke="#1f5fbf" strokeWidth={1.6} />
      <circle cx={last[0]} cy={last[1]} r={2.6} fill="#1f5fbf" />
    </svg>
  );
}
