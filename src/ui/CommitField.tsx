/**
 * A text field that edits a local draft and commits on blur or Enter (one undo step per
 * commit), and reverts on Escape. Follows the stored value when it changes elsewhere.
 */
import { useEffect, useState, type CSSProperties } from 'react';

interface Props {
  value: string;
  onCommit: (value: string) => void;
  label: string;
  multiline?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
  className?: string;
  style?: CSSProperties;
  /** Hide the label visually (it stays for screen readers). */
  hideLabel?: boolean;
  onDone?: () => void;
  validate?: (value: string) => string | null;
  readOnly?: boolean;
  testId?: string;
}

export function CommitField(p: Props) {
  const [draft, setDraft] = useState(p.value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(p.value), [p.value]);

  const commit = () => {
    const err = p.validate?.(draft) ?? null;
    setError(err);
    if (err) return false;
    if (draft !== p.value) p.onCommit(draft);
    return true;
  };
  const common = {
    value: draft,
    placeholder: p.placeholder,
    autoFocus: p.autoFocus,
    readOnly: p.readOnly,
    'aria-invalid': error ? true : undefined,
    'data-testid': p.testId,
    className: `field-input ${p.className ?? ''}`,
    style: p.style,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => {
      commit();
      p.onDone?.();
    },
    onKeyDown: (e: React.KeyboardEvent) => {
      e.stopPropagation();
      if (e.key === 'Escape') {
        setDraft(p.value);
        setError(null);
        p.onDone?.();
      } else if (e.key === 'Enter' && (!p.multiline || e.metaKey || e.ctrlKey)) {
        e.preventDefault();
        if (commit()) p.onDone?.();
      }
    },
  };
  return (
    <label className="field">
      <span className={p.hideLabel ? 'sr-only' : 'field-label'}>{p.label}</span>
      {p.multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      {error && <span className="field-error" role="alert">{error}</span>}
    </label>
  );
}
