import { da } from '@helhed/core';
import { Page } from '../../../components/ui/page.tsx';

export function AdminPage() {
  return (
    <Page title={da.admin.title}>
      <p className="lead">{da.admin.intro}</p>
    </Page>
  );
}
