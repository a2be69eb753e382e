/**
 * Every editor command is one object — id, label, icon, shortcuts, when it applies, what it
 * does — and the toolbar, the keyboard and the shortcut sheet are all built from this list
 * (Excalidraw's action registry). A unit test fails if two commands share a shortcut.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { Copy, Keyboard, Maximize, Redo2, Search, StickyNote, Trash2, Undo2, Plus, type LucideIcon } from 'lucide-react';
import { LAYOUT } from '../domain/layout';
import type { Point } from '../domain/schema';
import type { EditorState } from '../store/editorStore';
import { sortedChannels, sortedStages } from '../store/selectors';

export interface CommandContext {
  state: EditorState;
  flow: Pick<ReactFlowInstance, 'screenToFlowPosition' | 'getViewport'>;
  /** Fits the whole journey (lanes included) in view. */
  fitAll: () => void;
  /** Centre of the visible canvas in flow coordinates (where toolbar-added things go). */
  viewCentre: () => Point;
  openSearch: () => void;
  /** Opens the keyboard-shortcut sheet, where the editor has one. */
  openShortcuts?: () => void;
}

export interface Command {
  id: string;
  /** i18n key of the label. */
  label: string;
  icon?: LucideIcon;
  /** `Mod` is Ctrl on Windows/Linux and ⌘ on macOS. */
  shortcuts: readonly string[];
  /** Changes the document (hidden or disabled when read-only). */
  edits?: boolean;
  enabled?: (ctx: CommandContext) => boolean;
  perform: (ctx: CommandContext) => void;
}

const hasSelection = (ctx: CommandContext) => ctx.state.selectedNodeIds.size + ctx.state.selectedEdgeIds.size > 0;

function nudge(dx: number, dy: number) {
  return (ctx: CommandContext) => ctx.state.actions.nudge(ctx.state.selectedNodeIds, { x: dx, y: dy });
}

