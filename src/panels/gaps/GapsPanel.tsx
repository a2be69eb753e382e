/**
 * All gaps of the journey, worst first (then by complaint load), filterable by severity, stage,
 * channel, right, control and decision. Clicking a gap selects its touchpoint and centres it.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RIGHTS, findControl } from '../../domain/catalogue';
import { rightsOfGap } from '../../domain/gaps/rights';
import { LEVEL_LABELS } from '../../domain/risk';
import type { Severity } from '../../domain/schema';
import { domainLang } from '../../i18n';
import { sortedChannels, sortedStages } from '../../store/selectors';
import { useEditor } from '../../store/useEditor';
import { BulkStatusDialog } from './BulkStatusDialog';
import { GapItem } from './GapItem';

const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];
const LIMIT = 200;

export function GapsPanel() {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const analysis = useEditor((s) => s.derived.gaps(s));
  const touchpoints = useEditor((s) => s.touchpoints);
  const custom = useEditor((s) => s.customControls);
  const stages = useEditor((s) => sortedStages(s.stages));
  const channels = useEditor((s) => sortedChannels(s.channels));
  const focusNode = useEditor((s) => s.session.focusNode);
  const readOnly = useEditor((s) => s.readOnly);
  const [severity, setSeverity] = useState('');
  const [stage, setStage] = useState('');
  const [channel, setChannel] = useState('');
  const [right, setRight] = useState('');
  const [control, setControl] = useState('');
  const [decision, setDecision] = useState<'open' | 'accepted' | 'all'>('open');
  const [bulk, setBulk] = useState(false);

  const customList = useMemo(() => Object.values(custom), [custom]);
  const controlsInGaps = useMemo(() => [...new Set((analysis?.gaps ?? []).map((g) => g.controlId).filter((c): c is string => !!c))], [analysis]);
  const shown = useMemo(() => {
    return (analysis?.gaps ?? []).filter((g) => {
      const tp = touchpoints[g.touchpointId];
      if (!tp) return false;
      if (severity && g.severity !== severity) return false;
      if (stage && tp.stageId !== stage) return false;
      if (channel && tp.channelId !== channel) return false;
      if (control && g.controlId !== control) return false;
      if (decision === 'open' && !g.open) return false;
      if (decision === 'accepted' && g.open) return false;
      if (right && !rightsOfGap(g, tp, customList).includes(right)) return false;
      return true;
    });
  }, [analysis, touchpoints, severity, stage, channel, right, control, decision, customList]);

  if (!analysis) return null;
  const s = analysis.summary;
  return (
    <div className="inspector-body gaps-panel" data-testid="gaps-panel">
      <p className="gap-summary" data-testid="gap-summary">
        {t('gaps.summary', { critical: s.open.critical, high: s.open.high, medium: s.open.medium, low: s.open.low, accepted: s.accepted, coverage: Math.round(s.coverage * 100) })}
      </p>
      <div className="filters">
        <Filter label={t('gaps.severity')} value={severity} onChange={setSeverity} options={SEVERITIES.map((v) => [v, LEVEL_LABELS[v][lang]])} />
        <Filter label={t('gaps.decision')} value={decision} onChange={(v) => setDecision(v as typeof decision)} options={[['open', t('gaps.open')], ['accepted', t('gaps.accepted')], ['all', t('gaps.all')]]} noAny />
        <Filter label={t('gaps.stage')} value={stage} onChange={setStage} options={stages.map((l) => [l.id, l.name])} />
        <Filter label={t('gaps.channel')} value={channel} onChange={setChannel} options={channels.map((l) => [l.id, l.name])} />
        <Filter label={t('gaps.right')} value={right} onChange={setRight} options={RIGHTS.map((r) => [r.id, r.name[lang]])} />
        <Filter label={t('gaps.control')} value={control} onChange={setControl} options={controlsInGaps.map((c) => [c, findControl(c, customList)?.name[lang] ?? c])} />
      </div>
      <div className="row-between">
        <span className="muted small">{t('gaps.showing', { shown: Math.min(shown.length, LIMIT), total: shown.length })}</span>
        {!readOnly && (
          <button type="button" className="btn btn-small" onClick={() => setBulk(true)}>
            {t('controls.bulk')}
          </button>
        )}
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('gaps.none')}</p>
      ) : (
        <ul className="gap-list">
          {shown.slice(0, LIMIT).map((g) => (
            <GapItem key={g.id} gap={g} showTouchpoint onPick={() => focusNode(g.touchpointId)} />
          ))}
        </ul>
      )}
      {bulk && <BulkStatusDialog onClose={() => setBulk(false)} initialControl={control || controlsInGaps[0]} />}
    </div>
  );
}

function Filter(props: { label: string; value: string; onChange: (v: string) => void; options: [string, string][]; noAny?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="field filter">
      <span className="field-label">{props.label}</span>
      <select className="field-input" aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {!props.noAny && <option value="">{t('gaps.any')}</option>}
        {props.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}
