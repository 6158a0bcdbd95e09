import { da, fill, formatDate } from '@helhed/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { SelectField } from '../../../components/form/form-field.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { quarterlyUrl, useQuarterlyReport } from '../api/get-quarterly-report.ts';
import { ActivitiesTable } from '../components/activities-table.tsx';
import { AreasTable, OutcomesTable, ReferralsTable } from '../components/breakdown-tables.tsx';
import { QuarterApprovalPanel } from '../components/quarter-approval-panel.tsx';
import { QuarterlyChart } from '../components/quarterly-chart.tsx';
import { ReportDownloads, ReportLegend, SyntheticBanner } from '../components/report-legend.tsx';
import { SentBackNotice } from '../components/sent-back-notice.tsx';
import { lastCompletedQuarter, quarterLabel, quarterOptions, showCount } from '../lib/periods.ts';
import type { QuarterlyReport } from '../types.ts';

const FIRST_YEAR = 2024;
const t = da.reports.ui;

function Summary({ report }: { report: QuarterlyReport }) {
  const totals = report.totals;
  const items = [
    [da.reports.columns.uniqueParticipants, showCount(totals.uniqueParticipants)],
    [da.reports.columns.referralsReceived, showCount(totals.referralsReceived.total)],
    [da.reports.columns.casesStarted, showCount(totals.casesStarted)],
    [da.reports.columns.casesActive, showCount(totals.casesActive)],
    [da.reports.columns.casesEnded, showCount(totals.casesEnded)],
    [da.reports.columns.sessionsHeld, String(totals.sessionsHeld)],
  ] as const;
  return (
    <dl className="report-summary">
      {items.map(([label, value]) => (
        <div key={label} className="report-summary__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Rapporter's first page, the quarterly leverancemåling: picker, summary, chart, tables, downloads. */
export function QuarterlyPage() {
  const [params, setParams] = useSearchParams();
  const options = quarterOptions(FIRST_YEAR);
  const quarter = params.get('kvartal') ?? lastCompletedQuarter();
  const [focusAreaId, setFocusAreaId] = useState('');
  const report = useQuarterlyReport(quarter);
  const focusAreas = [
    ...new Map((report.data?.activities ?? []).map((row) => [row.focusAreaId, row.focusAreaName])),
  ];
  return (
    <Page title={da.reports.title}>
      <SentBackNotice />
      <h2>{da.reports.quarterlyTitle}</h2>
      <p className="lead">{t.intro}</p>
      <div className="report-controls">
        <SelectField
          label={t.quarterPicker}
          value={quarter}
          onChange={(event) => setParams({ kvartal: event.target.value })}
          options={(options.includes(quarter) ? options : [quarter, ...options]).map((key) => ({
            value: key,
            label: quarterLabel(key),
          }))}
        />
        <SelectField
          label={t.focusAreaFilter}
          value={focusAreaId}
          onChange={(event) => setFocusAreaId(event.target.value)}
          options={[
            { value: '', label: t.allFocusAreas },
            ...focusAreas.map(([value, label]) => ({ value, label })),
          ]}
        />
      </div>
      <ReportDownloads
        urls={{
          csv: quarterlyUrl(quarter, 'csv'),
          xlsx: quarterlyUrl(quarter, 'xlsx'),
          pdf: quarterlyUrl(quarter, 'pdf'),
        }}
      />
      {report.data && (
        <ReportLegend extra={[da.reports.uniqueNote]} threshold={report.data.discretionThreshold} />
      )}
      <QuerySection query={report} label={da.reports.quarterlyTitle}>
        {(data) => (
          <>
            <SyntheticBanner seed={data.synthetic?.seedNumber} />
            <h2>{fill(t.activitiesCaption, { quarter: quarterLabel(data.quarter) })}</h2>
            <p>
              {fill(da.reports.periodLabel, {
                start: formatDate(data.period.start),
                end: formatDate(data.period.end),
              })}
              . {fill(da.reports.comparisonLabel, { quarter: quarterLabel(data.comparison.quarter) })}.
            </p>
            <QuarterApprovalPanel
              quarter={data.quarter}
              activities={data.activities.map((row) => ({ id: row.activityId, name: row.activityName }))}
            />
            <Summary report={data} />
            <QuarterlyChart report={data} focusAreaId={focusAreaId} />
            <ActivitiesTable report={data} focusAreaId={focusAreaId} />
            <h2>{da.reports.sections.referrals}</h2>
            <ReferralsTable report={data} />
            <h2>{da.reports.sections.outcomes}</h2>
            <OutcomesTable report={data} />
            <h2>{da.reports.sections.areas}</h2>
            <AreasTable report={data} />
          </>
        )}
      </QuerySection>
    </Page>
  );
}
