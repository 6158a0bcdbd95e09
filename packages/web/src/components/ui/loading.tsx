import { da } from '@helhed/core';

/** A busy indicator; put it inside a container that has aria-busy while loading. */
export function Loading({ label = da.web.loading }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label}
    </p>
  );
}
