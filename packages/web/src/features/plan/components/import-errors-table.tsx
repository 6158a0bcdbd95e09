import { da, formatInteger } from '@helhed/core';
import type { ImportRowError } from '../types.ts';
import { TableWrap } from './table-wrap.tsx';

/** Every bad row of a rejected import, in file order. */
export function ImportErrorsTable({ rows }: { rows: ReadonlyArray<ImportRowError> }) {
  return (
    <TableWrap label={da.planUi.importErrorsCaption}>
      <table className="table" data-testid="import-errors">
        <caption>{da.planUi.importErrorsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{da.planUi.row}</th>
            <th scope="col">{da.planUi.field}</th>
            <th scope="col">{da.planUi.message}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a static list from the server, never reordered.
            <tr key={`${row.row}-${row.field ?? ''}-${index}`}>
              <th scope="row">{row.row === 0 ? da.planUi.wholeFile : formatInteger(row.row)}</th>
              <td>{row.field ?? '–'}</td>
              <td>{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
