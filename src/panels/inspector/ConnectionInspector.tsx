import { useTranslation } from 'react-i18next';
import type { ConnectionKind } from '../../domain/schema';
import { useEditor } from '../../store/useEditor';
import { CommitField } from '../../ui/CommitField';

const KINDS: ConnectionKind[] = ['flow', 'hand-off', 'escalation'];

export function ConnectionInspector({ id }: { id: string }) {
  const { t } = useTranslation();
  const c = useEditor((s) => s.connections[id]);
  const from = useEditor((s) => (c ? s.touchpoints[c.source]?.title : ''));
  const to = useEditor((s) => (c ? s.touchpoints[c.target]?.title : ''));
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  if (!c) return null;
  return (
    <div className="form">
      <h3>{t('connection.title')}</h3>
      <p className="muted">
        {t('connection.from')} <strong>{from || t('editor.untitled')}</strong> {t('connection.to')} <strong>{to || t('editor.untitled')}</strong>
      </p>
      <CommitField label={t('connection.label')} value={c.label} onCommit={(label) => actions.updateConnection(id, { label })} readOnly={readOnly} />
      <label className="field">
        <span className="field-label">{t('connection.kind')}</span>
        <select className="field-input" value={c.kind} disabled={readOnly} onChange={(e) => actions.updateConnection(id, { kind: e.target.value as ConnectionKind })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`connection.${k}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
