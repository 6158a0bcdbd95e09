import { da } from '@helhed/core';
import type { ReactNode } from 'react';

type PageProps = {
  title: string;
  children?: ReactNode;
  className?: string;
};

/** One page: sets the document title and renders the page's single h1. */
export function Page({ title, children, className }: PageProps) {
  return (
    <div className={className ? `page ${className}` : 'page'}>
      <title>{`${title} – ${da.app.name}`}</title>
      <h1 className="page__title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </div>
  );
}
