/**
 * Every change to a journey is one of these actions: one gesture, one `doc.transact(fn, LOCAL)`,
 * one undo step. The view, persistence, other tabs and (later) the network all see the same
 * update stream. Actions read the current view for decisions and write only the document.
 */
import type * as Y from 'yjs';
import { makeConnection, makeNote, makeTouchpoint } from '../domain/factories';
import { newId } from '../domain/ids';
import { LAYOUT, freeOffsetInCell, placementFor, touchpointPosition, type GridLayout } from '../domain/layout';
import { keyAfterLast, keyForIndex, sortLanes } from '../domain/order';
import { monthsToQuarters } from '../domain/complaints';
import { gapKey } from '../domain/gaps/types';
import { MONTH_RE } from '../domain/model';
import type {
  Connection,
  ControlState,
  ControlStatus,
  CustomControl,
  GapDecision,
  JourneyMeta,
  JourneySettings,
  Note,
  PeriodGranularity,
  Persona,
  Point,
  TableName,
  Touchpoint,
} from '../domain/schema';
import { CLIPBOARD_MARKER, type ClipboardPayload } from './clipboard';
import { replaceDocContent } from './replace';
import type { JourneyData } from '../domain/schema';
import type { DocumentView } from './documentView';
import type { History } from './history';
import { selectLayout, sortedChannels, sortedStages } from './selectors';
import { LOCAL, insertRecord, metaMap, patchRecord, tableMap } from './ydoc';

export type LaneTable = 'stages' | 'channels';

export interface NodeMove {
  id: string;
  /** New canvas top-left. */
  position: Point;
}

export interface ActionContext {
  doc: Y.Doc;
  history: History;
  getView: () => DocumentView;
}

export class LaneNotEmptyError extends Error {
  constructor(readonly count: number) {
    super(`lane still holds ${count} touchpoint(s): choose where they go`);
  }
}

