import { da, fill, formatDate } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { endVolunteering, listVolunteeringOf } from '../queries/imports.ts';
import { listActivities } from '../queries/lookups.ts';
import { insertVolunteer } from '../queries/situations.ts';
import { participantFinder } from './import-people.ts';
import {
  type ImportColumns,
  type ImportRow,
  importKey,
  nameKey,
  parseBirthYear,
  parseDay,
  type RowReport,
  refused,
  rowHazards,
} from './import-rows.ts';

const t = da.imports;

export const VOLUNTEER_COLUMNS = {
  name: ['deltager', 'navn'],
  birthYear: ['fødselsår', 'foedselsaar', 'født'],
  activity: ['aktivitet'],
  startedOn: ['start', 'startdato', 'fra'],
  endedOn: ['slut', 'slutdato', 'til'],
} as const satisfies ImportColumns<string>;
type Column = keyof typeof VOLUNTEER_COLUMNS;
export const VOLUNTEER_REQUIRED: Column[] = ['name', 'startedOn'];

const column = (c: Column) => VOLUNTEER_COLUMNS[c][0];

/**
 * Prepares the rows of a volunteer list: a participant in the actor's scope volunteering from a
 * day, optionally in one of the plan's activities and until a day. A period already registered
 * from the same day is not made twice; a missing end day is filled in, a different one refused.
 */
export async function volunteerImporter(db: Db, ctx: RequestContext) {
  const { actor } = ctx;
  const [activities, findParticipant] = await Promise.all([
    listActivities(db, actor.plan.id),
    participantFinder(db, ctx),
  ]);

  return async (row: ImportRow<Column>): Promise<RowReport> => {
    const { cells } = row;
    const label = cells.name;
    const hazards = rowHazards(row.raw);
    if (hazards.length > 0) return refused(row.row, label, hazards);
    const reasons: string[] = [];
    for (const c of VOLUNTEER_REQUIRED) {
      if (!cells[c]) reasons.push(fill(t.reasons.missing, { column: column(c) }));
    }
    const startedOn = cells.startedOn ? parseDay(cells.startedOn) : undefined;
    if (startedOn === null) reasons.push(fill(t.reasons.dateInvalid, { column: column('startedOn') }));
    const endedOn = cells.endedOn ? parseDay(cells.endedOn) : undefined;
    if (endedOn === null) reasons.push(fill(t.reasons.dateInvalid, { column: column('endedOn') }));
    if (startedOn && endedOn && endedOn < startedOn) reasons.push(t.reasons.endBeforeStart);
    const activity = activities.find((a) => nameKey(a.name) === nameKey(cells.activity));
    if (cells.activity && !activity) reasons.push(fill(t.reasons.activityUnknown, { value: cells.activity }));
    const birthYear = parseBirthYear(cells.birthYear);
    if (birthYear === null) reasons.push(t.reasons.birthYearInvalid);
    const found = cells.name ? findParticipant(cells.name, birthYear ?? undefined) : null;
    if (found && 'reasons' in found) reasons.push(...found.reasons);
    if (reasons.length > 0 || !startedOn || !found || 'reasons' in found) {
      return refused(row.row, label, reasons);
    }
    const report = (outcome: RowReport['outcome'], changes: string[]): RowReport => ({
      row: row.row,
      outcome,
      label: found.label,
      changes,
      reasons: [],
      duplicates: [],
    });
    const ends = endedOn ? [fill(t.changes.volunteerEnds, { end: formatDate(endedOn) })] : [];
    const earlier = (await listVolunteeringOf(db, found.id)).find((v) => v.started_on === startedOn);
    if (earlier) {
      if (!endedOn || earlier.ended_on === endedOn) return report('unchanged', []);
      if (earlier.ended_on !== null) {
        return refused(row.row, found.label, [
          fill(t.reasons.endDiffers, { start: formatDate(startedOn), end: formatDate(earlier.ended_on) }),
        ]);
      }
      await endVolunteering(db, earlier.id, endedOn);
      return report('update', ends);
    }
    const inserted = await insertVolunteer(db, {
      plan_id: actor.plan.id,
      client_key: importKey(actor.plan.id, 'volunteers', [found.id, startedOn]),
      participant_id: found.id,
      activity_id: activity?.id ?? null,
      started_on: startedOn,
    });
    if (inserted && endedOn) await endVolunteering(db, inserted.id, endedOn);
    return report('create', [fill(t.changes.volunteer, { start: formatDate(startedOn) }), ...ends]);
  };
}
