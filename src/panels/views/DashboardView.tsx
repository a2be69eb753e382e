/** A small dashboard: complaints by stage and channel, top touchpoints, risk levels by count. */
import { useTranslation } from 'react-i18next';
import { complaintsByChannel, complaintsByStage, riskLevelCounts, topTouchpointsByComplaints } from '../../domain/complaints';
import { LEVEL_LABELS } from '../../domain/risk';
import { domainLang } from '../../i18n';
import { useEditor } from '../../store/useEditor';

function Bars({ title, rows, onPick, testId }: { title: string; rows: { id: string; name: string; total: number; className?: string }[]; onPick?: (id: string) => void; testId?: string }) {
  const max = Math.max(1, ...rows.map((r) => r.total));
  return (
    <section className="dash-card" data-testid={testId}>
      <h3>{title}</h3>
      <table className="bars">
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{onPick ? <button type="button" className="link-btn" onClick={() => onPick(r.id)}>{r.name}</button> : r.name}</th>
              <td className="bar-cell">
                <span className={`bar ${r.className ?? ''}`} style={{ width: `${(r.total / max) * 100}%` }} aria-hidden />
              </td>
              <td className="num">{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function DashboardView() {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const data = useEditor((s) => s.derived.journeyData(s));
  const focusNode = useEditor((s) => s.session.focusNode);
  if (!data) return null;
  const byStage = complaintsByStage(data);
  const byChannel = complaintsByChannel(data);
  const top = topTouchpointsByComplaints(data, 8).map((r) => ({ id: r.id, name: r.title || t('editor.untitled'), total: r.total }));
  const levels = riskLevelCounts(data);
  const levelRows: { id: string; name: string; total: number; className: string }[] = (['critical', 'high', 'medium', 'low'] as const).map((l) => ({
    id: l,
    name: LEVEL_LABELS[l][lang],
    total: levels[l],
    className: `lvl-${l}`,
  }));
  levelRows.push({ id: 'unassessed', name: t('risk.notAssessed'), total: levels.unassessed, className: 'lvl-none' });
  return (
    <div className="view-page" data-testid="dashboard">
      <h2>{t('dashboard.title')}</h2>
      <div className="dash-grid">
        <Bars title={t('dashboard.byStage')} rows={byStage} testId="dash-by-stage" />
        <Bars title={t('dashboard.byChannel')} rows={byChannel} testId="dash-by-channel" />
        {top.length ? <Bars title={t('dashboard.top')} rows={top} onPick={focusNode} testId="dash-top" /> : (
          <section className="dash-card"><h3>{t('dashboard.top')}</h3><p className="muted">{t('dashboard.empty')}</p></section>
        )}
        <Bars title={t('dashboard.riskLevels')} rows={levelRows} testId="dash-risk" />
      </div>
    </div>
  );
}
