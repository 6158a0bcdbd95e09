import { da, fill } from '@helhed/core';
import { type ReactNode, useId, useMemo, useState } from 'react';

export type SortValue = string | number | null;

export type Column<T> = {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Makes the column sortable. */
  sortValue?: (row: T) => SortValue;
  /** The text the filter searches; defaults to the sort value. */
  filterValue?: (row: T) => string;
  /** Renders the cells of this column as row headers (th scope="row"). */
  rowHeader?: boolean;
  /** With server sorting: the server can sort by this column (its key is the server's sort key). */
  sortable?: boolean;
};

export type SortState = { key: string; direction: 'ascending' | 'descending' };

/** The server sorts and filters: the table shows the rows as given and asks for another order. */
export type ServerSorting = { sort: SortState; onSort: (key: string) => void };

export type DataTableProps<T> = {
  caption: string;
  columns: ReadonlyArray<Column<T>>;
  rows: ReadonlyArray<T>;
  rowKey: (row: T) => string;
  emptyText: string;
  filterable?: boolean;
  initialSort?: SortState;
  /** Sorting on the server; the rows are then shown in the order given, and not filtered here. */
  serverSorting?: ServerSorting;
};

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function rowText<T>(row: T, columns: ReadonlyArray<Column<T>>): string {
  return columns
    .map((column) => column.filterValue?.(row) ?? String(column.sortValue?.(row) ?? ''))
    .join(' ')
    .toLocaleLowerCase('da');
}

/** A table with a visible caption, optional text filter and sortable columns (buttons + aria-sort). */
export function DataTable<T>(props: DataTableProps<T>) {
  const { caption, columns, rows, rowKey, emptyText, filterable = false, initialSort, serverSorting } = props;
  const id = useId();
  const [filter, setFilter] = useState('');
  const [localSort, setSort] = useState<SortState | null>(initialSort ?? null);
  const sort = serverSorting ? serverSorting.sort : localSort;
  const sortable = (column: Column<T>) =>
    serverSorting ? column.sortable === true : Boolean(column.sortValue);

  const visibleRows = useMemo(() => {
    if (serverSorting) return rows;
    const terms = filter.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
    const filtered = terms.length
      ? rows.filter((row) => {
          const text = rowText(row, columns);
          return terms.every((term) => text.includes(term));
        })
      : [...rows];
    const column = sort ? columns.find((candidate) => candidate.key === sort.key) : undefined;
    if (sort && column?.sortValue) {
      const value = column.sortValue;
      const sign = sort.direction === 'ascending' ? 1 : -1;
      filtered.sort((a, b) => sign * compare(value(a), value(b)));
    }
    return filtered;
  }, [rows, columns, filter, sort, serverSorting]);

  function handleSort(key: string) {
    if (serverSorting) return serverSorting.onSort(key);
    setSort((current) =>
      current?.key === key && current.direction === 'ascending'
        ? { key, direction: 'descending' }
        : { key, direction: 'ascending' },
    );
  }

  return (
    <div className="data-table">
      {filterable && !serverSorting ? (
        <div className="data-table__filter">
          <label className="field__label" htmlFor={`${id}-filter`}>
            {da.web.filter}
          </label>
          <input
            id={`${id}-filter`}
            className="input"
            type="search"
            value={filter}
            aria-describedby={`${id}-count`}
            onChange={(event) => setFilter(event.target.value)}
          />
          <p id={`${id}-count`} className="data-table__count" role="status">
            {fill(da.web.filterResult, { shown: visibleRows.length, total: rows.length })}
          </p>
        </div>
      ) : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section className="table-wrap" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="table">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const active = sort?.key === column.key;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={sortable(column) ? (active ? sort.direction : 'none') : undefined}
                  >
                    {sortable(column) ? (
                      <button type="button" className="sort-button" onClick={() => handleSort(column.key)}>
                        {column.header}
                        <span className="sort-button__icon" aria-hidden="true">
                          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visibleRows.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>{emptyText}</td>
              </tr>
            ) : (
              visibleRows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) =>
                    column.rowHeader ? (
                      <th key={column.key} scope="row">
                        {column.render(row)}
                      </th>
                    ) : (
                      <td key={column.key}>{column.render(row)}</td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </section>
    </div>
  );
}
