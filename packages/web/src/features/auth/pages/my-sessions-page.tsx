import { da, fill, formatDateTime } from '@helhed/core';
import { QueryTable } from '../../../components/query-table.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import type { Column } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useEndOtherSessions } from '../api/end-other-sessions.ts';
import { useEndSession } from '../api/end-session.ts';
import { type MySession, useMySessions } from '../api/get-my-sessions.ts';
import { SecondFactorSection } from '../components/second-factor-section.tsx';

const ui = da.accounts.ui;

/** "Mine sessioner": where I am signed in, and a way to end any of it. */
export function MySessionsPage() {
  const sessions = useMySessions();
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();
  const columns: ReadonlyArray<Column<MySession>> = [
    {
      key: 'createdAt',
      header: ui.started,
      rowHeader: true,
      render: (s) => formatDateTime(s.createdAt),
      sortValue: (s) => Date.parse(s.createdAt),
    },
    { key: 'lastSeenAt', header: ui.lastSeen, render: (s) => formatDateTime(s.lastSeenAt) },
    { key: 'ipAddress', header: ui.address, render: (s) => s.ipAddress ?? ui.unknown },
    { key: 'userAgent', header: ui.browser, render: (s) => s.userAgent ?? ui.unknown },
    {
      key: 'end',
      header: ui.endSession,
      render: (s) =>
        s.isCurrent ? (
          ui.thisSession
        ) : (
          <button
            type="button"
            className="button button--secondary"
            aria-label={fill(ui.endSessionLabel, { address: s.ipAddress ?? ui.unknown })}
            onClick={() => endOne.mutate(s.id)}
          >
            {ui.endSession}
          </button>
        ),
    },
  ];
  const error = endOne.error ?? endOthers.error;
  return (
    <Page title={ui.sessionsTitle}>
      <p className="lead">{ui.sessionsIntro}</p>
      {error ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      {endOne.isSuccess ? <Alert tone="success">{ui.sessionEnded}</Alert> : null}
      {endOthers.isSuccess ? <Alert tone="success">{ui.othersEnded}</Alert> : null}
      <QueryTable
        query={sessions}
        caption={ui.sessionsCaption}
        columns={columns}
        rowKey={(s) => s.id}
        emptyText={ui.unknown}
        initialSort={{ key: 'createdAt', direction: 'descending' }}
        footer={
          <button type="button" className="button button--secondary" onClick={() => endOthers.mutate()}>
            {ui.endOthers}
          </button>
        }
      />
      <SecondFactorSection />
    </Page>
  );
}
