import { da, fill } from '@helhed/core';
import { type FormEvent, useRef, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/form-field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { newClientKey } from '../../../lib/client-key.ts';
import { useCreateTeam, useTeams } from '../api/teams.ts';
import { MoveUserForm } from './move-user-form.tsx';

const ui = da.registrationUi;

/** The plan's teams and a form to add one; a worker sees the participants of their own team. */
export function TeamsPanel() {
  const teams = useTeams();
  const create = useCreateTeam();
  const clientKey = useRef<string | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<string | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    if (!name.trim()) {
      setError(da.validation.required);
      return;
    }
    setError(undefined);
    clientKey.current ??= newClientKey();
    create.mutate(
      { clientKey: clientKey.current, name: name.trim() },
      {
        onSuccess: (team) => {
          clientKey.current = null;
          setName('');
          setCreated(team.name);
        },
      },
    );
  }

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
      <form className="form form--inline" noValidate onSubmit={handleSubmit} aria-label={ui.createTeam}>
        {create.isError ? <Alert tone="error">{errorMessage(create.error)}</Alert> : null}
        {created ? <Alert tone="success">{fill(ui.teamCreated, { name: created })}</Alert> : null}
        <TextField
          label={ui.teamName}
          name="teamName"
          autoComplete="off"
          value={name}
          error={error}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {ui.createTeam}
        </button>
      </form>
      {teams.data && teams.data.length > 0 ? <MoveUserForm teams={teams.data} /> : null}
    </section>
  );
}
