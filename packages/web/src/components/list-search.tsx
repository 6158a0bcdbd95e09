import { da } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import type { ListParams } from '../lib/use-list-params.ts';
import { TextField } from './form/form-field.tsx';

type ListSearchProps<F extends string> = {
  /** The list's parameters; its filters have a `q`. */
  list: ListParams<F> & { view: { filters: Record<'q', string> } };
  label: string;
  hint?: string;
};

/** One search field for a server list; the text applies on Enter or "Søg" and goes into the address. */
export function ListSearch<F extends string>({ list, label, hint }: ListSearchProps<F>) {
  const [q, setQ] = useState(list.view.filters.q);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    list.search({ ...list.view.filters, q: q.trim() });
  }
  return (
    <search>
      <form className="form form--inline" noValidate onSubmit={handleSubmit}>
        <TextField label={label} hint={hint} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit" className="button button--secondary">
          {da.web.search}
        </button>
      </form>
    </search>
  );
}
