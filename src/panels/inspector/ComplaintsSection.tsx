/**
 * Complaint counts per period (optionally per category) in a small table: add, edit, remove.
 * Input is validated where it is typed (a real month or quarter of the journey's unit, a whole
 * count ≥ 0); invalid input says why and is not stored.
 */
import { ArrowDownRight, ArrowRight, ArrowUpRight, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CATEGORIES } from '../../domain/catalogue';
import { comparePeriods, complaintStats, parseCount, parsePeriodInput, seriesByPeriod } from '../../domain/complaints';
import { periodGranularity } from '../../domain/periods';
import type { ComplaintEntry } from '../../domain/schema';
import { domainLang } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { Sparkline } from './Sparkline';

export function ComplaintsSection({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const complaints = useEditor((s) => s.touchpoints[id]?.complaints);
  const settings = useEditor((s) => s.meta?.settings);
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  const [period, setPeriod] = useState('');
  const [count, setCount] = useState('');
  const [category, setCategory] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!complaints || !settings) return null;
  const unit = settings.complaintPeriod;
  const rows = complaints.map((e, index) => ({ e, index })).sort((a, b) => comparePeriods(a.e.period, b.e.period) || (a.e.category ?? '').localeCompare(b.e.category ?? ''));
  const stats = complaintStats(complaints);
  const series = seriesByPeriod(complaints);
  const catName = (c?: string) => (c ? COMPLAINT_CATEGORIES.find((x) => x.id === c)?.name[lang] ?? c : t('complaints.uncategorised'));

  const write = (next: ComplaintEntry[]) => actions.updateTouchpoint(id, { complaints: next });
  const validatePeriod = (text: string): string | { value: string } => {
    const p = parsePeriodInput(text);
    if (!p.ok) return p.message[lang];
    if (periodGranularity(p.value) !== unit) return t('complaints.wrongGranularity', { unit: t(`complaints.${unit}`) });
    return { value: p.value };
  };
  const add = () => {
    const p = validatePeriod(period);
    if (typeof p === 'string') return setError(p);
    const c = parseCount(count);
    if (!c.ok) return setError(c.message[lang]);
    const cat = category || undefined;
    if (complaints.some((e) => e.period === p.value && e.category === cat)) return setError(t('complaints.duplicate', { period: p.value }));
    setError(null);
    write([...complaints, cat ? { period: p.value, count: c.value, category: cat } : { period: p.value, count: c.value }]);
    setCount('');
  };

  const TrendIcon = stats.trend === 'up' ? ArrowUpRight : stats.trend === 'down' ? ArrowDownRight : ArrowRight;
  const mean = stats.previousMean === null ? '' : stats.previousMean.toFixed(1);
  return (
    <section className="section" aria-labelledby={`complaints-${id}`}>
      <h3 id={`complaints-${id}`}>{t('complaints.section')}</h3>
      {settings.monthsUnknown && <p className="note-text-small">{t('complaints.monthsUnknown')}</p>}
      <div className="stat-row" data-testid="complaint-stats">
        <div className="stat">
          <span className="stat-label">{t('complaints.total')}</span>
          <span className="stat-value">{stats.total}</span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('complaints.latest')}</span>
          <span className="stat-value">{stats.latestPeriod ? `${stats.latestCount}` : '–'}</span>
          <span className="stat-sub">{stats.latestPeriod ?? ''}</span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('complaints.trend')}</span>
          <span className={`stat-value trend-${stats.trend ?? 'none'}`}>{stats.trend ? <TrendIcon size={18} aria-hidden /> : '–'}</span>
          <span className="stat-sub">{stats.trend ? t(`complaints.trend${stats.trend[0].toUpperCase()}${stats.trend.slice(1)}` as 'complaints.trendUp', { mean }) : t('complaints.trendNone')}</span>
        </div>
        <Sparkline series={series} label={t('complaints.sparkline')} />
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('complaints.none')}</p>
      ) : (
        <table className="mini-table">
          <thead>
            <tr>
              <th scope="col">{t('complaints.period')}</th>
              <th scope="col">{t('complaints.category')}</th>
              <th scope="col" className="num">{t('complaints.count')}</th>
              <th scope="col"><span className="sr-only">{t('complaints.remove', { period: '' })}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ e, index }) => (
              <tr key={`${e.period}|${e.category ?? ''}`}>
                <td>{e.period}</td>
                <td className="cat-cell">{catName(e.category)}</td>
                <td className="num">
                  <CountCell
                    value={e.count}
                    label={`${t('complaints.count')} ${e.period}`}
                    readOnly={readOnly}
                    lang={lang}
                    onCommit={(v) => write(complaints.map((x, i) => (i === index ? { ...x, count: v } : x)))}
                  />
                </td>
                <td>
                  {!readOnly && (
                    <button type="button" className="mini-btn danger" aria-label={t('complaints.remove', { period: e.period })} title={t('complaints.remove', { period: e.period })} onClick={() => write(complaints.filter((_, i) => i !== index))}>
                      <Trash2 size={12} aria-hidden />
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
        <form
          className="add-row"
          onSubmit={(ev) => {
            ev.preventDefault();
            add();
          }}
        >
          <label className="field">
            <span className="field-label">{t('complaints.period')}</span>
            <input className="field-input" value={period} placeholder={unit === 'month' ? '2026-03' : '2026-Q1'} title={t(unit === 'month' ? 'complaints.periodHintMonth' : 'complaints.periodHintQuarter')} onChange={(e) => setPeriod(e.target.value)} data-testid="complaint-period" />
          </label>
          <label className="field">
            <span className="field-label">{t('complaints.count')}</span>
            <input className="field-input" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} data-testid="complaint-count" />
          </label>
          <label className="field">
            <span className="field-label">{t('complaints.category')}</span>
            <select className="field-input" value={category} onChange={(e) => setCategory(e.target.value)}>
              <option value="">{t('complaints.uncategorised')}</option>
              {COMPLAINT_CATEGORIES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name[lang]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-small add-btn">
            {t('complaints.add')}
          </button>
          {error && (
            <p className="field-error wide" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

function CountCell({ value, label, onCommit, readOnly, lang }: { value: number; label: string; onCommit: (v: number) => void; readOnly: boolean; lang: 'zh' | 'en' }) {
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const [prev, setPrev] = useState(value);
  if (prev !== value) {
    setPrev(value);
    setDraft(String(value));
  }
  const commit = () => {
    const c = parseCount(draft);
    if (!c.ok) return setError(c.message[lang]);
    setError(null);
    if (c.value !== value) onCommit(c.value);
  };
  return (
    <>
      <input
        className="cell-input"
        aria-label={label}
        value={draft}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        title={error ?? undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(String(value));
            setError(null);
          }
        }}
      />
      {error && <span className="field-error" role="alert">{error}</span>}
    </>
  );
}
