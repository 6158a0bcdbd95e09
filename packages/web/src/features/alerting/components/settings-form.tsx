import { da } from '@helhed/core';
import { type FormEvent, useEffect, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/form-field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useSaveSettings } from '../api/contacts.ts';
import type { Settings } from '../types.ts';

const t = da.alerting.ui;

export function SettingsForm({ settings }: { settings: Settings }) {
  const save = useSaveSettings();
  const [escalation, setEscalation] = useState(String(settings.escalationSeconds));
  const [validHours, setValidHours] = useState(String(settings.ackValidHours));
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    setEscalation(String(settings.escalationSeconds));
    setValidHours(String(settings.ackValidHours));
  }, [settings]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { escalationSeconds: Number(escalation), ackValidHours: Number(validHours) };
    const found: Record<string, string> = {};
    if (!Number.isInteger(input.escalationSeconds) || input.escalationSeconds < 1)
      found.escalationSeconds = da.validation.invalidValue;
    if (!Number.isInteger(input.ackValidHours) || input.ackValidHours < 1)
      found.ackValidHours = da.validation.invalidValue;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate(input, { onError: (error) => error instanceof ApiError && setErrors(error.fieldErrors()) });
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="settings-title">
      <h2 id="settings-title">{t.settingsTitle}</h2>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">{t.settingsSaved}</Alert> : null}
      <div className="form__grid">
        <TextField
          label={t.escalationSeconds}
          name="escalationSeconds"
          inputMode="numeric"
          value={escalation}
          error={errors.escalationSeconds}
          onChange={(e) => setEscalation(e.target.value)}
        />
        <TextField
          label={t.ackValidHours}
          name="ackValidHours"
          inputMode="numeric"
          value={validHours}
          error={errors.ackValidHours}
          onChange={(e) => setValidHours(e.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t.saveSettings}
      </button>
    </form>
  );
}
