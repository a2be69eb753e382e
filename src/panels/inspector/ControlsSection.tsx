/**
 * The touchpoint's required controls (its kind and the journey's sector decide) with a status
 * picker each, evidence or a not-applicable reason, and this touchpoint's gaps.
 */
import { useTranslation } from 'react-i18next';
import { formatBasis, requiredControls } from '../../domain/catalogue';
import type { ControlStatus } from '../../domain/schema';
import { domainLang } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { CommitField } from '../../ui/CommitField';
import { GapItem } from '../gaps/GapItem';

const STATUSES: ControlStatus[] = ['in-place', 'partial', 'missing', 'not-applicable'];

export function ControlsSection({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const tp = useEditor((s) => s.touchpoints[id]);
  const sector = useEditor((s) => s.meta?.sector ?? 'both');
  const custom = useEditor((s) => s.customControls);
  const gaps = useEditor((s) => s.derived.gaps(s)?.byTouchpoint.get(id));
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  if (!tp) return null;
  const required = requiredControls(tp.kind, sector, Object.values(custom));
  return (
    <section className="section" aria-labelledby={`controls-${id}`} data-testid="controls-section">
      <h3 id={`controls-${id}`}>{t('controls.section')}</h3>
      {!tp.kind ? (
        <p className="muted small">{t('controls.noKind')}</p>
      ) : required.length === 0 ? (
        <p className="muted small">{t('controls.noneRequired')}</p>
      ) : (
        <ul className="control-list">
          {required.map((c) => {
            const state = tp.controls[c.id];
            const status = state?.status ?? '';
            return (
              <li key={c.id} className={`control-item status-${status || 'none'}`} data-testid="control-item" data-control={c.id}>
                <div className="control-head">
                  <span className="control-name" title={c.description[lang]}>
                    {c.name[lang]}
                    {c.custom && <span className="badge">{t('controls.custom')}</span>}
                  </span>
                  <select
                    className="field-input status-select"
                    aria-label={`${t('controls.status')}: ${c.name[lang]}`}
                    value={status}
                    disabled={readOnly}
                    onChange={(e) => actions.setControlState(id, c.id, e.target.value ? { ...state, status: e.target.value as ControlStatus } : null)}
                  >
                    <option value="">{t('controls.notRecorded')}</option>
                    {STATUSES.map((st) => (
                      <option key={st} value={st}>
                        {t(`controls.${st}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="control-basis">
                  {t('controls.basis')}: {formatBasis(c.basis, lang) || '—'}
                </div>
                {status === 'not-applicable' && (
                  <CommitField
                    label={t('controls.reason')}
                    value={state?.reason ?? ''}
                    readOnly={readOnly}
                    validate={(v) => (v.trim() ? null : t('controls.reasonNeeded'))}
                    onCommit={(reason) => actions.setControlState(id, c.id, { ...state!, reason })}
                  />
                )}
                {(status === 'in-place' || status === 'partial') && (
                  <CommitField label={t('controls.evidence')} value={state?.evidence ?? ''} readOnly={readOnly} onCommit={(evidence) => actions.setControlState(id, c.id, { ...state!, evidence })} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h4 className="subhead">{t('gaps.touchpointGaps')}</h4>
      {gaps && gaps.length ? (
        <ul className="gap-list">
          {gaps.map((g) => (
            <GapItem key={g.id} gap={g} />
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('gaps.noTouchpointGaps')}</p>
      )}
    </section>
  );
}
