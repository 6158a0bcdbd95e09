import { da } from '@helhed/core';
import { CheckboxField } from '../../../components/form/checkbox-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useSetComparisonShares } from '../api/comparison.ts';
import type { ComparisonShares } from '../types.ts';

const t = da.reports.comparison.share;

/** The leadership ticks the plans that may see the plan's fixed indicators; saving replaces the set. */
export function ComparisonSharesForm({ shares }: { shares: ComparisonShares }) {
  const form = useFormSubmit({
    mutation: useSetComparisonShares(),
    initial: () => Object.fromEntries(shares.plans.map((plan) => [plan.id, plan.shared])),
    toBody: (values: Record<string, boolean>) => ({
      planIds: shares.plans.filter((plan) => values[plan.id]).map((plan) => plan.id),
    }),
  });
  if (shares.plans.length === 0) return <p>{t.none}</p>;
  return (
    <FormShell
      form={form}
      label={t.title}
      submitLabel={t.submit}
      pendingLabel={t.pending}
      notice={form.result ? <Alert tone="success">{t.saved}</Alert> : null}
    >
      <fieldset className="fieldset">
        <legend>{t.legend}</legend>
        {shares.plans.map((plan) => (
          <CheckboxField
            key={plan.id}
            label={plan.name}
            name={`share-${plan.id}`}
            checked={form.values[plan.id] ?? false}
            onChange={(checked) => form.setValues((current) => ({ ...current, [plan.id]: checked }))}
          />
        ))}
      </fieldset>
    </FormShell>
  );
}
