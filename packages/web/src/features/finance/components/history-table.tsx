import { da, formatDateTime, formatKroner, formatPercent } from '@helhed/core';
import { useState } from 'react';
import { Pager } from '../../../components/pager.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { CaptionedTable } from '../../plan/components/table-wrap.tsx';
import { FINANCE_CHANGES_PAGE_SIZE, useFinanceChanges } from '../api/get-changes.ts';

const ui = da.finance.ui;
const h = ui.historyColumns;

/** The budget's history: who changed which cell (or the minimum) when, before → after. */
export function HistoryTable() {
  const [offset, setOffset] = useState(0);
  const changes = useFinanceChanges(offset);
  return (
    <QuerySection
      query={changes}
      labelledBy="finance-history-heading"
      header={<h2 id="finance-history-heading">{ui.historyHeading}</h2>}
    >
      {(data) => {
        const show = (what: string, value: number | null) =>
          value === null
            ? da.web.empty
            : what === ui.historyMinimum
              ? formatPercent(value)
              : formatKroner(value);
        return (
          <>
            <CaptionedTable
              caption={ui.historyCaption}
              headers={[h.when, h.who, h.what, h.before, h.after]}
              testId="finance-history"
            >
              {data.changes.length === 0 ? (
                <tr>
                  <td colSpan={5}>{ui.historyEmpty}</td>
                </tr>
              ) : (
                data.changes.map((change) => (
                  <tr key={change.id}>
                    <th scope="row">{formatDateTime(change.occurredAt)}</th>
                    <td className="wrap-anywhere">{change.actorEmail}</td>
                    <td>{change.what}</td>
                    <td className="numeric">{show(change.what, change.before)}</td>
                    <td className="numeric">{show(change.what, change.after)}</td>
                  </tr>
                ))
              )}
            </CaptionedTable>
            <Pager
              label={ui.historyPager}
              offset={offset}
              pageSize={FINANCE_CHANGES_PAGE_SIZE}
              shown={data.changes.length}
              total={data.total}
              onPage={setOffset}
            />
          </>
        );
      }}
    </QuerySection>
  );
}
