import { describe, expect, it } from 'vitest';
import { COMMANDS, commandForShortcut, shortcutOf } from '../../../src/canvas/commands';
import { en } from '../../../src/i18n/en';

describe('command registry', () => {
  it('no two commands share a shortcut', () => {
    const seen = new Map<string, string>();
    for (const c of COMMANDS) {
      for (const s of c.shortcuts) {
        expect(seen.get(s), `${s} is used by ${seen.get(s)} and ${c.id}`).toBeUndefined();
        seen.set(s, c.id);
      }
    }
  });
  it('every command has a translated label', () => {
    for (const c of COMMANDS) {
      const value = c.label.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], en);
      expect(typeof value, c.label).toBe('string');
    }
  });
  it('maps key presses to commands on Windows/Linux and macOS', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}, code = '') =>
      shortcutOf({ key: k, code, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }, false);
    expect(commandForShortcut(key('z', { ctrlKey: true }))?.id).toBe('undo');
    expect(commandForShortcut(key('Z', { ctrlKey: true, shiftKey: true }))?.id).toBe('redo');
    expect(commandForShortcut(key('y', { ctrlKey: true }))?.id).toBe('redo');
    expect(commandForShortcut(key('d', { ctrlKey: true }))?.id).toBe('duplicate');
    expect(commandForShortcut(key('!', { shiftKey: true }, 'Digit1'))?.id).toBe('fit-view');
    const mac = shortcutOf({ key: 'z', code: 'KeyZ', ctrlKey: false, metaKey: true, shiftKey: false, altKey: false }, true);
    expect(commandForShortcut(mac)?.id).toBe('undo');
  });
});
