import { da, fill, formatLongDate } from '@helhed/core';
import { formatHours } from '../lib/format.ts';
import type { SubAgreement } from '../types.ts';
import { CaptionedTable } from './table-wrap.tsx';

export function SubAgreementView({ subAgreement }: { subAgreement: SubAgreement }) {
  const s = subAgreement;
  return (
    <>
      <dl className="facts">
        <div className="facts__row">
          <dt>{da.planUi.name}</dt>
          <dd>{s.name}</dd>
        </div>
        {s.periodStart && s.periodEnd ? (
          <div className="facts__row">
            <dt>{da.planUi.agreementPeriod}</dt>
            <dd>
              {fill(da.plan.periodRange, {
                start: formatLongDate(s.periodStart),
                end: formatLongDate(s.periodEnd),
              })}
            </dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>{da.planUi.weeklyHours}</dt>
          <dd data-testid="weekly-hours">
            {formatHours(s.weeklyStaffHours)}
            {s.weeklyStaffHoursAsWritten
              ? ` (${da.planUi.asWritten.toLocaleLowerCase('da')}: "${s.weeklyStaffHoursAsWritten}")`
              : ''}
          </dd>
        </div>
        {s.staffHoursIncludes ? (
          <div className="facts__row">
            <dt>{da.planUi.hoursInclude}</dt>
            <dd>{s.staffHoursIncludes}</dd>
          </div>
        ) : null}
        {s.staffHoursNote ? (
          <div className="facts__row">
            <dt>{da.planUi.note}</dt>
            <dd>{s.staffHoursNote}</dd>
          </div>
        ) : null}
        {s.revisionText ? (
          <div className="facts__row">
            <dt>{da.planUi.revision}</dt>
            <dd>{s.revisionText}</dd>
          </div>
        ) : null}
      </dl>
      <h3>{da.planUi.subAgreementParties}</h3>
      <ul>
        {s.parties.map((party) => (
          <li key={`${party.title}-${party.organisation}`}>
            {[party.title, party.organisation].filter(Boolean).join(', ')}
            {party.includes.length ? ` (${party.includes.join(', ')})` : ''}
          </li>
        ))}
      </ul>
      {s.staffHours.length > 0 ? (
        <CaptionedTable
          caption={da.planUi.hoursCaption}
          headers={[da.planUi.role, da.planUi.weeklyHours]}
          footer={
            <tr>
              <th scope="row">{da.planUi.total}</th>
              <td>{formatHours(s.staffHoursLinesTotal)}</td>
            </tr>
          }
        >
          {s.staffHours.map((line) => (
            <tr key={line.label}>
              <th scope="row">{line.label}</th>
              <td>{formatHours(line.weeklyHours)}</td>
            </tr>
          ))}
        </CaptionedTable>
      ) : null}
    </>
  );
}
