import { da, fill } from '@helhed/core';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateActivity } from '../api/create-activity.ts';
import { rowFieldErrors } from '../lib/form-errors.ts';
import type { FocusAreaSummary, PlanArea } from '../types.ts';
import { ActivityForm, activityErrors, activityInput, activityValues } from './activity-form.tsx';

type NewActivityProps = { focusAreas: ReadonlyArray<FocusAreaSummary>; areas: ReadonlyArray<PlanArea> };

export function NewActivity({ focusAreas, areas }: NewActivityProps) {
  // One key per activity being created, kept across retries so a repeated request cannot create two.
  const form = useFormSubmit({
    mutation: useCreateActivity(),
    initial: () => activityValues(null, focusAreas),
    validate: activityErrors,
    clientKey: true,
    resetOnSuccess: true,
    toBody: (values, clientKey) => ({ ...activityInput(values), clientKey }),
    errorsOf: rowFieldErrors,
  });
  const created = form.result?.value ?? null;
  return (
    <>
      {created ? (
        <Alert tone="success">
          {da.planUi.activityCreated}{' '}
          <Link to={`/plan/aktiviteter/${created.id}`}>
            {fill(da.planUi.readMore, { name: created.name })}
          </Link>
        </Alert>
      ) : null}
      <ActivityForm
        form={form}
        title={da.planUi.newActivity}
        focusAreas={focusAreas}
        areas={areas}
        submitLabel={da.planUi.createActivity}
      />
    </>
  );
}
