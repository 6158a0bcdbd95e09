import { da, fill, formatDate } from '@helhed/core';
import type { Milestone, MilestoneStatusKey } from '../types.ts';
import { MilestoneStatusLabel } from './status-label.tsx';

const m = da.milestones;

export type MilestoneAction =
  | { kind: 'status'; milestone: Milestone; status: MilestoneStatusKey }
  | { kind: 'edit'; milestone: Milestone }
  | { kind: 'remove'; milestone: Milestone };

type RowActionsProps = { milestone: Milestone; onAction: (action: MilestoneAction) => void; busy: boolean };

/** An editor's buttons for one milestone, grouped and named by the milestone they act on. */
function RowActions({ milestone, onAction, busy }: RowActionsProps) {
  const setStatus = (status: MilestoneStatusKey) => onAction({ kind: 'status', milestone, status });
  const button = (label: string, act: () => void, secondary = true) => (
    <button
      type="button"
      className={secondary ? 'button button--secondary button--small' : 'button button--small'}
      aria-disabled={busy}
      onClick={() => {
        if (!busy) act();
      }}
    >
      {label}
    </button>
  );
  return (
    <fieldset className="row-actions">
      <legend className="visually-hidden">{fill(m.ui.actionsFor, { text: milestone.text })}</legend>
      {milestone.recordedStatus === 'done'
        ? button(m.ui.reopen, () => setStatus('not_started'))
        : button(m.ui.markDone, () => setStatus('done'), false)}
      {milestone.recordedStatus === 'not_started' ? button(m.ui.markLate, () => setStatus('late')) : null}
      {milestone.recordedStatus === 'late' ? button(m.ui.unmarkLate, () => setStatus('not_started')) : null}
      {button(m.ui.edit, () => onAction({ kind: 'edit', milestone }))}
      {button(m.ui.remove, () => onAction({ kind: 'remove', milestone }))}
    </fieldset>
  );
}

type TableProps = {
  name: string;
  milestones: Milestone[];
  /** The editor's buttons; absent for those who only read. */
  onAction?: ((action: MilestoneAction) => void) | undefined;
  busy?: boolean;
};

/** One delaftale's milestones by date: what, when, who, and the status in words. */
export function MilestoneTable({ name, milestones, onAction, busy = false }: TableProps) {
  if (milestones.length === 0) return <p>{m.ui.emptySubAgreement}</p>;
  const caption = fill(m.ui.caption, { name });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap" aria-label={caption} tabIndex={0}>
      <table className="table milestone-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.fields.dueOn}</th>
            <th scope="col">{m.fields.text}</th>
            <th scope="col">{m.fields.activityShort}</th>
            <th scope="col">{m.fields.responsible}</th>
            <th scope="col">{m.fields.status}</th>
            {onAction ? <th scope="col">{m.ui.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {milestones.map((milestone) => (
            <tr key={milestone.id} className={`milestone-row milestone-row--${milestone.status}`}>
              <td>{formatDate(milestone.dueOn)}</td>
              <td>{milestone.text}</td>
              <td>{milestone.activityName ?? ''}</td>
              <td>{milestone.responsible.name}</td>
              <td>
                <MilestoneStatusLabel milestone={milestone} />
                {milestone.doneOn ? ` ${formatDate(milestone.doneOn)}` : null}
              </td>
              {onAction ? (
                <td>
                  <RowActions milestone={milestone} onAction={onAction} busy={busy} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
