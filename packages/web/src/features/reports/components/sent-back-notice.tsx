import { da, fill, formatLongDate } from '@helhed/core';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { useCan } from '../../auth/api/get-session.ts';
import { useSentBackToMe } from '../api/quarter-approval.ts';
import { quarterLabel } from '../lib/periods.ts';

const t = da.quarterApproval.inbox;

/** The quarters a leader sent back to the signed-in user, until they are approved; nothing if none. */
export function SentBackNotice() {
  const can = useCan();
  const sent = useSentBackToMe(can('registration.edit'));
  const items = sent.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert tone="info">
      <h2 className="alert__title">{t.title}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.quarter}-${item.at}`}>
            {fill(t.line, {
              quarter: quarterLabel(item.quarter),
              name: item.by ?? da.quarterApproval.unknownUser,
              date: formatLongDate(item.at),
              message: item.message,
            })}{' '}
            <Link to={`/rapporter?kvartal=${item.quarter}`}>
              {fill(t.report, { quarter: quarterLabel(item.quarter) })}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
