/**
 * A touchpoint on the canvas: kind, title and a badge row. Far zoomed out touchpoints are not
 * React Flow nodes at all: `FarLayer` draws them as colour marks.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { findKind } from '../domain/catalogue/kinds';
import { useEditor, useEditorStore } from '../store/useEditor';
import { CommitField } from '../ui/CommitField';
import { useCanvasView } from './canvasView';
import { kindIcon } from './kindIcons';
import { overlayClass } from './overlayColour';
import { TouchpointBadges } from './TouchpointBadges';
import type { TouchpointFlowNode } from './useFlowElements';

/** What a node draws depends on its id and selection only — not on its position while dragged. */
export const TouchpointNode = memo(
  function TouchpointNode({ id, selected }: NodeProps<TouchpointFlowNode>) {
    return <TouchpointBody id={id} selected={Boolean(selected)} />;
  },
  (a, b) => a.id === b.id && a.selected === b.selected,
);

function TouchpointBody({ id, selected }: { id: string; selected: boolean }) {
  const { t, lang } = useCanvasView();
  const store = useEditorStore();
  const tp = useEditor((s) => s.touchpoints[id]);
  const editing = useEditor((s) => s.editingId === id);
  const overlay = useEditor((s) => (s.touchpoints[id] ? overlayClass(s, s.touchpoints[id]) : ''));
  if (!tp) return null;
  const kind = findKind(tp.kind);
  const Icon = kindIcon(tp.kind);
  return (
    <div className={`tp-node ${overlay}${selected ? ' is-selected' : ''}`} data-testid="touchpoint-node" data-id={id}>
      <Handle type="target" position={Position.Left} id="in" />
      <div className="tp-kind">
        <Icon size={13} aria-hidden />
        <span>{kind ? kind.name[lang] : t('touchpoint.kindNone')}</span>
      </div>
      {editing ? (
        <CommitField
          className="nodrag tp-title-input"
          label={t('touchpoint.title')}
          hideLabel
          autoFocus
          value={tp.title}
          onCommit={(title) => store.getState().actions.updateTouchpoint(id, { title })}
          onDone={() => store.getState().session.setEditing(null)}
        />
      ) : (
        <div className={`tp-title${tp.title ? '' : ' is-empty'}`} onDoubleClick={() => store.getState().session.setEditing(id)}>
          {tp.title || t('editor.untitled')}
        </div>
      )}
      <TouchpointBadges id={id} />
      <Handle type="source" position={Position.Right} id="out" />
    </div>
  );
}
