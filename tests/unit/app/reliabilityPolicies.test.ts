/** Backup reminder policy and storage persistence reporting (browser APIs stubbed). */
import { describe, expect, it, vi } from 'vitest';
import { REMIND_AFTER_DAYS, needsBackupReminder, snoozeUntil } from '../../../src/app/reliability/backupReminder';
import { formatBytes, readStorageInfo, requestPersistence } from '../../../src/app/reliability/storageInfo';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 29);
const iso = (t: number) => new Date(t).toISOString();

describe('backup reminder', () => {
  const j = (created: number, updated: number) => ({ createdAt: iso(created), updatedAt: iso(updated) });
  it('stays quiet with no journeys, or with a recent backup', () => {
    expect(needsBackupReminder({ now, lastBackupAt: null, snoozedUntil: null, journeys: [] })).toBe(false);
    expect(needsBackupReminder({ now, lastBackupAt: now - 2 * DAY, snoozedUntil: null, journeys: [j(now - 30 * DAY, now - DAY)] })).toBe(false);
  });
  it('reminds when data changed since a backup that is a week old', () => {
    const last = now - REMIND_AFTER_DAYS * DAY;
    expect(needsBackupReminder({ now, lastBackupAt: last, snoozedUntil: null, journeys: [j(now - 30 * DAY, now - DAY)] })).toBe(true);
    // Nothing changed since: no reminder, however old the backup.
    expect(needsBackupReminder({ now, lastBackupAt: last, snoozedUntil: null, journeys: [j(now - 30 * DAY, last - DAY)] })).toBe(false);
  });
  it('reminds when there was never a backup and the oldest journey is a week old', () => {
    expect(needsBackupReminder({ now, lastBackupAt: null, snoozedUntil: null, journeys: [j(now - DAY, now)] })).toBe(false);
    expect(needsBackupReminder({ now, lastBackupAt: null, snoozedUntil: null, journeys: [j(now - 8 * DAY, now)] })).toBe(true);
  });
  it('respects a snooze', () => {
    const input = { now, lastBackupAt: null, snoozedUntil: snoozeUntil(now), journeys: [j(now - 8 * DAY, now)] };
    expect(needsBackupReminder(input)).toBe(false);
    expect(needsBackupReminder({ ...input, now: input.snoozedUntil })).toBe(true);
  });
});

describe('storage info', () => {
  it('reports persistence and space used', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => false), estimate: vi.fn(async () => ({ usage: 1536, quota: 10 * 1024 ** 3 })) };
    expect(await readStorageInfo(storage)).toEqual({ supported: true, persisted: false, usage: 1536, quota: 10 * 1024 ** 3 });
    expect(await requestPersistence(storage)).toBe(false);
    expect(storage.persist).toHaveBeenCalledOnce();
    storage.persist.mockResolvedValueOnce(true);
    expect(await requestPersistence(storage)).toBe(true);
  });
  it('copes with a browser without the Storage API, or one that throws', async () => {
    expect(await readStorageInfo(null)).toEqual({ supported: false, persisted: null, usage: null, quota: null });
    expect(await requestPersistence(null)).toBe(false);
    const broken = { persisted: async () => Promise.reject(new Error('no')), persist: async () => Promise.reject(new Error('no')), estimate: async () => Promise.reject(new Error('no')) };
    expect(await readStorageInfo(broken)).toEqual({ supported: true, persisted: null, usage: null, quota: null });
    expect(await requestPersistence(broken)).toBe(false);
  });
  it('formats sizes', () => {
    expect(formatBytes(512, 'en')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(250 * 1024 ** 2, 'en')).toBe('250 MB');
  });
});
