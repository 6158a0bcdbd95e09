import { da } from '@helhed/core';
import { lazy, Suspense, useState } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { todayInDenmark } from '../../../lib/form.ts';
import { usePhases } from '../api/get-phases.ts';
import { statusExportUrl, useStatus } from '../api/get-status.ts';
import { PhaseForm } from '../components/phase-form.tsx';
import { PhasesTable } from '../components/phases-table.tsx';
import { RehousingNav, useIsLeader, useSeesHouseholds } from '../components/rehousing-nav.tsx';
import { ProgressPanel, StatusTable } from '../components/status-table.tsx';

const ui = da.rehousingUi;
// recharts is large; only this page needs it, so it loads on demand.
const StatusChart = lazy(async () => ({
  default: (await import('../components/status-chart.tsx')).StatusChart,
}));

function StatusSection({ phaseId, date }: { phaseId: string; date: string }) {
  const status = useStatus(phaseId, date);
  if (status.isPending) return <Loading />;
  if (status.isError) return <QueryError error={status.error} onRetry={() => status.refetch()} />;
  return (
    <>
      <section className="panel" aria-label={ui.overview}>
        <StatusTable table={status.data.table} />
        <p className="rehousing-exports">
          {ui.export}
          {(['csv', 'xlsx', 'pdf'] as const).map((format) => (
            <a
              key={format}
              className="button button--secondary"
              href={statusExportUrl(phaseId, date, format)}
              download
            >
              {format.toUpperCase()}
            </a>
          ))}
        </p>
      </section>
      <ProgressPanel progress={status.data.progress} />
      <section className="panel" aria-label={ui.chartTitle}>
        <Suspense fallback={<Loading label={ui.chartLoading} />}>
          <StatusChart series={status.data.series} />
        </Suspense>
      </section>
    </>
  );
}

/** Genhusning's front page: the committee table "pr. dato" for a phase, progress, the chart, phases. */
export function RehousingPage() {
  const phases = usePhases();
  const isLeader = useIsLeader();
  const seesHouseholds = useSeesHouseholds();
  const [phaseId, setPhaseId] = useState('');
  const [date, setDate] = useState(todayInDenmark());
  const [shown, setShown] = useState({ phaseId: '', date: todayInDenmark() });
  const options = [
    { value: '', label: ui.allPhases },
    ...(phases.data?.phases ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];
  return (
    <Page title={ui.title}>
      <RehousingNav />
      <p className="lead">{seesHouseholds ? ui.intro : ui.readerIntro}</p>
      <form
        className="rehousing-filters"
        onSubmit={(event) => {
          event.preventDefault();
          setShown({ phaseId, date });
        }}
      >
        <SelectField
          label={ui.phase}
          name="phaseId"
          options={options}
          value={phaseId}
          onChange={(e) => setPhaseId(e.target.value)}
        />
        <TextField
          label={ui.asOfDate}
          type="date"
          name="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <button type="submit" className="button">
          {ui.show}
        </button>
      </form>
      {shown.date ? <StatusSection phaseId={shown.phaseId} date={shown.date} /> : null}
      <section className="panel" aria-labelledby="rehousing-phases">
        <h2 id="rehousing-phases">{ui.phases}</h2>
        {phases.isError ? <QueryError error={phases.error} onRetry={() => phases.refetch()} /> : null}
        {phases.data ? <PhasesTable phases={phases.data.phases} /> : null}
        {isLeader && phases.data ? <PhaseForm list={phases.data} /> : null}
      </section>
    </Page>
  );
}
