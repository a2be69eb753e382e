import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/canvas/commands';
import { commandRows, shortcutKeys } from '../../../src/canvas/ShortcutSheet';

describe('shortcut sheet', () => {
  it('shows keys as people press them', () => {
    expect(shortcutKeys('Mod+Shift+Z', false)).toEqual(['Ctrl', 'Shift', 'Z']);
    expect(shortcutKeys('Mod+Shift+Z', true)).toEqual(['⌘', 'Shift', 'Z']);
    expect(shortcutKeys('Shift+?', false)).toEqual(['?']);
    expect(shortcutKeys('Shift+1', false)).toEqual(['Shift', '1']);
    expect(shortcutKeys('Shift+ArrowLeft', false)).toEqual(['Shift', '←']);
    expect(shortcutKeys('Escape', false)).toEqual(['Esc']);
  });
  it('lists every command of the registry, each with its keys, once', () => {
    const rows = commandRows(false);
    expect(new Set(rows.map((r) => r.label))).toEqual(new Set(COMMANDS.map((c) => c.label)));
    for (const r of rows) expect(r.shortcuts.length, r.label).toBeGreaterThan(0);
    const help = rows.find((r) => r.label === 'help.show');
    expect(help?.shortcuts).toEqual([['?']]);
  });
});
