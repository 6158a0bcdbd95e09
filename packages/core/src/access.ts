import type { Role } from './roles.ts';

/**
 * The one access table, in core so that the server enforces it and the web app asks the session
 * for what it allows instead of copying it.
 *
 * Every action a route can require, with the roles allowed to perform it. A route names exactly
 * one action (or 'public'); an unknown name is a compile error, and a route without one stops the
 * server from booting (see access-plugin.ts). `reader` (board, partners) gets aggregates only.
 */
export const ACTION_ROLES = {
  // The session answer and signing out: also for a session that still awaits its second factor.
  'session.status': ['admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'],
  'session.sign-out': ['admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'],
  // The second step of signing in, and one's own second factor under "Min konto" (decision 0027).
  'session.second-factor': ['admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'],
  'account.second-factor': ['admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'],
  'session.read': ['admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'],
  'session.end': ['admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'],
  'session.change-password': ['admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'],
  'plan.read': ['admin', 'leader', 'worker', 'reader', 'alerting', 'program_reader'],
  'plan.edit': ['admin', 'leader'],
  'plan.history.read': ['admin', 'leader', 'reader'],
  'users.read': ['admin'],
  'users.create': ['admin'],
  'users.edit': ['admin'],
  'users.handover': ['admin', 'leader'],
  'audit.read': ['admin'],
  // The record of processing (GDPR art. 30), generated from the retention register.
  'privacy.record.read': ['admin'],
  // Beredskab: any signed-in party may raise an incident after its own risk assessment; the SSP
  // (role alerting), leaders and admins run the plan and keep the alert list current.
  'alerting.incident.raise': ['admin', 'leader', 'worker', 'reader', 'alerting'],
  'alerting.incident.read': ['admin', 'leader', 'worker', 'alerting'],
  'alerting.incident.run': ['admin', 'leader', 'alerting'],
  'alerting.message.approve': ['admin', 'leader', 'worker', 'alerting'],
  'alerting.contacts.read': ['admin', 'leader', 'alerting'],
  'alerting.contacts.manage': ['admin', 'leader', 'alerting'],
  'alerting.outbox.read': ['admin', 'leader', 'alerting'],
  'alerting.settings.manage': ['admin', 'leader'],
  // Registration: personal data of residents. Workers see their team's (row rule in the module's
  // scope.ts), leaders the plan's; administrators manage teams but see no residents; readers nothing.
  'registration.read': ['leader', 'worker'],
  'registration.edit': ['leader', 'worker'],
  'registration.export': ['leader', 'worker'],
  'registration.erase': ['leader'],
  // Two records of one person become one, and the merge is undone within 30 days: the leader's.
  'registration.merge': ['leader'],
  // A course evaluation reaches the videnbase only when a leader publishes it (decision 0018).
  'registration.evaluation.publish': ['leader'],
  // Genhusning: households are personal data, seen by the genhusning team (the brobygger is a member)
  // and leaders (row rule in the module's scope.ts); the status table is aggregate, and anyone but a
  // leader gets it discretion-safe ("<5"). Phases, the letter template and imports are the leader's.
  'rehousing.read': ['leader', 'worker'],
  'rehousing.edit': ['leader', 'worker'],
  'rehousing.manage': ['leader'],
  'rehousing.status.read': ['admin', 'leader', 'worker', 'reader', 'program_reader'],
  'teams.read': ['admin', 'leader', 'worker'],
  'teams.manage': ['admin'],
  // Reports: aggregates only, discretion-safe (no names, no ids of residents); the board reads them.
  'reports.read': ['admin', 'leader', 'worker', 'reader', 'program_reader'],
  // The board's review record (LBF: documented to the auditor): the board and the leadership.
  'board-review.read': ['admin', 'leader', 'reader'],
  'board-review.record': ['admin', 'leader'],
  // A quarter's approval (issue 20, item 1): the leader approves, reopens and sends back; everyone who
  // reads the reports sees whether a quarter is approved and what changed after (decision 0033).
  'quarter-approval.read': ['admin', 'leader', 'worker', 'reader', 'program_reader'],
  'quarter-approval.decide': ['leader'],
  // Plans side by side (issue 20, item 6, decision 0034): the fixed indicators of the own plan and of
  // the plans that shared theirs with it, discretion applied; the leadership and the board, and a
  // program reader; workers' daily work needs none of it. The leadership chooses whom to share with.
  'comparison.read': ['admin', 'leader', 'reader', 'program_reader'],
  'comparison.share': ['admin', 'leader'],
  // Program Vollsmose above the plans and its knowledge base: no personal data, so every role
  // reads; a program reader (Økonomiudvalget) reads nothing else but the plan's aggregates.
  'program.read': ['admin', 'leader', 'worker', 'reader', 'program_reader'],
  'knowledge.read': ['admin', 'leader', 'worker', 'reader', 'program_reader'],
  'knowledge.edit': ['admin', 'leader', 'worker'],
  'program.continuation.edit': ['admin', 'leader'],
  // The plan's budget and spending (issue 23): no personal data. The leader keeps them; the board
  // (reader) follows them. Workers do not: a salary line of an indsatsområde with one or two staff
  // comes close to a colleague's pay, and their work needs none of it (decision 0031).
  'finance.read': ['admin', 'leader', 'reader'],
  'finance.edit': ['admin', 'leader'],
  // The milepælsplan, the plan's documents and the LBF document set (issue 23): plan data, no
  // resident's data, so the board (læser) reads them too; the leader keeps them current.
  'milestones.read': ['admin', 'leader', 'worker', 'reader'],
  'milestones.edit': ['admin', 'leader'],
  'documents.read': ['admin', 'leader', 'worker', 'reader'],
  'documents.upload': ['admin', 'leader'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTION_ROLES;

export function isAllowed(role: Role, action: Action): boolean {
  return (ACTION_ROLES[action] as readonly Role[]).includes(role);
}

export const ACTIONS = Object.keys(ACTION_ROLES) as Action[];

/** Every action a role may perform: what the session tells the web app it may offer. */
export function actionsOf(role: Role): Action[] {
  return ACTIONS.filter((action) => isAllowed(role, action));
}
