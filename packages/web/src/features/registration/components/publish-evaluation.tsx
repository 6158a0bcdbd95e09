import { da, fill, formatDate } from '@helhed/core';
import { useState } from 'react';
import { TextareaField } from '../../../components/form/textarea-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { usePublishEvaluation } from '../api/publish-evaluation.ts';
import { useUnpublishEvaluation } from '../api/unpublish-evaluation.ts';
import type { CourseDetail } from '../types.ts';
import { useIsLeader } from './registration-gate.tsx';

const c = da.consent.ui;

/**
 * The leader's step that publishes a course evaluation to the videnbase (decision 0018). The
 * server checks the text against the plan's participants' names, CPR, e-mail and phone and answers
 * with the findings; they are listed here for the leader to remove. Others see the state only.
 */
export function PublishEvaluation({ course }: { course: CourseDetail }) {
  const isLeader = useIsLeader();
  const publish = usePublishEvaluation(course.id);
  const unpublish = useUnpublishEvaluation(course.id);
  const [text, setText] = useState(course.publication?.text ?? course.evaluation ?? '');
  const [accepted, setAccepted] = useState('');
  const findings = publish.error instanceof ApiError ? publish.error.details : [];
  const status = course.publication ? (
    <p>
      {fill(c.published, {
        date: formatDate(course.publication.publishedAt.slice(0, 10)),
        name: course.publication.publishedByName ?? '–',
      })}
    </p>
  ) : (
    <p>{c.notPublished}</p>
  );
  if (!course.evaluation) return null;
  return (
    <section className="panel" aria-labelledby="publish-title">
      <h2 id="publish-title">{c.publishSection}</h2>
      {status}
      {!isLeader ? (
        <p>{c.onlyLeader}</p>
      ) : (
        <form
          className="form"
          noValidate
          aria-labelledby="publish-title"
          onSubmit={(event) => {
            event.preventDefault();
            unpublish.reset();
            publish.mutate({
              text,
              acceptedNames: accepted
                .split('\n')
                .map((w) => w.trim())
                .filter(Boolean),
            });
          }}
        >
          <p>{c.publishIntro}</p>
          {publish.isError ? (
            <Alert tone="error">
              <p>{errorMessage(publish.error)}</p>
              {findings.length > 0 ? (
                <>
                  <h3>{c.findingsHeading}</h3>
                  <ul aria-label={c.findingsHeading}>
                    {findings.map((f) => (
                      <li key={`${f.field}-${f.message}`}>{f.message}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </Alert>
          ) : null}
          {publish.isSuccess ? <Alert tone="success">{c.publishedSaved}</Alert> : null}
          {unpublish.isSuccess ? <Alert tone="success">{c.unpublishedSaved}</Alert> : null}
          <TextareaField
            label={c.publishText}
            name="publishText"
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <TextareaField
            label={c.acceptedNames}
            hint={c.acceptedNamesHint}
            name="acceptedNames"
            rows={2}
            value={accepted}
            onChange={(e) => setAccepted(e.target.value)}
          />
          <div className="form__actions">
            <button type="submit" className="button">
              {c.publish}
            </button>
            {course.publication ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  publish.reset();
                  unpublish.mutate(undefined);
                }}
              >
                {c.unpublish}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
