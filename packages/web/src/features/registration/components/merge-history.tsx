import { da, fill, formatDate } from '@helhed/core';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useParticipantMerges, useUndoMerge } from '../api/merge-participants.ts';
import type { ParticipantMerge } from '../types.ts';

const m = da.merge.ui;

/** "Sammenlagt med … — Fortryd sammenlægning (frist …)": the merges of this record, newest first. */
export function MergeHistory({ participantId }: { participantId: string }) {
  const merges = useParticipantMerges(participantId);
  const undo = useUndoMerge();
  const list = (merges.data?.merges ?? []).filter((x) => x.keptParticipantId === participantId);
  const undone = undo.data?.merges.find((x) => x.id === undo.variables);
  return (
    <div aria-live="polite">
      {undo.isError ? <Alert tone="error">{errorMessage(undo.error)}</Alert> : null}
      {undone ? (
        <Alert tone="success">{fill(m.undoneDone, { name: undone.mergedName ?? m.erasedName })}</Alert>
      ) : null}
      {list.length > 0 ? (
        <>
          <h3>{m.historyTitle}</h3>
          <ul>
            {list.map((merge) => (
              <MergeItem
                key={merge.id}
                merge={merge}
                onUndo={() => undo.mutate(merge.id)}
                pending={undo.isPending}
              />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function MergeItem({
  merge,
  onUndo,
  pending,
}: {
  merge: ParticipantMerge;
  onUndo: () => void;
  pending: boolean;
}) {
  const name = merge.mergedName ?? m.erasedName;
  return (
    <li>
      {fill(m.mergedWith, { name, date: formatDate(merge.mergedAt) })}
      {merge.reason ? ` (${merge.reason})` : ''}.{' '}
      {merge.undoneAt ? (
        fill(m.undone, { date: formatDate(merge.undoneAt) })
      ) : merge.canUndo ? (
        <>
          {fill(m.undoDeadline, { date: formatDate(merge.undoUntil) })}{' '}
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={pending}
            onClick={() => !pending && onUndo()}
          >
            {pending ? m.undoing : m.undo}
          </button>
        </>
      ) : (
        m.undoExpired
      )}
    </li>
  );
}
