import { da, fill, formatDate, formatDateTime } from '@helhed/core';
import { useState } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { type Column, DataTable } from '../../../components/ui/data-table.tsx';
import { optionsOf } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCorrectReferral } from '../api/correct-referral.ts';
import type { Referral, ReferralRevision, ReferralSource } from '../types.ts';

const r = da.registration;
const ui = da.registrationUi;
const SOURCES = Object.keys(r.referralSources) as ReferralSource[];

/** "Ret" on one referral, opened on demand: its form exists only while open (no hidden fields). */
export function ReferralCorrection({ referral }: { referral: Referral }) {
  const [open, setOpen] = useState(false);
  const name = fill(ui.correctReferralFor, { dato: formatDate(referral.referredOn) });
  return (
    <details className="correction" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={name}>{ui.correctContact}</summary>
      {open ? <CorrectionForm referral={referral} name={name} /> : null}
    </details>
  );
}

/** The source and text as they should have been, and why; what it said stays in the history. */
function CorrectionForm({ referral, name }: { referral: Referral; name: string }) {
  const form = useFormSubmit({
    mutation: useCorrectReferral(referral.id),
    initial: () => ({
      source: referral.source,
      sourceOther: referral.sourceOther ?? '',
      text: referral.reason ?? '',
      reason: '',
    }),
    validate: (v) => ({ reason: v.reason.trim() ? undefined : ui.correctionReasonNeeded }),
    toBody: (v) => ({ ...v, sourceOther: v.source === 'other' ? v.sourceOther : null }),
  });
  return (
    <FormShell form={form} label={name} submitLabel={ui.saveCorrection} pendingLabel={ui.saving}>
      <SelectField
        label={r.fields.source}
        options={optionsOf(r.referralSources, SOURCES)}
        {...form.field('source')}
      />
      {form.values.source === 'other' ? (
        <TextField label={r.fields.sourceOther} autoComplete="off" {...form.field('sourceOther')} />
      ) : null}
      <TextareaField label={r.fields.reason} {...form.field('text')} />
      <TextField label={r.fields.changeReason} autoComplete="off" {...form.field('reason')} />
    </FormShell>
  );
}

function valuesText(v: ReferralRevision['before']): string {
  const source = v.sourceOther
    ? `${r.referralSources[v.source]}: ${v.sourceOther}`
    : r.referralSources[v.source];
  return [source, v.text].filter(Boolean).join(' – ');
}

const REVISION_COLUMNS: Column<ReferralRevision>[] = [
  { key: 'at', header: r.fields.changedAt, rowHeader: true, render: (x) => formatDateTime(x.changedAt) },
  { key: 'reason', header: r.fields.changeReason, render: (x) => x.reason },
  { key: 'before', header: r.fields.before, render: (x) => valuesText(x.before) },
  { key: 'after', header: r.fields.after, render: (x) => valuesText(x.after) },
  { key: 'by', header: r.fields.recordedBy, render: (x) => x.changedByName ?? ui.noValue },
];

/** The participant's corrections of referrals, newest first. */
export function ReferralRevisions({ revisions }: { revisions: ReferralRevision[] }) {
  if (revisions.length === 0) return null;
  return (
    <DataTable
      caption={r.exportPage.referralRevisions}
      columns={REVISION_COLUMNS}
      rows={revisions}
      rowKey={(x) => x.id}
      emptyText={ui.noValue}
    />
  );
}
