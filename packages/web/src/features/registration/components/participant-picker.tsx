import { da, fill, formatInteger } from '@helhed/core';
import { type ChangeEvent, useState } from 'react';
import { SelectField, TextField } from '../../../components/form/form-field.tsx';
import { choicesOf } from '../../../lib/form.ts';
import { useParticipantMatches } from '../api/get-participants.ts';

const ui = da.registrationUi;

type ParticipantPickerProps = {
  name: string;
  value: string;
  error?: string | undefined;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  /** Participants that cannot be chosen here, e.g. those already on the course. */
  exclude?: ReadonlyArray<string>;
};

/**
 * Choosing one participant among thousands: type part of the name, then choose among the first 20
 * matches (the server searches; the status line says how many match in all). Two plain controls, so a
 * keyboard and a screen reader use it like any other form.
 */
export function ParticipantPicker({ exclude = [], ...select }: ParticipantPickerProps) {
  const [text, setText] = useState('');
  const matches = useParticipantMatches(text);
  const found = text.trim().length >= 2 ? matches.data : undefined;
  const candidates = (found?.participants ?? []).filter((p) => !exclude.includes(p.id));
  const status =
    found === undefined
      ? ui.pickerHint
      : found.total === 0
        ? ui.pickerNone
        : fill(ui.pickerResult, {
            shown: formatInteger(candidates.length),
            total: formatInteger(found.total),
          });
  return (
    <>
      <TextField
        label={ui.pickerSearch}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <p className="field__hint" role="status">
        {status}
      </p>
      <SelectField
        label={ui.chooseParticipant}
        options={choicesOf(ui.noValue, candidates, (p) =>
          p.birthYear ? `${p.displayName ?? ''} (${p.birthYear})` : (p.displayName ?? ''),
        )}
        {...select}
      />
    </>
  );
}
