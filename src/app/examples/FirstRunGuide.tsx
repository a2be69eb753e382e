/** What a first-time user sees on an empty journey list: three steps and two ways to begin. */
import { BookOpen, MousePointerClick, Plus, Sparkles, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './onboarding.css';

export function FirstRunGuide({ onExamples, onCreate }: { onExamples: () => void; onCreate: () => void }) {
  const { t } = useTranslation();
  const steps = [
    { icon: BookOpen, title: t('guide.whatTitle'), text: t('guide.what') },
    { icon: MousePointerClick, title: t('guide.addTitle'), text: t('guide.add') },
    { icon: TriangleAlert, title: t('guide.gapsTitle'), text: t('guide.gaps') },
  ];
  return (
    <section className="first-run" aria-labelledby="first-run-title" data-testid="first-run-guide">
      <h2 id="first-run-title">{t('guide.title')}</h2>
      <p className="first-run-intro">{t('guide.intro')}</p>
      <ol className="first-run-steps" aria-label={t('guide.stepsLabel')}>
        {steps.map((s, i) => (
          <li key={i} className="first-run-step">
            <span className="first-run-num" aria-hidden>
              {i + 1}
            </span>
            <div>
              <h3>
                <s.icon size={16} aria-hidden /> {s.title}
              </h3>
              <p>{s.text}</p>
            </div>
          </li>
        ))}
      </ol>
      <div className="first-run-actions">
        <button type="button" className="btn btn-primary btn-large" onClick={onExamples}>
          <Sparkles size={17} aria-hidden /> {t('examples.start')}
        </button>
        <button type="button" className="btn btn-large" onClick={onCreate}>
          <Plus size={17} aria-hidden /> {t('list.create')}
        </button>
      </div>
      <p className="muted first-run-hint">{t('guide.exampleHint')}</p>
    </section>
  );
}
