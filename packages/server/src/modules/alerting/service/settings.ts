import type { z } from 'zod';
import type { RequestContext } from '../../../platform/access/request-context.ts';
import type { Db } from '../../../platform/db/database.ts';
import { withTransaction } from '../../../platform/db/transaction.ts';
import type { ActionCard, SettingsView } from '../contract/contacts.ts';
import { CONTACT_GROUPS, LEVELS } from '../contract/shared.ts';
import { findSettings, listOrganisations, updateSettings } from '../queries/contacts.ts';
import {
  GROUP_SEATS,
  KEPT_CURRENT_BY,
  LEVELS as LEVEL_TEXTS,
  MIN_MEETING_NOTICE_MINUTES,
  PROCEDURE,
} from '../seed/beredskab.ts';

/** Which channels this process can deliver on (the pooled mailer's and the SMS gateway's state). */
export interface ChannelsConfigured {
  smtp: boolean;
  sms: boolean;
}

/** The beredskabsplan's action card: procedure, levels, organisations and who sits on which list. */
export async function actionCard(db: Db, ctx: RequestContext): Promise<z.infer<typeof ActionCard>> {
  return {
    keptCurrentBy: KEPT_CURRENT_BY,
    procedure: [...PROCEDURE],
    levels: LEVELS.map((level) => ({
      level,
      description: LEVEL_TEXTS[level].description,
      examples: [...LEVEL_TEXTS[level].examples],
    })),
    organisations: await listOrganisations(db, ctx.actor.plan.id),
    seats: CONTACT_GROUPS.map((group) => ({ group, organisations: [...GROUP_SEATS[group]] })),
    minMeetingNoticeMinutes: MIN_MEETING_NOTICE_MINUTES,
  };
}

export async function getSettings(
  db: Db,
  ctx: RequestContext,
  channels: ChannelsConfigured,
): Promise<z.infer<typeof SettingsView>> {
  const s = await findSettings(db, ctx.actor.plan.id);
  return {
    escalationSeconds: s.escalation_seconds,
    ackValidHours: s.ack_valid_hours,
    smtpConfigured: channels.smtp,
    smsConfigured: channels.sms,
  };
}

export async function saveSettings(
  db: Db,
  ctx: RequestContext,
  input: { escalationSeconds: number; ackValidHours: number },
  channels: ChannelsConfigured,
): Promise<z.infer<typeof SettingsView>> {
  await withTransaction(db, ctx, (trx) => updateSettings(trx, ctx.actor.plan.id, input));
  return { ...input, smtpConfigured: channels.smtp, smsConfigured: channels.sms };
}
