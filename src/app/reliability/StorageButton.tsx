/** Header button (journey list and editor) that opens the storage and backup dialog. */
import { HardDrive } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const StorageDialog = lazy(() => import('./StorageDialog').then((m) => ({ default: m.StorageDialog })));

export function StorageButton({ withLabel = false }: { withLabel?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={withLabel ? 'btn' : 'icon-btn'}
        title={t('storage.button')}
        aria-label={t('storage.button')}
        data-testid="storage-button"
        onClick={() => setOpen(true)}
      >
        <HardDrive size={16} aria-hidden />
        {withLabel && <span>{t('storage.button')}</span>}
      </button>
      {open && (
        <Suspense fallback={null}>
          <StorageDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
