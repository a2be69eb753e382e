/** The overlay switch (none / risk / complaints / gaps) and its legend, floating on the map. */
import { Layers } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { formatPeriod, journeyPeriods } from '../domain/complaints';
import { LEVEL_LABELS } from '../domain/risk';
import { domainLang } from '../i18n';
import type { Overlay } from '../store/editorStore';
import { useEditor } from '../store/useEditor';
import { SEVERITY_ORDER } from './overlayColour';

const OVERLAYS: Overlay[] = ['none', 'risk', 'complaints', 'gaps'];

export function OverlayControl() {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const overlay = useEditor((s) => s.overlay);
  const period = useEditor((s) => s.overlayPeriod);
  const setOverlay = useEditor((s) => s.session.setOverlay);
  const touchpoints = useEditor((s) => s.touchpoints);
  const max = useEditor((s) => (s.overlay === 'complaints' ? s.derived.volumes(s, s.overlayPeriod).max : 0));
  const periods = overlay === 'complaints' ? journeyPeriods(Object.values(touchpoints)) : [];
  return (
    <div className="overlay-control" data-testid="overlay-control">
      <label className="overlay-select">
        <Layers size={15} aria-hidden />
        <span className="sr-only">{t('overlay.label')}</span>
        <select aria-label={t('overlay.label')} value={overlay} onChange={(e) => setOverlay(e.target.value as Overlay)}>
          {OVERLAYS.map((o) => (
            <option key={o} value={o}>
              {t(`overlay.${o}`)}
            </option>
          ))}
        </select>
      </label>
      {overlay === 'complaints' && periods.length > 0 && (
        <select aria-label={t('complaints.period')} value={period ?? ''} onChange={(e) => setOverlay('complaints', e.target.value || null)}>
          <option value="">{t('overlay.allPeriods')}</option>
          {periods.map((p) => (
            <option key={p} value={p}>
              {formatPeriod(p, lang)}
            </option>
          ))}
        </select>
      )}
      {overlay !== 'none' && (
        <div className="legend" role="group" aria-label={t('overlay.legend')}>
          <div className="legend-title">
            {overlay === 'risk' ? t('overlay.legendRisk') : overlay === 'gaps' ? t('overlay.legendGaps') : t('overlay.legendComplaints', { max })}
          </div>
          <ul>
            {overlay === 'complaints'
              ? [0, 1, 2, 3, 4].map((step) => (
                  <li key={step}>
                    <span className={`legend-swatch ov-heat-${step}`} aria-hidden />
                    {step === 0 ? t('overlay.none0') : `${Math.ceil(((step - 1) / 4) * max) + (step === 1 ? 1 : 0)}–${Math.round((step / 4) * max)}`}
                  </li>
                ))
              : [
                  ...SEVERITY_ORDER.map((l) => (
                    <li key={l}>
                      <span className={`legend-swatch ov-lvl-${l}`} aria-hidden />
                      {LEVEL_LABELS[l][lang]}
                    </li>
                  )),
                  <li key="none">
                    <span className={`legend-swatch ${overlay === 'gaps' ? 'ov-clean' : 'ov-none'}`} aria-hidden />
                    {overlay === 'gaps' ? t('overlay.noGaps') : t('overlay.unassessed')}
                  </li>,
                ]}
          </ul>
        </div>
      )}
    </div>
  );
}
