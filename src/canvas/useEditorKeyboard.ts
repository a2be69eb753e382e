/**
 * Keyboard shortcuts and clipboard for the canvas. Shortcuts come from the command registry;
 * copy and paste use the browser's clipboard events (no permission prompt), with an in-tab
 * fallback. Nothing fires while the user types in a field or a dialog is open.
 */
import { useEffect } from 'react';
import { CLIPBOARD_MARKER } from '../store/clipboard';
import type { EditorStore } from '../store/editorStore';
import { recall, remember } from './clipboardMemory';
import { commandForShortcut, IS_MAC, shortcutOf, type CommandContext } from './commands';

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.closest?.('dialog[open]')) return true;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function useEditorKeyboard(store: EditorStore, context: () => Omit<CommandContext, 'state'>, pointer: () => { x: number; y: number } | null) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || document.querySelector('dialog[open]')) return;
      const cmd = commandForShortcut(shortcutOf(e, IS_MAC));
      if (!cmd) return;
      const ctx: CommandContext = { ...context(), state: store.getState() };
      if (cmd.edits && ctx.state.readOnly) return;
      e.preventDefault();
      if (cmd.enabled && !cmd.enabled(ctx)) return;
      cmd.perform(ctx);
    };
    const onCopy = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const s = store.getState();
      if (!s.selectedNodeIds.size) return;
      const payload = s.actions.copy(s.selectedNodeIds);
      const text = JSON.stringify(payload);
      remember(payload, text);
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const s = store.getState();
      if (s.readOnly) return;
      const text = e.clipboardData?.getData('text/plain') ?? null;
      const ours = text?.includes(CLIPBOARD_MARKER) ? text : null;
      const remembered = recall(text);
      if (!ours && !remembered) return;
      // Decided synchronously (the event must be claimed now); the validator loads on first use.
      e.preventDefault();
      const at = pointer();
      const parsed = ours ? import('../store/clipboardParse').then((m) => m.parseClipboard(ours)) : Promise.resolve(null);
      void parsed.then((fromText) => {
        const payload = fromText ?? remembered;
        const now = store.getState();
        if (!payload || now.readOnly) return;
        const ids = now.actions.paste(payload, at);
        if (ids.length) now.session.select(ids);
      });
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, context, pointer]);
}
