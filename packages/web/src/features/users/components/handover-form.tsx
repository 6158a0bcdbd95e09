import { da, fill } from '@helhed/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/form-field.tsx';
import { apiRequest, errorMessage } from '../../../lib/api-client.ts';
import { useUsers } from '../api/get-users.ts';

const ui = da.accounts.ui;
type Answer = { cases: number; households: number; from: string; to: string };

/** Moves all open forløb and households of one worker to another in one step (audited with both). */
export function HandoverForm() {
  const users = useUsers();
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const handover = useMutation({
    mutationFn: () =>
      apiRequest<Answer>(`/api/v1/users/${fromId}/handover`, { method: 'POST', body: { toUserId: toId } }),
  });
  const staff = (users.data ?? []).filter((u) => u.role === 'worker' || u.role === 'leader');
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fromId && toId && !handover.isPending) handover.mutate();
  }
  const label = (u: (typeof staff)[number]) =>
    `${u.displayName} (${u.email})${u.isActive ? '' : ` ${ui.inactiveSuffix}`}`;
  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="handover-title">
      <h2 id="handover-title">{ui.handoverTitle}</h2>
      <p>{ui.handoverIntro}</p>
      {handover.isError ? <Alert tone="error">{errorMessage(handover.error)}</Alert> : null}
      {handover.isSuccess ? (
        <Alert tone="success">
          {fill(ui.handedOver, {
            cases: String(handover.data.cases),
            households: String(handover.data.households),
            from: handover.data.from,
            to: handover.data.to,
          })}
        </Alert>
      ) : null}
      <SelectField
        label={ui.from}
        name="handoverFrom"
        options={[
          { value: '', label: ui.chooseUser },
          ...staff.map((u) => ({ value: u.id, label: label(u) })),
        ]}
        value={fromId}
        onChange={(e) => setFromId(e.target.value)}
      />
      <SelectField
        label={ui.to}
        name="handoverTo"
        options={[
          { value: '', label: ui.chooseUser },
          ...staff.filter((u) => u.isActive).map((u) => ({ value: u.id, label: label(u) })),
        ]}
        value={toId}
        onChange={(e) => setToId(e.target.value)}
      />
      <button type="submit" className="button button--secondary" aria-disabled={!fromId || !toId}>
        {ui.handover}
      </button>
    </form>
  );
}
