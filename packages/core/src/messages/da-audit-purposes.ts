// Why a person's data was read or exported: written into the audit log with every read, and shown
// to the person in their own export. Services name a purpose by its key, never by its text.
export const auditPurposes = {
  casework: 'sagsbehandling',
  accessRequest: 'indsigtsanmodning',
  volunteering: 'frivillighed',
  safety: 'tryghedsarbejde',
  alertList: 'beredskab',
  incidentContacts: 'beredskab-hændelse',
  incidentTimeline: 'beredskab-tidslinje',
  outbox: 'udbakke',
  rota: 'vagtplan',
  rehousing: 'Genhusning',
  rehousingLetter: 'Genhusning: brev',
  userAdministration: 'brugeradministration',
  auditLog: 'revisionslog',
} as const;

export type AuditPurpose = keyof typeof auditPurposes;
