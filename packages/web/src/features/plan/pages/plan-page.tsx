import { da, fill, formatLongDate } from '@helhed/core';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { usePlan } from '../api/get-plan.ts';

export function PlanPage() {
  const plan = usePlan();
  return (
    <Page title={da.plan.title}>
      <p className="lead">{da.plan.intro}</p>
      <section className="panel" aria-busy={plan.isPending} aria-label={da.plan.title}>
        {plan.isPending ? <Loading /> : null}
        {plan.isError ? <QueryError error={plan.error} onRetry={() => plan.refetch()} /> : null}
        {plan.data ? (
          <dl className="facts">
            <div className="facts__row">
              <dt>{da.plan.name}</dt>
              <dd>{plan.data.name}</dd>
            </div>
            <div className="facts__row">
              <dt>{da.plan.slug}</dt>
              <dd>
                <code>{plan.data.slug}</code>
              </dd>
            </div>
            <div className="facts__row">
              <dt>{da.plan.period}</dt>
              <dd>
                {fill(da.plan.periodRange, {
                  start: formatLongDate(plan.data.periodStart),
                  end: formatLongDate(plan.data.periodEnd),
                })}
              </dd>
            </div>
          </dl>
        ) : null}
      </section>
    </Page>
  );
}
