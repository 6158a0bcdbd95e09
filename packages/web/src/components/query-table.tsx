import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QuerySection } from './query-section.tsx';
import { DataTable, type DataTableProps } from './ui/data-table.tsx';

type QueryTableProps<T> = Omit<DataTableProps<T>, 'rows'> & {
  query: UseQueryResult<ReadonlyArray<T>>;
  /** Offers a retry button with the error (default on). */
  retry?: boolean;
  /** Shown in the region after the table, for example a form that adds a row. */
  footer?: ReactNode;
};

/** A region named by the table's caption: loading, a Danish error, or the rows in a DataTable. */
export function QueryTable<T>({ query, retry, footer, ...table }: QueryTableProps<T>) {
  return (
    <QuerySection query={query} label={table.caption} retry={retry} footer={footer}>
      {(rows) => <DataTable {...table} rows={rows} />}
    </QuerySection>
  );
}
