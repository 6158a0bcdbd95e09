import { da, formatDate, formatInteger } from '@helhed/core';
import { Link } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { useMilestoneStatus } from '../api/get-milestone-status.ts';
import { MilestoneStatusLabel } from './status-label.tsx';

const m = da.milestones;

/** The plan overview's milestone status: the counts, and the next open milestones (late first). */
export function MilestoneStatusPanel() {
  const status = useMilestoneStatus(true);
  return (
    <QuerySection
      query={status}
      labelledBy="milestone-status-title"
      header={<h2 id="milestone-status-title">{m.ui.overviewTitle}</h2>}
    >
      {(data) => (
        <>
          {data.total === 0 ? <p>{m.none}</p> : null}
          <dl className="milestone-counts" aria-label={m.ui.counts}>
            {(
              [
                ['done', data.done],
                ['late', data.late],
                ['not_started', data.notStarted],
              ] as const
            ).map(([key, count]) => (
              <div key={key} className={`milestone-counts__item milestone-counts__item--${key}`}>
                <dt>{m.status[key]}</dt>
                <dd>{formatInteger(count)}</dd>
              </div>
            ))}
          </dl>
          <h3>{m.ui.next}</h3>
          {data.next.length === 0 ? (
            <p>{m.ui.noneOpen}</p>
          ) : (
            <ul className="milestone-next">
              {data.next.map((milestone) => (
                <li key={milestone.id}>
                  <strong>{formatDate(milestone.dueOn)}</strong> {milestone.text}{' '}
                  <span className="milestone-next__where">({milestone.subAgreementName})</span> –{' '}
                  <MilestoneStatusLabel milestone={milestone} />
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/plan/milepaele">{m.ui.openPlan}</Link>
          </p>
        </>
      )}
    </QuerySection>
  );
}
