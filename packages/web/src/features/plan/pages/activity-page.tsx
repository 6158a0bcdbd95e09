import { da } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCan } from '../../auth/api/get-session.ts';
import { useActivity } from '../api/get-activity.ts';
import { usePlan } from '../api/get-plan.ts';
import { useUpdateActivity } from '../api/update-activity.ts';
import { ActivityDetails } from '../components/activity-details.tsx';
import { ActivityForm, activityErrors, activityInput, activityValues } from '../components/activity-form.tsx';
import { rowFieldErrors } from '../lib/form-errors.ts';
import type { Activity, ActivityInput, FocusAreaSummary, PlanArea } from '../types.ts';

/**
 * Only the fields the user changed, compared with the form as it opened, so the history records
 * exactly those (a list sent is the whole list; the server keeps what its unchanged rows hold).
 */
function changedFields(activity: Activity, input: ActivityInput): Partial<ActivityInput> {
  const opened = activityInput(activityValues(activity, []));
  const changes: Partial<ActivityInput> = {};
  for (const key of Object.keys(input) as Array<keyof ActivityInput>) {
    if (JSON.stringify(input[key]) !== JSON.stringify(opened[key]))
      Object.assign(changes, { [key]: input[key] });
  }
  return changes;
}

type EditProps = {
  activity: Activity;
  focusAreas: ReadonlyArray<FocusAreaSummary>;
  areas: ReadonlyArray<PlanArea>;
};

function EditActivityForm({
  activity,
  focusAreas,
  areas,
  onClose,
}: EditProps & { onClose: (saved: boolean) => void }) {
  const form = useFormSubmit({
    mutation: useUpdateActivity(activity.id),
    initial: () => activityValues(activity, focusAreas),
    validate: activityErrors,
    toBody: (values) => changedFields(activity, activityInput(values)),
    errorsOf: rowFieldErrors,
    onSuccess: () => onClose(true),
  });
  // Nothing changed: the form closes without a request.
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    const valid = Object.keys(activityErrors(form.values)).length === 0;
    const changed = Object.keys(changedFields(activity, activityInput(form.values))).length > 0;
    if (form.isPending || !valid || changed) {
      form.handleSubmit(event);
      return;
    }
    event.preventDefault();
    onClose(false);
  }
  return (
    <ActivityForm
      form={form}
      title={da.planUi.editActivity}
      focusAreas={focusAreas}
      areas={areas}
      submitLabel={da.planUi.save}
      onSubmit={handleSubmit}
      onCancel={() => onClose(false)}
    />
  );
}

function EditActivity({ activity, focusAreas, areas }: EditProps) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  function close(wasSaved: boolean) {
    setEditing(false);
    setSaved(wasSaved);
    requestAnimationFrame(() => button.current?.focus());
  }
  if (editing) {
    return <EditActivityForm activity={activity} focusAreas={focusAreas} areas={areas} onClose={close} />;
  }
  return (
    <>
      {saved ? <Alert tone="success">{da.planUi.activitySaved}</Alert> : null}
      <button
        ref={button}
        type="button"
        className="button button--secondary"
        onClick={() => {
          setSaved(false);
          setEditing(true);
        }}
      >
        {da.planUi.editActivity}
      </button>
    </>
  );
}

export function ActivityPage() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const plan = usePlan();
  const can = useCan();
  const data = activity.data;
  return (
    <Page title={data?.name ?? da.planUi.activity}>
      <p>
        <Link to="/plan/aktiviteter">{da.planUi.backToActivities}</Link>
      </p>
      {activity.isPending ? (
        <div aria-busy="true">
          <Loading />
        </div>
      ) : null}
      {activity.isError ? <QueryError error={activity.error} onRetry={() => activity.refetch()} /> : null}
      {data ? (
        <section className="panel" aria-label={data.name}>
          <ActivityDetails activity={data} areas={plan.data?.areas ?? []} />
        </section>
      ) : null}
      {data && plan.data && can('plan.edit') ? (
        <section className="panel">
          <EditActivity activity={data} focusAreas={plan.data.focusAreas} areas={plan.data.areas} />
        </section>
      ) : null}
    </Page>
  );
}
