/**
 * Version history of the open journey: take a named snapshot, list snapshots with time and size,
 * compare any two states (a snapshot or the current one), restore one as the current state (one
 * undoable change that merges for other tabs and peers) or as a new journey.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Camera, Copy, GitCompare, RotateCcw, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { addSnapshot, deleteSnapshot, listSnapshots, loadSnapshotDoc, AUTO_SNAPSHOT_LIMIT, type SnapshotInfo } from '../../db/snapshots';
import { diffJourneys, type JourneyDiff } from '../../domain/diff';
import { newId } from '../../domain/ids';
import type { JourneyData } from '../../domain/schema';
import { useEditorStore } from '../../store/useEditor';
import { readJourneyData, tableMap } from '../../store/ydoc';
import { Dialog } from '../../ui/Dialog';
import { addJourney } from '../journeyService';
import { journeyPath, navigate } from '../router';
import { useServices } from '../services';
import { AUTO_SNAPSHOT_INTERVAL_MS } from './autoSnapshots';
import { formatBytes } from './storageInfo';
import { DiffView } from './DiffView';
import './reliability.css';

const CURRENT = 'current';

async function loadState(db: ReturnType<typeof useServices>['db'], current: Y.Doc, key: string): Promise<JourneyData | null> {
  if (key === CURRENT) return readJourneyData(current);
  const doc = await loadSnapshotDoc(db, Number(key));
  if (!doc) return null;
  try {
    return readJourneyData(doc);
  } finally {
    doc.destroy();
  }
}

type Message = { kind: 'restored' } | { kind: 'copy'; id: string; name: string } | { kind: 'taken' } | null;

export function HistoryDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const store = useEditorStore();
  const journeyId = store.getState().meta?.id ?? '';
  const readOnly = store.getState().readOnly;
  const snapshots = useLiveQuery(() => listSnapshots(db, journeyId), [db, journeyId]);
  const [name, setName] = useState('');
  const [compare, setCompare] = useState<{ from: string; to: string } | null>(null);
  const [confirming, setConfirming] = useState<SnapshotInfo | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const label = (s: SnapshotInfo) => `${s.name || t('versions.auto')} · ${fmt.format(new Date(s.createdAt))}`;

  const take = async () => {
    await addSnapshot(db, {
      journeyId,
      name: name.trim() || fmt.format(new Date()),
      auto: false,
      update: Y.encodeStateAsUpdate(store.doc),
      touchpointCount: tableMap(store.doc, 'touchpoints').size,
    });
    setName('');
    setMessage({ kind: 'taken' });
  };

  const restoreHere = async (s: SnapshotInfo) => {
    const data = await loadState(db, store.doc, String(s.id));
    if (!data) return;
    store.getState().actions.restoreContent(data);
    setConfirming(null);
    setMessage({ kind: 'restored' });
  };

  const restoreCopy = async (s: SnapshotInfo) => {
    const data = await loadState(db, store.doc, String(s.id));
    if (!data) return;
    const copyName = t('versions.copyName', { name: data.meta.name, when: fmt.format(new Date(s.createdAt)) });
    const id = await addJourney(db, { ...data, meta: { ...data.meta, id: newId('j'), name: copyName, createdAt: new Date().toISOString() } });
    setMessage({ kind: 'copy', id, name: copyName });
  };

  const newestFirst = [...(snapshots ?? [])].reverse();
  return (
    <Dialog
      title={t('versions.title')}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('versions.close')}
        </button>
      }
    >
      <div className="reliability-dialog" data-testid="history-dialog">
        {compare ? (
          <CompareView snapshots={newestFirst} label={label} value={compare} onChange={setCompare} onBack={() => setCompare(null)} />
        ) : (
          <>
            <p className="muted small">{t('versions.intro', { minutes: AUTO_SNAPSHOT_INTERVAL_MS / 60000, limit: AUTO_SNAPSHOT_LIMIT })}</p>
            <form
              className="snapshot-form"
              onSubmit={(e) => {
                e.preventDefault();
                void take();
              }}
            >
              <label className="field">
                <span className="field-label">{t('versions.nameLabel')}</span>
                <input className="field-input" value={name} placeholder={t('versions.namePlaceholder')} onChange={(e) => setName(e.target.value)} data-testid="snapshot-name" />
              </label>
              <button type="submit" className="btn btn-primary">
                <Camera size={16} aria-hidden /> {t('versions.take')}
              </button>
            </form>
            {message && (
              <p role="status" className="rel-ok" data-testid="history-message">
                {message.kind === 'taken' && t('versions.taken')}
                {message.kind === 'restored' && t('versions.restoredHere')}
                {message.kind === 'copy' && (
                  <>
                    {t('versions.restoredCopy', { name: message.name })}{' '}
                    <button type="button" className="btn btn-small" onClick={() => navigate(journeyPath(message.id))}>
                      {t('versions.openCopy')}
                    </button>
                  </>
                )}
              </p>
            )}
            {snapshots && snapshots.length === 0 && <p className="empty-state">{t('versions.empty')}</p>}
            <ul className="snapshot-list">
              {newestFirst.map((s) => (
                <li key={s.id} className="snapshot-row" data-testid="snapshot-row">
                  <div className="snapshot-info">
                    <span className="snapshot-name">
                      {s.name || t('versions.auto')} {s.auto && <span className="tag">{t('versions.auto')}</span>}
                    </span>
                    <span className="muted small">
                      <time dateTime={s.createdAt}>{fmt.format(new Date(s.createdAt))}</time> · {t('versions.size', { size: formatBytes(s.size, i18n.language), count: s.touchpointCount })}
                    </span>
                  </div>
                  <div className="snapshot-actions">
                    <button type="button" className="btn btn-small" onClick={() => setCompare({ from: String(s.id), to: CURRENT })}>
                      <GitCompare size={14} aria-hidden /> {t('versions.compare')}
                    </button>
                    <button type="button" className="btn btn-small" disabled={readOnly} onClick={() => setConfirming(s)}>
                      <RotateCcw size={14} aria-hidden /> {t('versions.restore')}
                    </button>
                    <button type="button" className="btn btn-small" onClick={() => void restoreCopy(s)}>
                      <Copy size={14} aria-hidden /> {t('versions.restoreCopy')}
                    </button>
                    <button type="button" className="icon-btn danger" title={t('versions.delete')} aria-label={t('versions.delete')} onClick={() => void deleteSnapshot(db, s.id)}>
                      <Trash2 size={15} aria-hidden />
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {confirming && (
        <Dialog
          title={t('versions.confirmRestore')}
          onClose={() => setConfirming(null)}
          footer={
            <>
              <button type="button" className="btn" onClick={() => setConfirming(null)}>
                {t('list.cancel')}
              </button>
              <button type="button" className="btn btn-primary" onClick={() => void restoreHere(confirming)}>
                {t('versions.restore')}
              </button>
            </>
          }
        >
          <p>{t('versions.confirmRestoreBody', { when: fmt.format(new Date(confirming.createdAt)) })}</p>
        </Dialog>
      )}
    </Dialog>
  );
}

function CompareView(props: {
  snapshots: SnapshotInfo[];
  label: (s: SnapshotInfo) => string;
  value: { from: string; to: string };
  onChange: (v: { from: string; to: string }) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const store = useEditorStore();
  const [result, setResult] = useState<{ diff: JourneyDiff; titles: Map<string, string>; after: JourneyData } | null>(null);
  const { from, to } = props.value;

  useEffect(() => {
    let live = true;
    void Promise.all([loadState(db, store.doc, from), loadState(db, store.doc, to)]).then(([a, b]) => {
      if (!live || !a || !b) return;
      const titles = new Map([...a.touchpoints, ...b.touchpoints].map((tp) => [tp.id, tp.title]));
      setResult({ diff: diffJourneys(a, b), titles, after: b });
    });
    return () => {
      live = false;
    };
  }, [db, store, from, to]);

  const options = [
    <option key={CURRENT} value={CURRENT}>
      {t('versions.current')}
    </option>,
    ...props.snapshots.map((s) => (
      <option key={s.id} value={String(s.id)}>
        {props.label(s)}
      </option>
    )),
  ];
  const nameOf = (key: string) => (key === CURRENT ? t('versions.current') : (props.snapshots.find((s) => String(s.id) === key) ? props.label(props.snapshots.find((s) => String(s.id) === key)!) : key));
  return (
    <div className="compare-view" data-testid="compare-view">
      <div className="compare-pickers">
        <label className="field">
          <span className="field-label">{t('versions.from')}</span>
          <select className="field-input" value={from} onChange={(e) => props.onChange({ from: e.target.value, to })} data-testid="compare-from">
            {options}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('versions.to')}</span>
          <select className="field-input" value={to} onChange={(e) => props.onChange({ from, to: e.target.value })} data-testid="compare-to">
            {options}
          </select>
        </label>
        <button type="button" className="btn" onClick={props.onBack}>
          {t('versions.back')}
        </button>
      </div>
      <h3 className="compare-title">{t('versionDiff.title', { from: nameOf(from), to: nameOf(to) })}</h3>
      {result && <DiffView diff={result.diff} titles={result.titles} customControls={result.after.customControls} />}
    </div>
  );
}
