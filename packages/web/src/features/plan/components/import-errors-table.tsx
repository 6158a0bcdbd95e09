import { da, formatInteger } from '@helhed/core';
import type { ImportRowError } from '../types.ts';
import { CaptionedTable } from './table-wrap.tsx';

/** Every bad row of a rejected import, in file order. */
export function ImportErrorsTable({ rows }: { rows: ReadonlyArray<ImportRowError> }) {
  return (
    <CaptionedTable
      caption={da.planUi.importErrorsCaption}
      headers={[da.planUi.row, da.planUi.field, da.planUi.message]}
      testId="import-errors"
    >
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list from the server, never reordered.
        <tr key={`${row.row}-${row.field ?? ''}-${index}`}>
          <th scope="row">{row.row === 0 ? da.planUi.wholeFile : formatInteger(row.row)}</th>
          <td>{row.field ?? '–'}</td>
          <td>{row.message}</td>
        </tr>
      ))}
    </CaptionedTable>
  );
}
