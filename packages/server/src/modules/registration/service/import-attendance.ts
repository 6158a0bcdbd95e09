import { da, fill, formatDate } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { insertEnrolment, listSessions, lockCourse } from '../queries/groups.ts';
import {
  addAttendanceMark,
  findEnrolment,
  listScopeCourseTitles,
  listSessionMarks,
  removeAttendanceMark,
  setSessionDay,
} from '../queries/imports.ts';
import { participantFinder } from './import-people.ts';
import {
  type ImportColumns,
  type ImportRow,
  nameKey,
  parseBirthYear,
  parseDay,
  parseYesNo,
  type RowReport,
  refused,
  rowHazards,
} from './import-rows.ts';
import { participantToRecord } from './participants.ts';

const t = da.imports;

export const ATTENDANCE_COLUMNS = {
  course: ['hold', 'holdnavn'],
  session: ['gang', 'gang nr.', 'gang nr', 'nummer'],
  heldOn: ['dato', 'holdt'],
  name: ['deltager', 'navn'],
  birthYear: ['fødselsår', 'foedselsaar', 'født'],
  present: ['til stede', 'mødt', 'fremmøde'],
} as const satisfies ImportColumns<string>;
type Column = keyof typeof ATTENDANCE_COLUMNS;
export const ATTENDANCE_REQUIRED: Column[] = ['course', 'session', 'name'];

const column = (c: Column) => ATTENDANCE_COLUMNS[c][0];
type Session = Awaited<ReturnType<typeof listSessions>>[number];

/**
 * Prepares the rows of attendance lists: each row says that a participant came (or did not come)
 * to one numbered session of a course in the actor's scope. A participant not yet on the course is
 * enrolled; a "nej" removes an earlier mark; a session's day is set when it has none, never changed.
 */
export async function attendanceImporter(db: Db, ctx: RequestContext) {
  const { actor } = ctx;
  const [courses, findParticipant] = await Promise.all([
    listScopeCourseTitles(db, actor),
    participantFinder(db, ctx),
  ]);
  const sessionsOf = new Map<string, Session[]>();
  // Who is marked present per session, read once: the course is locked, so only this import changes it.
  const marksOf = new Map<string, Set<string>>();

  async function marks(sessionId: string): Promise<Set<string>> {
    const known = marksOf.get(sessionId);
    if (known) return known;
    const read = await listSessionMarks(db, sessionId);
    marksOf.set(sessionId, read);
    return read;
  }

  async function sessions(courseId: string): Promise<Session[]> {
    const known = sessionsOf.get(courseId);
    if (known) return known;
    await lockCourse(db, actor, courseId);
    const listed = await listSessions(db, courseId);
    sessionsOf.set(courseId, listed);
    return listed;
  }

  return async (row: ImportRow<Column>): Promise<RowReport> => {
    const { cells } = row;
    const number = Number(cells.session);
    const label = `${cells.name} · ${cells.course}, ${column('session')} ${cells.session}`;
    const hazards = rowHazards(row.raw);
    if (hazards.length > 0) return refused(row.row, label, hazards);
    const reasons: string[] = [];
    for (const c of ATTENDANCE_REQUIRED) {
      if (!cells[c]) reasons.push(fill(t.reasons.missing, { column: column(c) }));
    }
    if (cells.session && !(Number.isInteger(number) && number > 0)) {
      reasons.push(fill(t.reasons.numberInvalid, { column: column('session') }));
    }
    const heldOn = cells.heldOn ? parseDay(cells.heldOn) : undefined;
    if (heldOn === null) reasons.push(fill(t.reasons.dateInvalid, { column: column('heldOn') }));
    const birthYear = parseBirthYear(cells.birthYear);
    if (birthYear === null) reasons.push(t.reasons.birthYearInvalid);
    const present = parseYesNo(cells.present, true);
    if (present === undefined) reasons.push(fill(t.reasons.yesNoInvalid, { column: column('present') }));
    const named = cells.course ? courses.filter((c) => nameKey(c.title) === nameKey(cells.course)) : [];
    if (cells.course && named.length === 0)
      reasons.push(fill(t.reasons.courseUnknown, { value: cells.course }));
    if (named.length > 1) reasons.push(fill(t.reasons.courseAmbiguous, { value: cells.course }));
    const course = named.length === 1 ? named[0] : undefined;
    const session =
      course && reasons.length === 0
        ? (await sessions(course.id)).find((s) => s.number === number)
        : undefined;
    if (course && reasons.length === 0 && !session) {
      reasons.push(fill(t.reasons.sessionUnknown, { course: course.title, number }));
    }
    if (session?.held_on && heldOn && session.held_on !== heldOn) {
      reasons.push(
        fill(t.reasons.sessionDateDiffers, {
          number,
          recorded: formatDate(session.held_on),
          given: formatDate(heldOn),
        }),
      );
    }
    const found = cells.name ? findParticipant(cells.name, birthYear ?? undefined) : null;
    if (found && 'reasons' in found) reasons.push(...found.reasons);
    if (reasons.length > 0 || !course || !session || !found || 'reasons' in found) {
      return refused(row.row, label, reasons);
    }
    const fullLabel = `${found.label} · ${course.title}, ${column('session')} ${number}`;
    const changes: string[] = [];
    let outcome: RowReport['outcome'] = 'unchanged';
    let enrolment = await findEnrolment(db, course.id, found.id);
    if (!enrolment && present) {
      await participantToRecord(db, actor, found.id);
      await insertEnrolment(db, {
        plan_id: actor.plan.id,
        course_id: course.id,
        participant_id: found.id,
        enrolled_on: heldOn ?? session.held_on ?? course.starts_on,
      });
      enrolment = await findEnrolment(db, course.id, found.id);
      changes.push(t.changes.enrol);
    }
    if (heldOn && !session.held_on) {
      await setSessionDay(db, session.id, heldOn);
      session.held_on = heldOn;
      changes.push(fill(t.changes.sessionDate, { number, date: formatDate(heldOn) }));
    }
    if (enrolment) {
      const sessionMarks = await marks(session.id);
      const marked = sessionMarks.has(enrolment.id);
      if (present && !marked) {
        await addAttendanceMark(db, actor.plan.id, session.id, enrolment.id);
        sessionMarks.add(enrolment.id);
        changes.push(fill(t.changes.present, { number }));
        outcome = 'create';
      } else if (!present && marked) {
        await removeAttendanceMark(db, session.id, enrolment.id);
        sessionMarks.delete(enrolment.id);
        changes.push(fill(t.changes.absent, { number }));
        outcome = 'update';
      }
    }
    if (outcome === 'unchanged' && changes.length > 0) outcome = 'update';
    return { row: row.row, outcome, label: fullLabel, changes, reasons: [], duplicates: [] };
  };
}
