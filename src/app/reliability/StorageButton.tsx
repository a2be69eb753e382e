/**
 * Header button (journey list and editor) that opens the storage and backup dialog. On first
 * show it asks the browser, once per page load, to keep the data (`persist()`), and marks
 * itself when the browser has not promised to.
 */
import { HardDrive, ShieldAlert } from 'lucide-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStorageInfo, requestPersistence } from './storageInfo';

const StorageDialog = lazy(() => import('./StorageDialog').then((m) => ({ default: m.StorageDialog })));

let asked: Promise<boolean | null> | null = null;

/** Asks once per page load; null when the browser cannot say. */
function ensurePersistence(): Promise<boolean | null> {
  asked ??= readStorageInfo().then(async (info) => {
    if (!info.supported) return null;
    return info.persisted ? true : requestPersistence();
  });
  return asked;
}

export function StorageButton({ withLabel = false }: { withLabel?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void ensurePersistence().then((p) => live && setPersisted(p));
    return () => {
      live = false;
    };
  }, []);
  const warn = persisted === false;
  const label = warn ? `${t('storage.button')} — ${t('storage.buttonWarn')}` : t('storage.button');
  return (
    <>
      <button
        type="button"
        className={`${withLabel ? 'btn' : 'icon-btn'}${warn ? ' storage-warn' : ''}`}
        title={label}
        aria-label={label}
        data-testid="storage-button"
        data-persisted={persisted === null ? 'unknown' : String(persisted)}
        onClick={() => {
          asked = null; // the dialog reads the current state again
          setOpen(true);
        }}
      >
        {warn ? <ShieldAlert size={16} aria-hidden /> : <HardDrive size={16} aria-hidden />}
        {withLabel && <span>{t('storage.button')}</span>}
      </button>
      {open && (
        <Suspense fallback={null}>
          <StorageDialog
            onClose={() => {
              setOpen(false);
              void ensurePersistence().then(setPersisted);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
