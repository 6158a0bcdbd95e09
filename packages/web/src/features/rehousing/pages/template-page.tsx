import { da } from '@helhed/core';
import { FormField, TextField } from '../../../components/form/form-field.tsx';
import { FormShell } from '../../../components/form/form-shell.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useLetterTemplate } from '../api/get-letter-template.ts';
import { useUpdateLetterTemplate } from '../api/update-letter-template.ts';
import { RehousingNav, useIsLeader } from '../components/rehousing-nav.tsx';
import type { LetterTemplate } from '../types.ts';

const ui = da.rehousingUi;

function TemplateForm({ template }: { template: LetterTemplate }) {
  const form = useFormSubmit({
    mutation: useUpdateLetterTemplate(),
    initial: { subject: template.subject, body: template.body },
    toBody: (values) => values,
  });
  const body = form.field('body');
  return (
    <FormShell
      form={form}
      intro={`${ui.templateIntro} ${template.placeholders.map((p) => `{${p}}`).join(', ')}`}
      notice={form.result ? <Alert tone="success">{ui.templateSaved}</Alert> : null}
      submitLabel={ui.save}
      pendingLabel={ui.saving}
    >
      <TextField label={ui.fields.subject} {...form.field('subject')} />
      <FormField label={ui.fields.body} error={body.error}>
        {(control) => (
          <textarea
            className="input rehousing-template"
            name={body.name}
            value={body.value}
            onChange={body.onChange}
            {...control}
          />
        )}
      </FormField>
    </FormShell>
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
