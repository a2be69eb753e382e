/** The landing page: every journey on this device, newest edit first. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Copy, FolderOpen, Pencil, Plus, Sparkles, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyRow } from '../db/database';
import type { Sector } from '../domain/schema';
import { domainLang } from '../i18n';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { Dialog } from '../ui/Dialog';
import { ExamplesDialog } from './examples/ExamplesDialog';
import { FirstRunGuide } from './examples/FirstRunGuide';
import { createJourney, duplicateJourney, renameJourney, trashJourney } from './journeyService';
import { BackupReminder } from './reliability/BackupReminder';
import { ListImport } from './reliability/ListImport';
import { StorageButton } from './reliability/StorageButton';
import { TrashToggle, TrashView } from './reliability/TrashView';
import { journeyPath, navigate } from './router';
import { useServices } from './services';

export function JourneyListPage() {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const rows = useLiveQuery(
    async () => (await db.journeys.orderBy('updatedAt').reverse().toArray()).filter((r) => !r.deletedAt),
    [db],
  );
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<JourneyRow | null>(null);
  const [deleting, setDeleting] = useState<JourneyRow | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const [examplesOpen, setExamplesOpen] = useState(false);
  // A first-time user gets the guide, which carries the two ways to begin.
  const firstRun = !trashOpen && rows !== undefined && rows.length === 0;
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="list-page">
      <header className="app-header">
        <div className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <div>
            <h1>{t('app.name')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="header-tools">
          <StorageButton withLabel />
          <LanguageSwitch />
        </div>
      </header>
      <main className="list-main">
        <div className="list-toolbar">
          <h2>{trashOpen ? t('trash.title') : t('list.title')}</h2>
          <div className="header-spacer" />
          <TrashToggle open={trashOpen} onToggle={() => setTrashOpen(!trashOpen)} />
          <ListImport />
          {!firstRun && (
            <>
              <button type="button" className="btn" onClick={() => setExamplesOpen(true)}>
                <Sparkles size={16} aria-hidden /> {t('examples.start')}
              </button>
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                <Plus size={16} aria-hidden /> {t('list.create')}
              </button>
            </>
          )}
        </div>
        <BackupReminder />
        {trashOpen && <TrashView />}
        {firstRun && <FirstRunGuide onExamples={() => setExamplesOpen(true)} onCreate={() => setCreating(true)} />}
        <ul className="journey-list" aria-label={t('list.title')} hidden={trashOpen}>
          {rows?.map((r) => (
            <li key={r.id} className="journey-card" data-testid="journey-card">
              <a
                className="journey-link"
                href={journeyPath(r.id)}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(journeyPath(r.id));
                }}
              >
                <span className="journey-name">{r.name}</span>
                <span className="journey-meta">
                  {t(`sector.${r.sector}`)} · {t('list.counts', { touchpoints: r.touchpointCount, stages: r.stageCount, channels: r.channelCount })}
                </span>
                <span className="journey-meta">{t('list.updated', { when: fmt.format(new Date(r.updatedAt)) })}</span>
              </a>
              <div className="journey-actions" role="group" aria-label={t('list.actionsFor', { name: r.name })}>
                <button type="button" className="icon-btn" title={t('list.open')} aria-label={t('list.open')} onClick={() => navigate(journeyPath(r.id))}>
                  <FolderOpen size={16} aria-hidden />
                </button>
                <button type="button" className="icon-btn" title={t('list.rename')} aria-label={t('list.rename')} onClick={() => setRenaming(r)}>
                  <Pencil size={16} aria-hidden />
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  title={t('list.duplicate')}
                  aria-label={t('list.duplicate')}
                  onClick={() => void duplicateJourney(db, r.id, t('list.copySuffix'))}
                >
                  <Copy size={16} aria-hidden />
                </button>
                <button type="button" className="icon-btn danger" title={t('list.delete')} aria-label={t('list.delete')} onClick={() => setDeleting(r)}>
                  <Trash2 size={16} aria-hidden />
                </button>
              </div>
            </li>
          ))}
        </ul>
      </main>
      {examplesOpen && <ExamplesDialog onClose={() => setExamplesOpen(false)} />}
      {creating && (
        <CreateJourneyDialog
          onClose={() => setCreating(false)}
          onCreate={async (name, sector) => {
            const id = await createJourney(db, name, sector, domainLang(i18n.language));
            setCreating(false);
            navigate(journeyPath(id));
          }}
        />
      )}
      {renaming && (
        <NameDialog
          title={t('list.rename')}
          initial={renaming.name}
          onClose={() => setRenaming(null)}
          onSave={async (name) => {
            await renameJourney(db, renaming.id, name);
            setRenaming(null);
          }}
        />
      )}
      {deleting && (
        <Dialog
          title={t('list.confirmDelete', { name: deleting.name })}
          onClose={() => setDeleting(null)}
          footer={
            <>
              <button type="button" className="btn" onClick={() => setDeleting(null)}>
                {t('list.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                onClick={async () => {
                  await trashJourney(db, deleting.id);
                  setDeleting(null);
                }}
              >
                {t('list.delete')}
              </button>
            </>
          }
        >
          <p>{t('list.confirmDeleteBody')}</p>
        </Dialog>
      )}
    </div>
  );
}

function CreateJourneyDialog(props: { onClose: () => void; onCreate: (name: string, sector: Sector) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [sector, setSector] = useState<Sector>('bank');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    if (!name.trim()) {
      setError(t('list.nameRequired'));
      return;
    }
    void props.onCreate(name.trim(), sector);
  };
  return (
    <Dialog
      title={t('list.createTitle')}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('list.cancel')}
          </button>
          <button type="submit" form="create-journey" className="btn btn-primary">
            {t('list.create')}
          </button>
        </>
      }
    >
      <form
        id="create-journey"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <p className="muted">{t('list.createBody')}</p>
        <label className="field">
          <span className="field-label">{t('list.nameLabel')}</span>
          <input className="field-input" autoFocus value={name} placeholder={t('list.defaultName')} onChange={(e) => setName(e.target.value)} aria-invalid={error ? true : undefined} />
          {error && <span className="field-error" role="alert">{error}</span>}
        </label>
        <fieldset className="field">
          <legend className="field-label">{t('list.sectorLabel')}</legend>
          <div className="radio-row">
            {(['bank', 'insurance', 'both'] as const).map((s) => (
              <label key={s} className="radio">
                <input type="radio" name="sector" value={s} checked={sector === s} onChange={() => setSector(s)} /> {t(`sector.${s}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}

function NameDialog(props: { title: string; initial: string; onClose: () => void; onSave: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.initial);
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('list.cancel')}
          </button>
          <button type="submit" form="name-dialog" className="btn btn-primary" disabled={!name.trim()}>
            {t('list.save')}
          </button>
        </>
      }
    >
      <form
        id="name-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void props.onSave(name.trim());
        }}
      >
        <label className="field">
          <span className="field-label">{t('list.renamePrompt')}</span>
          <input className="field-input" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </label>
      </form>
    </Dialog>
  );
}
