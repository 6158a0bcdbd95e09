import { da, fill } from '@helhed/core';
import { Link, useParams } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useGoal } from '../api/get-goal.ts';
import { SeriesChart } from '../components/series-chart.tsx';
import { BreakNotes, SeriesPointsTable } from '../components/series-details.tsx';
import { PROGRAM_SLUG } from '../lib/program-slug.ts';

const t = da.programUi;

/** One political goal: every linked series in one chart, a table per series with the sources. */
export function GoalPage() {
  const position = Number(useParams().position);
  const goal = useGoal(PROGRAM_SLUG, position);
  return (
    <Page
      title={goal.data ? fill(t.goalLink, { position: String(position), text: goal.data.text }) : t.overview}
    >
      <QuerySection query={goal} label={t.overview}>
        {(g) => (
          <>
            <p className="lead">{t.goalIntro}</p>
            {g.series.length === 0 ? (
              <p>{t.goalNoSeries}</p>
            ) : (
              <SeriesChart series={g.series} title={g.text} />
            )}
            {g.series.map((s) => (
              <section key={s.key} className="series-section" aria-labelledby={`series-${s.key}`}>
                <h2 id={`series-${s.key}`}>{fill(t.chartTitle, { series: s.name, area: s.areaLabel })}</h2>
                <BreakNotes series={s} />
                <SeriesPointsTable series={s} />
              </section>
            ))}
            <h2>{t.activitiesHeading}</h2>
            {g.activities.length === 0 ? (
              <p>{t.noActivities}</p>
            ) : (
              <ul>
                {g.activities.map((a) => (
                  <li key={a.id}>
                    <Link to={`/program/videnbase/aktiviteter/${a.id}`}>{a.name}</Link> ({a.focusAreaName})
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QuerySection>
    </Page>
  );
}
