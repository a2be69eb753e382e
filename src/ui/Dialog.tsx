/**
 * A modal dialog on the native <dialog> element: focus is trapped and Escape closes it.
 * Portalled to <body> so it never inherits canvas styles (React Flow's viewport sets
 * `pointer-events: none`, which a dialog rendered inside it would inherit).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export function Dialog(props: { title: string; onClose: () => void; children: ReactNode; footer?: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      className={props.wide ? 'dialog dialog-wide' : 'dialog'}
      aria-label={props.title}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <h2 className="dialog-title">{props.title}</h2>
      <div className="dialog-body">{props.children}</div>
      {props.footer && <div className="dialog-footer">{props.footer}</div>}
    </dialog>,
    document.body,
  );
}
