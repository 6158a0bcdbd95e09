import { da, fill } from '@helhed/core';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { todayInDenmark } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useMarkGoalReached } from '../api/mark-goal-reached.ts';
import type { Goal } from '../types.ts';

const ui = da.registrationUi;

/** One goal of an open forløb: "Markér som nået" with the day, or, once reached, "Ikke nået alligevel". */
export function GoalReachedForm({ caseId, goal }: { caseId: string; goal: Goal }) {
  const form = useFormSubmit({
    mutation: useMarkGoalReached(caseId, goal.id),
    initial: () => ({ achievedOn: todayInDenmark() }),
    toBody: (v) => ({ achievedOn: goal.achieved ? null : v.achievedOn }),
  });
  const label = fill(goal.achieved ? ui.goalNotReachedFor : ui.goalReachedFor, { goal: goal.text });
  return (
    <FormShell
      form={form}
      label={label}
      inline
      submitLabel={goal.achieved ? ui.goalNotReached : ui.markGoalReached}
      pendingLabel={ui.saving}
    >
      {goal.achieved ? null : (
        <TextField label={ui.goalReachedOn} type="date" {...form.field('achievedOn')} />
      )}
    </FormShell>
  );
}
