import { da } from '@helhed/core';
import { Page } from '../../../components/ui/page.tsx';

/** Shown if rendering a route throws; a full reload is the safest way back. */
export function RouteErrorPage() {
  return (
    <main id="indhold" className="main">
      <Page title={da.web.errorTitle}>
        <p>{da.web.unexpectedError}</p>
        <p>
          <a href="/">{da.web.goToStart}</a>
        </p>
      </Page>
    </main>
  );
}
