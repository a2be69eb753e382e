/** The side panel: edits whatever single record is selected. */
import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../store/useEditor';
import { ConnectionInspector } from './ConnectionInspector';
import { NoteInspector } from './NoteInspector';
import { TouchpointInspector } from './TouchpointInspector';

export function Inspector({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const nodeIds = useEditor((s) => s.selectedNodeIds);
  const edgeIds = useEditor((s) => s.selectedEdgeIds);
  const onlyNode = nodeIds.size === 1 && edgeIds.size === 0 ? [...nodeIds][0] : null;
  const onlyEdge = edgeIds.size === 1 && nodeIds.size === 0 ? [...edgeIds][0] : null;
  const isTouchpoint = useEditor((s) => (onlyNode ? Boolean(s.touchpoints[onlyNode]) : false));
  const isNote = useEditor((s) => (onlyNode ? Boolean(s.notes[onlyNode]) : false));
  const count = nodeIds.size + edgeIds.size;
  return (
    <aside className="inspector" aria-label={t('editor.inspector')}>
      <div className="inspector-head">
        <h2>{t('editor.inspector')}</h2>
        <button type="button" className="icon-btn" aria-label={t('inspector.close')} title={t('inspector.close')} onClick={onClose}>
          <X size={16} aria-hidden />
        </button>
      </div>
      <div className="inspector-body">
        {onlyNode && isTouchpoint ? (
          <TouchpointInspector key={onlyNode} id={onlyNode} />
        ) : onlyNode && isNote ? (
          <NoteInspector key={onlyNode} id={onlyNode} />
        ) : onlyEdge ? (
          <ConnectionInspector key={onlyEdge} id={onlyEdge} />
        ) : count > 1 ? (
          <p className="muted">{t('inspector.multiple', { count })}</p>
        ) : (
          <p className="muted">{t('inspector.empty')}</p>
        )}
      </div>
    </aside>
  );
}
