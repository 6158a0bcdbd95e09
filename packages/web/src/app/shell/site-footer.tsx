import { da } from '@helhed/core';
import { Link } from 'react-router';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          {da.app.name} · {da.app.tagline}
        </p>
        <Link to="/tilgaengelighed">{da.nav.accessibility}</Link>
      </div>
    </footer>
  );
}
