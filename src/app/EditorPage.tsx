/** An open journey: toolbar, canvas and inspector over the journey's store. */
import { ReactFlowProvider } from '@xyflow/react';
import { ArrowLeft, PanelRight } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { SearchBox } from '../canvas/SearchBox';
import { Toolbar } from '../canvas/Toolbar';
import { Inspector } from '../panels/inspector/Inspector';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { SaveStatus } from '../panels/SaveStatus';
import { EditorStoreContext, useEditor } from '../store/useEditor';
import { CommitField } from '../ui/CommitField';
import { navigate } from './router';
import { useServices } from './services';
import { useJourneySession } from './useJourneySession';

export function EditorPage({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { session, status } = useJourneySession(db, journeyId);

  if (session.state !== 'ready') {
    return (
      <div className="center-message">
        {session.state === 'loading' && <p>{t('app.loading')}</p>}
        {session.state === 'missing' && <p>{t('editor.notFound')}</p>}
        {session.state === 'error' && <p role="alert">{t('editor.loadError', { message: session.message })}</p>}
        {session.state !== 'loading' && (
          <button type="button" className="btn" onClick={() => navigate('/')}>
            {t('app.backToList')}
          </button>
        )}
      </div>
    );
  }
  return (
    <EditorStoreContext.Provider value={session.store}>
      <ReactFlowProvider>
        <EditorLayout status={status} />
      </ReactFlowProvider>
    </EditorStoreContext.Provider>
  );
}

function EditorLayout({ status }: { status: ReturnType<typeof useJourneySession>['status'] }) {
  const { t } = useTranslation();
  const name = useEditor((s) => s.meta?.name ?? '');
  const readOnly = useEditor((s) => s.readOnly);
  const actions = useEditor((s) => s.actions);
  const [searching, setSearching] = useState(false);
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const openSearch = useCallback(() => setSearching(true), []);
  return (
    <div className="editor">
      <header className="editor-header">
        <button type="button" className="icon-btn" aria-label={t('app.backToList')} title={t('app.backToList')} onClick={() => navigate('/')}>
          <ArrowLeft size={18} aria-hidden />
        </button>
        <CommitField
          label={t('editor.journeyName')}
          hideLabel
          value={name}
          className="journey-title-input"
          readOnly={readOnly}
          onCommit={(v) => v.trim() && actions.updateMeta({ name: v.trim() })}
        />
        <Toolbar onOpenSearch={openSearch} />
        <div className="header-spacer" />
        <SaveStatus status={status} />
        <LanguageSwitch />
        <button
          type="button"
          className={`icon-btn${inspectorOpen ? ' is-on' : ''}`}
          aria-pressed={inspectorOpen}
          aria-label={t('editor.inspector')}
          title={t('editor.inspector')}
          onClick={() => setInspectorOpen((o) => !o)}
        >
          <PanelRight size={18} aria-hidden />
        </button>
      </header>
      {readOnly && <div className="banner" role="status">{t('editor.readOnly')}</div>}
      <div className="editor-body">
        <main className="editor-canvas">
          <JourneyCanvas onOpenSearch={openSearch} />
          {searching && <SearchBox onClose={() => setSearching(false)} />}
        </main>
        {inspectorOpen && <Inspector onClose={() => setInspectorOpen(false)} />}
      </div>
    </div>
  );
}
