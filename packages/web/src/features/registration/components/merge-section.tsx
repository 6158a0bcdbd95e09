import { da, fill } from '@helhed/core';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { useLikelyDuplicates } from '../api/get-likely-duplicates.ts';
import type { ParticipantDetail } from '../types.ts';
import { MergeConfirm } from './merge-confirm.tsx';
import { MergeHistory } from './merge-history.tsx';
import { ParticipantPicker } from './participant-picker.tsx';

const m = da.merge.ui;
const ui = da.registrationUi;

/**
 * The leader's "Læg sammen med en dublet" on a participant: the merges made (with their undo), and,
 * opened on demand, the choice of the other record, what moves and the consent that results.
 */
export function MergeSection({ participant }: { participant: ParticipantDetail }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="merge-title">
      <h2 id="merge-title">{m.open}</h2>
      <MergeHistory participantId={participant.id} />
      {done ? <Alert tone="success">{fill(m.done, { name: done })}</Alert> : null}
      {participant.erasedAt ? null : (
        <details onToggle={(event) => setOpen(event.currentTarget.open)} open={open}>
          <summary>{m.open}</summary>
          {open ? (
            <MergeFlow
              participant={participant}
              onMerged={(name) => {
                setDone(name);
                setOpen(false);
              }}
            />
          ) : null}
        </details>
      )}
    </section>
  );
}

function MergeFlow({
  participant,
  onMerged,
}: {
  participant: ParticipantDetail;
  onMerged: (name: string) => void;
}) {
  const [chosen, setChosen] = useState('');
  if (chosen) {
    return (
      <MergeConfirm
        kept={participant}
        duplicateId={chosen}
        onCancel={() => setChosen('')}
        onMerged={onMerged}
      />
    );
  }
  return (
    <>
      <p>{m.intro}</p>
      <Suggestions participant={participant} onChoose={setChosen} />
      <h3>{m.search}</h3>
      <ParticipantPicker
        name="duplicateId"
        value=""
        exclude={[participant.id]}
        onChange={(e) => setChosen(e.target.value)}
      />
    </>
  );
}

/** The likely duplicates of this record, by the same rule that warns a worker registering a new one. */
function Suggestions({
  participant,
  onChoose,
}: {
  participant: ParticipantDetail;
  onChoose: (id: string) => void;
}) {
  const found = useLikelyDuplicates({
    displayName: participant.displayName ?? '',
    birthYear: participant.birthYear ? String(participant.birthYear) : '',
    areaId: participant.areaId ?? '',
  });
  const others = (found.data?.participants ?? []).filter((p) => p.id !== participant.id);
  return (
    <>
      <h3>{m.suggestions}</h3>
      {others.length === 0 ? (
        <p>{m.noSuggestions}</p>
      ) : (
        <ul>
          {others.map((p) => {
            const facts = [
              p.birthYear ? `${ui.bornIn} ${p.birthYear}` : ui.birthYearUnknown,
              p.areaName,
              p.teamName,
            ];
            const label = `${p.displayName ?? ''}, ${facts.filter(Boolean).join(', ')}`;
            return (
              <li key={p.id}>
                {label}{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`${m.choose}: ${label}`}
                  onClick={() => onChoose(p.id)}
                >
                  {m.choose}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
