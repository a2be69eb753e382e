/** The eight rights × the stages, each cell listing the open gaps touching that right there. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RIGHTS } from '../../domain/catalogue';
import { rightsByStage } from '../../domain/gaps/rights';
import { LEVEL_LABELS } from '../../domain/risk';
import type { Severity } from '../../domain/schema';
import { domainLang } from '../../i18n';
import { sortedStages } from '../../store/selectors';
import { useEditor } from '../../store/useEditor';
import { LevelChip } from '../../ui/LevelChip';

const ORDER: Severity[] = ['critical', 'high', 'medium', 'low'];

export function RightsMatrixView() {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  const analysis = useEditor((s) => s.derived.gaps(s));
  const touchpoints = useEditor((s) => s.touchpoints);
  const custom = useEditor((s) => s.customControls);
  const stages = useEditor((s) => sortedStages(s.stages));
  const focusNode = useEditor((s) => s.session.focusNode);
  const [open, setOpen] = useState<string | null>(null);
  const cells = useMemo(() => rightsByStage(analysis?.gaps ?? [], touchpoints, Object.values(custom)), [analysis, touchpoints, custom]);
  return (
    <div className="view-page" data-testid="rights-matrix">
      <h2>{t('rightsMatrix.title')}</h2>
      <p className="muted">{t('rightsMatrix.hint')}</p>
      <table className="rights-matrix">
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{t('gaps.right')}</span>
            </th>
            {stages.map((s) => (
              <th scope="col" key={s.id}>
                {s.name}
              </th>
            ))}
            <th scope="col">{t('rightsMatrix.total')}</th>
          </tr>
        </thead>
        <tbody>
          {RIGHTS.map((r) => {
            let rowTotal = 0;
            return (
              <tr key={r.id}>
                <th scope="row" title={r.meaning[lang]}>
                  {r.name[lang]}
                </th>
                {stages.map((s) => {
                  const key = `${r.id}|${s.id}`;
                  const gaps = cells.get(key) ?? [];
                  rowTotal += gaps.length;
                  const worst = ORDER.find((o) => gaps.some((g) => g.severity === o));
                  return (
                    <td key={s.id} className={worst ? `lvl-tint-${worst}` : ''} data-testid={`rm-${r.id}-${s.id}`}>
                      {gaps.length > 0 && (
                        <button type="button" className="rm-count" aria-expanded={open === key} onClick={() => setOpen(open === key ? null : key)}>
                          {worst && <LevelChip level={worst} label={LEVEL_LABELS[worst][lang]} small />} {gaps.length}
                        </button>
                      )}
                      {open === key && (
                        <ul className="rm-gaps">
                          {gaps.map((g) => (
                            <li key={g.id}>
                              <button type="button" className="link-btn" onClick={() => focusNode(g.touchpointId)}>
                                {touchpoints[g.touchpointId]?.title || t('editor.untitled')}
                              </button>{' '}
                              <span className="muted small">{g.message[lang]}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
                <td className="num">{rowTotal}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {cells.size === 0 && <p className="muted">{t('rightsMatrix.empty')}</p>}
    </div>
  );
}
