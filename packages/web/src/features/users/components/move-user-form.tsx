import { da, fill } from '@helhed/core';
import { SelectField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { byName, choicesOf } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { Team } from '../api/get-teams.ts';
import { useUsers } from '../api/get-users.ts';
import { useMoveUser } from '../api/move-user.ts';

const ui = da.registrationUi;

/** Moves an existing user to a team (or none): the team decides whose residents they see. */
export function MoveUserForm({ teams }: { teams: ReadonlyArray<Team> }) {
  const users = useUsers();
  const form = useFormSubmit({
    mutation: useMoveUser(),
    initial: { userId: '', teamId: '' },
    ready: (v) => v.userId !== '',
    toBody: (v) => ({ userId: v.userId, teamId: v.teamId || null }),
  });
  const staff = (users.data ?? []).filter((u) => u.role === 'worker' || u.role === 'leader');
  const moved = form.result?.value;
  return (
    <FormShell
      form={form}
      title={ui.moveUser}
      heading="h3"
      inline
      submitLabel={ui.saveTeam}
      notice={
        moved ? <Alert tone="success">{fill(ui.teamChanged, { name: moved.displayName })}</Alert> : null
      }
    >
      <SelectField
        label={ui.user}
        options={choicesOf(ui.chooseUser, staff, (u) => `${u.displayName} (${u.email})`)}
        {...form.field('userId')}
      />
      <SelectField
        label={da.registration.fields.team}
        options={choicesOf(ui.noTeam, teams, byName)}
        {...form.field('teamId')}
        name="moveTeamId"
      />
    </FormShell>
  );
}
