/** Set one control's status on many touchpoints at once, as one undoable change. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allControls, requiredControls } from '../../domain/catalogue';
import type { ControlStatus } from '../../domain/schema';
import { domainLang } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { Dialog } from '../../ui/Dialog';

const STATUSES: ControlStatus[] = ['in-place', 'partial', 'missing', 'not-applicable'];

export function BulkStatusDialog({ onClose, initialControl }: { onClose: () => void; initialControl?: string }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const touchpoints = useEditor((s) => s.touchpoints);
  const sector = useEditor((s) => s.meta?.sector ?? 'both');
  const custom = useEditor((s) => s.customControls);
  const actions = useEditor((s) => s.actions);
  const customList = useMemo(() => Object.values(custom), [custom]);
  const [controlId, setControlId] = useState(initialControl ?? 'key-info-disclosure');
  const [status, setStatus] = useState<ControlStatus>('in-place');
  const [evidence, setEvidence] = useState('');
  const candidates = useMemo(
    () => Object.values(touchpoints).filter((tp) => requiredControls(tp.kind, sector, customList).some((c) => c.id === controlId)),
    [touchpoints, sector, customList, controlId],
  );
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const chosen = picked ?? new Set(candidates.map((c) => c.id));
  return (
    <Dialog
      title={t('controls.bulkTitle')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('catalogue.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={chosen.size === 0 || (status === 'not-applicable' && !evidence.trim())}
            onClick={() => {
              if (status === 'not-applicable') {
                actions.updateTouchpoints(
                  [...chosen].map((id) => ({ id, fields: { controls: { ...touchpoints[id].controls, [controlId]: { status, reason: evidence.trim() } } } })),
                );
              } else actions.bulkSetControlStatus(controlId, status, chosen, evidence.trim() || undefined);
              onClose();
            }}
          >
            {t('controls.bulkApply', { count: chosen.size })}
          </button>
        </>
      }
    >
      <div className="form">
        <label className="field">
          <span className="field-label">{t('controls.bulkControl')}</span>
          <select
            className="field-input"
            aria-label={t('controls.bulkControl')}
            value={controlId}
            onChange={(e) => {
              setControlId(e.target.value);
              setPicked(null);
            }}
          >
            {allControls(customList).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <div className="field-row">
          <label className="field">
            <span className="field-label">{t('controls.bulkStatus')}</span>
            <select className="field-input" aria-label={t('controls.bulkStatus')} value={status} onChange={(e) => setStatus(e.target.value as ControlStatus)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`controls.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{status === 'not-applicable' ? t('controls.reason') : t('controls.evidence')}</span>
            <input className="field-input" value={evidence} onChange={(e) => setEvidence(e.target.value)} />
          </label>
        </div>
        {candidates.length === 0 ? (
          <p className="muted">{t('controls.bulkNone')}</p>
        ) : (
          <fieldset className="field">
            <legend className="field-label">{t('controls.bulkSelectAll')}</legend>
            <div className="check-grid bulk-list">
              {candidates.map((tp) => (
                <label key={tp.id} className="check">
                  <input
                    type="checkbox"
                    checked={chosen.has(tp.id)}
                    onChange={() => {
                      const next = new Set(chosen);
                      if (next.has(tp.id)) next.delete(tp.id);
                      else next.add(tp.id);
                      setPicked(next);
                    }}
                  />{' '}
                  {tp.title || t('editor.untitled')}
                </label>
              ))}
            </div>
          </fieldset>
        )}
      </div>
    </Dialog>
  );
}
