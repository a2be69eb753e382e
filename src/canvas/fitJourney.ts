/** Fits the whole journey — lane headers and labels included, not only the nodes — in view. */
import type { ReactFlowInstance } from '@xyflow/react';
import { LAYOUT } from '../domain/layout';
import type { EditorState } from '../store/editorStore';
import { selectLayout } from '../store/selectors';
import { EMOTION_BAND } from './EmotionCurve';
import { NOTE_SIZE } from './geometry';

export function journeyBounds(state: EditorState) {
  const layout = selectLayout(state);
  let minX = -LAYOUT.labelWidth;
  let minY = -LAYOUT.headerHeight;
  let maxX = layout.width + 140; // room for the "add stage" button
  let maxY = layout.height + EMOTION_BAND.gap + EMOTION_BAND.height + 10; // the emotion curve
  for (const n of Object.values(state.notes)) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + NOTE_SIZE.width);
    maxY = Math.max(maxY, n.position.y + NOTE_SIZE.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

export function fitJourney(flow: Pick<ReactFlowInstance, 'fitBounds'>, state: EditorState, duration = 0): void {
  void flow.fitBounds(journeyBounds(state), { padding: 0.04, duration });
}
