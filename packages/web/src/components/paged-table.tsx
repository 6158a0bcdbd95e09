import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ListParams } from '../lib/use-list-params.ts';
import { Pager } from './pager.tsx';
import { QuerySection } from './query-section.tsx';
import { type Column, DataTable } from './ui/data-table.tsx';

type PagedTableProps<P extends { total: number }, T> = {
  /** One page from the server, as `list` describes it. */
  query: UseQueryResult<P>;
  rowsOf: (page: P) => ReadonlyArray<T>;
  /** Any list's parameters: the table only pages and sorts. */
  list: Pick<ListParams<never>, 'page' | 'sortBy' | 'tableSort'> & { view: { offset: number } };
  pageSize: number;
  caption: string;
  /** Names the page navigation, e.g. "Sider i deltagerlisten". */
  pagingLabel: string;
  columns: ReadonlyArray<Column<T>>;
  rowKey: (row: T) => string;
  emptyText: string;
  /** Shown in the region after the table, for example a form that adds a row. */
  footer?: ReactNode;
};

/**
 * A server list's page: loading and errors, the rows in a table whose column headers sort on the
 * server, and "Forrige"/"Næste" with "Viser 1–50 af 1.876". The view lives in the address (useListParams).
 */
export function PagedTable<P extends { total: number }, T>(props: PagedTableProps<P, T>) {
  const { query, rowsOf, list, pageSize, pagingLabel, footer, ...table } = props;
  return (
    <QuerySection query={query} label={table.caption} busy={query.isFetching} footer={footer}>
      {(page) => (
        <>
          <DataTable
            {...table}
            rows={rowsOf(page)}
            serverSorting={{ sort: list.tableSort, onSort: list.sortBy }}
          />
          <Pager
            label={pagingLabel}
            offset={list.view.offset}
            pageSize={pageSize}
            shown={rowsOf(page).length}
            total={page.total}
            onPage={list.page}
          />
        </>
      )}
    </QuerySection>
  );
}
