/** The side panel: edits whatever single record is selected. */
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../store/useEditor';
import { ConnectionInspector } from './ConnectionInspector';
import { NoteInspector } from './NoteInspector';
import { TouchpointInspector } from './TouchpointInspector';

export function Inspector() {
  const { t } = useTranslation();
  const nodeIds = useEditor((s) => s.selectedNodeIds);
  const edgeIds = useEditor((s) => s.selectedEdgeIds);
  const onlyNode = nodeIds.size === 1 && edgeIds.size === 0 ? [...nodeIds][0] : null;
  const onlyEdge = edgeIds.size === 1 && nodeIds.size === 0 ? [...edgeIds][0] : null;
  const isTouchpoint = useEditor((s) => (onlyNode ? Boolean(s.touchpoints[onlyNode]) : false));
  const isNote = useEditor((s) => (onlyNode ? Boolean(s.notes[onlyNode]) : false));
  const count = nodeIds.size + edgeIds.size;
  return (
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
  );
}
