import { ACTIONS, da, ROLES } from '@helhed/core';
import { z } from 'zod';
import { EmailSchema } from '../contract/fields.ts';

export { EmailSchema };

// ASVS 2.1.1–2.1.2: at least 12 characters, long passphrases allowed, no composition rules.
export const NewPasswordSchema = z
  .string()
  .min(12, { error: da.validation.passwordTooShort })
  .max(128, { error: da.validation.passwordTooLong });

export const SignInBody = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, { error: da.validation.required }).max(128),
});

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, { error: da.validation.required }).max(128),
  newPassword: NewPasswordSchema,
});

export const PlanSummary = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
});

export const SessionUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  mustChangePassword: z.boolean(),
  /**
   * The second factor (decision 0027): 'pending' until this session's code is given,
   * 'setup-required' for an administrator who has none yet, else 'on' or 'off'.
   */
  secondFactor: z.enum(['off', 'on', 'pending', 'setup-required']),
  /** A password, or the organisation's login (OpenID Connect or SAML; decision 0035). */
  signInMethod: z.enum(['password', 'oidc', 'saml']),
  plan: PlanSummary,
});

export const SessionResponse = z.object({
  user: SessionUser,
  csrfToken: z.string(),
  /** The actions of the access table this user may perform now; the web app offers only these. */
  abilities: z.array(z.enum(ACTIONS)),
});

/** One of the signed-in user's own sessions ("Mine sessioner"). */
export const MySessionView = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  lastSeenAt: z.iso.datetime({ offset: true }),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  isCurrent: z.boolean(),
});
export const MySessionList = z.object({ sessions: z.array(MySessionView) });
export const SessionIdParams = z.strictObject({ id: z.uuid({ error: da.validation.invalidUuid }) });
export const EndedCount = z.object({ ended: z.number().int() });

/** A 6-digit code from the app, or a recovery code such as "k7mq3-xpwh2". */
export const SecondFactorCodeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1, { error: da.validation.required })
    .max(20, { error: da.secondFactor.errors.codeFormat }),
});
/** A 6-digit code from the app only (set-up, new recovery codes, turning the factor off). */
export const TotpCodeBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: da.secondFactor.errors.codeFormat }),
});
export const SecondFactorStatus = z.object({
  enabled: z.boolean(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
/** The new secret: as an otpauth:// URI, as a QR code (SVG data URL) and as text to type. */
export const SecondFactorEnrolment = z.object({
  uri: z.string(),
  qrCode: z.string(),
  secret: z.string(),
});
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
