/** Likelihood × impact (labelled 1–5), the score and level under the journey's bands, rationale. */
import { useTranslation } from 'react-i18next';
import { IMPACT_LABELS, LEVEL_LABELS, LIKELIHOOD_LABELS, riskLevel, riskScore } from '../../domain/risk';
import { domainLang } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { CommitField } from '../../ui/CommitField';
import { LevelChip } from '../../ui/LevelChip';

const SCALE = [1, 2, 3, 4, 5] as const;

export function RiskSection({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const risk = useEditor((s) => s.touchpoints[id]?.risk ?? null);
  const bands = useEditor((s) => s.meta?.settings.riskBands);
  const residual = useEditor((s) => s.derived.gaps(s)?.residual.get(id) ?? null);
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  const set = (fields: { likelihood?: number; impact?: number; rationale?: string }) => {
    const base = risk ?? { likelihood: 3, impact: 3, rationale: '' };
    actions.updateTouchpoint(id, { risk: { ...base, ...fields } });
  };
  const score = risk ? riskScore(risk) : null;
  const level = score !== null ? riskLevel(score, bands) : null;
  return (
    <section className="section" aria-labelledby={`risk-${id}`}>
      <h3 id={`risk-${id}`}>{t('risk.section')}</h3>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('risk.likelihood')}</span>
          <select className="field-input" value={risk?.likelihood ?? ''} disabled={readOnly} onChange={(e) => set({ likelihood: Number(e.target.value) })} data-testid="risk-likelihood">
            {!risk && <option value="">{t('risk.notAssessed')}</option>}
            {SCALE.map((v) => (
              <option key={v} value={v}>
                {v} · {LIKELIHOOD_LABELS[v][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('risk.impact')}</span>
          <select className="field-input" value={risk?.impact ?? ''} disabled={readOnly} onChange={(e) => set({ impact: Number(e.target.value) })} data-testid="risk-impact">
            {!risk && <option value="">{t('risk.notAssessed')}</option>}
            {SCALE.map((v) => (
              <option key={v} value={v}>
                {v} · {IMPACT_LABELS[v][lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="stat-row">
        <div className="stat">
          <span className="stat-label">{t('risk.score')}</span>
          <span className="stat-value" data-testid="risk-score">{score ?? '–'}</span>
        </div>
        <div className="stat">
          <span className="stat-label">{t('risk.level')}</span>
          {level ? <LevelChip level={level} label={LEVEL_LABELS[level][lang]} /> : <span className="muted">{t('risk.notAssessed')}</span>}
        </div>
        {residual && (
          <div className="stat">
            <span className="stat-label">{t('risk.residual')}</span>
            <LevelChip level={residual.level} label={`${LEVEL_LABELS[residual.level][lang]} · ${residual.score}`} />
          </div>
        )}
      </div>
      {risk && (
        <>
          <CommitField label={t('risk.rationale')} multiline value={risk.rationale} readOnly={readOnly} onCommit={(rationale) => set({ rationale })} />
          {!readOnly && (
            <button type="button" className="btn btn-small" onClick={() => actions.updateTouchpoint(id, { risk: null })}>
              {t('risk.clear')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
