/**
 * Importing a journey file on the journey list: a file picker, and dropping a file anywhere on
 * the list. The file is validated whole before anything is stored; on error a dialog lists
 * every problem with its path, and nothing changes.
 */
import { FileUp } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileIssue } from '../../io/format';
import { Dialog } from '../../ui/Dialog';
import { journeyPath, navigate } from '../router';
import { useServices } from '../services';
import { importJourneyFile } from './backupService';
import { readFileBytes } from './download';
import { IssueList } from './IssueList';
import './reliability.css';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

export function ListImport() {
  const { t } = useTranslation();
  const { db } = useServices();
  const input = useRef<HTMLInputElement>(null);
  const [failed, setFailed] = useState<{ file: string; errors: FileIssue[] } | null>(null);
  const [dragging, setDragging] = useState(false);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const r = await importJourneyFile(db, await readFileBytes(file));
    if (r.ok) navigate(journeyPath(r.ids[0]));
    else setFailed({ file: file.name, errors: r.errors });
  };
  const importRef = useRef(importFile);
  importRef.current = importFile;

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (!depth) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void importRef.current(e.dataTransfer?.files[0]);
    };
    document.addEventListener('dragenter', enter);
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragenter', enter);
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      <button type="button" className="btn" title={t('listImport.hint')} onClick={() => input.current?.click()}>
        <FileUp size={16} aria-hidden /> {t('listImport.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-input"
        onChange={(e) => {
          void importFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <FileUp size={32} aria-hidden />
          <p>{t('listImport.dropHere')}</p>
        </div>
      )}
      {failed && (
        <Dialog
          title={t('listImport.failedTitle')}
          onClose={() => setFailed(null)}
          wide
          footer={
            <button type="button" className="btn btn-primary" onClick={() => setFailed(null)}>
              {t('listImport.close')}
            </button>
          }
        >
          <div role="alert" data-testid="import-errors">
            <p>{t('listImport.failedBody', { file: failed.file })}</p>
            <IssueList issues={failed.errors} />
          </div>
        </Dialog>
      )}
    </>
  );
}
