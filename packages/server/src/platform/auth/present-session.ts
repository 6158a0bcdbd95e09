import { abilitiesOf, restrictionOf } from '../access/actions.ts';
import type { SessionActor } from '../access/request-context.ts';

/** What the session answer says of the second factor (decision 0027). */
function secondFactorOf(actor: SessionActor) {
  if (actor.secondFactorPending) return 'pending' as const;
  if (actor.hasSecondFactor) return 'on' as const;
  return restrictionOf(actor)?.code === 'SECOND_FACTOR_SETUP_REQUIRED'
    ? ('setup-required' as const)
    : ('off' as const);
}

/** The session answer: the user, the CSRF token and what the user may do now. */
export function presentSession(actor: SessionActor) {
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      displayName: actor.displayName,
      role: actor.role,
      mustChangePassword: actor.mustChangePassword,
      secondFactor: secondFactorOf(actor),
      signInMethod: actor.signInMethod ?? 'password',
      plan: actor.plan,
    },
    csrfToken: actor.csrfToken,
    abilities: abilitiesOf(actor),
  };
}
