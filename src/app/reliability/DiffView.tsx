/** The changes between two states of a journey, in the words an auditor reads. */
import { useTranslation } from 'react-i18next';
import { findControl } from '../../domain/catalogue';
import type { JourneyDiff } from '../../domain/diff';
import { isEmptyDiff } from '../../domain/diff';
import type { CustomControl, Risk } from '../../domain/schema';
import { domainLang } from '../../i18n';

export function DiffView({ diff, titles, customControls }: { diff: JourneyDiff; titles: ReadonlyMap<string, string>; customControls: readonly CustomControl[] }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  if (isEmptyDiff(diff)) return <p className="muted" data-testid="diff-empty">{t('versionDiff.none')}</p>;
  const title = (s: string) => s || t('versionDiff.untitled');
  const risk = (r: Risk | null) => (r ? t('versionDiff.riskValue', { likelihood: r.likelihood, impact: r.impact, score: r.likelihood * r.impact }) : t('versionDiff.notAssessed'));
  const status = (s: string | null) => (s ? t(`versionStatus.${s}`) : t('versionDiff.noStatus'));
  const control = (id: string) => findControl(id, customControls)?.name[lang] ?? id;
  const changedCounts = (Object.entries(diff.counts) as [keyof JourneyDiff['counts'], [number, number]][]).filter(([, [a, b]]) => a !== b);
  return (
    <div className="diff-view" data-testid="diff-view">
      <Section id="added" label={t('versionDiff.added')} items={diff.added.map((r) => ({ key: r.id, text: title(r.title) }))} />
      <Section id="removed" label={t('versionDiff.removed')} items={diff.removed.map((r) => ({ key: r.id, text: title(r.title) }))} />
      <Section id="renamed" label={t('versionDiff.renamed')} items={diff.renamed.map((r) => ({ key: r.id, text: `${title(r.before)} → ${title(r.title)}` }))} />
      <Section
        id="risk"
        label={t('versionDiff.risk')}
        items={diff.risk.map((r) => ({ key: r.id, text: `${title(r.title)}: ${risk(r.before)} → ${risk(r.after)}` }))}
      />
      <Section
        id="controls"
        label={t('versionDiff.controls')}
        items={diff.controls.map((c) => ({ key: `${c.id}|${c.controlId}`, text: `${title(c.title)} · ${control(c.controlId)}: ${status(c.before)} → ${status(c.after)}` }))}
      />
      <Section
        id="gaps-opened"
        label={t('versionDiff.gapsOpened')}
        items={diff.gapsOpened.map((g) => ({ key: g.id, text: `${title(titles.get(g.touchpointId) ?? '')}: ${g.message[lang]}` }))}
      />
      <Section
        id="gaps-closed"
        label={t('versionDiff.gapsClosed')}
        items={diff.gapsClosed.map((g) => ({ key: g.id, text: `${title(titles.get(g.touchpointId) ?? '')}: ${g.message[lang]}` }))}
      />
      <Section id="edited" label={t('versionDiff.edited')} items={diff.edited.map((r) => ({ key: r.id, text: title(r.title) }))} />
      <Section
        id="counts"
        label={t('versionDiff.counts')}
        items={changedCounts.map(([what, [before, after]]) => ({ key: what, text: t('versionDiff.countLine', { what: t(`versionDiff.${what}`), before, after }) }))}
      />
    </div>
  );
}

function Section({ id, label, items }: { id: string; label: string; items: { key: string; text: string }[] }) {
  if (!items.length) return null;
  return (
    <section className="diff-section" data-testid={`diff-${id}`}>
      <h4>
        {label} <span className="count-badge">{items.length}</span>
      </h4>
      <ul>
        {items.map((i) => (
          <li key={i.key}>{i.text}</li>
        ))}
      </ul>
    </section>
  );
}
