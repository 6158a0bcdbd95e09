import { da, fill, ROLES } from '@helhed/core';
import { type ReactNode, useId, useRef } from 'react';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { byName, choicesOf, type FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { GroupMapping, GroupMappingEntry } from '../../../types/api.ts';
import { CaptionedTable } from '../../plan/components/table-wrap.tsx';
import type { Team } from '../api/get-teams.ts';
import { useReplaceGroupMappings } from '../api/replace-group-mappings.ts';

// The plan's group table as one form: a row per group of the organisation's login, with the role
// and team it gives. Saving replaces the whole table, so the server keeps every row or none. Adding
// a row moves focus to its first control; removing one moves focus to the add button.

const ui = da.accounts.federation.ui;
type Provider = GroupMapping['provider'];
/** Every role but the administrator's. */
type MappableRole = GroupMappingEntry['role'];
type Row = { key: string; provider: Provider; groupName: string; role: MappableRole | ''; teamId: string };
type Values = { rows: Row[] };

const PROVIDER_OPTIONS: ReadonlyArray<{ value: Provider; label: string }> = [
  { value: 'oidc', label: da.accounts.federation.methods.oidc },
  { value: 'saml', label: da.accounts.federation.methods.saml },
];
// Administrators are local accounts with a second factor; no group may make one.
const ROLE_OPTIONS = [
  { value: '', label: ui.chooseRole },
  ...ROLES.filter((role): role is MappableRole => role !== 'admin').map((role) => ({
    value: role,
    label: da.roles[role],
  })),
];

let lastKey = 0;
const rowKey = () => `mapping-${++lastKey}`;

function rowsOf(mappings: ReadonlyArray<GroupMapping>): Row[] {
  return mappings.map((m) => ({
    key: rowKey(),
    provider: m.provider,
    groupName: m.groupName,
    role: m.role === 'admin' ? '' : m.role,
    teamId: m.teamId ?? '',
  }));
}

const errorKey = (index: number, field: 'provider' | 'groupName' | 'role' | 'teamId') =>
  `mappings.${index}.${field}`;

function validate({ rows }: Values): FieldErrors {
  const errors: FieldErrors = {};
  rows.forEach((row, index) => {
    if (!row.groupName.trim()) errors[errorKey(index, 'groupName')] = da.validation.required;
    if (!row.role) errors[errorKey(index, 'role')] = da.validation.required;
  });
  return errors;
}

type CellControl = {
  id: string;
  'aria-label': string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

/** One table cell's control, named by its column and row, with its error under it. */
function Cell({
  label,
  error,
  children,
}: {
  label: string;
  error: string | undefined;
  children: (control: CellControl) => ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <td>
      {children({
        id,
        'aria-label': label,
        'aria-describedby': error ? errorId : undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {error ? (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </td>
  );
}

type GroupMappingsFormProps = {
  mappings: ReadonlyArray<GroupMapping>;
  teams: ReadonlyArray<Team>;
  /** The providers this installation has set up; a new row starts with the first of them. */
  configured: ReadonlyArray<Provider>;
};

export function GroupMappingsForm({ mappings, teams, configured }: GroupMappingsFormProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const form = useFormSubmit({
    mutation: useReplaceGroupMappings(),
    initial: (): Values => ({ rows: rowsOf(mappings) }),
    validate,
    toBody: ({ rows }: Values) => ({
      mappings: rows.map((row) => ({
        provider: row.provider,
        groupName: row.groupName.trim(),
        role: row.role as MappableRole,
        teamId: row.teamId || null,
      })),
    }),
    onSuccess: (answer, _values, controls) => controls.setValues({ rows: rowsOf(answer.mappings) }),
  });
  const { rows } = form.values;
  const teamOptions = choicesOf(ui.noTeam, teams, byName);
  const cellLabel = (column: string, index: number) => fill(ui.cellLabel, { column, number: index + 1 });

  function update(index: number, patch: Partial<Row>) {
    form.setValues((current) => ({
      rows: current.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  }
  function add() {
    const provider = configured[0] ?? 'oidc';
    form.setValues((current) => ({
      rows: [...current.rows, { key: rowKey(), provider, groupName: '', role: '', teamId: '' }],
    }));
    requestAnimationFrame(() =>
      tableRef.current?.querySelector<HTMLElement>('tbody tr:last-of-type select')?.focus(),
    );
  }
  function remove(index: number) {
    form.setValues((current) => ({ rows: current.rows.filter((_, i) => i !== index) }));
    form.setErrors({});
    requestAnimationFrame(() => addButton.current?.focus());
  }

  return (
    <FormShell
      form={form}
      label={ui.caption}
      submitLabel={ui.save}
      pendingLabel={da.web.saving}
      notice={form.result ? <Alert tone="success">{ui.saved}</Alert> : null}
    >
      {rows.length === 0 ? (
        <p>{ui.empty}</p>
      ) : (
        <div ref={tableRef}>
          <CaptionedTable
            caption={ui.caption}
            className="table table--controls"
            testId="group-mappings"
            headers={[
              ui.provider,
              ui.group,
              ui.role,
              ui.team,
              <span key="remove" className="visually-hidden">
                {ui.removeColumn}
              </span>,
            ]}
          >
            {rows.map((row, index) => {
              const error = (field: Parameters<typeof errorKey>[1]) => form.errors[errorKey(index, field)];
              const group = row.groupName.trim();
              return (
                <tr key={row.key}>
                  <Cell label={cellLabel(ui.provider, index)} error={error('provider')}>
                    {(control) => (
                      <select
                        className="select"
                        name={errorKey(index, 'provider')}
                        value={row.provider}
                        onChange={(e) => update(index, { provider: e.target.value as Provider })}
                        {...control}
                      >
                        {PROVIDER_OPTIONS.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    )}
                  </Cell>
                  <Cell label={cellLabel(ui.group, index)} error={error('groupName')}>
                    {(control) => (
                      <input
                        className="input input--group"
                        name={errorKey(index, 'groupName')}
                        autoComplete="off"
                        value={row.groupName}
                        onChange={(e) => update(index, { groupName: e.target.value })}
                        {...control}
                      />
                    )}
                  </Cell>
                  <Cell label={cellLabel(ui.role, index)} error={error('role')}>
                    {(control) => (
                      <select
                        className="select"
                        name={errorKey(index, 'role')}
                        value={row.role}
                        onChange={(e) => update(index, { role: e.target.value as MappableRole | '' })}
                        {...control}
                      >
                        {ROLE_OPTIONS.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    )}
                  </Cell>
                  <Cell label={cellLabel(ui.team, index)} error={error('teamId')}>
                    {(control) => (
                      <select
                        className="select"
                        name={errorKey(index, 'teamId')}
                        value={row.teamId}
                        onChange={(e) => update(index, { teamId: e.target.value })}
                        {...control}
                      >
                        {teamOptions.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    )}
                  </Cell>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={
                        group ? fill(ui.remove, { group }) : fill(ui.removeRow, { number: index + 1 })
                      }
                      onClick={() => remove(index)}
                    >
                      {ui.removeColumn}
                    </button>
                  </td>
                </tr>
              );
            })}
          </CaptionedTable>
        </div>
      )}
      <p>
        <button ref={addButton} type="button" className="button button--secondary" onClick={add}>
          {ui.add}
        </button>
      </p>
      <p className="field__hint">{ui.saveHint}</p>
    </FormShell>
  );
}
