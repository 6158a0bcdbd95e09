import { da } from '@helhed/core';
import { Page } from '../../../components/ui/page.tsx';

export type ModuleKey = 'participants' | 'cases' | 'reports' | 'alerting';

const TITLES: Record<ModuleKey, string> = {
  participants: da.nav.participants,
  cases: da.nav.cases,
  reports: da.nav.reports,
  alerting: da.nav.alerting,
};

/** An honest page for a module that is not built yet: what it will hold, and that it is not there. */
export function ModulePage({ module }: { module: ModuleKey }) {
  return (
    <Page title={TITLES[module]}>
      <p className="lead">{da.modules[module]}</p>
      <p className="notice">{da.pages.notBuiltYet}</p>
    </Page>
  );
}
