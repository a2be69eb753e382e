/** The 5 × 5 likelihood × impact grid with the journey's touchpoints in their cells. */
import { useTranslation } from 'react-i18next';
import { IMPACT_LABELS, LEVEL_LABELS, LIKELIHOOD_LABELS, riskLevel } from '../../domain/risk';
import { domainLang } from '../../i18n';
import { useEditor } from '../../store/useEditor';

const SCALE = [1, 2, 3, 4, 5] as const;

export function RiskMatrixView() {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const touchpoints = useEditor((s) => s.touchpoints);
  const bands = useEditor((s) => s.meta?.settings.riskBands);
  const focusNode = useEditor((s) => s.session.focusNode);
  const selected = useEditor((s) => s.selectedNodeIds);
  const all = Object.values(touchpoints);
  const unassessed = all.filter((tp) => !tp.risk).length;
  return (
    <div className="view-page" data-testid="risk-matrix">
      <h2>{t('matrix.title')}</h2>
      <p className="muted">{t('matrix.hint')}</p>
      <div className="risk-matrix" role="table" aria-label={t('matrix.title')}>
        <div className="rm-axis-y" aria-hidden>
          {t('risk.likelihood')}
        </div>
        <div className="rm-grid" role="rowgroup">
          {[...SCALE].reverse().map((l) => (
            <div className="rm-row" role="row" key={l}>
              <div className="rm-head" role="rowheader">
                {l} · {LIKELIHOOD_LABELS[l][lang]}
              </div>
              {SCALE.map((i) => {
                const level = riskLevel(l * i, bands);
                const here = all.filter((tp) => tp.risk?.likelihood === l && tp.risk?.impact === i);
                return (
                  <div className={`rm-cell lvl-tint-${level}`} role="cell" key={i} aria-label={`${t('risk.likelihood')} ${l}, ${t('risk.impact')} ${i}: ${LEVEL_LABELS[level][lang]}`}>
                    <span className="rm-score">
                      {l * i} · {LEVEL_LABELS[level][lang]}
                    </span>
                    {here.map((tp) => (
                      <button key={tp.id} type="button" className={`rm-chip${selected.has(tp.id) ? ' is-selected' : ''}`} onClick={() => focusNode(tp.id)}>
                        {tp.title || t('editor.untitled')}
                      </button>
                    ))}
                  </div>
                );
              })}
            </div>
          ))}
          <div className="rm-row rm-foot" role="row">
            <div className="rm-head" role="rowheader">
              <span className="sr-only">{t('risk.impact')}</span>
            </div>
            {SCALE.map((i) => (
              <div className="rm-head rm-head-x" role="columnheader" key={i}>
                {i} · {IMPACT_LABELS[i][lang]}
              </div>
            ))}
          </div>
        </div>
      </div>
      <p className="rm-axis-x muted">{t('risk.impact')} →</p>
      {unassessed > 0 && <p className="muted">{t('matrix.unassessed', { count: unassessed })}</p>}
    </div>
  );
}
