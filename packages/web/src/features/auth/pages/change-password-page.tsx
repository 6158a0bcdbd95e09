import { da } from '@helhed/core';
import { Page } from '../../../components/ui/page.tsx';
import { ChangePasswordForm } from '../components/change-password-form.tsx';

/** Shown instead of everything else while the user still has a one-time password. */
export function ChangePasswordPage() {
  return (
    <Page title={da.auth.changePasswordTitle}>
      <p className="lead">{da.auth.mustChangePassword}</p>
      <ChangePasswordForm />
    </Page>
  );
}
