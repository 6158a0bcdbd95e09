import { da, fill, formatDateTime } from '@helhed/core';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useConveneMeeting } from '../api/convene-meeting.ts';
import { useRecordAttendance } from '../api/record-attendance.ts';
import { fromLocalInput, toLocalInput } from '../lib/access.ts';
import type { AlertRow, IncidentDetail } from '../types.ts';

const t = da.alerting.ui;

/** Procedure step 5: convening the FU online, and who came. */
export function MeetingPanel({ detail, canRun }: { detail: IncidentDetail; canRun: boolean }) {
  const id = detail.incident.id;
  const isOpen = detail.incident.status !== 'closed';
  const convene = useConveneMeeting(id);
  const attend = useRecordAttendance(id);
  const form = useFormSubmit({
    mutation: convene,
    initial: () => ({
      startsAt: toLocalInput(new Date(Date.now() + (detail.incident.level === 'red' ? 5 : 35) * 60_000)),
      url: '',
    }),
    validate: ({ startsAt, url }) => {
      const found: FieldErrors = {};
      if (!fromLocalInput(startsAt)) found.startsAt = da.alerting.errors.invalidDateTime;
      if (!/^https?:\/\/\S+$/.test(url.trim())) found.url = da.alerting.errors.invalidUrl;
      return found;
    },
    toBody: ({ startsAt, url }) => ({ startsAt: fromLocalInput(startsAt), url: url.trim() }),
  });
  const invited: AlertRow[] = [
    ...new Map(
      detail.alerts
        .filter((a) => a.stage === 'ssp_fu' || a.stage === 'ssp_chief')
        .map((a) => [a.contactId, a]),
    ).values(),
  ];

  return (
    <>
      <h2 id="meeting-title">{t.meetingTitle}</h2>
      <p>{t.meetingIntro}</p>
      {detail.meetings.map((meeting) => (
        <div key={meeting.id}>
          <h3>{fill(t.attendanceFor, { time: formatDateTime(meeting.startsAt) })}</h3>
          <p>
            <a href={meeting.url}>{meeting.url}</a>
          </p>
          <ul>
            {invited.map((a) => {
              const record = meeting.attendance.find((x) => x.contactId === a.contactId);
              return (
                <li key={a.contactId} className="inline-actions">
                  <span>
                    {a.fullName}: {record ? (record.isPresent ? t.present : t.absent) : da.web.empty}
                  </span>
                  {canRun && isOpen
                    ? ([true, false] as const).map((isPresent) => (
                        <button
                          key={String(isPresent)}
                          type="button"
                          className="button button--secondary"
                          aria-label={fill(isPresent ? t.recordPresent : t.recordAbsent, {
                            name: a.fullName,
                          })}
                          onClick={() =>
                            attend.mutate({ meetingId: meeting.id, contactId: a.contactId, isPresent })
                          }
                        >
                          {isPresent ? t.present : t.absent}
                        </button>
                      ))
                    : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {canRun && isOpen ? (
        <FormShell
          form={form}
          title={t.convene}
          heading="h3"
          notice={form.result ? <Alert tone="success">{t.convened}</Alert> : null}
          submitLabel={t.convene}
        >
          <div className="form__grid">
            <TextField label={t.meetingStartsAt} type="datetime-local" {...form.field('startsAt')} />
            <TextField label={t.meetingUrl} type="url" {...form.field('url')} />
          </div>
        </FormShell>
      ) : null}
    </>
  );
}
