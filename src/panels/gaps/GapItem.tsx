/** One gap: severity (colour + text), rule, message, its decision, and a decision editor. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GAP_RULE_LABELS, type Gap } from '../../domain/gaps';
import { LEVEL_LABELS } from '../../domain/risk';
import { domainLang } from '../../i18n';
import { useEditor } from '../../store/useEditor';
import { LevelChip } from '../../ui/LevelChip';
import { DecisionForm } from './DecisionForm';

export function GapItem({ gap, showTouchpoint, onPick }: { gap: Gap; showTouchpoint?: boolean; onPick?: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const title = useEditor((s) => s.touchpoints[gap.touchpointId]?.title);
  const readOnly = useEditor((s) => s.readOnly);
  const [editing, setEditing] = useState(false);
  const d = gap.decision;
  return (
    <li className={`gap-item${gap.open ? '' : ' is-accepted'}`} data-testid="gap-item" data-rule={gap.rule} data-control={gap.controlId ?? ''}>
      <div className="gap-head">
        <LevelChip level={gap.severity} label={LEVEL_LABELS[gap.severity][lang]} small />
        <span className="gap-rule">{GAP_RULE_LABELS[gap.rule][lang]}</span>
        {!gap.open && <span className="badge">{t('gaps.accepted')}</span>}
      </div>
      {showTouchpoint && (
        <button type="button" className="link-btn gap-tp" onClick={onPick}>
          {title || t('editor.untitled')}
        </button>
      )}
      <p className="gap-message">{gap.message[lang]}</p>
      {d && (
        <p className="gap-decision">
          {d.accepted && t('gaps.acceptedBy', { reason: d.reason })}
          {d.owner && ` ${t('gaps.assigned', { owner: d.owner })}`}
          {d.dueDate && ` · ${t('gaps.due', { date: d.dueDate })}`}
          {d.ticket && ` · ${d.ticket}`}
        </p>
      )}
      {!readOnly &&
        (editing ? (
          <DecisionForm gap={gap} onDone={() => setEditing(false)} />
        ) : (
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            {t('gaps.decide')}
          </button>
        ))}
    </li>
  );
}
