/** Journey settings: description, sector, complaint period, risk bands, personas. */
import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { riskBandsSchema, type RiskBands, type Sector } from '../domain/schema';
import { useEditor } from '../store/useEditor';
import { CommitField } from '../ui/CommitField';
import { LevelChip } from '../ui/LevelChip';
import { LEVEL_LABELS } from '../domain/risk';
import { domainLang } from '../i18n';

export function JourneyPanel() {
  const { t } = useTranslation();
  const meta = useEditor((s) => s.meta);
  const personas = useEditor((s) => s.personas);
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  if (!meta) return null;
  return (
    <div className="inspector-body form" data-testid="journey-panel">
      <CommitField label={t('journeyPanel.description')} multiline value={meta.description} readOnly={readOnly} onCommit={(description) => actions.updateMeta({ description })} />
      <label className="field">
        <span className="field-label">{t('journeyPanel.sector')}</span>
        <select className="field-input" value={meta.sector} disabled={readOnly} onChange={(e) => actions.updateMeta({ sector: e.target.value as Sector })}>
          {(['bank', 'insurance', 'both'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`sector.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('journeyPanel.complaintPeriod')}</span>
        <select className="field-input" value={meta.settings.complaintPeriod} disabled={readOnly} onChange={(e) => actions.setComplaintPeriod(e.target.value as 'month' | 'quarter')} data-testid="complaint-period-setting">
          <option value="month">{t('complaints.month')}</option>
          <option value="quarter">{t('complaints.quarter')}</option>
        </select>
      </label>
      {meta.settings.monthsUnknown && <p className="muted small">{t('complaints.monthsUnknown')}</p>}
      <BandsEditor bands={meta.settings.riskBands} readOnly={readOnly} onChange={(riskBands) => actions.updateSettings({ riskBands })} />
      <section className="section">
        <h3>{t('journeyPanel.personas')}</h3>
        <ul className="persona-list">
          {Object.values(personas).map((p) => (
            <li key={p.id} className="persona">
              <CommitField label={t('journeyPanel.personaName')} value={p.name} readOnly={readOnly} onCommit={(name) => actions.updatePersona(p.id, { name })} />
              <CommitField label={t('journeyPanel.personaDescription')} value={p.description} readOnly={readOnly} onCommit={(description) => actions.updatePersona(p.id, { description })} />
              {!readOnly && (
                <button type="button" className="icon-btn danger" aria-label={t('journeyPanel.removePersona', { name: p.name })} title={t('journeyPanel.removePersona', { name: p.name })} onClick={() => actions.removePersona(p.id)}>
                  <Trash2 size={15} aria-hidden />
                </button>
              )}
            </li>
          ))}
        </ul>
        {!readOnly && (
          <button type="button" className="btn btn-small" onClick={() => actions.addPersona(t('journeyPanel.newPersona'))}>
            <Plus size={14} aria-hidden /> {t('journeyPanel.addPersona')}
          </button>
        )}
      </section>
    </div>
  );
}

function BandsEditor({ bands, onChange, readOnly }: { bands: RiskBands; onChange: (b: RiskBands) => void; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const [draft, setDraft] = useState(bands);
  const [error, setError] = useState<string | null>(null);
  const [prev, setPrev] = useState(bands);
  if (prev !== bands) {
    setPrev(bands);
    setDraft(bands);
  }
  const commit = (next: RiskBands) => {
    const ok = riskBandsSchema.safeParse(next);
    if (!ok.success) return setError(t('journeyPanel.bandsInvalid'));
    setError(null);
    if (next.low !== bands.low || next.medium !== bands.medium || next.high !== bands.high) onChange(next);
  };
  return (
    <fieldset className="field">
      <legend className="field-label">{t('journeyPanel.riskBands')}</legend>
      <div className="bands">
        {(['low', 'medium', 'high'] as const).map((k) => (
          <label key={k} className="band">
            <LevelChip level={k} label={`${LEVEL_LABELS[k][lang]} ≤`} small />
            <input
              className="field-input"
              type="number"
              min={1}
              max={24}
              value={draft[k]}
              readOnly={readOnly}
              onChange={(e) => setDraft({ ...draft, [k]: Number(e.target.value) })}
              onBlur={() => commit(draft)}
            />
          </label>
        ))}
      </div>
      {error && <span className="field-error" role="alert">{error}</span>}
    </fieldset>
  );
}
