import { da } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useGoals } from '../api/get-goals.ts';
import { usePlan } from '../api/get-plan.ts';
import { IndicatorTable } from '../components/indicator-table.tsx';

/** Section 5 of the plan: the strategic goals and their indicators. */
export function GoalsPage() {
  const goals = useGoals();
  const plan = usePlan();
  const areas = plan.data?.areas ?? [];
  return (
    <Page title={da.planUi.goalsTitle}>
      <p className="lead">{da.planUi.goalsIntro}</p>
      <QuerySection query={goals} label={da.planUi.goalsTitle}>
        {(data) =>
          data.goals
            .filter((goal) => goal.level === 'overordnet')
            .map((goal) => (
              <section key={goal.id} aria-labelledby={`goal-${goal.id}`} className="goal">
                <h2 id={`goal-${goal.id}`}>{goal.text}</h2>
                <IndicatorTable goal={goal.text} indicators={goal.indicators} areas={areas} />
              </section>
            ))
        }
      </QuerySection>
    </Page>
  );
}
