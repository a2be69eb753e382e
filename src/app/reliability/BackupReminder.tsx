/** A gentle, dismissible reminder on the journey list when data changed and no backup was made for a while. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Archive } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREF_BACKUP_SNOOZE, PREF_LAST_BACKUP, setPref } from '../../db/prefs';
import { useServices } from '../services';
import { needsBackupReminder, snoozeUntil } from './backupReminder';
import './reliability.css';

const StorageDialog = lazy(() => import('./StorageDialog').then((m) => ({ default: m.StorageDialog })));

export function BackupReminder() {
  const { t } = useTranslation();
  const { db } = useServices();
  const [open, setOpen] = useState(false);
  const state = useLiveQuery(async () => {
    const [last, snooze, journeys] = await Promise.all([db.prefs.get(PREF_LAST_BACKUP), db.prefs.get(PREF_BACKUP_SNOOZE), db.journeys.toArray()]);
    const lastBackupAt = typeof last?.value === 'string' ? Date.parse(last.value) : null;
    const snoozedUntil = typeof snooze?.value === 'number' ? snooze.value : null;
    const live = journeys.filter((j) => !j.deletedAt);
    return { show: needsBackupReminder({ now: Date.now(), lastBackupAt, snoozedUntil, journeys: live }), never: lastBackupAt === null };
  }, [db]);
  return (
    <>
      {state?.show && (
        <div className="backup-reminder" role="status" data-testid="backup-reminder">
          <Archive size={18} aria-hidden />
          <span>{state.never ? t('reminder.textNever') : t('reminder.text')}</span>
          <button type="button" className="btn btn-small btn-primary" onClick={() => setOpen(true)}>
            {t('reminder.backupNow')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => void setPref(db, PREF_BACKUP_SNOOZE, snoozeUntil(Date.now()))}>
            {t('reminder.later')}
          </button>
        </div>
      )}
      {open && (
        <Suspense fallback={null}>
          <StorageDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
