import { da, fill } from '@helhed/core';
import type { JobLog } from '../../../platform/jobs/periodic-job.ts';
import type { Mailer } from '../../../platform/mail/index.ts';
import type { QuarterApproval } from '../contract/quarter-approval.ts';
import type { Quarter } from './quarter.ts';
import { quarterTitle } from './sheets-quarterly.ts';

const t = da.quarterApproval.mail;

/** What a send-back may tell the worker by e-mail, from the reports module's mailer. */
export interface SentBackMail {
  mailer: Mailer;
  publicUrl: string;
  log: JobLog;
}

/**
 * Tells the worker by e-mail that a quarter was sent back: a notice and a link, never the leader's
 * message (it may name a registration). After the send-back is saved, so a refused mail changes
 * nothing; the worker sees the message in Helhed either way.
 */
export async function mailSentBack(
  mail: SentBackMail | undefined,
  recipient: { id: string; email: string; display_name: string },
  leader: string,
  quarter: Quarter,
): Promise<NonNullable<QuarterApproval['notified']>> {
  if (!mail?.mailer.isConfigured) return 'no-mail';
  const values = {
    name: recipient.display_name,
    leader,
    quarter: quarterTitle(quarter.key),
    link: `${mail.publicUrl}/forloeb`,
  };
  try {
    await mail.mailer.send({
      to: recipient.email,
      toName: recipient.display_name,
      subject: fill(t.subject, values),
      text: fill(t.text, values),
      messageId: `quarter-sent-back-${quarter.key}-${recipient.id}-${Date.now()}`,
    });
    return 'mail';
  } catch (error) {
    mail.log.error({ err: error, userId: recipient.id }, 'quarter sent back: e-mail failed');
    return 'mail-failed';
  }
}
