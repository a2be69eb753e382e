/** Which of the eight consumer rights this touchpoint touches. */
import { useTranslation } from 'react-i18next';
import { RIGHTS } from '../../domain/catalogue';
import { domainLang } from '../../i18n';
import { useEditor } from '../../store/useEditor';

export function RightsSection({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const rights = useEditor((s) => s.touchpoints[id]?.rights);
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  if (!rights) return null;
  const toggle = (r: string) =>
    actions.updateTouchpoint(id, { rights: rights.includes(r) ? rights.filter((x) => x !== r) : RIGHTS.map((x) => x.id).filter((x) => x === r || rights.includes(x)) });
  return (
    <fieldset className="section">
      <legend className="section-title">{t('rights.section')}</legend>
      <div className="check-grid">
        {RIGHTS.map((r) => (
          <label key={r.id} className="check" title={r.meaning[lang]}>
            <input type="checkbox" checked={rights.includes(r.id)} disabled={readOnly} onChange={() => toggle(r.id)} /> {r.name[lang]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
