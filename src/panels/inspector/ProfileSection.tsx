/** Personas, customer emotion (−2…+2), pain points and tags. */
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../store/useEditor';
import { CommitField } from '../../ui/CommitField';

const EMOTIONS = [-2, -1, 0, 1, 2] as const;
const FACES: Record<number, string> = { [-2]: '☹☹', [-1]: '☹', 0: '–', 1: '☺', 2: '☺☺' };

export function ProfileSection({ id }: { id: string }) {
  const { t } = useTranslation();
  const tp = useEditor((s) => s.touchpoints[id]);
  const personas = useEditor((s) => s.personas);
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  if (!tp) return null;
  const list = Object.values(personas).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="section" aria-labelledby={`profile-${id}`}>
      <h3 id={`profile-${id}`}>{t('profile.section')}</h3>
      <fieldset className="field">
        <legend className="field-label">{t('profile.emotion')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('profile.emotion')}>
          {EMOTIONS.map((v) => (
            <button
              key={v}
              type="button"
              role="radio"
              aria-checked={tp.emotion === v}
              className={`seg emotion-${v}${tp.emotion === v ? ' is-on' : ''}`}
              disabled={readOnly}
              title={t(`emotion.${v}`)}
              onClick={() => actions.updateTouchpoint(id, { emotion: tp.emotion === v ? null : v })}
            >
              <span aria-hidden>{FACES[v]}</span> <span className="seg-label">{v > 0 ? `+${v}` : v}</span>
              <span className="sr-only">{t(`emotion.${v}`)}</span>
            </button>
          ))}
        </div>
        <span className="stat-sub">{tp.emotion === null ? t('profile.emotionNone') : t(`emotion.${tp.emotion}`)}</span>
      </fieldset>
      <fieldset className="field">
        <legend className="field-label">{t('profile.personas')}</legend>
        {list.length === 0 ? (
          <p className="muted small">{t('profile.noPersonas')}</p>
        ) : (
          <div className="check-grid">
            {list.map((p) => (
              <label key={p.id} className="check" title={p.description}>
                <input
                  type="checkbox"
                  checked={tp.personaIds.includes(p.id)}
                  disabled={readOnly}
                  onChange={() =>
                    actions.updateTouchpoint(id, { personaIds: tp.personaIds.includes(p.id) ? tp.personaIds.filter((x) => x !== p.id) : [...tp.personaIds, p.id] })
                  }
                />{' '}
                {p.name}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <CommitField label={t('profile.painPoints')} multiline value={tp.painPoints} readOnly={readOnly} onCommit={(painPoints) => actions.updateTouchpoint(id, { painPoints })} />
      <CommitField
        label={`${t('profile.tags')} (${t('profile.tagsHint')})`}
        value={tp.tags.join(', ')}
        readOnly={readOnly}
        onCommit={(v) => actions.updateTouchpoint(id, { tags: [...new Set(v.split(/[,，]/).map((x) => x.trim()).filter(Boolean))] })}
      />
    </section>
  );
}
