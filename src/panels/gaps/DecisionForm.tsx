/** Record a decision on a gap: accepted (with a reason), owner, due date, ticket. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gap } from '../../domain/gaps';
import { useEditor } from '../../store/useEditor';

export function DecisionForm({ gap, onDone }: { gap: Gap; onDone: () => void }) {
  const { t } = useTranslation();
  const actions = useEditor((s) => s.actions);
  const d = gap.decision;
  const [accepted, setAccepted] = useState(d?.accepted ?? false);
  const [reason, setReason] = useState(d?.reason ?? '');
  const [owner, setOwner] = useState(d?.owner ?? '');
  const [dueDate, setDueDate] = useState(d?.dueDate ?? '');
  const [ticket, setTicket] = useState(d?.ticket ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (accepted && !reason.trim()) return setError(t('gaps.reasonRequired'));
    actions.setGapDecision({ touchpointId: gap.touchpointId, rule: gap.rule, controlId: gap.controlId, accepted, reason: reason.trim(), owner: owner.trim(), dueDate, ticket: ticket.trim() });
    onDone();
  };
  return (
    <form
      className="decision-form"
      data-testid="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <label className="check">
        <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} /> {t('gaps.accept')}
      </label>
      <label className="field">
        <span className="field-label">{t('gaps.reason')}</span>
        <textarea className="field-input" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={error ? true : undefined} />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('gaps.owner')}</span>
          <input className="field-input" value={owner} onChange={(e) => setOwner(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('gaps.dueDate')}</span>
          <input className="field-input" type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">{t('gaps.ticket')}</span>
        <input className="field-input" value={ticket} onChange={(e) => setTicket(e.target.value)} />
      </label>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      <div className="row-end">
        {d && (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              actions.clearGapDecision(d.id);
              onDone();
            }}
          >
            {t('gaps.reopen')}
          </button>
        )}
        <button type="button" className="btn btn-small" onClick={onDone}>
          {t('catalogue.cancel')}
        </button>
        <button type="submit" className="btn btn-small btn-primary">
          {t('gaps.saveDecision')}
        </button>
      </div>
    </form>
  );
}