export function createActions({ doc, history, getView }: ActionContext) {
  /** One gesture: a fresh undo step, one transaction with the local origin. */
  function change<R>(fn: () => R): R {
    history.beginGesture();
    let result!: R;
    doc.transact(() => {
      result = fn();
    }, LOCAL);
    return result;
  }

  const touchpoints = () => tableMap(doc, 'touchpoints');
  const layout = (): GridLayout => selectLayout(getView());
  const snap = () => getView().meta?.settings.snapToGrid !== false;

  function patch(table: TableName, id: string, fields: object): boolean {
    const rec = tableMap(doc, table).get(id);
    if (!rec) return false;
    change(() => patchRecord(rec, fields));
    return true;
  }

  function deleteRecords(nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): void {
    const nodes = new Set(nodeIds);
    const edges = new Set(edgeIds);
    const view = getView();
    for (const c of Object.values(view.connections)) {
      if (nodes.has(c.source) || nodes.has(c.target)) edges.add(c.id);
    }
    const decisions = Object.values(view.gapDecisions).filter((d) => nodes.has(d.touchpointId));
    if (!nodes.size && !edges.size) return;
    change(() => {
      for (const id of nodes) {
        touchpoints().delete(id);
        tableMap(doc, 'notes').delete(id);
      }
      for (const id of edges) tableMap(doc, 'connections').delete(id);
      for (const d of decisions) tableMap(doc, 'gapDecisions').delete(d.id);
    });
  }

  function placeMoves(moves: readonly NodeMove[]): void {
    const view = getView();
    const grid = layout();
    const snapOn = snap();
    change(() => {
      for (const m of moves) {
        if (view.touchpoints[m.id]) {
          const placed = placementFor(grid, m.position, snapOn);
          const rec = touchpoints().get(m.id);
          if (placed && rec) patchRecord(rec, placed);
        } else if (view.notes[m.id]) {
          const rec = tableMap(doc, 'notes').get(m.id);
          const p = snapOn ? snapPoint(m.position) : m.position;
          if (rec) patchRecord(rec, { position: p });
        }
      }
    });
  }

  const actions = {
    // ── journey ────────────────────────────────────────────────────────────────
    updateMeta(fields: Partial<Pick<JourneyMeta, 'name' | 'description' | 'sector'>>): void {
      change(() => patchRecord(metaMap(doc), fields));
    },
    updateSettings(fields: Partial<JourneySettings>): void {
      const meta = getView().meta;
      if (!meta) return;
      change(() => patchRecord(metaMap(doc), { settings: { ...meta.settings, ...fields } }));
    },

    // ── stages and channels ────────────────────────────────────────────────────
    addLane(table: LaneTable, name: string): string {
      const view = getView();
      const sorted = table === 'stages' ? sortedStages(view.stages) : sortedChannels(view.channels);
      const id = newId(table === 'stages' ? 's' : 'c');
      change(() => insertRecord(doc, table, { id, name, order: keyAfterLast(sorted) }));
      return id;
    },
    renameLane(table: LaneTable, id: string, name: string): void {
      patch(table, id, { name });
    },
    /** Moves a lane to `toIndex` in the order; its touchpoints come along (they store the lane id). */
    moveLane(table: LaneTable, id: string, toIndex: number): void {
      const sorted = sortLanes(Object.values(getView()[table]));
      const from = sorted.findIndex((l) => l.id === id);
      if (from < 0 || from === toIndex) return;
      patch(table, id, { order: keyForIndex(sorted, id, toIndex) });
    },
    /**
     * Removes a lane. If it still holds touchpoints, `moveTo` names the lane that receives them
     * (they are stacked below what that lane holds); without it the removal is refused.
     */
    removeLane(table: LaneTable, id: string, moveTo?: string): void {
      const view = getView();
      const field = table === 'stages' ? 'stageId' : 'channelId';
      const held = Object.values(view.touchpoints).filter((t) => t[field] === id);
      if (held.length && (!moveTo || moveTo === id || !view[table][moveTo])) throw new LaneNotEmptyError(held.length);
      const lanes = Object.keys(view[table]);
      if (lanes.length <= 1) throw new Error('a journey needs at least one stage and one channel');
      change(() => {
        const stay = Object.values(view.touchpoints).filter((t) => t[field] !== id);
        for (const t of held) {
          const target = { ...t, [field]: moveTo! };
          const offset = freeOffsetInCell(stay, target.stageId, target.channelId);
          const rec = touchpoints().get(t.id);
          if (rec) patchRecord(rec, { [field]: moveTo, offset });
          stay.push({ ...target, offset });
        }
        tableMap(doc, table).delete(id);
      });
    },

    // ── touchpoints ────────────────────────────────────────────────────────────
    /** Adds a touchpoint in a cell (at `offset`, or the first free spot). Returns its id. */
    addTouchpoint(fields: Pick<Touchpoint, 'stageId' | 'channelId'> & Partial<Touchpoint>): string {
      const offset = fields.offset ?? freeOffsetInCell(Object.values(getView().touchpoints), fields.stageId, fields.channelId);
      const t = makeTouchpoint({ ...fields, offset });
      change(() => insertRecord(doc, 'touchpoints', t));
      return t.id;
    },
    /** Adds a touchpoint whose top-left lies at a canvas point; the cell follows from the point. */
    addTouchpointAt(position: Point, fields: Partial<Touchpoint> = {}): string | null {
      const placed = placementFor(layout(), position, snap());
      if (!placed) return null;
      const t = makeTouchpoint({ ...fields, ...placed });
      change(() => insertRecord(doc, 'touchpoints', t));
      return t.id;
    },
    updateTouchpoint(id: string, fields: Partial<Omit<Touchpoint, 'id'>>): void {
      patch('touchpoints', id, fields);
    },
    /** Sets the same fields on many touchpoints as one undo step (bulk edits). */
    updateTouchpoints(updates: readonly { id: string; fields: Partial<Omit<Touchpoint, 'id'>> }[]): void {
      change(() => {
        for (const u of updates) {
          const rec = touchpoints().get(u.id);
          if (rec) patchRecord(rec, u.fields);
        }
      });
    },

    /** The end of a drag: every moved node written in one transaction. */
    moveNodes(moves: readonly NodeMove[]): void {
      if (moves.length) placeMoves(moves);
    },
    /** Arrow-key nudge of the given nodes by a canvas delta. */
    nudge(ids: Iterable<string>, delta: Point): void {
      const view = getView();
      const grid = layout();
      const moves: NodeMove[] = [];
      for (const id of ids) {
        const t = view.touchpoints[id];
        const n = view.notes[id];
        const pos = t ? touchpointPosition(grid, t) : n ? n.position : null;
        if (pos) moves.push({ id, position: { x: pos.x + delta.x, y: pos.y + delta.y } });
      }
      if (!moves.length) return;
      // A nudge moves by exactly the delta; snapping would swallow small steps.
      const v = getView();
      change(() => {
        for (const m of moves) {
          if (v.touchpoints[m.id]) {
            const placed = placementFor(grid, m.position, false);
            const rec = touchpoints().get(m.id);
            if (placed && rec) patchRecord(rec, placed);
          } else {
            const rec = tableMap(doc, 'notes').get(m.id);
            if (rec) patchRecord(rec, { position: m.position });
          }
        }
      });
    },

    deleteElements(nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): void {
      deleteRecords(nodeIds, edgeIds);
    },

    // ── connections ────────────────────────────────────────────────────────────
    addConnection(source: string, target: string, fields: Partial<Connection> = {}): string | null {
      if (source === target) return null;
      const view = getView();
      if (!view.touchpoints[source] || !view.touchpoints[target]) return null;
      const exists = Object.values(view.connections).some((c) => c.source === source && c.target === target);
      if (exists) return null;
      const c = makeConnection({ source, target, ...fields });
      change(() => insertRecord(doc, 'connections', c));
      return c.id;
    },
    updateConnection(id: string, fields: Partial<Omit<Connection, 'id'>>): void {
      patch('connections', id, fields);
    },

    // ── notes ──────────────────────────────────────────────────────────────────
    addNote(position: Point, fields: Partial<Note> = {}): string {
      const n = makeNote({ position: snapPoint(position), ...fields });
      change(() => insertRecord(doc, 'notes', n));
      return n.id;
    },
    updateNote(id: string, fields: Partial<Omit<Note, 'id'>>): void {
      patch('notes', id, fields);
    },

    // ── copy, paste, duplicate ─────────────────────────────────────────────────
    copy(nodeIds: Iterable<string>): ClipboardPayload {
      const view = getView();
      const ids = new Set(nodeIds);
      const tps = [...ids].map((id) => view.touchpoints[id]).filter(Boolean);
      const notes = [...ids].map((id) => view.notes[id]).filter(Boolean);
      const stageNames: Record<string, string> = {};
      const channelNames: Record<string, string> = {};
      for (const t of tps) {
        if (view.stages[t.stageId]) stageNames[t.stageId] = view.stages[t.stageId].name;
        if (view.channels[t.channelId]) channelNames[t.channelId] = view.channels[t.channelId].name;
      }
      return {
        format: CLIPBOARD_MARKER,
        version: 1,
        touchpoints: structuredClone(tps),
        notes: structuredClone(notes),
        connections: Object.values(view.connections).filter((c) => ids.has(c.source) && ids.has(c.target)),
        stageNames,
        channelNames,
      };
    },
    /**
     * Pastes copied records with new ids as one undo step. Touchpoints keep their stage and
     * channel where this journey has a lane with that id (or else that name); otherwise they
     * land in the cell under `pointer`. Pasting into the same cells shifts them so they show.
     */
    paste(payload: ClipboardPayload, pointer: Point | null): string[] {
      const view = getView();
      const grid = layout();
      const byName = (table: LaneTable, name: string | undefined) =>
        name === undefined ? undefined : Object.values(view[table]).find((l) => l.name === name)?.id;
      const pointerCell = pointer ? placementFor(grid, pointer, false) : null;
      const idMap = new Map<string, string>();
      const newTps: Touchpoint[] = [];
      const taken = Object.values(view.touchpoints) as Touchpoint[];
      for (const t of payload.touchpoints) {
        const stageId = view.stages[t.stageId] ? t.stageId : byName('stages', payload.stageNames[t.stageId]) ?? pointerCell?.stageId ?? sortedStages(view.stages)[0]?.id;
        const channelId = view.channels[t.channelId] ? t.channelId : byName('channels', payload.channelNames[t.channelId]) ?? pointerCell?.channelId ?? sortedChannels(view.channels)[0]?.id;
        if (!stageId || !channelId) continue;
        const clash = taken.some((o) => o.stageId === stageId && o.channelId === channelId && Math.abs(o.offset.x - t.offset.x) < 8 && Math.abs(o.offset.y - t.offset.y) < 8);
        const offset = clash ? { x: t.offset.x + LAYOUT.grid * 3, y: t.offset.y + LAYOUT.grid * 3 } : t.offset;
        const copy: Touchpoint = { ...structuredClone(t), id: newId('t'), stageId, channelId, offset };
        idMap.set(t.id, copy.id);
        newTps.push(copy);
        taken.push(copy);
      }
      const newNotes = payload.notes.map((n) => {
        const copy: Note = { ...structuredClone(n), id: newId('n'), position: { x: n.position.x + 30, y: n.position.y + 30 } };
        idMap.set(n.id, copy.id);
        return copy;
      });
      const newConnections = payload.connections
        .filter((c) => idMap.has(c.source) && idMap.has(c.target))
        .map((c) => ({ ...c, id: newId('e'), source: idMap.get(c.source)!, target: idMap.get(c.target)! }));
      if (!newTps.length && !newNotes.length) return [];
      change(() => {
        for (const t of newTps) insertRecord(doc, 'touchpoints', t);
        for (const n of newNotes) insertRecord(doc, 'notes', n);
        for (const c of newConnections) insertRecord(doc, 'connections', c);
      });
      return [...newTps.map((t) => t.id), ...newNotes.map((n) => n.id)];
    },
    duplicate(nodeIds: Iterable<string>): string[] {
      return actions.paste(actions.copy(nodeIds), null);
    },

    // ── controls, gap decisions, custom controls ───────────────────────────────
    /** Records one control's status on one touchpoint (null clears it back to "not recorded"). */
    setControlState(touchpointId: string, controlId: string, state: ControlState | null): void {
      const t = getView().touchpoints[touchpointId];
      if (!t) return;
      const controls = { ...t.controls };
      if (state) controls[controlId] = state;
      else delete controls[controlId];
      patch('touchpoints', touchpointId, { controls });
    },
    /**
     * Sets one control's status on many touchpoints at once (a bank-wide system in place at every
     * branch touchpoint) as one undo step. Evidence and reasons already recorded are kept.
     */
    bulkSetControlStatus(controlId: string, status: ControlStatus, touchpointIds: Iterable<string>, evidence?: string): number {
      const view = getView();
      let changed = 0;
      change(() => {
        for (const id of touchpointIds) {
          const t = view.touchpoints[id];
          const rec = touchpoints().get(id);
          if (!t || !rec) continue;
          const prev = t.controls[controlId];
          const next: ControlState = { ...prev, status };
          if (evidence) next.evidence = evidence;
          patchRecord(rec, { controls: { ...t.controls, [controlId]: next } });
          changed++;
        }
      });
      return changed;
    },
    /** Records (or replaces) the decision on a gap, keyed by touchpoint, rule and control. */
    setGapDecision(fields: Omit<GapDecision, 'id' | 'decidedAt'>): void {
      const id = gapKey(fields.touchpointId, fields.rule, fields.controlId);
      const decision: GapDecision = { ...fields, id, decidedAt: new Date().toISOString() };
      const existing = tableMap(doc, 'gapDecisions').get(id);
      change(() => {
        if (existing) patchRecord(existing, decision);
        else insertRecord(doc, 'gapDecisions', decision);
      });
    },
    clearGapDecision(id: string): void {
      if (!tableMap(doc, 'gapDecisions').has(id)) return;
      change(() => tableMap(doc, 'gapDecisions').delete(id));
    },
    addCustomControl(control: Omit<CustomControl, 'id'> & { id?: string }): string {
      const id = control.id ?? newId('cc');
      change(() => insertRecord(doc, 'customControls', { ...control, id }));
      return id;
    },
    updateCustomControl(id: string, fields: Partial<Omit<CustomControl, 'id'>>): void {
      patch('customControls', id, fields);
    },
    removeCustomControl(id: string): void {
      if (!tableMap(doc, 'customControls').has(id)) return;
      change(() => tableMap(doc, 'customControls').delete(id));
    },

    // ── personas ───────────────────────────────────────────────────────────────
    addPersona(name: string, description = ''): string {
      const id = newId('p');
      change(() => insertRecord(doc, 'personas', { id, name, description }));
      return id;
    },
    updatePersona(id: string, fields: Partial<Omit<Persona, 'id'>>): void {
      patch('personas', id, fields);
    },
    /** Removes a persona and its mentions on touchpoints, as one step. */
    removePersona(id: string): void {
      const view = getView();
      change(() => {
        tableMap(doc, 'personas').delete(id);
        for (const t of Object.values(view.touchpoints)) {
          if (t.personaIds.includes(id)) {
            const rec = touchpoints().get(t.id);
            if (rec) patchRecord(rec, { personaIds: t.personaIds.filter((p) => p !== id) });
          }
        }
      });
    },

    // ── complaint periods ──────────────────────────────────────────────────────
    /**
     * Switches the journey between months and quarters. Months are summed into quarters; going
     * back keeps the quarter totals (the month split is no longer known, and the journey says so).
     */
    setComplaintPeriod(granularity: PeriodGranularity): void {
      const view = getView();
      const meta = view.meta;
      if (!meta || meta.settings.complaintPeriod === granularity) return;
      change(() => {
        let converted = false;
        if (granularity === 'quarter') {
          for (const t of Object.values(view.touchpoints)) {
            if (t.complaints.some((e) => MONTH_RE.test(e.period))) {
              converted = true;
              const rec = touchpoints().get(t.id);
              if (rec) patchRecord(rec, { complaints: monthsToQuarters(t.complaints) });
            }
          }
        }
        const monthsUnknown = meta.settings.monthsUnknown || converted || undefined;
        patchRecord(metaMap(doc), { settings: { ...meta.settings, complaintPeriod: granularity, monthsUnknown } });
      });
    },

    /** Makes a past state (a snapshot) the current one: one undoable step that merges for others. */
    restoreContent(data: JourneyData): void {
      change(() => replaceDocContent(doc, data));
    },

    // ── history ────────────────────────────────────────────────────────────────
    undo: () => history.undo(),
    redo: () => history.redo(),
  };
  return actions;
}

export type JourneyActions = ReturnType<typeof createActions>;

function snapPoint(p: Point): Point {
  return { x: Math.round(p.x / LAYOUT.grid) * LAYOUT.grid, y: Math.round(p.y / LAYOUT.grid) * LAYOUT.grid };
}
