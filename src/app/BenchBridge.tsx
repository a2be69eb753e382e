/** Bench mode only: hands the open canvas (viewport, selection) to the benchmark's driver. */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useEditorStore } from '../store/useEditor';

export function BenchBridge() {
  const flow = useReactFlow();
  const store = useEditorStore();
  useEffect(() => {
    window.__benchFlow = {
      setViewport: (v) => void flow.setViewport(v),
      getViewport: () => flow.getViewport(),
      select: (ids) => store.getState().session.select(ids),
    };
    return () => {
      delete window.__benchFlow;
    };
  }, [flow, store]);
  return null;
}
