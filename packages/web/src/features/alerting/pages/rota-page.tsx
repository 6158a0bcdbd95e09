import { da, fill, formatDateTime } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { SelectField, TextField } from '../../../components/ui/form-field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useAddShift, useContacts, useRemoveShift, useShifts } from '../api/contacts.ts';
import { RotaGaps } from '../components/rota-gaps.tsx';
import { fromLocalInput, toLocalInput } from '../lib/access.ts';
import type { Shift } from '../types.ts';

const t = da.alerting.ui;

export function RotaPage() {
  const shifts = useShifts();
  const contacts = useContacts();
  const add = useAddShift();
  const remove = useRemoveShift();
  const chiefs = (contacts.data ?? []).filter((c) => c.group === 'ssp_chief' && c.isActive);
  const now = new Date();
  const [contactId, setContactId] = useState('');
  const [startsAt, setStartsAt] = useState(toLocalInput(now));
  const [endsAt, setEndsAt] = useState(toLocalInput(new Date(now.getTime() + 7 * 86_400_000)));
  const [errors, setErrors] = useState<Record<string, string>>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      contactId: contactId || chiefs[0]?.id || '',
      startsAt: fromLocalInput(startsAt),
      endsAt: fromLocalInput(endsAt),
    };
    const found: Record<string, string> = {};
    if (!input.contactId) found.contactId = da.validation.required;
    if (!input.startsAt) found.startsAt = da.alerting.errors.invalidDateTime;
    if (!input.endsAt) found.endsAt = da.alerting.errors.invalidDateTime;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    add.mutate(input, { onError: (error) => error instanceof ApiError && setErrors(error.fieldErrors()) });
  }

  const columns: ReadonlyArray<Column<Shift>> = [
    {
      key: 'name',
      header: t.shiftChief,
      rowHeader: true,
      sortValue: (s) => s.fullName,
      render: (s) => s.fullName,
    },
    {
      key: 'start',
      header: t.startsAt,
      sortValue: (s) => s.startsAt,
      render: (s) => formatDateTime(s.startsAt),
    },
    { key: 'end', header: t.endsAt, sortValue: (s) => s.endsAt, render: (s) => formatDateTime(s.endsAt) },
    {
      key: 'now',
      header: t.onCallNow,
      render: (s) => (s.isNow ? <strong className="state--ok">{t.onCallNow}</strong> : ''),
    },
    {
      key: 'actions',
      header: '',
      render: (s) => (
        <button
          type="button"
          className="button button--secondary"
          aria-label={fill(t.removeShift, { name: s.fullName })}
          onClick={() => remove.mutate(s.id)}
        >
          {t.remove}
        </button>
      ),
    },
  ];

  return (
    <Page title={t.rotaTitle}>
      <section className="panel" aria-busy={shifts.isPending} aria-labelledby="rota-caption">
        <h2 id="rota-caption">{t.rotaNav}</h2>
        {shifts.isPending ? <Loading /> : null}
        {shifts.isError ? <QueryError error={shifts.error} onRetry={() => shifts.refetch()} /> : null}
        {remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
        {shifts.data ? (
          <DataTable
            caption={t.rotaTitle}
            columns={columns}
            rows={shifts.data}
            rowKey={(s) => s.id}
            emptyText={t.noShifts}
            initialSort={{ key: 'start', direction: 'ascending' }}
          />
        ) : null}
      </section>
      <section className="panel">
        <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="shift-title">
          <h2 id="shift-title">{t.addShift}</h2>
          {add.isError ? <Alert tone="error">{errorMessage(add.error)}</Alert> : null}
          <div className="form__grid">
            <SelectField
              label={t.shiftChief}
              name="contactId"
              value={contactId || chiefs[0]?.id || ''}
              error={errors.contactId}
              options={chiefs.map((c) => ({ value: c.id, label: c.fullName }))}
              onChange={(e) => setContactId(e.target.value)}
            />
            <TextField
              label={t.startsAt}
              type="datetime-local"
              name="startsAt"
              value={startsAt}
              error={errors.startsAt}
              onChange={(e) => setStartsAt(e.target.value)}
            />
            <TextField
              label={t.endsAt}
              type="datetime-local"
              name="endsAt"
              value={endsAt}
              error={errors.endsAt}
              onChange={(e) => setEndsAt(e.target.value)}
            />
          </div>
          <button type="submit" className="button" aria-disabled={add.isPending}>
            {t.addShift}
          </button>
        </form>
      </section>
      <RotaGaps />
    </Page>
  );
}
