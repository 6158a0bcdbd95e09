import { da } from '@helhed/core';
import { Page } from '../../../components/ui/page.tsx';
import { ChangesTable } from '../components/changes-table.tsx';

export function HistoryPage() {
  return (
    <Page title={da.planUi.historyTitle}>
      <p className="lead">{da.planUi.historyIntro}</p>
      <ChangesTable label={da.planUi.historyTitle} caption={da.planUi.historyCaption} />
    </Page>
  );
}
