/** Where the journeys live, whether the browser keeps them, and backups the user controls. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Download, HardDrive, ShieldAlert, ShieldCheck, Upload } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREF_LAST_BACKUP } from '../../db/prefs';
import { isoDate } from '../../io/fileName';
import type { FileIssue } from '../../io/format';
import { Dialog } from '../../ui/Dialog';
import { useServices } from '../services';
import { makeBackup, recordBackup, restoreBackupFile } from './backupService';
import { downloadText, readFileBytes } from './download';
import { IssueList } from './IssueList';
import { formatBytes, readStorageInfo, requestPersistence, type StorageInfo } from './storageInfo';
import './reliability.css';

type RestoreState = { ok: true; count: number; renamed: number } | { ok: false; errors: FileIssue[] } | null;

export function StorageDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [refused, setRefused] = useState(false);
  const [backedUp, setBackedUp] = useState<number | null>(null);
  const [restore, setRestore] = useState<RestoreState>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const lastBackup = useLiveQuery(async () => ((await db.prefs.get(PREF_LAST_BACKUP))?.value as string | undefined) ?? null, [db]);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  useEffect(() => {
    let live = true;
    void readStorageInfo().then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, []);

  const askPersist = async () => {
    const granted = await requestPersistence();
    setRefused(!granted);
    setInfo(await readStorageInfo());
  };

  const backup = async () => {
    setBusy(true);
    try {
      const { text, count } = await makeBackup(db);
      downloadText(`touchmap-backup-${isoDate(new Date())}.json`, text);
      await recordBackup(db);
      setBackedUp(count);
    } finally {
      setBusy(false);
    }
  };

  const onRestoreFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await restoreBackupFile(db, await readFileBytes(file));
      setRestore(r.ok ? { ok: true, count: r.ids.length, renamed: r.renamed } : { ok: false, errors: r.errors });
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const lang = i18n.language;
  return (
    <Dialog
      title={t('storage.title')}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('listImport.close')}
        </button>
      }
    >
      <div className="reliability-dialog" data-testid="storage-dialog">
        <p className="muted">{t('storage.intro')}</p>
        <section className="rel-section" aria-live="polite">
          {!info && <p>{t('storage.checking')}</p>}
          {info && (
            <>
              <p className={`rel-state ${info.persisted ? 'is-ok' : 'is-warn'}`} data-testid="storage-persisted" data-persisted={String(info.persisted)}>
                {info.persisted ? <ShieldCheck size={18} aria-hidden /> : <ShieldAlert size={18} aria-hidden />}
                <span>{info.persisted ? t('storage.persisted') : info.supported ? t('storage.notPersisted') : t('storage.unsupported')}</span>
              </p>
              {info.usage !== null && (
                <p className="rel-usage" data-testid="storage-usage">
                  <HardDrive size={16} aria-hidden />{' '}
                  {info.quota
                    ? t('storage.used', { used: formatBytes(info.usage, lang), quota: formatBytes(info.quota, lang) })
                    : t('storage.usedOnly', { used: formatBytes(info.usage, lang) })}
                </p>
              )}
              {info.supported && !info.persisted && (
                <button type="button" className="btn" onClick={() => void askPersist()}>
                  {t('storage.askPersist')}
                </button>
              )}
              {refused && (
                <p className="rel-note" role="status" data-testid="storage-refused">
                  {t('storage.refused')}
                </p>
              )}
            </>
          )}
        </section>
        <section className="rel-section">
          <h3>{t('storage.backupTitle')}</h3>
          <p className="muted" data-testid="last-backup">
            {lastBackup ? t('storage.lastBackup', { when: fmt.format(new Date(lastBackup)) }) : t('storage.neverBackedUp')}
          </p>
          <div className="rel-actions">
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void backup()}>
              <Download size={16} aria-hidden /> {t('storage.backupAll')}
            </button>
            <button type="button" className="btn" disabled={busy} onClick={() => fileInput.current?.click()}>
              <Upload size={16} aria-hidden /> {t('storage.restore')}
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="restore-input"
              onChange={(e) => void onRestoreFile(e.target.files?.[0])}
            />
          </div>
          <p className="muted small">{t('storage.restoreHint')}</p>
          {backedUp !== null && (
            <p role="status" className="rel-ok">
              {t('storage.backupDone', { count: backedUp })}
            </p>
          )}
          {restore?.ok && (
            <p role="status" className="rel-ok" data-testid="restore-result">
              {t('storage.restored', { count: restore.count })} {restore.renamed > 0 && t('storage.restoredRenamed', { count: restore.renamed })}
            </p>
          )}
          {restore && !restore.ok && (
            <div role="alert" className="rel-error" data-testid="restore-errors">
              <p>{t('storage.restoreFailed')}</p>
              <IssueList issues={restore.errors} />
            </div>
          )}
        </section>
      </div>
    </Dialog>
  );
}
