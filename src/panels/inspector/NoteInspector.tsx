import { useTranslation } from 'react-i18next';
import type { Note } from '../../domain/schema';
import { useEditor } from '../../store/useEditor';
import { CommitField } from '../../ui/CommitField';

const COLORS: Note['color'][] = ['yellow', 'blue', 'green', 'pink'];

export function NoteInspector({ id }: { id: string }) {
  const { t } = useTranslation();
  const n = useEditor((s) => s.notes[id]);
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  if (!n) return null;
  return (
    <div className="form">
      <h3>{t('note.title')}</h3>
      <CommitField label={t('note.text')} multiline value={n.text} onCommit={(text) => actions.updateNote(id, { text })} readOnly={readOnly} />
      <fieldset className="field">
        <legend className="field-label">{t('note.color')}</legend>
        <div className="radio-row">
          {COLORS.map((c) => (
            <label key={c} className="radio">
              <input type="radio" name="note-color" checked={n.color === c} disabled={readOnly} onChange={() => actions.updateNote(id, { color: c })} />
              <span className={`swatch note-${c}`} aria-hidden /> {t(`note.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
