/**
 * While the view pans, the flow's content is composited as a layer (see `useNodeLayers`), and a
 * layer drawn at a fractional offset has to be resampled — every pixel filtered — on every
 * frame. Without a GPU that is the software compositor's largest cost on a large map (≈ 3.5 ms of
 * its ≈ 12 ms a frame at 5,000 touchpoints). So the layer is placed on whole device pixels: the
 * view's transform is written to the DOM with its translation rounded, after React Flow writes
 * its own. The difference is under half a pixel and React Flow's coordinates are unchanged.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';

type Transform = readonly [x: number, y: number, zoom: number];

/** `translate(x, y) scale(zoom)` with x and y on whole device pixels. */
export function crispTransform([x, y, zoom]: Transform, pixelRatio = globalThis.devicePixelRatio || 1): string {
  const snap = (v: number) => Math.round(v * pixelRatio) / pixelRatio;
  return `translate(${snap(x)}px, ${snap(y)}px) scale(${zoom})`;
}

/**
 * Rewrites React Flow's viewport transform, rounded, whenever it changes. Subscribed in a passive
 * effect, so after React Flow's own (layout-effect) subscription: in the same store update its
 * write comes first and this one wins.
 */
export function useCrispViewport(wrapper: RefObject<HTMLElement | null>): void {
  const flowStore = useStoreApi();
  useEffect(() => {
    let last: Transform | null = null;
    // Found once, not on every pan frame (again only if React Flow replaced it).
    let viewport: HTMLElement | null = null;
    const write = ({ transform }: { transform: Transform }) => {
      if (transform === last) return;
      if (!viewport?.isConnected) viewport = wrapper.current?.querySelector<HTMLElement>('.react-flow__viewport') ?? null;
      if (!viewport) return;
      last = transform;
      viewport.style.transform = crispTransform(transform);
    };
    write(flowStore.getState());
    return flowStore.subscribe(write);
  }, [flowStore, wrapper]);
}
