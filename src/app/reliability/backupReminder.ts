/**
 * When to remind gently about a backup: something changed since the last backup, and that
 * backup (or, with none yet, the oldest unsaved journey) is `REMIND_AFTER_DAYS` old — unless the
 * person snoozed the reminder.
 */
export const REMIND_AFTER_DAYS = 7;
export const SNOOZE_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderInput {
  now: number;
  lastBackupAt: number | null;
  snoozedUntil: number | null;
  /** Journeys not in the trash. */
  journeys: readonly { createdAt: string; updatedAt: string }[];
}

export function needsBackupReminder({ now, lastBackupAt, snoozedUntil, journeys }: ReminderInput): boolean {
  if (!journeys.length) return false;
  if (snoozedUntil !== null && now < snoozedUntil) return false;
  const changedSince = (t: number) => journeys.some((j) => Date.parse(j.updatedAt) > t);
  if (lastBackupAt === null) {
    const oldest = Math.min(...journeys.map((j) => Date.parse(j.createdAt)));
    return now - oldest >= REMIND_AFTER_DAYS * DAY_MS;
  }
  return changedSince(lastBackupAt) && now - lastBackupAt >= REMIND_AFTER_DAYS * DAY_MS;
}

export function snoozeUntil(now: number): number {
  return now + SNOOZE_DAYS * DAY_MS;
}
