import { da } from '@helhed/core';
import { Link, useParams } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useIndicator } from '../api/get-indicator.ts';
import { usePlan } from '../api/get-plan.ts';
import { BaselinesTable } from '../components/baselines-table.tsx';
import { IndicatorChart } from '../components/indicator-chart.tsx';
import { IndicatorValuesForm } from '../components/indicator-values-form.tsx';
import { IndicatorValuesTable } from '../components/indicator-values-table.tsx';
import type { Indicator } from '../types.ts';

function Facts({ indicator }: { indicator: Indicator }) {
  return (
    <dl className="facts">
      <div className="facts__row">
        <dt>{da.planUi.goal}</dt>
        <dd>
          {indicator.focusAreaSlug ? (
            <Link to={`/plan/indsatsomraader/${indicator.focusAreaSlug}`}>{indicator.goal.text}</Link>
          ) : (
            <Link to="/plan/maal">{indicator.goal.text}</Link>
          )}
        </dd>
      </div>
      <div className="facts__row">
        <dt>{da.planUi.indicatorId}</dt>
        <dd>
          <code>{indicator.id}</code>
        </dd>
      </div>
      <div className="facts__row">
        <dt>{da.planUi.unit}</dt>
        <dd>{da.planUi.units[indicator.unit] ?? indicator.unit}</dd>
      </div>
      <div className="facts__row">
        <dt>{da.planUi.baselineYear}</dt>
        <dd>{indicator.baselineYear ?? da.planUi.notGiven}</dd>
      </div>
      <div className="facts__row">
        <dt>{da.planUi.dataSource}</dt>
        <dd>{indicator.dataSource ?? da.planUi.notGiven}</dd>
      </div>
    </dl>
  );
}

export function IndicatorPage() {
  const { id = '' } = useParams();
  const indicator = useIndicator(id);
  const plan = usePlan();
  const can = useCan();
  const areas = plan.data?.areas ?? [];
  const data = indicator.data;
  const pending = indicator.isPending || plan.isPending;
  return (
    <Page title={data?.name ?? da.planUi.indicator}>
      {pending ? (
        <div aria-busy="true">
          <Loading />
        </div>
      ) : null}
      {indicator.isError ? <QueryError error={indicator.error} onRetry={() => indicator.refetch()} /> : null}
      {plan.isError ? <QueryError error={plan.error} onRetry={() => plan.refetch()} /> : null}
      {data && plan.data ? (
        <>
          <section className="panel" aria-label={da.planUi.indicator}>
            <Facts indicator={data} />
          </section>
          <section className="panel" aria-labelledby="baselines-title">
            <h2 id="baselines-title">{da.planUi.baselines}</h2>
            <BaselinesTable indicator={data} areas={areas} />
          </section>
          <section className="panel" aria-labelledby="development-title">
            <h2 id="development-title">{da.planUi.development}</h2>
            <IndicatorChart indicator={data} areas={areas} />
            <IndicatorValuesTable indicator={data} areas={areas} />
          </section>
          {can('plan.edit') ? (
            <section className="panel">
              <IndicatorValuesForm key={data.id} indicator={data} areas={areas} />
            </section>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
