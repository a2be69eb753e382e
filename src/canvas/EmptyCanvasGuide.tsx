/**
 * Shown over an empty journey instead of a blank canvas: how to add, connect and annotate
 * touchpoints. It lets double-clicks through to the lanes underneath; only its buttons take clicks.
 */
import { Keyboard, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import './emptyCanvasGuide.css';

export function EmptyCanvasGuide({ onAdd, onShortcuts }: { onAdd: () => void; onShortcuts?: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="canvas-guide" aria-labelledby="canvas-guide-title" data-testid="canvas-guide">
      <h2 id="canvas-guide-title">{t('canvasGuide.title')}</h2>
      <ol aria-label={t('canvasGuide.label')}>
        <li>{t('canvasGuide.add')}</li>
        <li>{t('canvasGuide.connect')}</li>
        <li>{t('canvasGuide.annotate')}</li>
      </ol>
      <div className="canvas-guide-actions">
        <button type="button" className="btn btn-primary" onClick={onAdd}>
          <Plus size={16} aria-hidden /> {t('canvasGuide.addFirst')}
        </button>
        {onShortcuts && (
          <button type="button" className="btn" onClick={onShortcuts}>
            <Keyboard size={16} aria-hidden /> {t('canvasGuide.shortcuts')} <kbd>?</kbd>
          </button>
        )}
      </div>
    </section>
  );
}
