/** Node sizes and handle positions shared by the canvas (fixed sizes: no measuring needed). */
import { Position, type NodeHandle } from '@xyflow/react';
import { LAYOUT } from '../domain/layout';

export const TOUCHPOINT_SIZE = { width: LAYOUT.nodeWidth, height: LAYOUT.nodeHeight };
export const NOTE_SIZE = { width: 180, height: 110 };
const HANDLE = 10;

/** Handles given up front, so edges draw without waiting for the DOM to be measured. */
export const TOUCHPOINT_HANDLES: NodeHandle[] = [
  { id: 'in', type: 'target', position: Position.Left, x: -HANDLE / 2, y: TOUCHPOINT_SIZE.height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
  { id: 'out', type: 'source', position: Position.Right, x: TOUCHPOINT_SIZE.width - HANDLE / 2, y: TOUCHPOINT_SIZE.height / 2 - HANDLE / 2, width: HANDLE, height: HANDLE },
];
