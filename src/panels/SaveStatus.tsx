/** "Saving… / Saved", or a persistent error that keeps the user's work in the tab. */
import { CircleAlert, CircleCheck, LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SaveStatus as Status } from '../db/persistence';

export function SaveStatus({ status, onExportNow }: { status: Status | null; onExportNow?: () => void }) {
  const { t } = useTranslation();
  if (!status) return null;
  if (status.state === 'error') {
    const message = status.message === 'quota' ? t('status.quota') : status.message;
    return (
      <div className="save-status is-error" role="alert" data-testid="save-status" data-state="error">
        <CircleAlert size={16} aria-hidden />
        <span>{t('status.error', { message, seconds: Math.round(status.retryInMs / 1000) })}</span>
        {onExportNow && (
          <button type="button" className="btn btn-small" onClick={onExportNow}>
            {t('status.exportNow')}
          </button>
        )}
      </div>
    );
  }
  const saving = status.state === 'saving';
  return (
    <div className="save-status" role="status" data-testid="save-status" data-state={status.state}>
      {saving ? <LoaderCircle size={14} aria-hidden className="spin" /> : <CircleCheck size={14} aria-hidden />}
      <span>{saving ? t('status.saving') : t('status.saved')}</span>
    </div>
  );
}
