import { da, fill, formatDateTime } from '@helhed/core';
import { useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCan } from '../../auth/api/get-session.ts';
import { useActivateIncident } from '../api/activate-incident.ts';
import { useCloseIncident } from '../api/close-incident.ts';
import { useIncident } from '../api/get-incident.ts';
import { timelineUrl } from '../api/get-timeline.ts';
import { useIncidentEvents } from '../api/incident-events.ts';
import { AlertsTable } from '../components/alerts-table.tsx';
import { CrisisMessages } from '../components/crisis-messages.tsx';
import { IncidentLog } from '../components/incident-log.tsx';
import { LevelBadge } from '../components/level-badge.tsx';
import { MeetingPanel } from '../components/meeting-panel.tsx';

const t = da.alerting.ui;

/** The live incident page: it follows server-sent events and never needs a reload. */
export function IncidentPage() {
  const id = useParams().id ?? '';
  const can = useCan();
  const incident = useIncident(id);
  const connected = useIncidentEvents(id);
  const activate = useActivateIncident(id);
  const close = useCloseIncident(id);
  const detail = incident.data;
  const run = can('alerting.incident.run');
  const title = detail ? fill(t.incidentTitle, { category: detail.incident.category }) : t.incidents;
  const status = detail?.incident.status;

  return (
    <Page title={title}>
      <p role="status" className={connected ? 'notice' : 'state--warn'}>
        {connected ? t.live : t.liveLost}
      </p>
      {incident.isPending ? <Loading /> : null}
      {incident.isError ? <QueryError error={incident.error} onRetry={() => incident.refetch()} /> : null}
      {detail ? (
        <>
          <section className="panel" aria-labelledby="facts-title">
            <h2 id="facts-title" className="visually-hidden">
              {t.incidents}
            </h2>
            <dl className="facts">
              <div className="facts__row">
                <dt>{t.level}</dt>
                <dd>
                  <LevelBadge level={detail.incident.level} />
                </dd>
              </div>
              <div className="facts__row">
                <dt>{t.status}</dt>
                <dd>{da.alerting.statuses[detail.incident.status]}</dd>
              </div>
              <div className="facts__row">
                <dt>{t.location}</dt>
                <dd>{detail.incident.location}</dd>
              </div>
              <div className="facts__row">
                <dt>{t.when}</dt>
                <dd>{formatDateTime(detail.incident.occurredAt)}</dd>
              </div>
              <div className="facts__row">
                <dt>{t.raisedBy}</dt>
                <dd>{detail.incident.raisedBy}</dd>
              </div>
              <div className="facts__row">
                <dt>{t.description}</dt>
                <dd className="message-body">{detail.incident.description}</dd>
              </div>
            </dl>
            {[activate, close].some((m) => m.isError) ? (
              <Alert tone="error">{errorMessage(activate.error ?? close.error)}</Alert>
            ) : null}
            {activate.isSuccess ? (
              <Alert tone="success">{fill(t.activated, { count: activate.data.alerted })}</Alert>
            ) : null}
            {status === 'closed' ? <Alert tone="info">{t.closedNotice}</Alert> : null}
            {run ? (
              <div className="inline-actions">
                {status === 'raised' ? (
                  <button type="button" className="button" onClick={() => activate.mutate()}>
                    {t.activate}
                  </button>
                ) : null}
                {status !== 'closed' ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => window.confirm(t.closeConfirm) && close.mutate()}
                  >
                    {t.close}
                  </button>
                ) : (
                  <>
                    <a className="button button--secondary" href={timelineUrl(id, 'csv')} download>
                      {t.exportCsv}
                    </a>
                    <a className="button button--secondary" href={timelineUrl(id, 'json')} download>
                      {t.exportJson}
                    </a>
                  </>
                )}
              </div>
            ) : null}
          </section>
          <section className="panel" aria-labelledby="alerts-title">
            <h2 id="alerts-title">{t.alertsTitle}</h2>
            <AlertsTable alerts={detail.alerts} />
          </section>
          <section className="panel" aria-labelledby="meeting-title">
            <MeetingPanel detail={detail} canRun={run} />
          </section>
          <section className="panel" aria-labelledby="messages-title">
            <CrisisMessages detail={detail} canRun={run} canApprove={can('alerting.message.approve')} />
          </section>
          <section className="panel" aria-labelledby="log-title">
            <IncidentLog incidentId={id} log={detail.log} canWrite={run && status !== 'closed'} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
