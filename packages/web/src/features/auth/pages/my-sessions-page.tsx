import { da, fill, formatDateTime } from '@helhed/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../../components/ui/alert.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { api, apiRequest, errorMessage } from '../../../lib/api-client.ts';

const ui = da.accounts.ui;
type MySession = {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ipAddress: string | null;
  userAgent: string | null;
  isCurrent: boolean;
};
const key = ['my-sessions'] as const;

/** "Mine sessioner": where I am signed in, and a way to end any of it. */
export function MySessionsPage() {
  const queryClient = useQueryClient();
  const sessions = useQuery({
    queryKey: key,
    queryFn: ({ signal }) =>
      api.get<{ sessions: MySession[] }>('/api/v1/auth/sessions', undefined, signal).then((r) => r.sessions),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const endOne = useMutation({
    mutationFn: (id: string) => apiRequest<null>(`/api/v1/auth/sessions/${id}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
  const endOthers = useMutation({
    mutationFn: () => apiRequest<{ ended: number }>('/api/v1/auth/sessions/end-others', { method: 'POST' }),
    onSuccess: refresh,
  });
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
      <section className="panel" aria-busy={sessions.isPending} aria-label={ui.sessionsCaption}>
        {sessions.isPending ? <Loading /> : null}
        {sessions.isError ? <QueryError error={sessions.error} onRetry={() => sessions.refetch()} /> : null}
        {sessions.data ? (
          <DataTable
            caption={ui.sessionsCaption}
            columns={columns}
            rows={sessions.data}
            rowKey={(s) => s.id}
            emptyText={ui.unknown}
            initialSort={{ key: 'createdAt', direction: 'descending' }}
          />
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => endOthers.mutate()}>
          {ui.endOthers}
        </button>
      </section>
    </Page>
  );
}
