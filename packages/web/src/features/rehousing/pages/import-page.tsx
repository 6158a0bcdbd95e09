import { da, fill } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../../components/form/form-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { importContentType } from '../../../lib/upload-file.ts';
import { type ImportOutcome, useImportHouseholds } from '../api/import-households.ts';
import { RehousingNav, useIsLeader } from '../components/rehousing-nav.tsx';

const ui = da.rehousingUi;

/** Uploads a household list (CSV or XLSX): all or nothing, every bad row listed in Danish. */
export function RehousingImportPage() {
  const isLeader = useIsLeader();
  const upload = useImportHouseholds();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const type = file ? importContentType(file) : null;
    if (!file || !type) {
      setOutcome({ ok: false, message: da.planApi.importUnsupportedType, rows: [] });
      return;
    }
    upload.mutate({ file, contentType: type }, { onSuccess: setOutcome });
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
            <button type="submit" className="button" aria-disabled={upload.isPending}>
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
