/**
 * Keyboard shortcuts and clipboard for the canvas. Shortcuts come from the command registry;
 * copy and paste use the browser's clipboard events (no permission prompt), with an in-tab
 * fallback. Nothing fires while the user types in a field or a dialog is open.
 */
import { useEffect } from 'react';
import { parseClipboard } from '../store/clipboard';
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
      const payload = (text && parseClipboard(text)) || recall(text);
      if (!payload) return;
      e.preventDefault();
      const ids = s.actions.paste(payload, pointer());
      if (ids.length) s.session.select(ids);
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
