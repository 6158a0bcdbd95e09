import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from './ui/loading.tsx';
import { QueryError } from './ui/query-error.tsx';

type QuerySectionProps<T> = {
  query: UseQueryResult<T>;
  /** The region's accessible name (aria-label) ... */
  label?: string;
  /** ... or the id of its visible heading (aria-labelledby). */
  labelledBy?: string;
  /** A region (section.panel) by default; 'div' for a plain busy container inside a page. */
  as?: 'section' | 'div';
  className?: string;
  /** Shown above the states, for example the region's heading. */
  header?: ReactNode;
  /** aria-busy; the query's first load by default (pass isFetching to include page changes). */
  busy?: boolean;
  /** Offers a retry button with the error (default on). */
  retry?: boolean;
  /** Whether the answer counts as empty; then `emptyText` is shown instead of the content. */
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => ReactNode;
  /** Shown after the states whatever they are, for example a form that adds to the list. */
  footer?: ReactNode;
};

/** Loading, a Danish error (with retry), an empty text or the content, around one useQuery result. */
export function QuerySection<T>({
  query,
  label,
  labelledBy,
  as: Container = 'section',
  className = Container === 'section' ? 'panel' : undefined,
  header,
  busy = query.isPending,
  retry = true,
  isEmpty,
  emptyText,
  children,
  footer,
}: QuerySectionProps<T>) {
  const data = query.data ?? null;
  const empty = data !== null && isEmpty?.(data) === true;
  return (
    <Container className={className} aria-busy={busy} aria-label={label} aria-labelledby={labelledBy}>
      {header}
      {query.isPending ? <Loading /> : null}
      {query.isError ? (
        <QueryError error={query.error} onRetry={retry ? () => query.refetch() : undefined} />
      ) : null}
      {empty ? <p>{emptyText}</p> : null}
      {data !== null && !empty ? children(data) : null}
      {footer}
    </Container>
  );
}
