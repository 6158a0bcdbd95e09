import { da, ROLES } from '@helhed/core';
import { z } from 'zod';

const PROVIDERS = ['oidc', 'saml'] as const;
const MAPPABLE_ROLES = ROLES.filter((role) => role !== 'admin');

/** What the sign-in page offers: the organisation's login first, and whether a password works. */
export const SignInOptions = z.object({
  localSignIn: z.boolean(),
  providers: z.array(z.object({ kind: z.enum(PROVIDERS), label: z.string(), startPath: z.string() })),
});

/** The provider's answer comes back as query parameters; openid-client reads them, not this schema. */
export const OidcCallbackQuery = z.object({
  state: z.string().max(500).optional(),
  code: z.string().max(4000).optional(),
  error: z.string().max(500).optional(),
  error_description: z.string().max(2000).optional(),
  iss: z.string().max(500).optional(),
  session_state: z.string().max(500).optional(),
});

export const GroupMappingView = z.object({
  id: z.uuid(),
  provider: z.enum(PROVIDERS),
  groupName: z.string(),
  role: z.enum(ROLES),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
});

export const GroupMappingList = z.object({
  mappings: z.array(GroupMappingView),
  /** The providers this installation has configured, so the page can say which apply. */
  configured: z.array(z.enum(PROVIDERS)),
});

export const GroupMappingInput = z.strictObject({
  provider: z.enum(PROVIDERS),
  groupName: z
    .string()
    .trim()
    .min(1, { error: da.validation.required })
    .max(256, { error: da.validation.tooLong }),
  // Administrators are local accounts with a second factor; no group makes one (decision 0035).
  role: z.enum(MAPPABLE_ROLES, { error: da.accounts.federation.errors.adminNotMappable }),
  teamId: z.uuid({ error: da.validation.invalidUuid }).nullable(),
});

export const ReplaceGroupMappingsBody = z.strictObject({
  mappings: z.array(GroupMappingInput).max(500),
});
