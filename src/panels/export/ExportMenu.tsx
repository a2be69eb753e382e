/**
 * The editor header's Export menu: map (JSON, SVG, PNG, PDF), registers (CSV, Excel), the
 * workshop pack, sharing options that apply to every export, and "Import complaints…". The
 * exporters and the import dialog load on first use.
 */
import { Download } from 'lucide-react';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../../store/useEditor';
import type { ExportFormat } from './exporters';
import './export.css';

const ImportComplaintsDialog = lazy(() => import('./ImportComplaintsDialog').then((m) => ({ default: m.ImportComplaintsDialog })));

type Status = { kind: 'working' | 'done' | 'error'; text: string } | null;

const GROUPS: { label: string; items: { format: ExportFormat; label: string }[] }[] = [
  {
    label: 'exportMenu.map',
    items: [
      { format: 'json', label: 'exportMenu.json' },
      { format: 'svg', label: 'exportMenu.svg' },
      { format: 'png', label: 'exportMenu.png' },
      { format: 'pdf-a4', label: 'exportMenu.pdfA4' },
      { format: 'pdf-a3', label: 'exportMenu.pdfA3' },
    ],
  },
  {
    label: 'exportMenu.registers',
    items: [
      { format: 'csv-touchpoints', label: 'exportMenu.csvTouchpoints' },
      { format: 'csv-gaps', label: 'exportMenu.csvGaps' },
      { format: 'xlsx', label: 'exportMenu.xlsx' },
      { format: 'pack', label: 'exportMenu.pack' },
    ],
  },
];

export function ExportMenu() {
  const { t, i18n } = useTranslation();
  const store = useEditorStore();
  const readOnly = useEditor((s) => s.readOnly);
  const [open, setOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const [hideComplaints, setHideComplaints] = useState(false);
  const [hideOwners, setHideOwners] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  // A "saved" note goes away by itself; errors stay until dismissed.
  useEffect(() => {
    if (status?.kind !== 'done') return;
    const timer = setTimeout(() => setStatus(null), 12_000);
    return () => clearTimeout(timer);
  }, [status]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    root.current?.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  async function run(format: ExportFormat, label: string) {
    const s = store.getState();
    const data = s.derived.journeyData(s);
    if (!data || busy) return;
    setBusy(true);
    setStatus({ kind: 'working', text: t('exportMenu.working', { what: t(label) }) });
    try {
      const [{ runExport }, { downloadBlob }] = await Promise.all([import('./exporters'), import('./download')]);
      const result = await runExport(format, {
        data,
        analysis: s.derived.gaps(s),
        overlay: s.overlay,
        lang: i18n.language.startsWith('zh') ? 'zh' : 'en',
        hideComplaints,
        hideOwners,
        date: new Date(),
      });
      downloadBlob(result.fileName, result.blob);
      const note = result.note;
      setStatus({
        kind: 'done',
        text:
          note?.key === 'doneTiled' ? t('exportMenu.doneTiled', { file: result.fileName, pages: note.pages })
          : note?.key === 'pngCapped' ? t('exportMenu.pngCapped', { file: result.fileName, width: note.width, height: note.height })
          : t('exportMenu.done', { file: result.fileName }),
      });
    } catch (e) {
      setStatus({ kind: 'error', text: t('exportMenu.failed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setBusy(false);
    }
  }

  /** Arrow keys move between items, as in any menu. */
  function onMenuKey(e: ReactKeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
  }

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn btn-tool"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="export-button"
        onClick={() => setOpen((o) => !o)}
      >
        <Download size={16} aria-hidden /> {t('exportMenu.button')}
      </button>
      {open && (
        <div className="export-popover" role="menu" aria-label={t('exportMenu.label')} onKeyDown={onMenuKey}>
          <div className="export-group" role="group" aria-label={t('exportMenu.sharing')}>
            <div className="export-group-label">{t('exportMenu.sharing')}</div>
            <button type="button" role="menuitemcheckbox" aria-checked={hideComplaints} className="export-item" onClick={() => setHideComplaints((v) => !v)}>
              <span className="export-check" aria-hidden>{hideComplaints ? '✓' : ''}</span>
              {t('exportMenu.hideComplaints')}
            </button>
            <button type="button" role="menuitemcheckbox" aria-checked={hideOwners} className="export-item" onClick={() => setHideOwners((v) => !v)}>
              <span className="export-check" aria-hidden>{hideOwners ? '✓' : ''}</span>
              {t('exportMenu.hideOwners')}
            </button>
          </div>
          {GROUPS.map((g) => (
            <div key={g.label} className="export-group" role="group" aria-label={t(g.label)}>
              <div className="export-group-label">{t(g.label)}</div>
              {g.items.map((item) => (
                <button
                  key={item.format}
                  type="button"
                  role="menuitem"
                  className="export-item"
                  data-format={item.format}
                  aria-disabled={busy}
                  onClick={() => void run(item.format, item.label)}
                >
                  <span className="export-check" aria-hidden />
                  {t(item.label)}
                </button>
              ))}
            </div>
          ))}
          <div className="export-group" role="group" aria-label={t('exportMenu.import')}>
            <div className="export-group-label">{t('exportMenu.import')}</div>
            <button
              type="button"
              role="menuitem"
              className="export-item"
              aria-disabled={readOnly}
              title={readOnly ? t('complaintImport.readOnly') : undefined}
              onClick={() => {
                if (readOnly) return;
                setOpen(false);
                setImporting(true);
              }}
            >
              <span className="export-check" aria-hidden />
              {t('exportMenu.importComplaints')}
            </button>
          </div>
          {status && (
            <p className={`export-status is-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="export-status">
              {status.text}
            </p>
          )}
        </div>
      )}
      {!open && status && status.kind !== 'working' && (
        <p className={`export-toast is-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="export-status">
          {status.text}
          <button type="button" className="icon-btn" aria-label="×" onClick={() => setStatus(null)}>
            ×
          </button>
        </p>
      )}
      {importing && (
        <Suspense fallback={null}>
          <ImportComplaintsDialog
            onClose={(message) => {
              setImporting(false);
              if (message) setStatus({ kind: 'done', text: message });
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
