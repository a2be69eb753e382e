/**
 * One store per open journey (created by factory, never a module singleton): the document view,
 * session state (selection, drag in progress, panels) and the actions. Session state never
 * enters the document or undo history.
 */
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Point } from '../domain/schema';
import { createActions, type JourneyActions } from './actions';
import { observeView, readView, type DocumentView } from './documentView';
import { createDerived, type Derived } from './derived';
import { gapEngine, loadGapEngine } from './gapEngine';
import { createHistory, type History } from './history';

/** Ids of the side panel (dock) and of the main view; registered by the app. */
export type PanelId = string | null;

export interface SessionState {
  selectedNodeIds: ReadonlySet<string>;
  selectedEdgeIds: ReadonlySet<string>;
  /** Positions of nodes being dragged: session only; the document is written once on drop. */
  dragPositions: Readonly<Record<string, Point>> | null;
  panel: PanelId;
  /** The main area's view: 'map' (the canvas) or another registered view. */
  view: string;
  /** The node the view should centre on next (search, gap list); consumed by the canvas. */
  focusRequest: { id: string; seq: number } | null;
  /** The node whose title is being edited inline on the canvas. */
  editingId: string | null;
  canUndo: boolean;
  canRedo: boolean;
  readOnly: boolean;
  /** Canvas overlay, and for the complaint heat an optional single period. */
  overlay: Overlay;
  overlayPeriod: string | null;
}

export type Overlay = 'none' | 'risk' | 'complaints' | 'gaps';

export interface EditorState extends DocumentView, SessionState {
  actions: JourneyActions;
  /** Memoised derived views (journey data, gap analysis). */
  derived: Derived;
  /** False until the gap engine has loaded; its change re-runs the readers of `derived.gaps`. */
  gapsReady: boolean;
  session: {
    select(nodeIds: Iterable<string>, edgeIds?: Iterable<string>): void;
    setDragPositions(p: Readonly<Record<string, Point>> | null): void;
    openPanel(panel: PanelId): void;
    openView(view: string): void;
    focusNode(id: string): void;
    setEditing(id: string | null): void;
    setOverlay(overlay: Overlay, period?: string | null): void;
  };
}

export type EditorStore = StoreApi<EditorState> & { doc: Y.Doc; history: History; destroy(): void };

export function createEditorStore(doc: Y.Doc, opts: { readOnly?: boolean } = {}): EditorStore {
  const history = createHistory(doc);
  let focusSeq = 0;
  const store = createStore<EditorState>()((set, get) => ({
    ...readView(doc),
    selectedNodeIds: new Set(),
    selectedEdgeIds: new Set(),
    dragPositions: null,
    panel: 'inspector',
    view: 'map',
    focusRequest: null,
    editingId: null,
    canUndo: false,
    canRedo: false,
    readOnly: opts.readOnly ?? false,
    overlay: 'none',
    overlayPeriod: null,
    derived: createDerived(),
    gapsReady: gapEngine() !== null,
    actions: createActions({ doc, history, getView: () => get() }),
    session: {
      select(nodeIds, edgeIds = []) {
        set({ selectedNodeIds: new Set(nodeIds), selectedEdgeIds: new Set(edgeIds) });
      },
      setDragPositions(p) {
        set({ dragPositions: p });
      },
      openPanel(panel) {
        set({ panel });
      },
      openView(view) {
        set({ view });
      },
      setOverlay(overlay, period = null) {
        set({ overlay, overlayPeriod: period });
      },
      setEditing(id) {
        set({ editingId: id });
      },
      focusNode(id) {
        // Focusing a node shows it on the map.
        set({ focusRequest: { id, seq: ++focusSeq }, selectedNodeIds: new Set([id]), selectedEdgeIds: new Set(), view: 'map' });
      },
    },
  }));

  if (!store.getState().gapsReady) void loadGapEngine().then(() => store.setState({ gapsReady: true }));

  const stopView = observeView(doc, () => store.getState(), (patch) => {
    store.setState(patch);
    pruneSelection();
  });
  const stopHistory = history.onChange(() => store.setState({ canUndo: history.canUndo(), canRedo: history.canRedo() }));

  /** Deleted records (by undo, another tab, a peer) leave the selection. */
  function pruneSelection() {
    const s = store.getState();
    const nodes = [...s.selectedNodeIds].filter((id) => s.touchpoints[id] || s.notes[id]);
    const edges = [...s.selectedEdgeIds].filter((id) => s.connections[id]);
    if (nodes.length !== s.selectedNodeIds.size || edges.length !== s.selectedEdgeIds.size) {
      store.setState({ selectedNodeIds: new Set(nodes), selectedEdgeIds: new Set(edges) });
    }
  }

  return Object.assign(store, {
    doc,
    history,
    destroy() {
      stopView();
      stopHistory();
      history.destroy();
    },
  });
}
