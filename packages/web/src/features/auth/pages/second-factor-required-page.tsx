import { da } from '@helhed/core';
import { useQueryClient } from '@tanstack/react-query';
import { Page } from '../../../components/ui/page.tsx';
import { authKeys } from '../api/keys.ts';
import { SecondFactorSection } from '../components/second-factor-section.tsx';

/** Shown instead of everything else to an administrator who has no second factor yet. */
export function SecondFactorRequiredPage() {
  const queryClient = useQueryClient();
  return (
    <Page title={da.secondFactor.ui.requiredTitle}>
      <p className="lead">{da.secondFactor.errors.setupRequired}</p>
      <SecondFactorSection onContinue={() => queryClient.invalidateQueries({ queryKey: authKeys.session })} />
    </Page>
  );
}
