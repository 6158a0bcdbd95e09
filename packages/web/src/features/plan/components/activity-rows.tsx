import { da, fill } from '@helhed/core';
import { type ReactNode, useRef } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { rowKey, type SessionValues, type TargetGroupValues } from '../lib/activity-rows.ts';
import type { PlanArea } from '../types.ts';

// The activity form's repeated rows: one fieldset per row with a legend naming it, and a remove
// button whose name says which row it removes. Adding a row moves focus to its first field;
// removing one moves focus to the list's add button.

const ui = da.planUi.activityRows;

type RowListProps<T> = {
  list: 'targetGroups' | 'sessions';
  legend: string;
  hint?: string;
  empty: string;
  addLabel: string;
  rows: T[];
  errors: FieldErrors;
  onChange: (rows: T[]) => void;
  newRow: () => T;
  rowLegend: (index: number) => string;
  removeLabel: (index: number) => string;
  fields: (
    row: T,
    update: (patch: Partial<T>) => void,
    error: (field: string) => string | undefined,
    index: number,
  ) => ReactNode;
};

function RowList<T extends { key: string }>(props: RowListProps<T>) {
  const { list, rows, errors, onChange } = props;
  const addButton = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLFieldSetElement>(null);
  // A message about the list as a whole (say, a session a course still holds), not about one row.
  const listError = Object.keys(errors).some((key) => key.startsWith(`${list}.`)) ? undefined : errors[list];
  function add() {
    onChange([...rows, props.newRow()]);
    requestAnimationFrame(() =>
      listRef.current
        ?.querySelector<HTMLElement>('[data-row]:last-of-type :is(input, select, textarea)')
        ?.focus(),
    );
  }
  function remove(index: number) {
    onChange(rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => addButton.current?.focus());
  }
  return (
    <fieldset className="fieldset" ref={listRef} data-testid={`${list}-rows`}>
      <legend>{props.legend}</legend>
      {props.hint ? <p className="field__hint">{props.hint}</p> : null}
      {listError ? (
        <p className="field__error" role="alert">
          {listError}
        </p>
      ) : null}
      {rows.length === 0 ? <p>{props.empty}</p> : null}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="fieldset" data-row>
          <legend>{props.rowLegend(index)}</legend>
          <div className="form__grid">
            {props.fields(
              row,
              (patch) => onChange(rows.map((r, i) => (i === index ? { ...r, ...patch } : r))),
              (field) => errors[`${list}.${index}.${field}`],
              index,
            )}
          </div>
          <button type="button" className="button button--secondary" onClick={() => remove(index)}>
            {props.removeLabel(index)}
          </button>
        </fieldset>
      ))}
      <button ref={addButton} type="button" className="button button--secondary" onClick={add}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}

type TargetGroupRowsProps = {
  rows: TargetGroupValues[];
  areas: ReadonlyArray<PlanArea>;
  errors: FieldErrors;
  onChange: (rows: TargetGroupValues[]) => void;
};

export function TargetGroupRows({ rows, areas, errors, onChange }: TargetGroupRowsProps) {
  const options = [
    { value: '', label: da.planUi.allAreas },
    ...areas.map((area) => ({ value: area.slug, label: area.name })),
  ];
  return (
    <RowList
      list="targetGroups"
      legend={ui.targetGroupsLegend}
      hint={ui.targetGroupsHint}
      empty={ui.noTargetGroups}
      addLabel={ui.addTargetGroup}
      rows={rows}
      errors={errors}
      onChange={onChange}
      newRow={() => ({ key: rowKey(), description: '', areaSlug: areas[0]?.slug ?? '', count: '' })}
      rowLegend={(index) => fill(ui.targetGroupRow, { number: index + 1 })}
      removeLabel={(index) => fill(ui.removeTargetGroup, { number: index + 1 })}
      fields={(row, update, error, index) => (
        <>
          <SelectField
            label={da.planUi.area}
            name={`targetGroups.${index}.areaSlug`}
            options={options}
            value={row.areaSlug}
            error={error('areaSlug')}
            onChange={(event) => update({ areaSlug: event.target.value })}
          />
          <TextField
            label={ui.description}
            name={`targetGroups.${index}.description`}
            value={row.description}
            error={error('description')}
            onChange={(event) => update({ description: event.target.value })}
          />
          <TextField
            label={ui.count}
            hint={ui.countHint}
            name={`targetGroups.${index}.count`}
            inputMode="numeric"
            value={row.count}
            error={error('count')}
            onChange={(event) => update({ count: event.target.value })}
          />
        </>
      )}
    />
  );
}

type SessionRowsProps = {
  rows: SessionValues[];
  errors: FieldErrors;
  onChange: (rows: SessionValues[]) => void;
};

export function SessionRows({ rows, errors, onChange }: SessionRowsProps) {
  const nextNumber = () => String(Math.max(0, ...rows.map((r) => Number(r.number) || 0)) + 1);
  return (
    <RowList
      list="sessions"
      legend={ui.sessionsLegend}
      empty={ui.noSessions}
      addLabel={ui.addSession}
      rows={rows}
      errors={errors}
      onChange={onChange}
      newRow={() => ({ key: rowKey(), number: nextNumber(), title: '', description: '' })}
      rowLegend={(index) => fill(ui.sessionRow, { number: index + 1 })}
      removeLabel={(index) => fill(ui.removeSession, { number: index + 1 })}
      fields={(row, update, error, index) => (
        <>
          <TextField
            label={ui.sessionNumber}
            name={`sessions.${index}.number`}
            inputMode="numeric"
            value={row.number}
            error={error('number')}
            onChange={(event) => update({ number: event.target.value })}
          />
          <TextField
            label={ui.sessionTitle}
            name={`sessions.${index}.title`}
            value={row.title}
            error={error('title')}
            onChange={(event) => update({ title: event.target.value })}
          />
          <TextField
            label={ui.sessionDescription}
            name={`sessions.${index}.description`}
            value={row.description}
            error={error('description')}
            onChange={(event) => update({ description: event.target.value })}
          />
        </>
      )}
    />
  );
}
