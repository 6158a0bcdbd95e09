import { da } from '@helhed/core';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useRecordBoardReview } from '../api/board-reviews.ts';
import type { RecordBoardReviewInput } from '../types.ts';

const t = da.boardReview.form;
type Values = {
  reviewedOn: string;
  meeting: string;
  reportKind: string;
  period: string;
  minutesUrl: string;
  note: string;
};

/** The leadership records that the board reviewed a report; the report is kept as it is now. */
export function BoardReviewForm({ onSaved }: { onSaved: () => void }) {
  const form = useFormSubmit({
    mutation: useRecordBoardReview(),
    initial: {
      reviewedOn: '',
      meeting: '',
      reportKind: 'quarterly',
      period: '',
      minutesUrl: '',
      note: '',
    } as Values,
    toBody: (v): RecordBoardReviewInput => ({
      reviewedOn: v.reviewedOn,
      meeting: v.meeting,
      reportKind: v.reportKind === 'annual' ? 'annual' : 'quarterly',
      period: v.period.trim(),
      minutesUrl: v.minutesUrl.trim() || null,
      note: v.note.trim() || null,
    }),
    resetOnSuccess: true,
    onSuccess: () => onSaved(),
  });
  const { field } = form;
  return (
    <FormShell form={form} title={t.title} submitLabel={t.submit} pendingLabel={da.web.saving}>
      <TextField label={t.reviewedOn} type="date" {...field('reviewedOn')} />
      <TextField label={t.meeting} hint={t.meetingHint} {...field('meeting')} />
      <SelectField
        label={t.reportKind}
        options={[
          { value: 'quarterly', label: t.kinds.quarterly },
          { value: 'annual', label: t.kinds.annual },
        ]}
        {...field('reportKind')}
      />
      <TextField label={t.period} hint={t.periodHint} {...field('period')} />
      <TextField label={t.minutesUrl} type="url" {...field('minutesUrl')} />
      <TextareaField label={t.note} rows={2} {...field('note')} />
    </FormShell>
  );
}
