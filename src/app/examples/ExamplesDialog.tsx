/** "Start from an example": one card per example; opening one stores an editable copy and opens it. */
import { ArrowRight, Building2, Landmark, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { domainLang } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { journeyPath, navigate } from '../router';
import { useServices } from '../services';
import { EXAMPLES, ExampleError, openExample, type ExampleEntry } from './exampleCatalogue';
import './onboarding.css';

const SECTOR_ICON = { bank: Landmark, insurance: ShieldCheck, both: Building2 } as const;

export function ExamplesDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = async (entry: ExampleEntry) => {
    setOpening(entry.id);
    setError(null);
    try {
      const id = await openExample(db, entry);
      onClose();
      navigate(journeyPath(id));
    } catch (e) {
      const message = e instanceof ExampleError ? e.text[domainLang(i18n.language)] : e instanceof Error ? e.message : String(e);
      setError(t('examples.loadError', { message }));
      setOpening(null);
    }
  };

  return (
    <Dialog
      title={t('examples.title')}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('examples.close')}
        </button>
      }
    >
      <p className="muted">{t('examples.intro')}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ExampleCards opening={opening} onOpen={(e) => void open(e)} />
      <p className="example-disclaimer">{t('examples.illustrative')}</p>
    </Dialog>
  );
}

function ExampleCards({ opening, onOpen }: { opening: string | null; onOpen: (e: ExampleEntry) => void }) {
  const { t, i18n } = useTranslation();
  const lang = domainLang(i18n.language);
  return (
    <ul className="example-cards" aria-label={t('examples.title')}>
      {EXAMPLES.map((e) => {
        const Icon = SECTOR_ICON[e.sector];
        const headingId = `example-${e.id}`;
        return (
          <li key={e.id} className="example-card" data-testid="example-card">
            <div className="example-head">
              <span className={`example-sector sector-${e.sector}`}>
                <Icon size={14} aria-hidden /> {t(`sector.${e.sector}`)}
              </span>
              <span className="example-size">{t('examples.size', { touchpoints: e.touchpoints, stages: e.stages, channels: e.channels })}</span>
            </div>
            <h3 id={headingId} className="example-name" lang="zh-CN">
              {e.name}
            </h3>
            {lang === 'en' && (
              <p className="example-name-en" lang="en">
                {e.nameEn}
              </p>
            )}
            <p className="example-summary">{e.summary[lang]}</p>
            <button
              type="button"
              className="btn btn-primary example-open"
              disabled={opening !== null}
              aria-label={t('examples.openNamed', { name: lang === 'en' ? e.nameEn : e.name })}
              onClick={() => onOpen(e)}
            >
              {opening === e.id ? t('examples.opening') : t('examples.open')} <ArrowRight size={15} aria-hidden />
            </button>
          </li>
        );
      })}
    </ul>
  );
}
