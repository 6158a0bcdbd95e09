import { da, fill, formatDateTime } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/form-field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useIncidentAction } from '../api/incidents.ts';
import { fromLocalInput, toLocalInput } from '../lib/access.ts';
import type { AlertRow, IncidentDetail } from '../types.ts';

const t = da.alerting.ui;

/** Procedure step 5: convening the FU online, and who came. */
export function MeetingPanel({ detail, canRun }: { detail: IncidentDetail; canRun: boolean }) {
  const id = detail.incident.id;
  const isOpen = detail.incident.status !== 'closed';
  const convene = useIncidentAction<{ startsAt: string; url: string }>(
    id,
    () => '/meetings',
    (input) => input,
  );
  const attend = useIncidentAction<{ meetingId: string; contactId: string; isPresent: boolean }>(
    id,
    (input) => `/meetings/${input.meetingId}/attendance`,
    (input) => ({ contactId: input.contactId, isPresent: input.isPresent }),
  );
  const [startsAt, setStartsAt] = useState(() =>
    toLocalInput(new Date(Date.now() + (detail.incident.level === 'red' ? 5 : 35) * 60_000)),
  );
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const invited: AlertRow[] = [
    ...new Map(
      detail.alerts
        .filter((a) => a.stage === 'ssp_fu' || a.stage === 'ssp_chief')
        .map((a) => [a.contactId, a]),
    ).values(),
  ];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!fromLocalInput(startsAt)) found.startsAt = da.alerting.errors.invalidDateTime;
    if (!/^https?:\/\/\S+$/.test(url.trim())) found.url = da.alerting.errors.invalidUrl;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    convene.mutate(
      { startsAt: fromLocalInput(startsAt), url: url.trim() },
      { onError: (error) => error instanceof ApiError && setErrors(error.fieldErrors()) },
    );
  }

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
                  {canRun && isOpen ? (
                    <>
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={fill(t.recordPresent, { name: a.fullName })}
                        onClick={() =>
                          attend.mutate({ meetingId: meeting.id, contactId: a.contactId, isPresent: true })
                        }
                      >
                        {t.present}
                      </button>
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={fill(t.recordAbsent, { name: a.fullName })}
                        onClick={() =>
                          attend.mutate({ meetingId: meeting.id, contactId: a.contactId, isPresent: false })
                        }
                      >
                        {t.absent}
                      </button>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {canRun && isOpen ? (
        <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="convene-title">
          <h3 id="convene-title">{t.convene}</h3>
          {convene.isError && !(convene.error instanceof ApiError && convene.error.status === 400) ? (
            <Alert tone="error">{errorMessage(convene.error)}</Alert>
          ) : null}
          {convene.isSuccess ? <Alert tone="success">{t.convened}</Alert> : null}
          <div className="form__grid">
            <TextField
              label={t.meetingStartsAt}
              type="datetime-local"
              name="startsAt"
              value={startsAt}
              error={errors.startsAt}
              onChange={(e) => setStartsAt(e.target.value)}
            />
            <TextField
              label={t.meetingUrl}
              type="url"
              name="url"
              value={url}
              error={errors.url}
              onChange={(e) => setUrl(e.target.value)}
            />
          </div>
          <button type="submit" className="button" aria-disabled={convene.isPending}>
            {t.convene}
          </button>
        </form>
      ) : null}
    </>
  );
}
