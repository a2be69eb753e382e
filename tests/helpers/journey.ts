/** Test factories: a fresh journey document and store per test (no shared singletons). */
import * as Y from 'yjs';
import { makeNewJourney, DEFAULT_CHANNEL_NAMES, DEFAULT_STAGE_NAMES } from '../../src/domain/factories';
import type { JourneyData, Sector } from '../../src/domain/schema';
import { createEditorStore } from '../../src/store/editorStore';
import { seedDoc } from '../../src/store/ydoc';
import { loadGapEngine } from '../../src/store/gapEngine';

// The app loads gap analysis as its own chunk when a journey opens; tests want it at once.
await loadGapEngine();

export function newJourneyData(name = 'Test journey', sector: Sector = 'bank'): JourneyData {
  return makeNewJourney({ name, sector, stageNames: DEFAULT_STAGE_NAMES.zh, channelNames: DEFAULT_CHANNEL_NAMES.zh });
}

export function newDoc(data: JourneyData = newJourneyData()): Y.Doc {
  const doc = new Y.Doc();
  seedDoc(doc, data);
  return doc;
}

export function newStore(data?: JourneyData) {
  const doc = newDoc(data);
  const store = createEditorStore(doc);
  return { doc, store, get: store.getState, actions: store.getState().actions };
}

export function lanes(state: ReturnType<typeof newStore>['get']) {
  const s = state();
  const stages = Object.values(s.stages).sort((a, b) => (a.order < b.order ? -1 : 1));
  const channels = Object.values(s.channels).sort((a, b) => (a.order < b.order ? -1 : 1));
  return { stages, channels };
}
