import { describe, expect, it, vi } from 'vitest';

// A fresh module graph, so the gap engine starts unloaded as in the app.
describe('gap engine loaded with the journey', () => {
  it('derived gaps are null until the engine arrives, then the store tells its readers', async () => {
    vi.resetModules();
    const Y = await import('yjs');
    const { makeNewJourney } = await import('../../../src/domain/factories');
    const { seedDoc } = await import('../../../src/store/ydoc');
    const { createEditorStore } = await import('../../../src/store/editorStore');
    const { loadGapEngine } = await import('../../../src/store/gapEngine');
    const doc = new Y.Doc();
    seedDoc(doc, makeNewJourney({ name: 'j', sector: 'bank', stageNames: ['a', 'b'], channelNames: ['c'] }));
    const store = createEditorStore(doc);
    expect(store.getState().gapsReady).toBe(false);
    expect(store.getState().derived.gaps(store.getState())).toBeNull();
    const seen: boolean[] = [];
    store.subscribe((s) => seen.push(s.gapsReady));
    await loadGapEngine();
    await Promise.resolve();
    expect(seen).toContain(true);
    const s = store.getState();
    expect(s.derived.gaps(s)).not.toBeNull();
    store.destroy();
  });
});
