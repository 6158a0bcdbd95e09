import { da, fill } from '@helhed/core';

const t = da.programUi.continuationForm;

type RemoveProps = {
  /** The activity whose line this is, and the line's own text ("Viderefører X (plan)"). */
  activityName: string;
  linkText: string;
  linkId: string;
  pending: boolean;
  onRemove: (linkId: string) => void;
};

/** A button that removes one link; its accessible name names both ends of the link. */
export function ContinuationRemove({ activityName, linkText, linkId, pending, onRemove }: RemoveProps) {
  return (
    <button
      type="button"
      className="button button--secondary"
      aria-label={fill(t.removeLabel, { activity: activityName, link: linkText })}
      disabled={pending}
      onClick={() => onRemove(linkId)}
    >
      {t.remove}
    </button>
  );
}
