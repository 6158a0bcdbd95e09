import { da, formatDate } from '@helhed/core';
import type { HouseholdEvent } from '../types.ts';

const ui = da.rehousingUi;
const f = ui.fields;

function describe(event: HouseholdEvent): string {
  const parts: string[] = [];
  if (event.organisation) parts.push(event.organisation);
  if (event.departmentName) parts.push(event.departmentName);
  if (event.address) parts.push(event.address);
  if (event.rooms) parts.push(`${event.rooms} ${f.rooms.toLowerCase()}`);
  if (event.rentKr !== null) parts.push(`${event.rentKr.toLocaleString('da-DK')} kr.`);
  if (event.answerDeadline)
    parts.push(`${f.answerDeadline.toLowerCase()} ${formatDate(event.answerDeadline)}`);
  if (event.moveKind) parts.push(da.rehousing.rehousingType[event.moveKind as 'temporary' | 'permanent']);
  if (event.returnExpectedOn)
    parts.push(`${f.returnExpectedOn.toLowerCase()} ${formatDate(event.returnExpectedOn)}`);
  if (event.reason) parts.push(event.reason);
  return parts.join(', ');
}

/** The household's full history in date order; voided events stay, struck through. */
export function HistoryTable({ events }: { events: HouseholdEvent[] }) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid="history">
        <caption>{ui.historyCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{f.occurredOn}</th>
            <th scope="col">{f.event}</th>
            <th scope="col">{ui.fields.note}</th>
            <th scope="col">{f.recordedBy}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className={event.voided ? 'rehousing-voided' : undefined}>
              <td>{formatDate(event.occurredOn)}</td>
              <th scope="row">
                {da.rehousing.eventType[event.type]}
                {event.voided ? ` (${ui.voidedMark})` : ''}
              </th>
              <td>{describe(event)}</td>
              <td>{event.recordedBy ?? ui.noValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
