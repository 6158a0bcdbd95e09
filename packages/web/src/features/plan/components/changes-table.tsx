import { da, fill, formatDateTime } from '@helhed/core';
import { useState } from 'react';
import { QuerySection } from '../../../components/query-section.tsx';
import { CHANGES_PAGE_SIZE, useChanges } from '../api/get-changes.ts';
import { formatChangeValue } from '../lib/format.ts';
import type { PlanChange } from '../types.ts';
import { CaptionedTable } from './table-wrap.tsx';

/** Internal keys (ids, sort order, timestamps) say nothing to the board; they are left out. */
const HIDDEN_FIELDS = /(^id$|Id$|^position$|^planId$|^clientKey$|At$)/;

function ChangedFields({ change }: { change: PlanChange }) {
  const fields = change.changedFields.filter((field) => !HIDDEN_FIELDS.test(field.field));
  if (fields.length === 0) return <>{da.web.empty}</>;
  const label = (field: string) => da.planUi.fieldNames[field] ?? field;
  return (
    <ul className="change-list">
      {fields.map((field) => (
        <li key={field.field}>
          {change.operation === 'update'
            ? fill(da.planUi.beforeAfter, {
                field: label(field.field),
                before: formatChangeValue(field.before),
                after: formatChangeValue(field.after),
              })
            : // A created or deleted record: its values, without a meaningless "(tom) →".
              `${label(field.field)}: ${formatChangeValue(change.operation === 'create' ? field.after : field.before)}`}
        </li>
      ))}
    </ul>
  );
}

/** The plan's history, newest first, a page at a time; with `after`, only what changed after that day. */
export function ChangesTable({ after, label, caption }: { after?: string; label: string; caption: string }) {
  const [offset, setOffset] = useState(0);
  const changes = useChanges(offset, after);
  return (
    <QuerySection query={changes} label={label}>
      {(data) => (
        <>
          <CaptionedTable
            caption={caption}
            headers={[da.planUi.when, da.planUi.who, da.planUi.what, da.planUi.operation, da.planUi.changes]}
            testId="plan-changes"
          >
            {data.changes.length === 0 ? (
              <tr>
                <td colSpan={5}>{da.planUi.noChanges}</td>
              </tr>
            ) : (
              data.changes.map((change) => (
                <tr key={change.id}>
                  <th scope="row">{formatDateTime(change.occurredAt)}</th>
                  {change.actorEmail.startsWith('system:') ? (
                    <td>{da.planUi.systemActor}</td>
                  ) : (
                    <td className="wrap-anywhere">{change.actorEmail}</td>
                  )}
                  <td>
                    {da.planUi.entityTypes[change.entityType] ?? change.entityType}
                    {change.entityLabel ? `: ${change.entityLabel}` : ''}
                  </td>
                  <td>{da.planUi.operations[change.operation] ?? change.operation}</td>
                  <td>
                    <ChangedFields change={change} />
                  </td>
                </tr>
              ))
            )}
          </CaptionedTable>
          <nav className="pager" aria-label={da.planUi.historyPager}>
            <p className="pager__status">
              {fill(da.web.pageStatus, {
                from: data.total === 0 ? 0 : offset + 1,
                to: offset + data.changes.length,
                total: data.total,
              })}
            </p>
            <div className="pager__buttons">
              <button
                type="button"
                className="button button--secondary"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - CHANGES_PAGE_SIZE))}
              >
                {da.web.previous}
              </button>
              <button
                type="button"
                className="button button--secondary"
                disabled={offset + CHANGES_PAGE_SIZE >= data.total}
                onClick={() => setOffset(offset + CHANGES_PAGE_SIZE)}
              >
                {da.web.next}
              </button>
            </div>
          </nav>
        </>
      )}
    </QuerySection>
  );
}
