import { da, fill } from '@helhed/core';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { CreateParticipantBody } from '../contract/bodies.ts';
import type { Gender } from '../contract/shared.ts';
import { listScopeParticipantNames } from '../queries/imports.ts';
import { listAreasWithDepartments, listTeams } from '../queries/lookups.ts';
import { duplicateScore } from './duplicates.ts';
import { ByBirthYear } from './import-candidates.ts';
import {
  type ImportColumns,
  type ImportRow,
  importKey,
  nameKey,
  parseBirthYear,
  parseDay,
  parseYesNo,
  type RowReport,
  reasonOf,
  refused,
  rowHazards,
} from './import-rows.ts';
import { createParticipant } from './participants.ts';
import { personLabel, presentImportPerson } from './present-import.ts';

const t = da.imports;

export const PARTICIPANT_COLUMNS = {
  name: ['navn', 'deltager'],
  birthYear: ['fødselsår', 'foedselsaar', 'født'],
  gender: ['køn', 'koen'],
  area: ['område', 'omraade', 'boligområde'],
  department: ['afdeling'],
  team: ['team'],
  contact: ['kontakt', 'telefon', 'e-mail'],
  consentOn: ['samtykke givet', 'samtykke', 'samtykkedato'],
  statistics: ['statistik', 'samtykke til statistik'],
  partnerContact: ['partnerkontakt', 'kontakt med partnere'],
  partners: ['partnere', 'samarbejdspartnere'],
} as const satisfies ImportColumns<string>;
type Column = keyof typeof PARTICIPANT_COLUMNS;
export const PARTICIPANT_REQUIRED: Column[] = ['name', 'consentOn'];

const GENDERS: Record<string, Gender> = {
  '': 'unspecified',
  uoplyst: 'unspecified',
  kvinde: 'female',
  k: 'female',
  pige: 'female',
  mand: 'male',
  m: 'male',
  dreng: 'male',
  andet: 'other',
};

/** Where a schema message belongs: the input's field named by the file's column. */
const FIELD_COLUMN: Record<string, Column> = {
  displayName: 'name',
  birthYear: 'birthYear',
  contact: 'contact',
  givenOn: 'consentOn',
  partnerNames: 'partners',
};

const column = (c: Column) => PARTICIPANT_COLUMNS[c][0];

/**
 * Prepares the participant rows of one file: each row becomes the body the API would accept for a
 * new participant, with the consent the file says was given (registration always; statistics and
 * partner contact only when the file says "ja"), and is created through the same service.
 */
