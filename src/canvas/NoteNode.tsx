/** A free sticky note: plain text, edited inline (double-click) or in the inspector. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CommitField } from '../ui/CommitField';
import { useEditor } from '../store/useEditor';
import type { NoteFlowNode } from './useFlowElements';

export const NoteNode = memo(function NoteNode({ id, selected }: NodeProps<NoteFlowNode>) {
  const { t } = useTranslation();
  const note = useEditor((s) => s.notes[id]);
  const editing = useEditor((s) => s.editingId === id);
  const actions = useEditor((s) => s.actions);
  const setEditing = useEditor((s) => s.session.setEditing);
  if (!note) return null;
  return (
    <div className={`note-node note-${note.color}${selected ? ' is-selected' : ''}`} data-testid="note-node" onDoubleClick={() => setEditing(id)}>
      {editing ? (
        <CommitField
          className="nodrag nowheel note-input"
          label={t('note.text')}
          hideLabel
          multiline
          autoFocus
          value={note.text}
          onCommit={(text) => actions.updateNote(id, { text })}
          onDone={() => setEditing(null)}
        />
      ) : (
        <div className={`note-text${note.text ? '' : ' is-empty'}`}>{note.text || t('note.placeholder')}</div>
      )}
    </div>
  );
});
