import { da, fill } from '@helhed/core';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateTeam } from '../api/create-team.ts';
import { useTeams } from '../api/get-teams.ts';
import { MoveUserForm } from './move-user-form.tsx';

const ui = da.registrationUi;

/** The plan's teams and a form to add one; a worker sees the participants of their own team. */
export function TeamsPanel() {
  const teams = useTeams();
  const form = useFormSubmit({
    mutation: useCreateTeam(),
    initial: { name: '' },
    validate: (v) => ({ name: v.name.trim() ? undefined : da.validation.required }),
    clientKey: true,
    toBody: (v, clientKey) => ({ clientKey, name: v.name.trim() }),
    resetOnSuccess: true,
  });
  const created = form.result?.value.name;

  return (
    <section className="panel" aria-labelledby="teams-title">
      <h2 id="teams-title">{ui.teamsTitle}</h2>
      <p>{ui.teamsIntro}</p>
      {teams.data && teams.data.length > 0 ? (
        <ul>
          {teams.data.map((team) => (
            <li key={team.id}>{team.name}</li>
          ))}
        </ul>
      ) : (
        <p>{ui.noTeams}</p>
      )}
      <FormShell
        form={form}
        label={ui.createTeam}
        inline
        submitLabel={ui.createTeam}
        notice={created ? <Alert tone="success">{fill(ui.teamCreated, { name: created })}</Alert> : null}
      >
        <TextField label={ui.teamName} autoComplete="off" {...form.field('name')} name="teamName" />
      </FormShell>
      {teams.data && teams.data.length > 0 ? <MoveUserForm teams={teams.data} /> : null}
    </section>
  );
}
