import { da } from '@helhed/core';
import { QuerySection } from '../../../components/query-section.tsx';
import { useRegistrationOptions } from '../api/get-options.ts';
import { ParticipantForm } from '../components/participant-form.tsx';
import { RegistrationPage } from '../components/registration-page.tsx';

function Content() {
  const options = useRegistrationOptions();
  return (
    <QuerySection query={options} label={da.registrationUi.newParticipant}>
      {(data) => <ParticipantForm options={data} />}
    </QuerySection>
  );
}

export function NewParticipantPage() {
  return (
    <RegistrationPage
      title={da.registrationUi.newParticipant}
      back={{ to: '/deltagere', label: da.nav.participants }}
    >
      <Content />
    </RegistrationPage>
  );
}
