import { da } from '@helhed/core';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useFocusArea } from '../api/get-focus-area.ts';
import { usePlan } from '../api/get-plan.ts';
import { IndicatorTable } from '../components/indicator-table.tsx';
import { SubAgreementForm } from '../components/sub-agreement-form.tsx';
import { SubAgreementView } from '../components/sub-agreement-view.tsx';
import type { FocusArea } from '../types.ts';

function SubAgreementSection({ focusArea, canEdit }: { focusArea: FocusArea; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  function done(wasSaved: boolean) {
    setEditing(false);
    setSaved(wasSaved);
    // Back to the button that opened the form, so keyboard users keep their place.
    requestAnimationFrame(() => editButton.current?.focus());
  }
  return (
    <section className="panel" aria-labelledby="sub-agreement-title">
      <h2 id="sub-agreement-title">{da.planUi.subAgreement}</h2>
      {saved ? <Alert tone="success">{da.planUi.subAgreementSaved}</Alert> : null}
      {editing ? (
        <SubAgreementForm subAgreement={focusArea.subAgreement} onDone={done} />
      ) : (
        <>
          <SubAgreementView subAgreement={focusArea.subAgreement} />
          {canEdit ? (
            <button
              ref={editButton}
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {da.planUi.editSubAgreement}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}

export function FocusAreaPage() {
  const { slug = '' } = useParams();
  const focusArea = useFocusArea(slug);
  const plan = usePlan();
  const can = useCan();
  const areas = plan.data?.areas ?? [];
  const data = focusArea.data;
  return (
    <Page title={data?.name ?? da.planUi.focusAreasTitle}>
      {focusArea.isPending ? (
        <div aria-busy="true">
          <Loading />
        </div>
      ) : null}
      {focusArea.isError ? <QueryError error={focusArea.error} onRetry={() => focusArea.refetch()} /> : null}
      {data ? (
        <>
          {data.goalText ? <p className="lead">{data.goalText}</p> : null}
          <SubAgreementSection focusArea={data} canEdit={can('plan.edit')} />
          <section className="panel" aria-labelledby="goals-title">
            <h2 id="goals-title">{da.planUi.goals}</h2>
            {data.goals.map((goal) => (
              <section key={goal.id} aria-labelledby={`goal-${goal.id}`} className="goal">
                <h3 id={`goal-${goal.id}`}>{goal.text}</h3>
                <IndicatorTable goal={goal.text} indicators={goal.indicators} areas={areas} />
              </section>
            ))}
          </section>
          <section className="panel" aria-labelledby="activities-title">
            <h2 id="activities-title">{da.planUi.activitiesOfFocusArea}</h2>
            {data.activities.length === 0 ? (
              <p>{da.planUi.noActivities}</p>
            ) : (
              <ul className="link-list">
                {data.activities.map((activity) => (
                  <li key={activity.id}>
                    <Link to={`/plan/aktiviteter/${activity.id}`}>{activity.name}</Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}
