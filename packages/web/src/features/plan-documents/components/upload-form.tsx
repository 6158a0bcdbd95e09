import { da, fill } from '@helhed/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { FormField, SelectField } from '../../../components/form/form-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { UploadStatus } from '../../../components/upload-status.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { DOCUMENT_MAX_BYTES, documentKeys } from '../api/keys.ts';
import { type UploadTarget, uploadDocument } from '../api/upload-document.ts';
import type { PlanDocument } from '../types.ts';

const t = da.planDocuments;

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; loaded: number; total: number }
  | { phase: 'processing' }
  | { phase: 'done'; text: string }
  | { phase: 'failed'; text: string };

/** The kind chosen: a fixed kind, a new other document, or 'doc:<id>' for a new version of one. */
function targetOf(choice: string, title: string): UploadTarget {
  if (choice.startsWith('doc:')) return { documentId: choice.slice(4) };
  if (choice === 'other') return { kind: 'other', title: title.trim() };
  return { kind: choice as 'kommissorium' | 'indberetningsskema' };
}

/** A leader uploads a PDF: the kommissorium, the indberetningsskema, or another plan document. */
export function UploadForm({ documents }: { documents: PlanDocument[] }) {
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [choice, setChoice] = useState('kommissorium');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ file?: string; title?: string }>({});
  const [state, setState] = useState<State>({ phase: 'idle' });
  const busy = state.phase === 'uploading' || state.phase === 'processing';
  const others = documents.filter((d) => d.kind === 'other');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const file = fileInput.current?.files?.[0];
    const found: { file?: string; title?: string } = {
      ...(choice === 'other' && !title.trim() ? { title: t.errors.titleRequired } : {}),
      ...(!file
        ? { file: t.errors.fileRequired }
        : file.size > DOCUMENT_MAX_BYTES
          ? { file: t.errors.tooLarge }
          : {}),
    };
    setErrors(found);
    if (found.title) titleInput.current?.focus();
    else if (found.file) fileInput.current?.focus();
    if (found.title || found.file || !file) return;
    setState({ phase: 'uploading', loaded: 0, total: file.size });
    try {
      const result = await uploadDocument(targetOf(choice, title), file, ({ loaded, total, done }) =>
        setState(done ? { phase: 'processing' } : { phase: 'uploading', loaded, total }),
      );
      const values = { title: result.document.title, version: result.document.current.version };
      setState({ phase: 'done', text: fill(result.created ? t.uploaded : t.sameAsCurrent, values) });
      if (fileInput.current) fileInput.current.value = '';
      setTitle('');
      await queryClient.invalidateQueries({ queryKey: documentKeys.all });
    } catch (error) {
      const field = error instanceof ApiError ? error.fieldErrors() : {};
      setErrors({
        ...(field.file ? { file: field.file } : {}),
        ...(field.title ? { title: field.title } : {}),
      });
      setState({ phase: 'failed', text: errorMessage(error) });
    }
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit} aria-labelledby="document-upload-title">
      <h3 id="document-upload-title">{t.uploadTitle}</h3>
      <div className="form__grid">
        <SelectField
          label={t.fields.kind}
          name="kind"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          options={[
            { value: 'kommissorium', label: t.kinds.kommissorium },
            { value: 'indberetningsskema', label: t.kinds.indberetningsskema },
            ...others.map((d) => ({ value: `doc:${d.id}`, label: fill(t.newVersionOf, { title: d.title }) })),
            { value: 'other', label: t.kinds.other },
          ]}
        />
        {choice === 'other' ? (
          <FormField label={t.fields.title} error={errors.title}>
            {(control) => (
              <input
                ref={titleInput}
                className="input"
                name="title"
                maxLength={200}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                {...control}
              />
            )}
          </FormField>
        ) : null}
      </div>
      <FormField label={t.fields.file} error={errors.file}>
        {(control) => (
          <input
            ref={fileInput}
            className="input"
            type="file"
            name="file"
            accept="application/pdf,.pdf"
            {...control}
          />
        )}
      </FormField>
      <button type="submit" className="button" aria-disabled={busy}>
        {t.upload}
      </button>
      <UploadStatus state={state} />
      <div ref={resultRef} tabIndex={-1} className="import-result">
        {state.phase === 'done' ? <Alert tone="success">{state.text}</Alert> : null}
        {state.phase === 'failed' ? <Alert tone="error">{state.text}</Alert> : null}
      </div>
    </form>
  );
}
