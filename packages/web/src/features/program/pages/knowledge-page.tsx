import { da, fill, formatInteger } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { Pager } from '../../../components/pager.tsx';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useKnowledgeFilters } from '../api/get-knowledge-filters.ts';
import type { SearchParams } from '../api/keys.ts';
import { KNOWLEDGE_PAGE_SIZE, useKnowledgeSearch } from '../api/search-knowledge.ts';
import { Snippet } from '../components/snippet.tsx';

const t = da.programUi;

/** The videnbase: Danish full-text search across every plan and year, with filters. */
export function KnowledgePage() {
  const [params, setParams] = useSearchParams();
  const current: SearchParams | null = params.get('q')
    ? {
        q: params.get('q') ?? '',
        ...(params.get('focusArea') ? { focusArea: params.get('focusArea') as string } : {}),
        ...(params.get('area') ? { area: params.get('area') as string } : {}),
        ...(params.get('year') ? { year: params.get('year') as string } : {}),
        ...(params.get('offset') ? { offset: params.get('offset') as string } : {}),
      }
    : null;
  const [form, setForm] = useState({
    q: current?.q ?? '',
    focusArea: current?.focusArea ?? '',
    area: current?.area ?? '',
    year: current?.year ?? '',
  });
  const filters = useKnowledgeFilters();
  const search = useKnowledgeSearch(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(form)) if (value.trim()) next.set(key, value.trim());
    setParams(next);
  };
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });
  return (
    <Page title={t.knowledge}>
      <p className="lead">{t.knowledgeIntro}</p>
      <search>
        <form className="knowledge-search" onSubmit={submit}>
          <TextField
            label={t.searchLabel}
            type="search"
            name="q"
            value={form.q}
            onChange={set('q')}
            required
          />
          <SelectField
            label={t.focusAreaFilter}
            value={form.focusArea}
            onChange={set('focusArea')}
            options={[
              { value: '', label: t.allFocusAreas },
              ...(filters.data?.focusAreas ?? []).map((f) => ({
                value: f.id,
                label: `${f.name} (${f.planName})`,
              })),
            ]}
          />
          <SelectField
            label={t.areaFilter}
            value={form.area}
            onChange={set('area')}
            options={[
              { value: '', label: t.allAreas },
              ...(filters.data?.areas ?? []).map((a) => ({ value: a.slug, label: a.name })),
            ]}
          />
          <SelectField
            label={t.yearFilter}
            value={form.year}
            onChange={set('year')}
            options={[
              { value: '', label: t.allYears },
              ...(filters.data?.years ?? []).map((y) => ({ value: String(y), label: String(y) })),
            ]}
          />
          <button type="submit" className="button">
            {t.searchButton}
          </button>
        </form>
      </search>
      {current ? (
        <QuerySection query={search} label={t.knowledge}>
          {(data) => (
            <>
              <p role="status">{fill(t.resultsCount, { count: formatInteger(data.total) })}</p>
              {data.hits.length === 0 ? <p>{t.noResults}</p> : null}
              <ol className="search-hits">
                {data.hits.map((hit) => (
                  <li key={hit.entryId ?? hit.activity.id} className="search-hit">
                    <h2 className="search-hit__title">
                      <Link to={`/program/videnbase/aktiviteter/${hit.activity.id}`}>{hit.title}</Link>
                    </h2>
                    <p className="search-hit__meta">
                      {hit.entryKind ? da.program.entryKinds[hit.entryKind] : t.kindActivity} ·{' '}
                      {hit.activity.name} · {hit.activity.planName}
                      {hit.year ? ` · ${hit.year}` : ''}
                    </p>
                    <Snippet text={hit.snippet} />
                    {hit.lineOfWork.length > 1 ? (
                      <p className="line-of-work">
                        {fill(t.lineOfWork, {
                          names: hit.lineOfWork.map((a) => `${a.name} (${a.planName})`).join(' → '),
                        })}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
              <Pager
                label={t.resultPaging}
                offset={Number(current.offset ?? 0) || 0}
                pageSize={KNOWLEDGE_PAGE_SIZE}
                shown={data.hits.length}
                total={data.total}
                onPage={(offset) => {
                  const next = new URLSearchParams(params);
                  if (offset > 0) next.set('offset', String(offset));
                  else next.delete('offset');
                  setParams(next);
                }}
              />
            </>
          )}
        </QuerySection>
      ) : null}
    </Page>
  );
}
