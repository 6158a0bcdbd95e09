import { da, fill } from '@helhed/core';
import { useState } from 'react';
import { QuerySection } from '../../../components/query-section.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Page } from '../../../components/ui/page.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCan } from '../../auth/api/get-session.ts';
import { useDeleteMilestone } from '../api/delete-milestone.ts';
import { milestoneExportUrl } from '../api/export-milestones.ts';
import { useMilestones } from '../api/get-milestones.ts';
import { useResponsibles } from '../api/get-responsibles.ts';
import { useUpdateMilestone } from '../api/update-milestone.ts';
import { EditMilestoneForm, NewMilestoneForm } from '../components/milestone-form.tsx';
import { type MilestoneAction, MilestoneTable } from '../components/milestone-table.tsx';
import type { MilestoneList } from '../types.ts';

const m = da.milestones;

function Downloads() {
  return (
    <nav className="report-downloads" aria-label={m.planTitle}>
      <a className="button button--secondary" href={milestoneExportUrl('xlsx')} download>
        {m.ui.downloadXlsx}
      </a>
      <a className="button button--secondary" href={milestoneExportUrl('pdf')} download>
        {m.ui.downloadPdf}
      </a>
    </nav>
  );
}

/** Every delaftale with its milestones; an editor marks, edits and removes them in place. */
function Plan({ list, canEdit }: { list: MilestoneList; canEdit: boolean }) {
  const responsibles = useResponsibles(canEdit);
  const update = useUpdateMilestone();
  const remove = useDeleteMilestone();
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const busy = update.isPending || remove.isPending;
  const users = responsibles.data?.users ?? [];

  const act = (action: MilestoneAction) => {
    setNotice(null);
    if (action.kind === 'edit') {
      setEditing(action.milestone.id);
      return;
    }
    const done = {
      onError: (error: unknown) => setNotice({ tone: 'error', text: errorMessage(error) }),
    };
    if (action.kind === 'remove') {
      if (!window.confirm(fill(m.ui.removeConfirm, { text: action.milestone.text }))) return;
      remove.mutate(action.milestone.id, {
        ...done,
        onSuccess: () => setNotice({ tone: 'success', text: m.ui.removed }),
      });
      return;
    }
    update.mutate(
      { id: action.milestone.id, body: { status: action.status } },
      { ...done, onSuccess: () => setNotice({ tone: 'success', text: m.ui.saved }) },
    );
  };

  return (
    <>
      <div aria-live="polite">{notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}</div>
      {list.subAgreements.map((subAgreement) => {
        const own = list.milestones.filter((x) => x.subAgreementId === subAgreement.id);
        const edited = own.find((x) => x.id === editing);
        return (
          <section key={subAgreement.id} className="panel" aria-labelledby={`delaftale-${subAgreement.id}`}>
            <h2 id={`delaftale-${subAgreement.id}`}>{subAgreement.name}</h2>
            <p className="milestone-focus-area">
              {m.fields.focusArea}: {subAgreement.focusAreaName}
            </p>
            {edited && canEdit ? (
              <EditMilestoneForm
                key={edited.id}
                list={list}
                responsibles={users}
                milestone={edited}
                onDone={() => setEditing(null)}
              />
            ) : null}
            <MilestoneTable
              name={subAgreement.name}
              milestones={own}
              onAction={canEdit ? act : undefined}
              busy={busy}
            />
          </section>
        );
      })}
      {canEdit ? (
        <section className="panel" aria-label={m.ui.add}>
          <NewMilestoneForm list={list} responsibles={users} />
        </section>
      ) : null}
    </>
  );
}

/** Plan → Milepæle: the milepælsplan per delaftale, its downloads, and the leader's tools. */
export function MilestonesPage() {
  const can = useCan();
  const list = useMilestones();
  return (
    <Page title={m.title}>
      <p className="lead">{m.intro}</p>
      <Downloads />
      <QuerySection query={list} label={m.planTitle} as="div">
        {(data) => <Plan list={data} canEdit={can('milestones.edit')} />}
      </QuerySection>
    </Page>
  );
}
