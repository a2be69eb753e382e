/**
 * The trash, as a view of the journey list: deleted journeys with when they go for good, each
 * restorable (with its whole document and version history) or deletable now. Journeys deleted
 * more than 30 days ago are purged when the list opens.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { ArchiveRestore, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyRow } from '../../db/database';
import { purgeJourney } from '../../db/docStore';
import { TRASH_DAYS, purgeDate, purgeExpiredTrash, restoreFromTrash } from '../../db/trash';
import { Dialog } from '../../ui/Dialog';
import { useServices } from '../services';
import './reliability.css';

/** Button for the list toolbar: shows the count, and purges expired journeys once on mount. */
export function TrashToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const count = useLiveQuery(() => db.journeys.filter((r) => Boolean(r.deletedAt)).count(), [db]) ?? 0;
  useEffect(() => {
    void purgeExpiredTrash(db).catch(() => undefined);
  }, [db]);
  return (
    <button type="button" className={`btn${open ? ' is-on' : ''}`} aria-pressed={open} data-testid="trash-toggle" onClick={onToggle}>
      <Trash2 size={16} aria-hidden /> {count ? t('trash.openCount', { count }) : t('trash.open')}
    </button>
  );
}

export function TrashView() {
  const { t, i18n } = useTranslation();
  const { db } = useServices();
  const rows = useLiveQuery(
    async () => (await db.journeys.filter((r) => Boolean(r.deletedAt)).toArray()).sort((a, b) => (a.deletedAt! < b.deletedAt! ? 1 : -1)),
    [db],
  );
  const [purging, setPurging] = useState<JourneyRow | null>(null);
  const fmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section className="trash-view" aria-label={t('trash.title')} data-testid="trash-view">
      <p className="muted">{t('trash.intro', { days: TRASH_DAYS })}</p>
      {rows && rows.length === 0 && <p className="empty-state">{t('trash.empty')}</p>}
      <ul className="journey-list">
        {rows?.map((r) => (
          <li key={r.id} className="journey-card is-trashed" data-testid="trash-card">
            <div className="journey-link">
              <span className="journey-name">{r.name}</span>
              <span className="journey-meta">{t('trash.deleted', { when: fmt.format(new Date(r.deletedAt!)) })}</span>
              <span className="journey-meta">{t('trash.purgeOn', { when: day.format(purgeDate(r)!) })}</span>
            </div>
            <div className="journey-actions" role="group" aria-label={t('list.actionsFor', { name: r.name })}>
              <button type="button" className="btn btn-small" onClick={() => void restoreFromTrash(db, r.id)}>
                <ArchiveRestore size={14} aria-hidden /> {t('trash.restore')}
              </button>
              <button type="button" className="icon-btn danger" title={t('trash.deleteNow')} aria-label={t('trash.deleteNow')} onClick={() => setPurging(r)}>
                <Trash2 size={16} aria-hidden />
              </button>
            </div>
          </li>
        ))}
      </ul>
      {purging && (
        <Dialog
          title={t('trash.confirmPurge', { name: purging.name })}
          onClose={() => setPurging(null)}
          footer={
            <>
              <button type="button" className="btn" onClick={() => setPurging(null)}>
                {t('list.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-danger"
                onClick={async () => {
                  await purgeJourney(db, purging.id);
                  setPurging(null);
                }}
              >
                {t('trash.deleteNow')}
              </button>
            </>
          }
        >
          <p>{t('trash.confirmPurgeBody')}</p>
        </Dialog>
      )}
    </section>
  );
}
