import { da, fill } from '@helhed/core';
import { useState } from 'react';
import { SelectField } from '../../../components/form/form-field.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { letterPdfUrl, useLetter } from '../api/get-letter.ts';
import { useSendLetter } from '../api/send-letter.ts';
import type { HouseholdEvent } from '../types.ts';
import { offerLabel } from './event-forms.tsx';

const ui = da.rehousingUi;

/** The offer letter: preview from the plan's template, send by e-mail (SMTP) or open the PDF to print. */
export function LetterPanel({ householdId, offers }: { householdId: string; offers: HouseholdEvent[] }) {
  const [offerId, setOfferId] = useState(offers.at(-1)?.id ?? '');
  const preview = useLetter(householdId, offerId);
  const send = useSendLetter(householdId);
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
          href={letterPdfUrl(householdId, offerId)}
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
