import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from '../../../components/ui/loading.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';

type QuerySectionProps<T> = {
  query: UseQueryResult<T>;
  label: string;
  children: (data: T) => ReactNode;
};

/** A panel that shows loading, a Danish error with retry, or the data. */
export function QuerySection<T>({ query, label, children }: QuerySectionProps<T>) {
  return (
    <section className="panel" aria-busy={query.isPending} aria-label={label}>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <QueryError error={query.error} onRetry={() => query.refetch()} /> : null}
      {query.data ? children(query.data) : null}
    </section>
  );
}
