/** An open journey: header with tools, the map (always mounted) or another view, and a dock. */
import { ReactFlowProvider } from '@xyflow/react';
import { ArrowLeft, Keyboard, PanelRight, X } from 'lucide-react';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JourneyCanvas } from '../canvas/JourneyCanvas';
import { Toolbar } from '../canvas/Toolbar';
import { LanguageSwitch } from '../panels/LanguageSwitch';
import { SaveStatus } from '../panels/SaveStatus';
import { EditorStoreContext, useEditor } from '../store/useEditor';
import { CommitField } from '../ui/CommitField';
import { BenchBridge } from './BenchBridge';
import { BENCH_MODE } from './benchMode';
import { DOCK_PANELS, HEADER_ITEMS, MAIN_VIEWS } from './editorRegistry';
import { useExportNow } from './reliability/useExportNow';
import { OpenPreview } from './OpenPreview';
import { navigate } from './router';
import { useServices } from './services';
import { useJourneySession } from './useJourneySession';

// Opened on demand (Ctrl/⌘+F, ?): not part of the editor's start-up JavaScript.
const SearchBox = lazy(() => import('../canvas/SearchBox').then((m) => ({ default: m.SearchBox })));
const ShortcutSheet = lazy(() => import('../canvas/ShortcutSheet').then((m) => ({ default: m.ShortcutSheet })));

export function EditorPage({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { session, status } = useJourneySession(db, journeyId);

  if (session.state !== 'ready') {
    return (
      <div className="center-message">
        {session.state === 'loading' && <p>{t('app.loading')}</p>}
        {session.state === 'loading' && session.preview && <OpenPreview preview={session.preview} />}
        {session.state === 'missing' && <p>{t('editor.notFound')}</p>}
        {session.state === 'error' && <p role="alert">{t('editor.loadError', { message: t(session.message, { defaultValue: session.message }) })}</p>}
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
        {BENCH_MODE && <BenchBridge />}
      </ReactFlowProvider>
    </EditorStoreContext.Provider>
  );
}

function EditorLayout({ status }: { status: ReturnType<typeof useJourneySession>['status'] }) {
  const { t } = useTranslation();
  const name = useEditor((s) => s.meta?.name ?? '');
  const readOnly = useEditor((s) => s.readOnly);
  const actions = useEditor((s) => s.actions);
  const panel = useEditor((s) => s.panel);
  const view = useEditor((s) => s.view);
  const session = useEditor((s) => s.session);
  const [searching, setSearching] = useState(false);
  const exportNow = useExportNow();
  const openSearch = useCallback(() => setSearching(true), []);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const dock = DOCK_PANELS.find((p) => p.id === panel);
  const mainView = MAIN_VIEWS.find((v) => v.id === view);
  return (
    <div className="editor">
      <header className="editor-header">
        <h1 className="sr-only">{name || t('editor.journeyName')}</h1>
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
        {HEADER_ITEMS.map(({ id, Component }) => (
          <Suspense key={id} fallback={null}>
            <Component />
          </Suspense>
        ))}
        <SaveStatus status={status} onExportNow={exportNow} />
        <LanguageSwitch />
        <button type="button" className="icon-btn" aria-label={t('help.button')} title={t('help.button')} onClick={openShortcuts}>
          <Keyboard size={18} aria-hidden />
        </button>
        <button
          type="button"
          className={`icon-btn${dock ? ' is-on' : ''}`}
          aria-pressed={Boolean(dock)}
          aria-label={t('views.panels')}
          title={t('views.panels')}
          onClick={() => session.openPanel(dock ? null : 'inspector')}
        >
          <PanelRight size={18} aria-hidden />
        </button>
      </header>
      {readOnly && <div className="banner" role="status">{t('editor.readOnly')}</div>}
      <div className="editor-body">
        <main className="editor-main">
          {MAIN_VIEWS.length > 1 && (
            <nav className="view-tabs" aria-label={t('views.label')}>
              {MAIN_VIEWS.map((v) => (
                <button key={v.id} type="button" className={`tab${v.id === view ? ' is-active' : ''}`} aria-pressed={v.id === view} onClick={() => session.openView(v.id)}>
                  <v.icon size={15} aria-hidden /> {t(v.label)}
                </button>
              ))}
            </nav>
          )}
          <div className="editor-canvas">
            <JourneyCanvas onOpenSearch={openSearch} onOpenShortcuts={openShortcuts} />
            {searching && (
              <Suspense fallback={null}>
                <SearchBox onClose={() => setSearching(false)} />
              </Suspense>
            )}
            {mainView?.Component && (
              <div className="view-overlay">
                <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
                  <mainView.Component />
                </Suspense>
              </div>
            )}
          </div>
        </main>
        {dock && (
          <aside className="dock" aria-label={t(dock.label)}>
            <h2 className="sr-only">{t(dock.label)}</h2>
            <div className="dock-tabs">
              <div className="dock-tablist" role="tablist" aria-label={t('views.panels')}>
                {DOCK_PANELS.map((p) => (
                  <button key={p.id} type="button" role="tab" aria-selected={p.id === panel} className={`tab${p.id === panel ? ' is-active' : ''}`} onClick={() => session.openPanel(p.id)}>
                    <p.icon size={15} aria-hidden /> {t(p.label)}
                  </button>
                ))}
              </div>
              {/* Outside the tablist: a tablist may hold only tabs. */}
              <button type="button" className="icon-btn dock-close" aria-label={t('inspector.close')} title={t('inspector.close')} onClick={() => session.openPanel(null)}>
                <X size={16} aria-hidden />
              </button>
            </div>
            <div className="dock-body">
              <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
                <dock.Component />
              </Suspense>
            </div>
          </aside>
        )}
      </div>
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutSheet onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
