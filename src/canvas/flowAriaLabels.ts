/**
 * React Flow's own screen-reader texts (node and edge help, zoom controls, handles) in the UI
 * language; its defaults are English only.
 */
import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('canvasA11y.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('canvasA11y.nodeHelp'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }: { direction: string; x: number; y: number }) => t('canvasA11y.moved', { x, y }),
      'edge.a11yDescription.default': t('canvasA11y.edgeHelp'),
      'controls.ariaLabel': t('canvasA11y.controls'),
      'controls.zoomIn.ariaLabel': t('canvasA11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvasA11y.zoomOut'),
      'controls.fitView.ariaLabel': t('canvasA11y.fitView'),
      'controls.interactive.ariaLabel': t('canvasA11y.interactive'),
      'minimap.ariaLabel': t('editor.minimap'),
      'handle.ariaLabel': t('canvasA11y.handle'),
    }),
    [t],
  );
}

/** What a connection is called for a screen reader: its two ends, then its label. */
export function connectionAriaLabel(source: string, target: string, label: string): string {
  return label ? `${source} → ${target}: ${label}` : `${source} → ${target}`;
}
