/** Find a touchpoint by title (Ctrl/Cmd+F) and centre the view on it. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../store/useEditor';

export function SearchBox({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const touchpoints = useEditor((s) => s.touchpoints);
  const focusNode = useEditor((s) => s.session.focusNode);
  const results = useMemo(() => {
    const needle = q.trim().toLowerCase();
    if (!needle) return [];
    return Object.values(touchpoints)
      .filter((tp) => tp.title.toLowerCase().includes(needle))
      .sort((a, b) => a.title.localeCompare(b.title))
      .slice(0, 12);
  }, [q, touchpoints]);
  const go = (id: string) => {
    focusNode(id);
    onClose();
  };
  return (
    <div className="search-box" role="search">
      <input
        className="field-input"
        autoFocus
        value={q}
        placeholder={t('editor.searchPlaceholder')}
        aria-label={t('editor.searchHint')}
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
        }}
        onBlur={() => setTimeout(onClose, 150)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') onClose();
          else if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && results[active]) go(results[active].id);
        }}
      />
      {q.trim() && (
        <ul className="search-results" role="listbox" aria-label={t('editor.search')}>
          {results.length === 0 && <li className="muted">{t('editor.searchNone')}</li>}
          {results.map((r, i) => (
            <li key={r.id} role="option" aria-selected={i === active}>
              <button type="button" className={i === active ? 'is-active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={() => go(r.id)}>
                {r.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
