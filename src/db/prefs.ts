/** Small preferences stored in the prefs table (kept with the data, so a backup reminder survives reloads). */
import type { TouchmapDatabase } from './database';

export const PREF_LAST_BACKUP = 'lastBackupAt';
export const PREF_BACKUP_SNOOZE = 'backupReminderSnoozedUntil';

export async function getPref<T>(db: TouchmapDatabase, key: string): Promise<T | undefined> {
  return (await db.prefs.get(key))?.value as T | undefined;
}

export async function setPref(db: TouchmapDatabase, key: string, value: unknown): Promise<void> {
  await db.prefs.put({ key, value });
}
