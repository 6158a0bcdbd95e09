import { da, fill, formatLongDate, todayInDenmark } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { TextField } from '../../../components/form/form-field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { AS_OF_URL, useSubAgreementsAsOf } from '../api/get-as-of.ts';
import { usePlan } from '../api/get-plan.ts';
import { ChangesTable } from '../components/changes-table.tsx';
import { IndicatorTable } from '../components/indicator-table.tsx';
import { SubAgreementView } from '../components/sub-agreement-view.tsx';
import type { PlanArea, SubAgreementsAsOf } from '../types.ts';

const t = da.planAsOf;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The delaftaler of the chosen day, drawn with the same parts as today's focus area page. */
function AsOfView({ asOf, areas }: { asOf: SubAgreementsAsOf; areas: ReadonlyArray<PlanArea> }) {
  const date = formatLongDate(asOf.date);
  const download = (format: 'xlsx' | 'pdf') =>
    `${AS_OF_URL}?${new URLSearchParams({ date: asOf.date, format })}`;
  return (
    <>
      <h2 id="as-of-heading">{fill(t.asOfHeading, { date })}</h2>
      <p data-testid="changes-since">
        {asOf.changesSince === 0
          ? t.noChangesSince
          : asOf.changesSince === 1
            ? fill(t.oneChangeSince, { date })
            : fill(t.changesSince, { count: asOf.changesSince, date })}
      </p>
      <nav className="report-downloads no-print" aria-label={t.download}>
        <a className="button button--secondary" href={download('xlsx')} download>
          {t.downloadXlsx}
        </a>
        <a className="button button--secondary" href={download('pdf')} download>
          {t.downloadPdf}
        </a>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t.print}
        </button>
      </nav>
      {asOf.focusAreas.map((focusArea) => (
        <section key={focusArea.slug} className="panel" aria-labelledby={`as-of-${focusArea.slug}`}>
          <h3 id={`as-of-${focusArea.slug}`}>{focusArea.name}</h3>
          <SubAgreementView subAgreement={focusArea.subAgreement} />
          {focusArea.goals.map((goal) => (
            <section key={goal.id} aria-label={goal.text} className="goal">
              <h4>{goal.text}</h4>
              <IndicatorTable goal={goal.text} indicators={goal.indicators} areas={areas} />
            </section>
          ))}
          <h4>{t.activities}</h4>
          {focusArea.activities.length === 0 ? (
            <p>{t.noActivities}</p>
          ) : (
            <ul>
              {focusArea.activities.map((activity) => (
                <li key={activity.id}>{activity.name}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {asOf.changesSince > 0 ? (
        <>
          <h2>{fill(t.changesSinceHeading, { date })}</h2>
          <ChangesTable
            after={asOf.date}
            label={fill(t.changesSinceHeading, { date })}
            caption={fill(t.changesSinceHeading, { date })}
          />
        </>
      ) : null}
    </>
  );
}

export function AsOfPage() {
  const [params, setParams] = useSearchParams();
  const chosen = params.get('dato');
  const date = chosen && DAY.test(chosen) ? chosen : null;
  const [draft, setDraft] = useState(date ?? todayInDenmark());
  const asOf = useSubAgreementsAsOf(date);
  const plan = usePlan();
  const start = plan.data?.periodStart ?? undefined;
  const fieldError =
    asOf.error instanceof ApiError ? (asOf.error.fieldErrors().date ?? errorMessage(asOf.error)) : undefined;

  function show(event: FormEvent) {
    event.preventDefault();
    setParams({ dato: draft });
  }

  return (
    <Page title={t.title}>
      <p className="lead">{t.intro}</p>
      <form className="form form--narrow no-print" onSubmit={show} noValidate>
        <TextField
          label={t.dateLabel}
          hint={t.dateHint}
          type="date"
          name="dato"
          value={draft}
          min={start}
          max={todayInDenmark()}
          required
          onChange={(event) => setDraft(event.target.value)}
          {...(fieldError ? { error: fieldError } : {})}
        />
        <button type="submit" className="button">
          {t.show}
        </button>
      </form>
      {asOf.isFetching ? (
        <div aria-busy="true">
          <Loading />
        </div>
      ) : null}
      {asOf.data ? <AsOfView asOf={asOf.data} areas={plan.data?.areas ?? []} /> : null}
    </Page>
  );
}
