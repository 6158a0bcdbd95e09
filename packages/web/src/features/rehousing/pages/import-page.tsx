import { da, fill } from '@helhed/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { FormField } from '../../../components/ui/form-field.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { getCsrfToken } from '../../../lib/api-client.ts';
import { importContentType } from '../../plan/api/import-indicators.ts';
import { rehousingKeys } from '../api/rehousing-api.ts';
import { RehousingNav, useIsLeader } from '../components/rehousing-nav.tsx';

const ui = da.rehousingUi;

type Outcome = { ok: true; count: number } | { ok: false; message: string; rows: string[] };

/** Uploads a household list (CSV or XLSX): all or nothing, every bad row listed in Danish. */
export function RehousingImportPage() {
  const isLeader = useIsLeader();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const type = file ? importContentType(file) : null;
    if (!file || !type) {
      setOutcome({ ok: false, message: da.planApi.importUnsupportedType, rows: [] });
      return;
    }
    setBusy(true);
    try {
      const response = await fetch('/api/v1/rehousing/household-imports', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': type, Accept: 'application/json', 'X-CSRF-Token': getCsrfToken() ?? '' },
        body: file,
      });
      const body = (await response.json().catch(() => null)) as {
        imported?: number;
        error?: { message: string; details?: Array<{ message: string }> };
      } | null;
      if (response.ok && body?.imported !== undefined) {
        setOutcome({ ok: true, count: body.imported });
        await queryClient.invalidateQueries({ queryKey: rehousingKeys.all });
      } else {
        setOutcome({
          ok: false,
          message: body?.error?.message ?? da.web.unexpectedError,
          rows: body?.error?.details?.map((d) => d.message) ?? [],
        });
      }
    } catch {
      setOutcome({ ok: false, message: da.web.networkError, rows: [] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={ui.import}>
      <RehousingNav />
      {isLeader ? (
        <section className="panel">
          <p>{ui.importIntro}</p>
          <form className="form" noValidate onSubmit={submit}>
            <FormField label={ui.importFile}>
              {(control) => (
                <input
                  type="file"
                  name="file"
                  accept=".csv,.xlsx"
                  onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                  {...control}
                />
              )}
            </FormField>
            <button type="submit" className="button" aria-disabled={busy}>
              {ui.importButton}
            </button>
          </form>
          {outcome?.ok ? <Alert tone="success">{fill(ui.importDone, { count: outcome.count })}</Alert> : null}
          {outcome && !outcome.ok ? (
            <Alert tone="error">
              {outcome.message}
              {outcome.rows.length > 0 ? (
                <ul>
                  {outcome.rows.map((row) => (
                    <li key={row}>{row}</li>
                  ))}
                </ul>
              ) : null}
            </Alert>
          ) : null}
        </section>
      ) : (
        <p className="notice">{ui.noAccess}</p>
      )}
    </Page>
  );
}
