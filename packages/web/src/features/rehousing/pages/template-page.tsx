import { da } from '@helhed/core';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { FormField, TextField } from '../../../components/ui/form-field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { fieldErrorsOf } from '../../registration/lib/form.ts';
import { useLetterTemplate, useRehousingMutation } from '../api/rehousing-api.ts';
import { RehousingNav, useIsLeader } from '../components/rehousing-nav.tsx';
import type { LetterTemplate } from '../types.ts';

const ui = da.rehousingUi;

function TemplateForm({ template }: { template: LetterTemplate }) {
  const save = useRehousingMutation<{ subject: string; body: string }, LetterTemplate>(
    '/api/v1/rehousing/letter-template',
    'PUT',
  );
  const [values, setValues] = useState({ subject: template.subject, body: template.body });
  const errors = fieldErrorsOf(save.error);
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(values);
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      <p>
        {ui.templateIntro} {template.placeholders.map((p) => `{${p}}`).join(', ')}
      </p>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {save.isSuccess ? <Alert tone="success">{ui.templateSaved}</Alert> : null}
      <TextField
        label={ui.fields.subject}
        name="subject"
        value={values.subject}
        error={errors.subject}
        onChange={(e) => setValues((v) => ({ ...v, subject: e.target.value }))}
      />
      <FormField label={ui.fields.body} error={errors.body}>
        {(control) => (
          <textarea
            className="input rehousing-template"
            name="body"
            value={values.body}
            onChange={(e) => setValues((v) => ({ ...v, body: e.target.value }))}
            {...control}
          />
        )}
      </FormField>
      <button type="submit" className="button" aria-disabled={save.isPending}>
        {save.isPending ? ui.saving : ui.save}
      </button>
    </form>
  );
}

/** The plan's offer-letter template, edited by a leader; unknown placeholders are refused in Danish. */
export function TemplatePage() {
  const isLeader = useIsLeader();
  const template = useLetterTemplate();
  return (
    <Page title={ui.template}>
      <RehousingNav />
      {!isLeader ? <p className="notice">{ui.noAccess}</p> : null}
      {isLeader && template.isPending ? <Loading /> : null}
      {template.isError ? <QueryError error={template.error} onRetry={() => template.refetch()} /> : null}
      {isLeader && template.data ? (
        <section className="panel">
          <TemplateForm template={template.data} />
        </section>
      ) : null}
    </Page>
  );
}
