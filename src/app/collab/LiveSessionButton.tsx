/**
 * Header item: the live session's connection state, always visible (live / reconnecting /
 * offline …) with the people present, and the button that opens the Live-session dialog.
 */
import { CircleAlert, LoaderCircle, Radio, RefreshCw, Users, WifiOff } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePresence } from '../../store/presence';
import './collab.css';

const LiveSessionDialog = lazy(() => import('./LiveSessionDialog').then((m) => ({ default: m.LiveSessionDialog })));

const ICONS = {
  off: Users,
  connecting: LoaderCircle,
  live: Radio,
  reconnecting: RefreshCw,
  offline: WifiOff,
  refused: CircleAlert,
  conflict: CircleAlert,
} as const;

export function LiveSessionButton() {
  const { t } = useTranslation();
  const status = usePresence((s) => s.status);
  const peers = usePresence((s) => s.peers);
  const me = usePresence((s) => s.me);
  const [open, setOpen] = useState(false);
  const Icon = ICONS[status];
  const label = status === 'live' ? t('collab.liveCount', { count: peers.length + 1 }) : t(`collab.status.${status}`);
  const shown = status === 'off' ? [] : [...(me ? [{ clientId: -1, ...me }] : []), ...peers].slice(0, 4);
  return (
    <>
      <button
        type="button"
        className={`btn btn-tool live-button is-${status}`}
        data-testid="live-status"
        data-state={status}
        title={t('collab.buttonTitle', { status: t(`collab.statusLong.${status}`) })}
        onClick={() => setOpen(true)}
      >
        <Icon size={16} aria-hidden className={status === 'connecting' || status === 'reconnecting' ? 'spin' : undefined} />
        <span>{label}</span>
        {shown.length > 0 && (
          <span className="live-faces" aria-hidden>
            {shown.map((p) => (
              <span key={p.clientId} className="live-face" style={{ background: p.color }}>
                {initial(p.name)}
              </span>
            ))}
          </span>
        )}
      </button>
      <span className="sr-only" role="status">
        {status === 'off' ? '' : t(`collab.statusLong.${status}`)}
      </span>
      {open && (
        <Suspense fallback={null}>
          <LiveSessionDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

export function initial(name: string): string {
  return [...name.trim()][0]?.toUpperCase() ?? '?';
}
