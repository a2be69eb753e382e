/** "Export now": the open journey as an interchange JSON file, straight from the in-memory document. */
import { useCallback } from 'react';
import { useEditorStore } from '../../store/useEditor';
import { readJourneyData } from '../../store/ydoc';
import { downloadText } from './download';

export function useExportNow(): () => void {
  const store = useEditorStore();
  return useCallback(() => {
    const data = readJourneyData(store.doc);
    if (!data) return;
    // The writer (with its validation schemas) loads on demand: rarely needed, precached for offline.
    void Promise.all([import('../../io/fileName'), import('../../io/format')]).then(([{ fileNameFor }, { serialiseJourney }]) =>
      downloadText(fileNameFor(data.meta.name, 'json'), serialiseJourney(data)),
    );
  }, [store]);
}
