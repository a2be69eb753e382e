/** Removing a lane: if it holds touchpoints, the user picks where they go; nothing vanishes. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lane } from '../domain/schema';
import type { LaneTable } from '../store/actions';
import { sortedChannels, sortedStages } from '../store/selectors';
import { useEditor } from '../store/useEditor';
import { Dialog } from '../ui/Dialog';

export function RemoveLaneDialog({ table, lane, onClose }: { table: LaneTable; lane: Lane; onClose: () => void }) {
  const { t } = useTranslation();
  const actions = useEditor((s) => s.actions);
  const field = table === 'stages' ? 'stageId' : 'channelId';
  const held = useEditor((s) => Object.values(s.touchpoints).filter((tp) => tp[field] === lane.id).length);
  const others = useEditor((s) => (table === 'stages' ? sortedStages(s.stages) : sortedChannels(s.channels))).filter((l) => l.id !== lane.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const remove = () => {
    actions.removeLane(table, lane.id, held ? target : undefined);
    onClose();
  };
  return (
    <Dialog
      title={t('lane.removeTitle', { name: lane.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('list.cancel')}
          </button>
          <button type="button" className="btn btn-danger" onClick={remove} disabled={!others.length || (held > 0 && !target)}>
            {t('lane.removeConfirm')}
          </button>
        </>
      }
    >
      {!others.length ? (
        <p>{t('lane.lastLane')}</p>
      ) : held > 0 ? (
        <>
          <p>{t('lane.removeBody', { count: held })}</p>
          <label className="field">
            <span className="field-label">{t('lane.moveTo')}</span>
            <select className="field-input" value={target} onChange={(e) => setTarget(e.target.value)}>
              {others.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
    </Dialog>
  );
}
