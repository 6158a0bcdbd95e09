import { da, fill } from '@helhed/core';
import { SelectField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { choicesOf } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { User } from '../../../types/api.ts';
import { useUsers } from '../api/get-users.ts';
import { useHandOver } from '../api/hand-over.ts';

const ui = da.accounts.ui;

const label = (u: User) => `${u.displayName} (${u.email})${u.isActive ? '' : ` ${ui.inactiveSuffix}`}`;

/** Moves all open forløb and households of one worker to another in one step (audited with both). */
export function HandoverForm() {
  const users = useUsers();
  const form = useFormSubmit({
    mutation: useHandOver(),
    initial: { fromId: '', toUserId: '' },
    ready: (v) => v.fromId !== '' && v.toUserId !== '',
    toBody: (v) => v,
  });
  const staff = (users.data ?? []).filter((u) => u.role === 'worker' || u.role === 'leader');
  const done = form.result?.value;
  return (
    <FormShell
      form={form}
      title={ui.handoverTitle}
      intro={ui.handoverIntro}
      submitLabel={ui.handover}
      submitClassName="button button--secondary"
      submitDisabled={!form.values.fromId || !form.values.toUserId}
      notice={
        done ? (
          <Alert tone="success">
            {fill(ui.handedOver, {
              cases: String(done.cases),
              households: String(done.households),
              from: done.from,
              to: done.to,
            })}
          </Alert>
        ) : null
      }
    >
      <SelectField
        label={ui.from}
        options={choicesOf(ui.chooseUser, staff, label)}
        {...form.field('fromId')}
        name="handoverFrom"
      />
      <SelectField
        label={ui.to}
        options={choicesOf(
          ui.chooseUser,
          staff.filter((u) => u.isActive),
          label,
        )}
        {...form.field('toUserId')}
        name="handoverTo"
      />
    </FormShell>
  );
}
