/**
 * Near zoom, each touchpoint card is its own compositing layer while the view only pans: a pan
 * then moves already-drawn cards instead of re-rasterising every card's text, borders and
 * badges on every frame (the main cost of a pan without a GPU). While the zoom changes the
 * layers are dropped — a layer keeps the scale it was drawn at, so zooming with it would blur
 * the text — and come back once the zoom has rested. Toggled as a class, without rendering.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { FAR_ZOOM } from './canvasView';

// Cards are React Flow nodes from FAR_ZOOM up; at every such zoom a pan redrawing hundreds of
// them costs more than compositing them as layers.
const LAYER_ZOOM = FAR_ZOOM;
const ZOOM_REST_MS = 180;

export function useNodeLayers(wrapper: RefObject<HTMLElement | null>): void {
  const flowStore = useStoreApi();
  useEffect(() => {
    let zoom = flowStore.getState().transform[2];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const set = (on: boolean) => wrapper.current?.classList.toggle('has-node-layers', on);
    set(zoom >= LAYER_ZOOM);
    const unsubscribe = flowStore.subscribe((s) => {
      const k = s.transform[2];
      if (k === zoom) return;
      zoom = k;
      set(false);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => set(zoom >= LAYER_ZOOM), ZOOM_REST_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [flowStore, wrapper]);
}
