import { da, fill, ROLES, type Role } from '@helhed/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { SelectField } from '../../../components/form/form-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { changeRole } from '../api/change-role.ts';
import { deactivateUser } from '../api/deactivate-user.ts';
import { useUsers } from '../api/get-users.ts';
import { usersKeys } from '../api/keys.ts';
import { reactivateUser } from '../api/reactivate-user.ts';
import { resetPassword } from '../api/reset-password.ts';
import { resetSecondFactor } from '../api/reset-second-factor.ts';

const ui = da.accounts.ui;
type Step = 'role' | 'deactivate' | 'reactivate' | 'reset-password' | 'reset-second-factor';

function runStep(step: Step, userId: string, role: Role) {
  if (step === 'role') return changeRole(userId, role);
  if (step === 'deactivate') return deactivateUser(userId);
  if (step === 'reactivate') return reactivateUser(userId);
  if (step === 'reset-second-factor') return resetSecondFactor(userId);
  return resetPassword(userId);
}

/** Role change, deactivation and password reset of one account; each logs the person out everywhere. */
export function ManageUserForm() {
  const users = useUsers();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<Role>('worker');
  const change = useMutation({
    mutationFn: (step: Step) => runStep(step, userId, role).then((answer) => ({ step, answer })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.users }),
  });
  const chosen = (users.data ?? []).find((u) => u.id === userId);
  function run(step: Step) {
    if (!chosen || change.isPending) return;
    if (step === 'deactivate' && !window.confirm(fill(ui.confirmDeactivate, { name: chosen.displayName })))
      return;
    change.mutate(step);
  }
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run('role');
  }
  const done = change.data;
  const name = done?.answer.user.displayName ?? '';
  const success =
    done?.step === 'role'
      ? fill(ui.roleChanged, { name, role: da.roles[done.answer.user.role] })
      : done?.step === 'deactivate'
        ? fill(ui.deactivated, { name })
        : done?.step === 'reactivate'
          ? fill(ui.reactivated, { name })
          : done?.step === 'reset-second-factor'
            ? fill(da.secondFactor.ui.resetDone, { name })
            : done
              ? fill(ui.passwordReset, { name, password: done.answer.oneTimePassword ?? '' })
              : null;
  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="manage-user-title">
      <h2 id="manage-user-title">{ui.manageTitle}</h2>
      <p>{ui.manageIntro}</p>
      {change.isError ? <Alert tone="error">{errorMessage(change.error)}</Alert> : null}
      {success ? <Alert tone="success">{success}</Alert> : null}
      <SelectField
        label={ui.user}
        name="manageUserId"
        options={[
          { value: '', label: ui.chooseUser },
          ...(users.data ?? []).map((u) => ({
            value: u.id,
            label: `${u.displayName} (${u.email})${u.isActive ? '' : ` ${ui.inactiveSuffix}`}`,
          })),
        ]}
        value={userId}
        onChange={(e) => {
          setUserId(e.target.value);
          change.reset();
        }}
      />
      <SelectField
        label={ui.newRole}
        name="manageRole"
        options={ROLES.map((r) => ({ value: r, label: da.roles[r] }))}
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
      />
      <div className="form__actions">
        <button type="submit" className="button button--secondary" aria-disabled={!chosen}>
          {ui.saveRole}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!chosen}
          onClick={() => run('reset-password')}
        >
          {ui.resetPassword}
        </button>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!chosen}
          onClick={() => run('reset-second-factor')}
        >
          {da.secondFactor.ui.resetButton}
        </button>
        {chosen && !chosen.isActive ? (
          <button type="button" className="button button--secondary" onClick={() => run('reactivate')}>
            {ui.reactivate}
          </button>
        ) : (
          <button
            type="button"
            className="button button--danger"
            aria-disabled={!chosen}
            onClick={() => run('deactivate')}
          >
            {ui.deactivate}
          </button>
        )}
      </div>
    </form>
  );
}
