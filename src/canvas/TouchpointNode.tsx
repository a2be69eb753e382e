/** A touchpoint on the canvas: kind, title, and a badge row that later annotations fill. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { findKind } from '../domain/catalogue/kinds';
import { domainLang } from '../i18n';
import { CommitField } from '../ui/CommitField';
import { useEditor } from '../store/useEditor';
import { kindIcon } from './kindIcons';
import { overlayClass } from './overlayColour';
import { TouchpointBadges } from './TouchpointBadges';
import type { TouchpointFlowNode } from './useFlowElements';

export const TouchpointNode = memo(function TouchpointNode({ id, selected }: NodeProps<TouchpointFlowNode>) {
  const { t, i18n } = useTranslation();
  const tp = useEditor((s) => s.touchpoints[id]);
  const editing = useEditor((s) => s.editingId === id);
  const overlay = useEditor((s) => (s.touchpoints[id] ? overlayClass(s, s.touchpoints[id]) : ''));
  const actions = useEditor((s) => s.actions);
  const setEditing = useEditor((s) => s.session.setEditing);
  if (!tp) return null;
  const kind = findKind(tp.kind);
  const Icon = kindIcon(tp.kind);
  const lang = domainLang(i18n.language);
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
          onCommit={(title) => actions.updateTouchpoint(id, { title })}
          onDone={() => setEditing(null)}
        />
      ) : (
        <div className={`tp-title${tp.title ? '' : ' is-empty'}`} onDoubleClick={() => setEditing(id)}>
          {tp.title || t('editor.untitled')}
        </div>
      )}
      <TouchpointBadges id={id} />
      <Handle type="source" position={Position.Right} id="out" />
    </div>
  );
});
