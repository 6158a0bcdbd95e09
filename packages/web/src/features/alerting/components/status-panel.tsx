import { da, fill, formatDateTime } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { type AlertingStatus, type ChannelStatus, useAlertingStatus } from '../api/get-status.ts';

const t = da.alertingAlive.ui;

function age(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} t`;
}

/** A state in words, and red when it fails: colour is never the only sign. */
function StateText({ state }: { state: ChannelStatus['state'] }) {
  return <span className={state === 'failing' ? 'state state--bad' : 'state'}>{t.states[state]}</span>;
}

const COLUMNS: ReadonlyArray<Column<ChannelStatus>> = [
  { key: 'channel', header: t.channel, rowHeader: true, render: (c) => da.alerting.channels[c.channel] },
  { key: 'state', header: t.state, render: (c) => <StateText state={c.state} /> },
  { key: 'lastOk', header: t.lastOk, render: (c) => (c.lastOkAt ? formatDateTime(c.lastOkAt) : t.never) },
  {
    key: 'lastFailure',
    header: t.lastFailure,
    render: (c) =>
      c.lastFailureAt
        ? fill(t.failureAt, { at: formatDateTime(c.lastFailureAt), reason: c.lastFailureReason ?? '' })
        : t.none,
  },
  {
    key: 'queued',
    header: t.oldestQueued,
    render: (c) =>
      c.queued > 0 && c.oldestQueuedSeconds !== null
        ? fill(t.queuedFor, { count: String(c.queued), age: age(c.oldestQueuedSeconds) })
        : t.none,
  },
];

function testAlertText(test: AlertingStatus['testAlert']): string {
  const next = formatDateTime(test.nextAt);
  const last = test.last;
  if (!last) return fill(t.testNone, { next });
  const at = formatDateTime(last.sentAt);
  const name = last.chiefName ?? '';
  if (last.state === 'acknowledged')
    return fill(t.testAcknowledged, { at, name, ackAt: formatDateTime(last.acknowledgedAt ?? last.sentAt) });
  if (last.state === 'waiting') return fill(t.testWaiting, { at, name });
  if (last.state === 'missed')
    return fill(t.testMissed, {
      at,
      name,
      toldAt: last.leaderToldAt ? formatDateTime(last.leaderToldAt) : '',
    });
  return fill(t.testNoChief, { at });
}

/** Beredskab overview: is mail and SMS getting through, is the sender running, was the prøvealarm read. */
export function StatusPanel() {
  const status = useAlertingStatus(true);
  return (
    <QuerySection
      query={status}
      labelledBy="alerting-status-title"
      header={
        <>
          <h2 id="alerting-status-title">{t.statusTitle}</h2>
          <p>{t.statusIntro}</p>
        </>
      }
    >
      {(data) => (
        <>
          <DataTable
            caption={t.statusTitle}
            columns={COLUMNS}
            rows={data.channels}
            rowKey={(c) => c.channel}
            emptyText={t.none}
          />
          <p className={data.worker.isRunning ? 'state' : 'state state--bad'}>
            {t.worker}:{' '}
            {data.worker.lastRunAt
              ? fill(data.worker.isRunning ? t.workerOk : t.workerDown, {
                  at: formatDateTime(data.worker.lastRunAt),
                })
              : t.workerNever}
          </p>
          <h3>{t.testTitle}</h3>
          <p className={data.testAlert.last?.state === 'missed' ? 'state state--bad' : undefined}>
            {testAlertText(data.testAlert)}{' '}
            {fill(t.testNext, { next: formatDateTime(data.testAlert.nextAt) })}
          </p>
          <p>
            {data.sspLeaders.length > 0
              ? fill(t.leaders, { names: data.sspLeaders.join(', ') })
              : t.noLeaders}
          </p>
          <p className={data.rotaGapHours > 0 ? 'state state--bad' : undefined}>
            {data.rotaGapHours > 0 ? fill(t.gapsSummary, { hours: String(data.rotaGapHours) }) : t.gapsNone}
          </p>
        </>
      )}
    </QuerySection>
  );
}
