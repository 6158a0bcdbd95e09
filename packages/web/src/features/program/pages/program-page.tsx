import { da, fill, formatLongDate } from '@helhed/core';
import { Link } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useProgram } from '../api/get-program.ts';
import { PROGRAM_SLUG } from '../lib/program-slug.ts';

const t = da.programUi;

/** Program Vollsmose: the byråd's eight political goals, each leading to its figures over time. */
export function ProgramPage() {
  const program = useProgram(PROGRAM_SLUG);
  return (
    <Page title={program.data?.name ?? t.overview}>
      <QuerySection query={program} label={t.overview}>
        {(p) => (
          <>
            <p className="lead">{p.description}</p>
            <dl className="facts">
              <dt>{t.owner}</dt>
              <dd>{p.owner}</dd>
              <dt>{t.decided}</dt>
              <dd>{p.decidedOn ? formatLongDate(p.decidedOn) : t.notGiven}</dd>
              <dt>{t.source}</dt>
              <dd>{p.source}</dd>
            </dl>
            <h2>{t.goalsHeading}</h2>
            <ol className="program-goals">
              {p.goals.map((g) => (
                <li key={g.position} className="program-goals__item">
                  <Link to={`/program/maal/${g.position}`}>{g.text}</Link>
                  <span className="program-goals__meta">
                    {g.seriesCount === 0
                      ? t.goalNoSeries
                      : g.seriesCount === 1
                        ? t.goalSeriesOne
                        : fill(t.goalSeries, { count: String(g.seriesCount) })}
                    {g.breakCount > 0 ? ` · ${fill(t.goalBreaks, { count: String(g.breakCount) })}` : ''}
                  </span>
                </li>
              ))}
            </ol>
            {p.goalsSource ? (
              <p className="source-note">
                {t.source}: {p.goalsSource}
              </p>
            ) : null}
          </>
        )}
      </QuerySection>
    </Page>
  );
}