export async function participantImporter(db: Db, ctx: RequestContext) {
  const { actor } = ctx;
  const [[areas, departments], teams, scope] = await Promise.all([
    listAreasWithDepartments(db, actor.plan.id),
    listTeams(db, actor.plan.id),
    listScopeParticipantNames(db, actor),
  ]);
  const seen = new Map<string, number>();
  const live = new ByBirthYear(scope.filter((p) => p.erased_at === null));
  const earlierRows = new ByBirthYear<{
    row: number;
    display_name: string;
    birth_year: number | null;
    area_id: string | null;
  }>();

  return async (row: ImportRow<Column>): Promise<RowReport> => {
    const { cells } = row;
    const label = personLabel(cells.name, parseBirthYear(cells.birthYear) ?? null);
    const reasons = rowHazards(row.raw);
    if (reasons.length > 0) return refused(row.row, label, reasons);
    const birthYear = parseBirthYear(cells.birthYear);
    if (birthYear === null) reasons.push(t.reasons.birthYearInvalid);
    const gender = GENDERS[cells.gender.toLowerCase()];
    if (!gender) reasons.push(t.reasons.genderInvalid);
    const area = areas.find((a) => nameKey(a.name) === nameKey(cells.area));
    if (cells.area && !area) reasons.push(fill(t.reasons.areaUnknown, { value: cells.area }));
    const department = departments.find(
      (d) => d.area_id === area?.id && nameKey(d.name) === nameKey(cells.department),
    );
    if (cells.department && !department) {
      reasons.push(fill(t.reasons.departmentUnknown, { value: cells.department }));
    }
    const team = teams.find((candidate) => nameKey(candidate.name) === nameKey(cells.team));
    if (cells.team && !team) reasons.push(fill(t.reasons.teamUnknown, { value: cells.team }));
    const givenOn = parseDay(cells.consentOn);
    if (!cells.consentOn) reasons.push(fill(t.reasons.missing, { column: column('consentOn') }));
    else if (!givenOn) reasons.push(fill(t.reasons.dateInvalid, { column: column('consentOn') }));
    const forStatistics = parseYesNo(cells.statistics, false);
    if (forStatistics === undefined)
      reasons.push(fill(t.reasons.yesNoInvalid, { column: column('statistics') }));
    const forPartnerContact = parseYesNo(cells.partnerContact, false);
    if (forPartnerContact === undefined) {
      reasons.push(fill(t.reasons.yesNoInvalid, { column: column('partnerContact') }));
    }
    if (forPartnerContact && !cells.partners) reasons.push(t.reasons.partnersMissing);
    if (!cells.name) reasons.push(fill(t.reasons.missing, { column: column('name') }));
    const key = importKey(actor.plan.id, 'participants', Object.values(cells));
    const earlier = seen.get(key);
    if (earlier) reasons.push(fill(t.reasons.sameAsRow, { row: earlier }));
    const body = CreateParticipantBody.safeParse({
      clientKey: key,
      displayName: cells.name,
      birthYear: birthYear ?? null,
      gender: gender ?? 'unspecified',
      areaId: area?.id ?? null,
      departmentId: department?.id ?? null,
      contact: cells.contact || null,
      teamId: team?.id ?? null,
      consent: {
        givenOn: givenOn ?? cells.consentOn,
        forRegistration: true,
        forStatistics: forStatistics ?? false,
        forPartnerContact: forPartnerContact ?? false,
        partnerNames: forPartnerContact ? cells.partners : null,
      },
    });
    // The API's own schema has the last word; its message is shown when the checks above found nothing.
    if (!body.success && reasons.length === 0) {
      for (const issue of body.error.issues) {
        const field = FIELD_COLUMN[String(issue.path.at(-1))];
        const message = field ? `${column(field)}: ${issue.message}` : issue.message;
        if (!reasons.includes(message)) reasons.push(message);
      }
    }
    const query = {
      displayName: cells.name,
      ...(birthYear ? { birthYear } : {}),
      ...(area ? { areaId: area.id } : {}),
    };
    const similar = live
      .candidates(birthYear ?? undefined)
      .map((p) => ({ p, score: duplicateScore(query, p) }))
      .filter((c): c is typeof c & { score: number } => c.score !== null)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    const inFile = earlierRows
      .candidates(birthYear ?? undefined)
      .filter((other) => duplicateScore(query, other) !== null)
      .slice(0, 3)
      .map((other) => fill(t.duplicateInFile, { row: other.row, name: other.display_name }));
    // Shown, and so read, only when the row's report carries them (not for a row imported before).
    const duplicates = () => [
      ...similar.map((c) => fill(t.duplicate, { name: presentImportPerson(ctx, c.p) })),
      ...inFile,
    ];
    if (!earlier) {
      seen.set(key, row.row);
      earlierRows.add({
        row: row.row,
        display_name: cells.name,
        birth_year: birthYear ?? null,
        area_id: area?.id ?? null,
      });
    }
    if (reasons.length > 0 || !body.success) return refused(row.row, label, reasons, duplicates());
    const input = body.data;
    let created: { isReplay: boolean };
    try {
      created = await createParticipant(db, ctx, actor, input);
    } catch (error) {
      return refused(row.row, label, [reasonOf(error)], duplicates());
    }
    if (created.isReplay) {
      return { row: row.row, outcome: 'unchanged', label, changes: [], reasons: [], duplicates: [] };
    }
    const purposes = [
      t.purposes.registration,
      ...(input.consent.forStatistics ? [t.purposes.statistics] : []),
      ...(input.consent.forPartnerContact
        ? [fill(t.purposes.partnerContact, { partners: input.consent.partnerNames ?? '' })]
        : []),
    ];
    return {
      row: row.row,
      outcome: 'create',
      label,
      changes: [
        fill(t.changes.participant, { givenOn: input.consent.givenOn }),
        fill(t.changes.consentPurposes, { purposes: purposes.join(', ') }),
      ],
      reasons: [],
      duplicates: duplicates(),
    };
  };
}
