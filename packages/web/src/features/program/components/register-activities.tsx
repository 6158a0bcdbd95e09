import { da, fill } from '@helhed/core';
import { useRef } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useUnlinkContinuation } from '../api/continuations.ts';
import type { RegisterEntry } from '../types.ts';
import { ContinuationRemove } from './continuation-remove.tsx';

const t = da.programUi;

type Props = { slug: string; plans: RegisterEntry[]; canEdit: boolean };

/** Each loaded plan's activities with the lines across plans; an editor may remove a wrong line. */
export function RegisterActivities({ slug, plans, canEdit }: Props) {
  const unlink = useUnlinkContinuation(slug);
  // The pressed button goes with its line: focus moves to the outcome instead of the page's start.
  const outcome = useRef<HTMLDivElement>(null);
  const remove = (linkId: string) => unlink.mutate(linkId, { onSettled: () => outcome.current?.focus() });
  return (
    <>
      <div ref={outcome} tabIndex={-1}>
        {unlink.isError ? <Alert tone="error">{errorMessage(unlink.error)}</Alert> : null}
        {unlink.isSuccess ? <Alert tone="success">{t.continuationForm.removed}</Alert> : null}
      </div>
      {plans
        .filter((p) => p.activities.length > 0)
        .map((p) => (
          <section key={p.name} aria-labelledby={`plan-${p.startYear}`} className="register-plan">
            <h2 id={`plan-${p.startYear}`}>{fill(t.planActivities, { plan: p.name })}</h2>
            <ul className="register-activities">
              {p.activities.map((a) => {
                const lines = [
                  ...a.continues.map((c) => ({
                    ...c,
                    text: fill(t.continues, { name: c.name, plan: c.planName }),
                  })),
                  ...a.continuedBy.map((c) => ({
                    ...c,
                    text: fill(t.continuedBy, { name: c.name, plan: c.planName }),
                  })),
                ];
                return (
                  <li key={a.id}>
                    <Link to={`/program/videnbase/aktiviteter/${a.id}`}>{a.name}</Link>{' '}
                    <span className="register-activities__focus">({a.focusAreaName})</span>
                    {lines.map((line) => (
                      <span key={line.linkId} className="line-of-work">
                        {line.text}{' '}
                        {canEdit ? (
                          <ContinuationRemove
                            activityName={a.name}
                            linkText={line.text}
                            linkId={line.linkId}
                            pending={unlink.isPending}
                            onRemove={remove}
                          />
                        ) : null}
                      </span>
                    ))}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
    </>
  );
}
