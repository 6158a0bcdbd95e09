import { da, fill } from '@helhed/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/form-field.tsx';
import { api, errorMessage } from '../../../lib/api-client.ts';
import { useRehousingMutation } from '../api/rehousing-api.ts';
import type { HouseholdEvent } from '../types.ts';
import { offerLabel } from './event-forms.tsx';

const ui = da.rehousingUi;

/** The offer letter: preview from the plan's template, send by e-mail (SMTP) or open the PDF to print. */
export function LetterPanel({ householdId, offers }: { householdId: string; offers: HouseholdEvent[] }) {
  const [offerId, setOfferId] = useState(offers.at(-1)?.id ?? '');
  const base = `/api/v1/rehousing/households/${householdId}/letters`;
  const preview = useQuery({
    queryKey: ['rehousing', 'letter', householdId, offerId],
    queryFn: ({ signal }) =>
      api.get<{ subject: string; body: string; email: string | null }>(
        `${base}/${offerId}`,
        undefined,
        signal,
      ),
    enabled: offerId !== '',
  });
  const send = useRehousingMutation<
    { offerId: string; method: 'email' | 'print' },
    { sentTo: string | null }
  >(base);
  if (offers.length === 0) return <p>{ui.noOffers}</p>;
  return (
    <div>
      <SelectField
        label={ui.letterFor}
        name="letterOffer"
        options={offers.map((o) => ({ value: o.id, label: offerLabel(o) }))}
        value={offerId}
        onChange={(e) => setOfferId(e.target.value)}
      />
      {preview.isError ? <Alert tone="error">{errorMessage(preview.error)}</Alert> : null}
      {preview.data ? (
        <article className="rehousing-letter" aria-label={ui.letter} data-testid="letter-preview">
          <h3>{preview.data.subject}</h3>
          {preview.data.body}
        </article>
      ) : null}
      {send.isError ? <Alert tone="error">{errorMessage(send.error)}</Alert> : null}
      {send.data?.sentTo ? (
        <Alert tone="success">{fill(ui.letterSent, { email: send.data.sentTo })}</Alert>
      ) : null}
      <p className="rehousing-exports">
        <button
          type="button"
          className="button"
          aria-disabled={send.isPending}
          onClick={() => send.mutate({ offerId, method: 'email' })}
        >
          {ui.sendEmail}
        </button>
        <a
          className="button button--secondary"
          href={`${base}/${offerId}/pdf`}
          target="_blank"
          rel="noopener"
          onClick={() => send.mutate({ offerId, method: 'print' })}
        >
          {ui.print}
        </a>
      </p>
    </div>
  );
}
