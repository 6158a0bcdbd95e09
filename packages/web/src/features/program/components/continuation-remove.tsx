import { da, fill } from '@helhed/core';
import type { UseMutationResult } from '@tanstack/react-query';

const t = da.programUi.continuationForm;

type RemoveProps = {
  /** The activity whose line this is, and the line's own text ("Viderefører X (plan)"). */
  activityName: string;
  linkText: string;
  linkId: string;
  unlink: UseMutationResult<null, Error, string, unknown>;
};

/** A button that removes one link; its accessible name names both ends of the link. */
export function ContinuationRemove({ activityName, linkText, linkId, unlink }: RemoveProps) {
  return (
    <button
      type="button"
      className="button button--secondary"
      aria-label={fill(t.removeLabel, { activity: activityName, link: linkText })}
      disabled={unlink.isPending}
      onClick={() => unlink.mutate(linkId)}
    >
      {t.remove}
    </button>
  );
}
