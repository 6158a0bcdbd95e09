import { da } from '@helhed/core';
import { useEffect } from 'react';
import { TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import type { FieldErrors } from '../../../lib/form.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useUpdateSettings } from '../api/update-settings.ts';
import type { Settings } from '../types.ts';

const t = da.alerting.ui;

const valuesOf = (settings: Settings) => ({
  escalationSeconds: String(settings.escalationSeconds),
  ackValidHours: String(settings.ackValidHours),
});

/** Whole numbers of at least 1. */
function validate(values: ReturnType<typeof valuesOf>): FieldErrors {
  const found: FieldErrors = {};
  for (const key of ['escalationSeconds', 'ackValidHours'] as const) {
    const value = Number(values[key]);
    if (!Number.isInteger(value) || value < 1) found[key] = da.validation.invalidValue;
  }
  return found;
}

export function SettingsForm({ settings }: { settings: Settings }) {
  const form = useFormSubmit({
    mutation: useUpdateSettings(),
    initial: () => valuesOf(settings),
    validate,
    toBody: (values) => ({
      escalationSeconds: Number(values.escalationSeconds),
      ackValidHours: Number(values.ackValidHours),
    }),
  });
  const { setValues, field } = form;
  // The saved settings come back from the server: show them.
  useEffect(() => setValues(valuesOf(settings)), [settings, setValues]);
  return (
    <FormShell
      form={form}
      title={t.settingsTitle}
      notice={form.result ? <Alert tone="success">{t.settingsSaved}</Alert> : null}
      submitLabel={t.saveSettings}
    >
      <div className="form__grid">
        <TextField label={t.escalationSeconds} inputMode="numeric" {...field('escalationSeconds')} />
        <TextField label={t.ackValidHours} inputMode="numeric" {...field('ackValidHours')} />
      </div>
    </FormShell>
  );
}
