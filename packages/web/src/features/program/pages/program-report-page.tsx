import { da, fill, formatSeriesValue } from '@helhed/core';
import { useState } from 'react';
import { TextField } from '../../../components/form/form-field.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { programReportPdfUrl, useProgramReport } from '../api/get-program-report.ts';
import { BreakNotes } from '../components/series-details.tsx';
import { PROGRAM_SLUG } from '../lib/program-slug.ts';

const t = da.programUi;

/** The program report on screen, the same JSON as the PDF; the PDF is generated on demand. */
export function ProgramReportPage() {
  const [quarter, setQuarter] = useState('');
  const report = useProgramReport(PROGRAM_SLUG, /^\d{4}-[QK][1-4]$/.test(quarter) ? quarter : '');
  return (
    <Page title={t.report}>
      <p className="lead">{t.reportIntro}</p>
      <TextField
        label={t.quarter}
        hint="2025-Q1"
        value={quarter}
        onChange={(e) => setQuarter(e.target.value.trim())}
      />
      <p>
        <a className="button" href={programReportPdfUrl(PROGRAM_SLUG, report.data?.quarter)} download>
          {t.downloadPdf}
        </a>
      </p>
      <QuerySection query={report} label={t.report}>
        {(r) =>
          r.goals.map((g) => (
            <section key={g.position} aria-labelledby={`report-goal-${g.position}`} className="report-goal">
              <h2 id={`report-goal-${g.position}`}>
                {fill(t.goalLink, { position: String(g.position), text: g.text })}
              </h2>
              {g.series.length === 0 ? <p>{t.goalNoSeries}</p> : null}
              {g.series.map((s) => (
                <div key={s.key}>
                  <h3>{fill(t.chartTitle, { series: s.name, area: s.areaLabel })}</h3>
                  <ul>
                    {s.points.map((p) => (
                      <li key={`${p.year}-${p.definitionKey}`}>
                        {p.year}:{' '}
                        {formatSeriesValue(
                          p.value,
                          s.definitions.find((d) => d.key === p.definitionKey)?.unit ?? 'pct',
                        )}{' '}
                        – {p.source}
                      </li>
                    ))}
                  </ul>
                  <BreakNotes series={s} />
                </div>
              ))}
              <h3>{fill(t.deliveries, { quarter: r.quarter })}</h3>
              {g.deliveries.length === 0 ? (
                <p>{t.noActivities}</p>
              ) : (
                <table className="table">
                  <caption>{fill(t.deliveries, { quarter: r.quarter })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.columns.activity}</th>
                      <th scope="col">{t.participants}</th>
                      <th scope="col">{t.casesStarted}</th>
                      <th scope="col">{t.sessions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.deliveries.map((d) => (
                      <tr key={d.activityId}>
                        <th scope="row">{d.activityName}</th>
                        <td>{d.uniqueParticipants}</td>
                        <td>{d.casesStarted}</td>
                        <td>{d.sessionsHeld}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          ))
        }
      </QuerySection>
    </Page>
  );
}
