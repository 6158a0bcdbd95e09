import { da } from '@helhed/core';
import { Link } from 'react-router';
import { Page } from '../../../components/ui/page.tsx';

export function NotFoundPage() {
  return (
    <Page title={da.web.notFoundTitle}>
      <p>{da.web.notFoundText}</p>
      <p>
        <Link to="/">{da.web.goToStart}</Link>
      </p>
    </Page>
  );
}
