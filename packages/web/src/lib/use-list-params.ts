import { useSearchParams } from 'react-router';
import type { SortState } from '../components/ui/data-table.tsx';

export type SortDirection = 'asc' | 'desc';

export type ListView<F extends string> = {
  filters: Record<F, string>;
  offset: number;
  sort: string;
  dir: SortDirection;
};

/**
 * A server list's view kept in the address (filters, sort, page), so a link or the back button
 * returns to the same view. Defaults are left out of the address; an unreadable offset counts as 0.
 */
export type ListParams<F extends string> = ReturnType<typeof useListParams<F>>;

export function useListParams<F extends string>(
  filterKeys: readonly F[],
  defaults: { sort: string; dir: SortDirection },
  /** Names this list's parameters when a page has two lists, e.g. "cks-". */
  prefix = '',
) {
  const [params, setParams] = useSearchParams();
  const name = (key: string) => `${prefix}${key}`;
  const rawOffset = Number.parseInt(params.get(name('offset')) ?? '0', 10);
  const rawDir = params.get(name('dir'));
  const view: ListView<F> = {
    filters: Object.fromEntries(filterKeys.map((key) => [key, params.get(name(key)) ?? ''])) as Record<
      F,
      string
    >,
    offset: Number.isSafeInteger(rawOffset) && rawOffset > 0 ? rawOffset : 0,
    sort: params.get(name('sort')) || defaults.sort,
    dir: rawDir === 'asc' || rawDir === 'desc' ? rawDir : defaults.dir,
  };

  function write(next: ListView<F>) {
    // The other list's parameters on the same page stay as they are.
    const out = new URLSearchParams(params);
    for (const key of [...filterKeys, 'sort', 'dir', 'offset']) out.delete(name(key));
    for (const key of filterKeys) if (next.filters[key]) out.set(name(key), next.filters[key]);
    if (next.sort !== defaults.sort || next.dir !== defaults.dir) {
      out.set(name('sort'), next.sort);
      out.set(name('dir'), next.dir);
    }
    if (next.offset > 0) out.set(name('offset'), String(next.offset));
    setParams(out);
  }

  const tableSort: SortState = { key: view.sort, direction: view.dir === 'asc' ? 'ascending' : 'descending' };
  return {
    view,
    /** New filters start again at the first page. */
    search: (filters: Record<F, string>) => write({ ...view, filters, offset: 0 }),
    page: (offset: number) => write({ ...view, offset }),
    /** A select's onChange that applies its choice at once, e.g. `onChange={list.choose('status')}`. */
    choose: (key: F) => (event: { target: { value: string } }) =>
      write({ ...view, filters: { ...view.filters, [key]: event.target.value }, offset: 0 }),
    /** The same column again turns the order around; another column starts ascending. */
    sortBy: (key: string) =>
      write({ ...view, sort: key, dir: view.sort === key && view.dir === 'asc' ? 'desc' : 'asc', offset: 0 }),
    tableSort,
  };
}
