/**
 * What nodes, edges and overlays on the canvas need and would otherwise each subscribe to on
 * their own: the level of detail (far zoomed out, the far layer draws touchpoints and
 * connections; overlays drop their fine detail) and the UI language. Provided once by the
 * canvas, so mounted nodes add no i18n or viewport subscriptions of their own, and crossing the
 * zoom threshold re-renders once — not on every frame of a pan.
 */
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';

/** Below this zoom touchpoints are colour marks: no text, handles or badges (unreadable there anyway). */
export const FAR_ZOOM = 0.25;

export interface CanvasView {
  far: boolean;
  t: TFunction;
  lang: 'zh' | 'en';
}

export const CanvasViewContext = createContext<CanvasView | null>(null);

export function useCanvasView(): CanvasView {
  const v = useContext(CanvasViewContext);
  if (!v) throw new Error('useCanvasView outside the journey canvas');
  return v;
}
