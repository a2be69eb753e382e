/**
 * The keyboard-shortcut sheet (`?`): every command of the registry with its keys, then the
 * pointer and clipboard gestures the registry does not hold.
 */
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { COMMANDS, IS_MAC } from './commands';
import './shortcutSheet.css';

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
};

/** The keys of a shortcut as shown: Ctrl or ⌘ for Mod; a symbol that needs Shift is shown alone (`?`). */
export function shortcutKeys(shortcut: string, isMac: boolean): string[] {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1];
  const symbol = key.length === 1 && !/[\p{L}\p{N}]/u.test(key);
  return parts
    .filter((p, i) => !(symbol && p === 'Shift' && i < parts.length - 1))
    .map((p) => (p === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : (KEY_NAMES[p] ?? p)));
}

/** One row per label: commands that share a label (the fine nudges) share a row. */
export function commandRows(isMac: boolean): { label: string; shortcuts: string[][] }[] {
  const rows: { label: string; shortcuts: string[][] }[] = [];
  for (const c of COMMANDS) {
    let row = rows.find((r) => r.label === c.label);
    if (!row) rows.push((row = { label: c.label, shortcuts: [] }));
    for (const s of c.shortcuts) {
      const keys = shortcutKeys(s, isMac);
      if (!row.shortcuts.some((k) => k.join('+') === keys.join('+'))) row.shortcuts.push(keys);
    }
  }
  return rows;
}

function Keys({ shortcuts }: { shortcuts: string[][] }) {
  const { t } = useTranslation();
  return (
    <>
      {shortcuts.map((keys, i) => (
        <Fragment key={i}>
          {i > 0 && <span className="shortcut-or"> {t('help.or')} </span>}
          <span className="shortcut-keys">
            {keys.map((k, j) => (
              <Fragment key={j}>
                {j > 0 && '+'}
                <kbd>{k}</kbd>
              </Fragment>
            ))}
          </span>
        </Fragment>
      ))}
    </>
  );
}

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const mod = IS_MAC ? '⌘' : 'Ctrl';
  const gestures: [label: string, how: string | string[][]][] = [
    [t('help.addInCell'), t('help.doubleClick')],
    [t('help.moveTouchpoint'), t('help.drag')],
    [t('help.connect'), t('help.dragHandle')],
    [t('help.boxSelect'), t('help.dragEmpty')],
    [t('help.multiSelect'), t('help.shiftClick')],
    [t('help.copy'), [[mod, 'C']]],
    [t('help.paste'), [[mod, 'V']]],
    [t('help.renameLane'), t('help.doubleClickHeader')],
    [t('help.pan'), t('help.panGesture')],
    [t('help.zoom'), t('help.zoomGesture', { mod })],
  ];
  return (
    <Dialog
      title={t('help.title')}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="btn" onClick={onClose} autoFocus>
          {t('help.close')}
        </button>
      }
    >
      <div className="shortcut-sheet" data-testid="shortcut-sheet">
        <ShortcutSection id="shortcuts-keyboard" title={t('help.commands')} rows={commandRows(IS_MAC).map((r) => [t(r.label), r.shortcuts])} />
        <ShortcutSection id="shortcuts-gestures" title={t('help.gestures')} rows={gestures} />
      </div>
    </Dialog>
  );
}

/** One titled table of the sheet: an action per row, and its keys (or words for a gesture). */
function ShortcutSection({ id, title, rows }: { id: string; title: string; rows: [label: string, how: string | string[][]][] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <table className="shortcut-table" aria-labelledby={id}>
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('help.action')}</th>
            <th scope="col">{t('help.keys')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, how]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{typeof how === 'string' ? how : <Keys shortcuts={how} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
