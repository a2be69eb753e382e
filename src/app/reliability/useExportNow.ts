/** "Export now": the open journey as an interchange JSON file, straight from the in-memory document. */
import { useCallback } from 'react';
import { fileNameFor } from '../../io/fileName';
import { serialiseJourney } from '../../io/format';
import { useEditorStore } from '../../store/useEditor';
import { readJourneyData } from '../../store/ydoc';
import { downloadText } from './download';

export function useExportNow(): () => void {
  const store = useEditorStore();
  return useCallback(() => {
    const data = readJourneyData(store.doc);
    if (data) downloadText(fileNameFor(data.meta.name, 'json'), serialiseJourney(data));
  }, [store]);
}
