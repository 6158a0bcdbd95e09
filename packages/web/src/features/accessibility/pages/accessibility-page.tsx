import { da } from '@helhed/core';
import { Page } from '../../../components/ui/page.tsx';

export function AccessibilityPage() {
  return (
    <Page title={da.accessibility.title} className="prose">
      <p className="lead">{da.accessibility.target}</p>
      <h2>{da.accessibility.statusTitle}</h2>
      <p>{da.accessibility.status}</p>
      <h2>{da.accessibility.reportTitle}</h2>
      <p>{da.accessibility.report}</p>
    </Page>
  );
}
