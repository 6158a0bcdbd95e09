import { da } from '@helhed/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type NewParticipantDraft, useLikelyDuplicates } from '../api/get-likely-duplicates.ts';

const ui = da.registrationUi;

/** The value, once it has stayed the same for `ms`: the question is asked when the typing pauses. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the value's content.
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return settled;
}

/**
 * While a worker types a new participant, the records in their scope that may be the same person:
 * name, birth year, area and team, each a link to the record. Announced politely, so a screen
 * reader user hears it without losing their place in the form.
 */
export function LikelyDuplicates({ draft }: { draft: NewParticipantDraft }) {
  const found = useLikelyDuplicates(useSettled(draft, 300));
  const participants = found.data?.participants ?? [];
  return (
    <div aria-live="polite">
      {participants.length > 0 ? (
        <section className="notice" aria-labelledby="likely-duplicates-title" data-testid="likely-duplicates">
          <h3 id="likely-duplicates-title">{ui.duplicatesTitle}</h3>
          <p>{ui.duplicatesIntro}</p>
          <ul>
            {participants.map((p) => (
              <li key={p.id}>
                <Link to={`/deltagere/${p.id}`}>{p.displayName}</Link>
                {`, ${[
                  p.birthYear ? `${ui.bornIn} ${p.birthYear}` : ui.birthYearUnknown,
                  p.areaName,
                  p.teamName,
                ]
                  .filter(Boolean)
                  .join(', ')}`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
