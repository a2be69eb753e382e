/** The editor toolbar, built from the command registry. */
import { useReactFlow } from '@xyflow/react';
import { Grid3x3 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../store/useEditor';
import { fitJourney } from './fitJourney';
import { displayShortcut, findCommand, IS_MAC, type CommandContext } from './commands';

const TOOLBAR_COMMANDS = ['add-touchpoint', 'add-note', 'undo', 'redo', 'delete', 'search', 'fit-view'];

export function Toolbar({ onOpenSearch }: { onOpenSearch: () => void }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const flow = useReactFlow();
  // Re-render when what `enabled` reads changes.
  useEditor((s) => `${s.canUndo}${s.canRedo}${s.selectedNodeIds.size}${s.selectedEdgeIds.size}`);
  const readOnly = useEditor((s) => s.readOnly);
  const snap = useEditor((s) => s.meta?.settings.snapToGrid !== false);
  const ctx = (): CommandContext => ({
    state: store.getState(),
    flow,
    openSearch: onOpenSearch,
    fitAll: () => fitJourney(flow, store.getState(), 250),
    viewCentre: () => {
      const el = document.querySelector('.canvas-wrap')?.getBoundingClientRect();
      return el ? flow.screenToFlowPosition({ x: el.left + el.width / 2, y: el.top + el.height / 2 }) : { x: 0, y: 0 };
    },
  });
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {TOOLBAR_COMMANDS.map((id) => {
        const cmd = findCommand(id);
        if (cmd.edits && readOnly) return null;
        const Icon = cmd.icon;
        const c = ctx();
        const enabled = !cmd.enabled || cmd.enabled(c);
        const label = t(cmd.label);
        const hint = cmd.shortcuts[0] ? `${label} (${displayShortcut(cmd.shortcuts[0], IS_MAC)})` : label;
        const showText = id === 'add-touchpoint' || id === 'add-note';
        return (
          <button
            key={id}
            type="button"
            className={showText ? 'btn btn-tool' : 'icon-btn'}
            disabled={!enabled}
            title={hint}
            aria-label={showText ? undefined : label}
            onClick={() => cmd.perform(ctx())}
            data-command={id}
          >
            {Icon && <Icon size={16} aria-hidden />}
            {showText && <span>{label}</span>}
          </button>
        );
      })}
      {!readOnly && (
        <button
          type="button"
          className={`icon-btn${snap ? ' is-on' : ''}`}
          aria-pressed={snap}
          aria-label={t('editor.snap')}
          title={t('editor.snap')}
          onClick={() => store.getState().actions.updateSettings({ snapToGrid: !snap })}
        >
          <Grid3x3 size={16} aria-hidden />
        </button>
      )}
    </div>
  );
}
