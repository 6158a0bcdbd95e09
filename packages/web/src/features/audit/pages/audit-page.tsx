import { da } from '@helhed/core';
import { useSearchParams } from 'react-router';
import { Pager } from '../../../components/pager.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { AUDIT_PAGE_SIZE, type AuditSearch, useAuditEvents } from '../api/get-audit-events.ts';
import { AuditSearchForm } from '../components/audit-search-form.tsx';
import { AuditTable } from '../components/audit-table.tsx';

const CRITERIA = ['actor', 'action', 'entityType', 'from', 'to'] as const;

function readSearch(params: URLSearchParams): AuditSearch {
  const offset = Number.parseInt(params.get('offset') ?? '0', 10);
  return {
    actor: params.get('actor') ?? '',
    action: params.get('action') ?? '',
    entityType: params.get('entityType') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

function toParams(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of CRITERIA) if (search[key]) params.set(key, search[key]);
  if (search.offset > 0) params.set('offset', String(search.offset));
  return params;
}

/** The search criteria live in the address, so a search can be bookmarked and the back button works. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const search = readSearch(params);
  const events = useAuditEvents(search);
  const serverErrors = events.error instanceof ApiError ? events.error.fieldErrors() : {};

  function handleSearch(criteria: Omit<AuditSearch, 'offset'>) {
    setParams(toParams({ ...criteria, offset: 0 }));
  }

  function handlePage(offset: number) {
    setParams(toParams({ ...search, offset }));
  }

  return (
    <Page title={da.audit.title}>
      <p className="lead">{da.audit.intro}</p>
      <section className="panel">
        <AuditSearchForm initial={search} serverErrors={serverErrors} onSearch={handleSearch} />
      </section>
      <QuerySection query={events} label={da.audit.results} busy={events.isFetching}>
        {(data) => (
          <>
            <AuditTable events={data.events} />
            <Pager
              label={da.audit.paging}
              offset={search.offset}
              pageSize={AUDIT_PAGE_SIZE}
              shown={data.events.length}
              total={data.total}
              onPage={handlePage}
            />
          </>
        )}
      </QuerySection>
    </Page>
  );
}
