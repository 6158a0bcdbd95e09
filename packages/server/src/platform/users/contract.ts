import { da, ROLES } from '@helhed/core';
import { z } from 'zod';
import { EmailSchema, NewPasswordSchema } from '../auth/contract.ts';

export const UserView = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Signs in through the organisation's identity provider (no password in Helhed). */
  federated: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSignInAt: z.iso.datetime({ offset: true }).nullable(),
  /** The team whose participants and forløb the user works with (registration module). */
  teamId: z.uuid().nullable(),
});

export const UserList = z.object({ users: z.array(UserView) });

export const CreateUserBody = z.strictObject({
  /** Chosen by the client once per form; a retry with the same key never creates a second user. */
  clientKey: z.uuid({ error: da.validation.invalidUuid }),
  email: EmailSchema,
  displayName: z
    .string()
    .trim()
    .min(1, { error: da.validation.required })
    .max(200, { error: da.validation.tooLong }),
  role: z.enum(ROLES, { error: da.validation.invalidRole }),
  password: NewPasswordSchema,
  teamId: z.uuid({ error: da.validation.invalidUuid }).nullable().optional(),
});
export type CreateUserInput = z.infer<typeof CreateUserBody>;

/** Moves a user to a team (or out of any): decides whose participants and forløb they see. */
export const SetUserTeamBody = z.strictObject({
  teamId: z.uuid({ error: da.validation.invalidUuid }).nullable(),
});
export const UserIdParams = z.strictObject({ id: z.uuid() });

export const SetUserRoleBody = z.strictObject({
  role: z.enum(ROLES, { error: da.validation.invalidRole }),
});
export const LifecycleAnswer = z.object({
  user: UserView,
  sessionsEnded: z.number().int(),
  /** Only after a password reset: shown once; the person must change it at the next sign-in. */
  oneTimePassword: z.string().optional(),
});
export const HandoverBody = z.strictObject({
  toUserId: z.uuid({ error: da.validation.invalidUuid }),
});
export const HandoverAnswer = z.object({
  cases: z.number().int(),
  households: z.number().int(),
  from: z.string(),
  to: z.string(),
});
