import { da } from '@helhed/core';
import { Link } from 'react-router';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useRegistrationOptions } from '../api/registration-api.ts';
import { ParticipantForm } from '../components/participant-form.tsx';
import { RegistrationGate } from '../components/registration-gate.tsx';

function Content() {
  const options = useRegistrationOptions();
  return (
    <section className="panel" aria-busy={options.isPending} aria-label={da.registrationUi.newParticipant}>
      {options.isPending ? <Loading /> : null}
      {options.isError ? <QueryError error={options.error} onRetry={() => options.refetch()} /> : null}
      {options.data ? <ParticipantForm options={options.data} /> : null}
    </section>
  );
}

export function NewParticipantPage() {
  return (
    <Page title={da.registrationUi.newParticipant}>
      <p>
        <Link to="/deltagere">{da.nav.participants}</Link>
      </p>
      <RegistrationGate>
        <Content />
      </RegistrationGate>
    </Page>
  );
}
