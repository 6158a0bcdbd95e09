/** Correcting and removing tryghed contacts and CKS meetings after saving, and their history. */
export const situationCorrections = {
  correct: 'Ret',
  correctContactFor: 'Ret henvendelsen {navn}',
  removeContactFor: 'Fjern henvendelsen {navn}',
  removeContact: 'Fjern henvendelsen',
  correctMeetingFor: 'Ret CKS-mødet {navn}',
  removeMeetingFor: 'Fjern CKS-mødet {navn}',
  removeMeeting: 'Fjern mødet',
  followedUpOn: 'Fulgt op den',
  contactHistoryCaption: 'Rettede og fjernede tryghedshenvendelser',
  meetingHistoryCaption: 'Rettede og fjernede CKS-møder',
  contactHistoryPaging: 'Sider i historikken over tryghedshenvendelser',
  meetingHistoryPaging: 'Sider i historikken over CKS-møder',
  noHistory: 'Intet er rettet eller fjernet.',
  corrected: 'Rettelsen er gemt.',
} as const;
