import { da, fill } from '@helhed/core';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateActivity } from '../api/create-activity.ts';
import { serverFieldErrors } from '../lib/form-errors.ts';
import type { FocusAreaSummary } from '../types.ts';
import { ActivityForm, activityErrors, activityInput, activityValues } from './activity-form.tsx';

export function NewActivity({ focusAreas }: { focusAreas: ReadonlyArray<FocusAreaSummary> }) {
  // One key per activity being created, kept across retries so a repeated request cannot create two.
  const form = useFormSubmit({
    mutation: useCreateActivity(),
    initial: () => activityValues(null, focusAreas),
    validate: activityErrors,
    clientKey: true,
    resetOnSuccess: true,
    toBody: (values, clientKey) => ({ ...activityInput(values), clientKey }),
    errorsOf: serverFieldErrors,
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
        submitLabel={da.planUi.createActivity}
      />
    </>
  );
}
