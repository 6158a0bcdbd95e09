import { da } from '@helhed/core';
import { errorMessage } from '../../lib/api-client.ts';
import { Alert } from './alert.tsx';

type QueryErrorProps = { error: unknown; onRetry?: () => void };

/** Shows why data could not be fetched, in Danish, with a retry button. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  return (
    <Alert tone="error">
      <p>{errorMessage(error)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {da.web.retry}
        </button>
      ) : null}
    </Alert>
  );
}