export const COMMANDS: readonly Command[] = [
  {
    id: 'add-touchpoint',
    label: 'editor.addTouchpoint',
    icon: Plus,
    shortcuts: ['T'],
    edits: true,
    perform(ctx) {
      const c = ctx.viewCentre();
      const id = ctx.state.actions.addTouchpointAt({ x: c.x - LAYOUT.nodeWidth / 2, y: c.y - LAYOUT.nodeHeight / 2 }) ??
        ctx.state.actions.addTouchpoint({ stageId: sortedStages(ctx.state.stages)[0].id, channelId: sortedChannels(ctx.state.channels)[0].id });
      if (id) {
        ctx.state.session.select([id]);
        ctx.state.session.setEditing(id);
      }
    },
  },
  {
    id: 'add-note',
    label: 'editor.addNote',
    icon: StickyNote,
    shortcuts: ['N'],
    edits: true,
    perform(ctx) {
      const c = ctx.viewCentre();
      const id = ctx.state.actions.addNote({ x: c.x - 90, y: c.y - 55 });
      ctx.state.session.select([id]);
      ctx.state.session.setEditing(id);
    },
  },
  { id: 'undo', label: 'editor.undo', icon: Undo2, shortcuts: ['Mod+Z'], edits: true, enabled: (c) => c.state.canUndo, perform: (c) => c.state.actions.undo() },
  { id: 'redo', label: 'editor.redo', icon: Redo2, shortcuts: ['Mod+Shift+Z', 'Mod+Y'], edits: true, enabled: (c) => c.state.canRedo, perform: (c) => c.state.actions.redo() },
  {
    id: 'delete',
    label: 'editor.delete',
    icon: Trash2,
    shortcuts: ['Delete', 'Backspace'],
    edits: true,
    enabled: hasSelection,
    perform: (c) => c.state.actions.deleteElements(c.state.selectedNodeIds, c.state.selectedEdgeIds),
  },
  {
    id: 'duplicate',
    label: 'editor.duplicate',
    icon: Copy,
    shortcuts: ['Mod+D'],
    edits: true,
    enabled: (c) => c.state.selectedNodeIds.size > 0,
    perform(c) {
      const ids = c.state.actions.duplicate(c.state.selectedNodeIds);
      if (ids.length) c.state.session.select(ids);
    },
  },
  { id: 'search', label: 'editor.search', icon: Search, shortcuts: ['Mod+F'], perform: (c) => c.openSearch() },
  { id: 'fit-view', label: 'editor.fitView', icon: Maximize, shortcuts: ['Shift+1'], perform: (c) => c.fitAll() },
  {
    id: 'select-all',
    label: 'editor.selectAll',
    shortcuts: ['Mod+A'],
    perform: (c) => c.state.session.select([...Object.keys(c.state.touchpoints), ...Object.keys(c.state.notes)]),
  },
  { id: 'nudge-left', label: 'editor.nudgeLeft', shortcuts: ['ArrowLeft'], edits: true, enabled: hasSelection, perform: nudge(-LAYOUT.grid, 0) },
  { id: 'nudge-right', label: 'editor.nudgeRight', shortcuts: ['ArrowRight'], edits: true, enabled: hasSelection, perform: nudge(LAYOUT.grid, 0) },
  { id: 'nudge-up', label: 'editor.nudgeUp', shortcuts: ['ArrowUp'], edits: true, enabled: hasSelection, perform: nudge(0, -LAYOUT.grid) },
  { id: 'nudge-down', label: 'editor.nudgeDown', shortcuts: ['ArrowDown'], edits: true, enabled: hasSelection, perform: nudge(0, LAYOUT.grid) },
  { id: 'nudge-left-fine', label: 'editor.nudgeFine', shortcuts: ['Shift+ArrowLeft'], edits: true, enabled: hasSelection, perform: nudge(-1, 0) },
  { id: 'nudge-right-fine', label: 'editor.nudgeFine', shortcuts: ['Shift+ArrowRight'], edits: true, enabled: hasSelection, perform: nudge(1, 0) },
  { id: 'nudge-up-fine', label: 'editor.nudgeFine', shortcuts: ['Shift+ArrowUp'], edits: true, enabled: hasSelection, perform: nudge(0, -1) },
  { id: 'nudge-down-fine', label: 'editor.nudgeFine', shortcuts: ['Shift+ArrowDown'], edits: true, enabled: hasSelection, perform: nudge(0, 1) },
  // `?` is Shift+/ on most layouts; the plain form covers layouts where it needs no Shift.
  { id: 'shortcuts', label: 'help.show', icon: Keyboard, shortcuts: ['Shift+?', '?'], perform: (c) => c.openShortcuts?.() },
  {
    id: 'deselect',
    label: 'editor.deselect',
    shortcuts: ['Escape'],
    perform: (c) => c.state.session.select([]),
  },
];

export function findCommand(id: string): Command {
  const c = COMMANDS.find((cmd) => cmd.id === id);
  if (!c) throw new Error(`unknown command ${id}`);
  return c;
}

/** Normalises a keyboard event to the shortcut notation, e.g. "Mod+Shift+Z". */
export function shortcutOf(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  isMac: boolean,
): string {
  let key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  // Shift+1 reports "!" as its key: name digits by their key cap.
  if (e.shiftKey && e.code?.startsWith('Digit')) key = e.code.slice(5);
  const mods: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) mods.push('Mod');
  if (isMac && e.ctrlKey) mods.push('Ctrl');
  if (e.altKey) mods.push('Alt');
  if (e.shiftKey) mods.push('Shift');
  return [...mods, key].join('+');
}

export function commandForShortcut(name: string): Command | undefined {
  return COMMANDS.find((c) => c.shortcuts.includes(name));
}

/** A shortcut as shown to people: ⌘ on macOS, Ctrl elsewhere. */
export function displayShortcut(s: string, isMac: boolean): string {
  return s.replace('Mod', isMac ? '⌘' : 'Ctrl').replace('Arrow', '');
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform ?? '');
