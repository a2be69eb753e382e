/** Inspector for one touchpoint: its basics; annotation sections are added below. */
import { useTranslation } from 'react-i18next';
import { TOUCHPOINT_KINDS } from '../../domain/catalogue/kinds';
import { domainLang } from '../../i18n';
import { sortedChannels, sortedStages } from '../../store/selectors';
import { useEditor } from '../../store/useEditor';
import { CommitField } from '../../ui/CommitField';
import { ComplaintsSection } from './ComplaintsSection';
import { ControlsSection } from './ControlsSection';
import { ProfileSection } from './ProfileSection';
import { RightsSection } from './RightsSection';
import { RiskSection } from './RiskSection';

export function TouchpointInspector({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const tp = useEditor((s) => s.touchpoints[id]);
  const stages = useEditor((s) => sortedStages(s.stages));
  const channels = useEditor((s) => sortedChannels(s.channels));
  const actions = useEditor((s) => s.actions);
  const readOnly = useEditor((s) => s.readOnly);
  if (!tp) return null;
  const update = (fields: Parameters<typeof actions.updateTouchpoint>[1]) => actions.updateTouchpoint(id, fields);
  return (
    <div className="form" data-testid="touchpoint-inspector">
      <CommitField label={t('touchpoint.title')} value={tp.title} onCommit={(title) => update({ title })} readOnly={readOnly} testId="inspector-title" />
      <label className="field">
        <span className="field-label">{t('touchpoint.kind')}</span>
        <select className="field-input" value={tp.kind ?? ''} disabled={readOnly} onChange={(e) => update({ kind: e.target.value || null })} data-testid="inspector-kind">
          <option value="">{t('touchpoint.kindNone')}</option>
          {TOUCHPOINT_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name[lang]}
            </option>
          ))}
        </select>
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('touchpoint.stage')}</span>
          <select className="field-input" value={tp.stageId} disabled={readOnly} onChange={(e) => actions.updateTouchpoint(id, { stageId: e.target.value })}>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('touchpoint.channel')}</span>
          <select className="field-input" value={tp.channelId} disabled={readOnly} onChange={(e) => actions.updateTouchpoint(id, { channelId: e.target.value })}>
            {channels.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <CommitField label={t('touchpoint.owner')} value={tp.owner} onCommit={(owner) => update({ owner })} readOnly={readOnly} testId="inspector-owner" />
      <CommitField label={t('touchpoint.description')} multiline value={tp.description} onCommit={(description) => update({ description })} readOnly={readOnly} />
      <ControlsSection id={id} />
      <RiskSection id={id} />
      <ComplaintsSection id={id} />
      <RightsSection id={id} />
      <ProfileSection id={id} />
    </div>
  );
}
