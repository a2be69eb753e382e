/**
 * The Live-session dialog. Outside a session: paste a join link (or see how to get one).
 * In a session: the state in words, my name, who is here, the link to share, and leaving.
 * After a refusal or a conflict: what happened and what to do.
 */
import { Check, Copy, LogOut } from 'lucide-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { parseJoinFragment, tokenExpiry, type JoinInfo } from '../../domain/collab';
import { usePresence } from '../../store/presence';
import { useEditorStore } from '../../store/useEditor';
import { CommitField } from '../../ui/CommitField';
import { Dialog } from '../../ui/Dialog';
import { initial } from './LiveSessionButton';
import { liveControllerFor, type LiveController } from './liveController';
import { ensureLiveController } from './liveGate';

export function LiveSessionDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const controller = useLiveController(useEditorStore().doc);
  const status = usePresence((s) => s.status);
  const refusal = usePresence((s) => s.refusal);
  if (!controller) return null;
  return (
    <Dialog
      title={t('collab.title')}
      onClose={onClose}
      footer={
        <button type="button" className="btn" onClick={onClose}>
          {t('collab.close')}
        </button>
      }
    >
      <div className="live-dialog" data-testid="live-dialog">
        {status === 'off' ? (
          <>
            <p>{t('collab.intro')}</p>
            <JoinForm controller={controller} />
            <HostHelp journeyId={controller.journeyId} />
          </>
        ) : (
          <>
            <p className={`live-state is-${status}`} data-testid="live-state">
              {status === 'refused' ? t(`collab.refused.${refusal ?? 'invalid'}`) : t(`collab.statusLong.${status}`)}
            </p>
            {status === 'conflict' && <ConflictChoice controller={controller} />}
            {status === 'refused' && <JoinForm controller={controller} />}
            {status !== 'refused' && status !== 'conflict' && <Session controller={controller} />}
            <div className="live-leave">
              <button type="button" className="btn" onClick={() => controller.leave()}>
                <LogOut size={15} aria-hidden /> {t('collab.leave')}
              </button>
              <span className="muted small">{t('collab.leaveNote')}</span>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}

type Parsed = { ok: true; info: JoinInfo; url: URL } | { ok: false; error: 'badLink' };

function parseLink(text: string): Parsed {
  try {
    const url = new URL(text.trim());
    const info = parseJoinFragment(url.hash);
    return info ? { ok: true, info, url } : { ok: false, error: 'badLink' };
  } catch {
    return { ok: false, error: 'badLink' };
  }
}

function JoinForm({ controller }: { controller: LiveController }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [other, setOther] = useState<URL | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOther(null);
    const parsed = parseLink(text);
    if (!parsed.ok) return setError(t(`collab.${parsed.error}`));
    const { info, url } = parsed;
    if (info.room !== controller.journeyId) {
      setError(t('collab.otherJourney'));
      return setOther(url);
    }
    if ((tokenExpiry(info.token) ?? 0) <= Date.now()) return setError(t('collab.expiredLink'));
    try {
      controller.start(info);
      setError(null);
    } catch (err) {
      setError(t(err instanceof Error ? err.message : String(err)));
    }
  };
  return (
    <form className="live-join" onSubmit={submit}>
      <label className="field">
        <span className="field-label">{t('collab.pasteLabel')}</span>
        <span className="live-join-row">
          <input
            className="field-input"
            value={text}
            placeholder={t('collab.pastePlaceholder')}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setText(e.target.value)}
            data-testid="live-join-input"
            spellCheck={false}
            autoComplete="off"
          />
          <button type="submit" className="btn btn-primary" disabled={!text.trim()}>
            {t('collab.join')}
          </button>
        </span>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}{' '}
          {other && (
            <a className="live-other" href={other.href}>
              {t('collab.openOther')}
            </a>
          )}
        </p>
      )}
    </form>
  );
}

function HostHelp({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  return (
    <div className="live-help">
      <p className="muted">{t('collab.hostHelp')}</p>
      <code className="live-code">npm run collab-token -- {journeyId}</code>
      <p className="muted small">
        {t('collab.journeyId')}: <code>{journeyId}</code>
      </p>
    </div>
  );
}

function Session({ controller }: { controller: LiveController }) {
  const { t, i18n } = useTranslation();
  const me = usePresence((s) => s.me);
  const peers = usePresence((s) => s.peers);
  const link = controller.shareLink();
  const exp = controller.expiresAt();
  return (
    <>
      <div className="live-me">
        <span className="live-face is-large" style={{ background: me?.color }} aria-hidden>
          {initial(me?.name ?? '?')}
        </span>
        <div className="live-me-field">
          <CommitField label={t('collab.yourName')} value={me?.name ?? ''} onCommit={(v) => v.trim() && controller.setName(v)} testId="live-name" />
          <span className="muted small">{t('collab.nameHint')}</span>
        </div>
      </div>
      <section aria-label={t('collab.people')}>
        <h3 className="live-h">{t('collab.people')}</h3>
        <ul className="live-people" data-testid="live-people">
          {me && (
            <li>
              <span className="live-dot" style={{ background: me.color }} aria-hidden /> {me.name} <span className="muted">({t('collab.you')})</span>
            </li>
          )}
          {peers.map((p) => (
            <li key={p.clientId}>
              <span className="live-dot" style={{ background: p.color }} aria-hidden /> {p.name}
            </li>
          ))}
        </ul>
      </section>
      {link && <ShareLink link={link} note={exp ? t('collab.linkNote', { when: new Date(exp).toLocaleString(i18n.language) }) : ''} />}
    </>
  );
}

function ShareLink({ link, note }: { link: string; note: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // Plain http on an intranet host is not a secure context: fall back to selecting it.
      input.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <div className="field">
      <span className="field-label">{t('collab.shareLink')}</span>
      <span className="live-join-row">
        <input ref={input} className="field-input live-link" value={link} readOnly onFocus={(e) => e.currentTarget.select()} data-testid="live-link" aria-label={t('collab.shareLink')} />
        <button type="button" className="btn" onClick={() => void copy()}>
          {copied ? <Check size={15} aria-hidden /> : <Copy size={15} aria-hidden />} {copied ? t('collab.copied') : t('collab.copy')}
        </button>
      </span>
      {note && <span className="muted small">{note}</span>}
    </div>
  );
}

function ConflictChoice({ controller }: { controller: LiveController }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <div className="live-conflict">
      <p>{t('collab.conflictBody')}</p>
      <button
        type="button"
        className="btn btn-primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void controller.keepMineAndJoin(t('collab.copySuffix')).finally(() => setBusy(false));
        }}
      >
        {t('collab.keepMine')}
      </button>
    </div>
  );
}

/** The journey's live controller; opening the dialog attaches one if the journey has none yet. */
function useLiveController(doc: Y.Doc): LiveController | null {
  const [controller, setController] = useState(() => liveControllerFor(doc));
  useEffect(() => {
    if (controller) return;
    let current = true;
    void ensureLiveController(doc).then((c) => {
      if (current) setController(c);
    });
    return () => {
      current = false;
    };
  }, [doc, controller]);
  return controller;
}
