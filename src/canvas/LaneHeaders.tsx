/**
 * Stage headers above the grid and channel labels to its left, drawn in the flow's coordinate
 * space: rename (double-click or button), reorder (drag a header onto another, or the arrow
 * buttons), remove (asks where the touchpoints go), and add.
 */
import { ViewportPortal } from '@xyflow/react';
import { ChevronDown, ChevronLeft, ChevronRight, ChevronUp, Pencil, Plus, X } from 'lucide-react';
import { lazy, memo, Suspense, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYOUT } from '../domain/layout';
import type { Lane } from '../domain/schema';
import type { LaneTable } from '../store/actions';
import { selectLayout, sortedChannels, sortedStages } from '../store/selectors';
import { useEditor } from '../store/useEditor';
import { CommitField } from '../ui/CommitField';

const RemoveLaneDialog = lazy(() => import('./RemoveLaneDialog').then((m) => ({ default: m.RemoveLaneDialog })));

const DRAG_TYPE = 'application/x-touchmap-lane';

export const LaneHeaders = memo(function LaneHeaders() {
  const layout = useEditor(selectLayout);
  const stages = useEditor((s) => sortedStages(s.stages));
  const channels = useEditor((s) => sortedChannels(s.channels));
  const { t } = useTranslation();
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  const [removing, setRemoving] = useState<{ table: LaneTable; lane: Lane } | null>(null);

  return (
    <ViewportPortal>
      <div className="lane-headers">
        {stages.map((s, i) => {
          const col = layout.columnById.get(s.id);
          if (!col) return null;
          return (
            <LaneHeader
              key={s.id}
              table="stages"
              lane={s}
              index={i}
              count={stages.length}
              style={{ left: col.x, top: -LAYOUT.headerHeight, width: col.width, height: LAYOUT.headerHeight }}
              onRemove={() => setRemoving({ table: 'stages', lane: s })}
              readOnly={readOnly}
            />
          );
        })}
        {!readOnly && (
          <button
            type="button"
            className="lane-add nodrag nopan"
            style={{ left: layout.width + 8, top: -LAYOUT.headerHeight + 10 }}
            onClick={() => actions.addLane('stages', t('lane.newStage'))}
          >
            <Plus size={14} aria-hidden /> {t('editor.addStage')}
          </button>
        )}
        {channels.map((c, i) => {
          const lane = layout.laneById.get(c.id);
          if (!lane) return null;
          return (
            <LaneHeader
              key={c.id}
              table="channels"
              lane={c}
              index={i}
              count={channels.length}
              style={{ left: -LAYOUT.labelWidth, top: lane.y, width: LAYOUT.labelWidth, height: lane.height }}
              onRemove={() => setRemoving({ table: 'channels', lane: c })}
              readOnly={readOnly}
            />
          );
        })}
        {!readOnly && (
          <button
            type="button"
            className="lane-add nodrag nopan"
            style={{ left: -LAYOUT.labelWidth + 8, top: layout.height + 10 }}
            onClick={() => actions.addLane('channels', t('lane.newChannel'))}
          >
            <Plus size={14} aria-hidden /> {t('editor.addChannel')}
          </button>
        )}
      </div>
      {removing && (
        <Suspense fallback={null}>
          <RemoveLaneDialog table={removing.table} lane={removing.lane} onClose={() => setRemoving(null)} />
        </Suspense>
      )}
    </ViewportPortal>
  );
});

interface HeaderProps {
  table: LaneTable;
  lane: Lane;
  index: number;
  count: number;
  style: React.CSSProperties;
  onRemove: () => void;
  readOnly: boolean;
}

function LaneHeader({ table, lane, index, count, style, onRemove, readOnly }: HeaderProps) {
  const { t } = useTranslation();
  const actions = useEditor((s) => s.actions);
  const [editing, setEditing] = useState(false);
  const [dropping, setDropping] = useState(false);
  const horizontal = table === 'stages';
  const name = lane.name || (horizontal ? t('lane.stage') : t('lane.channel'));
  const Prev = horizontal ? ChevronLeft : ChevronUp;
  const Next = horizontal ? ChevronRight : ChevronDown;

  const onDrop = (e: DragEvent) => {
    setDropping(false);
    const raw = e.dataTransfer.getData(DRAG_TYPE);
    if (!raw) return;
    const { table: from, id } = JSON.parse(raw) as { table: LaneTable; id: string };
    if (from === table && id !== lane.id) {
      e.preventDefault();
      actions.moveLane(table, id, index);
    }
  };

  return (
    <div
      className={`lane-header lane-header-${horizontal ? 'stage' : 'channel'} nodrag nopan${dropping ? ' is-drop-target' : ''}`}
      style={style}
      data-testid={horizontal ? 'stage-header' : 'channel-header'}
      data-lane-id={lane.id}
      draggable={!editing && !readOnly}
      title={t('lane.dragHint')}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, JSON.stringify({ table, id: lane.id }));
        e.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_TYPE)) {
          e.preventDefault();
          setDropping(true);
        }
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      {editing ? (
        <CommitField
          label={horizontal ? t('lane.stage') : t('lane.channel')}
          hideLabel
          autoFocus
          value={lane.name}
          onCommit={(v) => actions.renameLane(table, lane.id, v.trim() || lane.name)}
          onDone={() => setEditing(false)}
          className="lane-name-input"
        />
      ) : (
        <span className="lane-name" onDoubleClick={() => !readOnly && setEditing(true)}>
          {name}
        </span>
      )}
      {!readOnly && !editing && (
        <span className="lane-tools">
          <button type="button" className="mini-btn" aria-label={t('lane.rename', { name })} title={t('lane.rename', { name })} onClick={() => setEditing(true)}>
            <Pencil size={12} aria-hidden />
          </button>
          <button
            type="button"
            className="mini-btn"
            disabled={index === 0}
            aria-label={t(horizontal ? 'lane.moveLeft' : 'lane.moveUp', { name })}
            title={t(horizontal ? 'lane.moveLeft' : 'lane.moveUp', { name })}
            onClick={() => actions.moveLane(table, lane.id, index - 1)}
          >
            <Prev size={12} aria-hidden />
          </button>
          <button
            type="button"
            className="mini-btn"
            disabled={index === count - 1}
            aria-label={t(horizontal ? 'lane.moveRight' : 'lane.moveDown', { name })}
            title={t(horizontal ? 'lane.moveRight' : 'lane.moveDown', { name })}
            onClick={() => actions.moveLane(table, lane.id, index + 1)}
          >
            <Next size={12} aria-hidden />
          </button>
          <button
            type="button"
            className="mini-btn danger"
            disabled={count <= 1}
            aria-label={t('lane.remove', { name })}
            title={t('lane.remove', { name })}
            onClick={onRemove}
          >
            <X size={12} aria-hidden />
          </button>
        </span>
      )}
    </div>
  );
}
