import { da, fill, formatDateTime } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useContacts } from '../api/get-contacts.ts';
import { useShifts } from '../api/get-shifts.ts';
import { useRemoveShift } from '../api/remove-shift.ts';
import { AddShiftForm } from '../components/add-shift-form.tsx';
import { RotaGaps } from '../components/rota-gaps.tsx';
import type { Shift } from '../types.ts';

const t = da.alerting.ui;

export function RotaPage() {
  const shifts = useShifts();
  const contacts = useContacts();
  const remove = useRemoveShift();
  const chiefs = (contacts.data ?? []).filter((c) => c.group === 'ssp_chief' && c.isActive);

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
      <QuerySection query={shifts} labelledBy="rota-caption" header={<h2 id="rota-caption">{t.rotaNav}</h2>}>
        {(rows) => (
          <>
            {remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
            <DataTable
              caption={t.rotaTitle}
              columns={columns}
              rows={rows}
              rowKey={(s) => s.id}
              emptyText={t.noShifts}
              initialSort={{ key: 'start', direction: 'ascending' }}
            />
          </>
        )}
      </QuerySection>
      <section className="panel">
        <AddShiftForm chiefs={chiefs} />
      </section>
      <RotaGaps />
    </Page>
  );
}
