/**
 * The control catalogue: search the built-in and custom controls, see their rights, sector,
 * base severity, basis and where each is required; add the journey's own controls.
 */
import { Plus, Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATALOGUE_VERSION, RIGHTS, TOUCHPOINT_KINDS, allControls, formatBasis, whereRequired } from '../../domain/catalogue';
import { LEVEL_LABELS } from '../../domain/risk';
import type { Sector, Severity } from '../../domain/schema';
import { domainLang } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { Dialog } from '../../ui/Dialog';
import { LevelChip } from '../../ui/LevelChip';

export function CatalogueBrowser() {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const custom = useEditor((s) => s.customControls);
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const customList = useMemo(() => Object.values(custom), [custom]);
  const controls = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return allControls(customList).filter(
      (c) => !needle || [c.id, c.name.zh, c.name.en, c.description.zh, c.description.en, formatBasis(c.basis, 'zh'), formatBasis(c.basis, 'en')].some((s) => s.toLowerCase().includes(needle)),
    );
  }, [q, customList]);
  return (
    <div className="inspector-body form" data-testid="catalogue">
      <input className="field-input" type="search" value={q} placeholder={t('catalogue.search')} aria-label={t('catalogue.search')} onChange={(e) => setQ(e.target.value)} />
      <div className="row-between">
        <span className="muted small">
          {t('catalogue.count', { count: controls.length })} · {t('catalogue.version', { version: CATALOGUE_VERSION })}
        </span>
        {!readOnly && (
          <button type="button" className="btn btn-small" onClick={() => setAdding(true)}>
            <Plus size={14} aria-hidden /> {t('catalogue.addCustom')}
          </button>
        )}
      </div>
      <ul className="catalogue-list">
        {controls.map((c) => (
          <li key={c.id} className="catalogue-item" data-testid="catalogue-item">
            <div className="row-between">
              <strong>{c.name[lang]}</strong>
              <LevelChip level={c.baseSeverity} label={LEVEL_LABELS[c.baseSeverity][lang]} small />
            </div>
            <p className="small">{c.description[lang]}</p>
            <dl className="kv small">
              <dt>{t('catalogue.rights')}</dt>
              <dd>{c.rights.map((r) => RIGHTS.find((x) => x.id === r)?.name[lang] ?? r).join('、')}</dd>
              <dt>{t('catalogue.sector')}</dt>
              <dd>{t(`sector.${c.sector}`)}</dd>
              <dt>{t('controls.basis')}</dt>
              <dd>{formatBasis(c.basis, lang) || '—'}</dd>
              <dt>{t('catalogue.requiredBy')}</dt>
              <dd>{whereRequired(c.id, customList).map((k) => k.name[lang]).join('、') || '—'}</dd>
            </dl>
            {c.custom && !readOnly && custom[c.id] && (
              <button type="button" className="btn btn-small" onClick={() => actions.removeCustomControl(c.id)}>
                <Trash2 size={13} aria-hidden /> {t('catalogue.removeCustom')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {adding && <CustomControlDialog onClose={() => setAdding(false)} />}
    </div>
  );
}

function CustomControlDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const actions = useEditor((s) => s.actions);
  const [nameZh, setNameZh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [descZh, setDescZh] = useState('');
  const [descEn, setDescEn] = useState('');
  const [rights, setRights] = useState<string[]>([]);
  const [kinds, setKinds] = useState<string[]>([]);
  const [sector, setSector] = useState<Sector>('both');
  const [severity, setSeverity] = useState<Severity>('medium');
  const [basis, setBasis] = useState('');
  const [error, setError] = useState<string | null>(null);
  const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const save = () => {
    if (!nameZh.trim() && !nameEn.trim()) return setError(t('catalogue.nameRequired'));
    if (!rights.length) return setError(t('catalogue.rightRequired'));
    actions.addCustomControl({
      name: { zh: nameZh.trim() || nameEn.trim(), en: nameEn.trim() || nameZh.trim() },
      description: { zh: descZh.trim(), en: descEn.trim() },
      rights,
      kinds,
      sector,
      severity,
      basis: basis.trim(),
    });
    onClose();
  };
  return (
    <Dialog
      title={t('catalogue.customTitle')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('catalogue.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={save}>
            {t('catalogue.save')}
          </button>
        </>
      }
    >
      <div className="form">
        <div className="field-row">
          <label className="field">
            <span className="field-label">{t('catalogue.nameZh')}</span>
            <input className="field-input" value={nameZh} onChange={(e) => setNameZh(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('catalogue.nameEn')}</span>
            <input className="field-input" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('catalogue.descriptionZh')}</span>
            <input className="field-input" value={descZh} onChange={(e) => setDescZh(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('catalogue.descriptionEn')}</span>
            <input className="field-input" value={descEn} onChange={(e) => setDescEn(e.target.value)} />
          </label>
        </div>
        <div className="field-row">
          <label className="field">
            <span className="field-label">{t('catalogue.sector')}</span>
            <select className="field-input" value={sector} onChange={(e) => setSector(e.target.value as Sector)}>
              {(['bank', 'insurance', 'both'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`sector.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('catalogue.severity')}</span>
            <select className="field-input" value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
              {(['low', 'medium', 'high', 'critical'] as const).map((s) => (
                <option key={s} value={s}>
                  {LEVEL_LABELS[s][lang]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span className="field-label">{t('controls.basis')}</span>
          <input className="field-input" value={basis} onChange={(e) => setBasis(e.target.value)} />
        </label>
        <fieldset className="field">
          <legend className="field-label">{t('catalogue.rights')}</legend>
          <div className="check-grid">
            {RIGHTS.map((r) => (
              <label key={r.id} className="check">
                <input type="checkbox" checked={rights.includes(r.id)} onChange={() => setRights(toggle(rights, r.id))} /> {r.name[lang]}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend className="field-label">{t('catalogue.kinds')}</legend>
          <div className="check-grid">
            {TOUCHPOINT_KINDS.map((k) => (
              <label key={k.id} className="check">
                <input type="checkbox" checked={kinds.includes(k.id)} onChange={() => setKinds(toggle(kinds, k.id))} /> {k.name[lang]}
              </label>
            ))}
          </div>
        </fieldset>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
    </Dialog>
  );
}
