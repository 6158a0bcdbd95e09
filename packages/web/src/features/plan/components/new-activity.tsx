import { da, fill } from '@helhed/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { newClientKey } from '../../../lib/client-key.ts';
import { useCreateActivity } from '../api/create-activity.ts';
import type { Activity, FocusAreaSummary } from '../types.ts';
import { ActivityForm, activityValues } from './activity-form.tsx';

export function NewActivity({ focusAreas }: { focusAreas: ReadonlyArray<FocusAreaSummary> }) {
  const create = useCreateActivity();
  // One key per activity being created, kept across retries so a repeated request cannot create two.
  const clientKey = useRef<string | null>(null);
  const [created, setCreated] = useState<Activity | null>(null);
  const [formKey, setFormKey] = useState(0);
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
        key={formKey}
        title={da.planUi.newActivity}
        initial={activityValues(null, focusAreas)}
        focusAreas={focusAreas}
        pending={create.isPending}
        error={create.error}
        submitLabel={da.planUi.createActivity}
        onSubmit={(input, onFailed) => {
          setCreated(null);
          clientKey.current ??= newClientKey();
          create.mutate(
            { ...input, clientKey: clientKey.current },
            {
              onSuccess: (activity) => {
                clientKey.current = null;
                setCreated(activity);
                setFormKey((n) => n + 1);
              },
              onError: onFailed,
            },
          );
        }}
      />
    </>
  );
}
