import { da, fill, formatDate } from '@helhed/core';
import { Link, useParams } from 'react-router';
import { QuerySection } from '../../../components/query-section.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useActivityKnowledge } from '../api/get-activity-knowledge.ts';
import { entryFileUrl } from '../api/get-entry-file.ts';
import { EntryChanges, EntryHistory } from '../components/entry-changes.tsx';
import { EntryEditor } from '../components/entry-editor.tsx';

const t = da.programUi;

/** One activity's knowledge along its whole line of work across plans. */
export function KnowledgeActivityPage() {
  const id = useParams().id ?? '';
  const knowledge = useActivityKnowledge(id);
  const can = useCan();
  return (
    <Page
      title={knowledge.data ? fill(t.activityTitle, { name: knowledge.data.activity.name }) : t.knowledge}
    >
      <QuerySection query={knowledge} label={t.knowledge}>
        {(k) => (
          <>
            <p className="lead">
              {k.activity.planName} · {k.activity.focusAreaName}
            </p>
            {k.activity.purposesIntro ? <p>{k.activity.purposesIntro}</p> : null}
            <h2>{t.lineHeading}</h2>
            <ol className="line-of-work-list">
              {k.lineOfWork.map((a) => (
                <li key={a.id}>
                  {a.id === k.activity.id ? (
                    <strong>{a.name}</strong>
                  ) : (
                    <Link to={`/program/videnbase/aktiviteter/${a.id}`}>{a.name}</Link>
                  )}{' '}
                  ({a.planName})
                </li>
              ))}
            </ol>
            <h2>{t.entriesHeading}</h2>
            {k.entries.length === 0 ? <p>{t.noEntries}</p> : null}
            {k.entries.map((e) => (
              <article key={e.id} className="knowledge-entry" aria-labelledby={`entry-${e.id}`}>
                <h3 id={`entry-${e.id}`}>{e.title}</h3>
                {e.withdrawnAt ? (
                  <p className="notice">
                    {fill(t.withdrawnNotice, {
                      dato: formatDate(e.withdrawnAt),
                      begrundelse: e.withdrawnReason ?? '',
                    })}
                  </p>
                ) : null}
                <p className="knowledge-entry__meta">
                  {da.program.entryKinds[e.kind]}
                  {e.assessor ? ` · ${da.program.assessors[e.assessor]}` : ''} · {e.year} ·{' '}
                  {e.activityPlanName}
                </p>
                <p className="knowledge-entry__body">{e.body}</p>
                {e.file ? (
                  <a href={entryFileUrl(e.id)} download>
                    {fill(t.attachment, { name: e.file.name })}
                  </a>
                ) : null}
                <EntryHistory entry={e} />
                {e.ownPlan && !e.withdrawnAt && can('knowledge.edit') ? (
                  <EntryChanges key={JSON.stringify([e.title, e.body, e.year])} entry={e} />
                ) : null}
              </article>
            ))}
            <h2>{t.evaluationsHeading}</h2>
            {k.courseEvaluations.length === 0 ? <p>{t.noEvaluations}</p> : null}
            {k.courseEvaluations.map((c) => (
              <article key={`${c.title}-${c.startsOn}`} className="knowledge-entry">
                <h3>{c.title}</h3>
                <p className="knowledge-entry__meta">
                  {formatDate(c.startsOn)}
                  {c.endsOn ? `–${formatDate(c.endsOn)}` : ''} ·{' '}
                  {fill(t.enrolled, { count: String(c.enrolled) })}
                </p>
                {c.published ? null : <p className="notice">{da.consent.ui.unpublishedInKnowledge}</p>}
                <p>{c.withheld ? t.evaluationWithheld : c.evaluation}</p>
              </article>
            ))}
            {can('knowledge.edit') ? (
              <EntryEditor activities={k.lineOfWork} currentId={k.activity.id} />
            ) : null}
          </>
        )}
      </QuerySection>
    </Page>
  );
}
