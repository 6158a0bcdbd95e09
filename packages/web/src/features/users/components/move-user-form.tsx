import { da, fill } from '@helhed/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/form-field.tsx';
import { apiRequest, errorMessage } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { usersQueryKey, useUsers } from '../api/get-users.ts';
import type { Team } from '../api/teams.ts';

const ui = da.registrationUi;

/** Moves an existing user to a team (or none): the team decides whose residents they see. */
export function MoveUserForm({ teams }: { teams: ReadonlyArray<Team> }) {
  const users = useUsers();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState('');
  const [teamId, setTeamId] = useState('');
  const move = useMutation({
    mutationFn: () =>
      apiRequest<User>(`/api/v1/users/${userId}/team`, { method: 'PUT', body: { teamId: teamId || null } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (userId) move.mutate();
  }
  const staff = (users.data ?? []).filter((u) => u.role === 'worker' || u.role === 'leader');
  return (
    <form className="form form--inline" noValidate onSubmit={handleSubmit} aria-labelledby="move-user-title">
      <h3 id="move-user-title">{ui.moveUser}</h3>
      {move.isError ? <Alert tone="error">{errorMessage(move.error)}</Alert> : null}
      {move.isSuccess ? (
        <Alert tone="success">{fill(ui.teamChanged, { name: move.data.displayName })}</Alert>
      ) : null}
      <SelectField
        label={ui.user}
        name="userId"
        options={[
          { value: '', label: ui.chooseUser },
          ...staff.map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` })),
        ]}
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
      />
      <SelectField
        label={da.registration.fields.team}
        name="moveTeamId"
        options={[{ value: '', label: ui.noTeam }, ...teams.map((t) => ({ value: t.id, label: t.name }))]}
        value={teamId}
        onChange={(e) => setTeamId(e.target.value)}
      />
      <button type="submit" className="button button--secondary">
        {ui.saveTeam}
      </button>
    </form>
  );
}
