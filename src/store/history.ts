/**
 * Undo/redo over the document with Y.UndoManager. Only the local origin is tracked, so undo
 * never reverts what another tab or person did. Every action starts a new capture group: one
 * action (one gesture) is one undo step.
 */
import * as Y from 'yjs';
import { TABLES } from '../domain/model';
import { LOCAL, metaMap, tableMap } from './ydoc';

export interface History {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Call before each gesture's transaction so it becomes its own undo step. */
  beginGesture(): void;
  onChange(listener: () => void): () => void;
  destroy(): void;
}

export function createHistory(doc: Y.Doc): History {
  const scopes = [metaMap(doc), ...TABLES.map((t) => tableMap(doc, t))];
  const um = new Y.UndoManager(scopes, { trackedOrigins: new Set([LOCAL]), captureTimeout: 0 });
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  um.on('stack-item-added', emit);
  um.on('stack-item-popped', emit);
  um.on('stack-cleared', emit);
  return {
    undo: () => void um.undo(),
    redo: () => void um.redo(),
    canUndo: () => um.canUndo(),
    canRedo: () => um.canRedo(),
    beginGesture: () => um.stopCapturing(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: () => um.destroy(),
  };
}
