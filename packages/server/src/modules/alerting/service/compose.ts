import { da, fill, formatDateTime } from '@helhed/core';
import type { IncidentRow } from '../queries/incidents.ts';
import type { NewMessage } from '../queries/outbox.ts';
import type { AlertStage } from '../seed/beredskab.ts';
import { createAckToken } from './tokens.ts';

const m = da.alerting.mail;
const ackMail = da.alertingAck.mail;

export interface AlertRecipient {
  alertId: string;
  tokenExpiresAt: Date;
  fullName: string;
  email: string;
  phone: string | null;
  stage: AlertStage;
  /** The code to reply by SMS; set when the recipient has a phone. */
  smsCode?: string | null;
  /** Set when the alert was escalated: whom the recipient replaces, and how. */
  escalation: { kind: 'deputy' | 'next_level'; missingName: string } | null;
}

/** The fallback page where a code from an SMS is typed with the phone number. */
export function codePageUrl(publicUrl: string): string {
  return `${publicUrl}/api/v1/alerting/kode`;
}

export function ackLink(publicUrl: string, secret: Buffer, alertId: string, expiresAt: Date): string {
  return `${publicUrl}/api/v1/alerting/ack/${createAckToken(secret, alertId, expiresAt)}`;
}

/** The e-mail (and SMS when the recipient has a phone) of one alert, with its acknowledge link. */
export function composeAlert(
  planId: string,
  incident: IncidentRow,
  recipient: AlertRecipient,
  link: string,
): NewMessage[] {
  const level = da.alerting.levels[incident.level as 'red' | 'yellow'];
  const values = { level: level.toUpperCase(), category: incident.category, location: incident.location };
  const subject = fill(recipient.escalation ? m.escalationSubject : m.alertSubject, values);
  const lines = [fill(m.greeting, { name: recipient.fullName }), '', m.intro];
  if (recipient.escalation) {
    const template = recipient.escalation.kind === 'deputy' ? m.escalatedDeputy : m.escalatedNextLevel;
    lines.push(fill(template, { name: recipient.escalation.missingName }));
  }
  lines.push(
    '',
    fill(m.level, { value: level }),
    fill(m.what, { value: incident.category }),
    incident.description,
    fill(m.where, { value: incident.location }),
    fill(m.when, { value: formatDateTime(incident.occurred_at) }),
    fill(m.raisedBy, { value: incident.raised_by_label }),
    fill(m.stage, { value: da.alerting.groups[recipient.stage] }),
    '',
    ackMail.ackPrompt,
    link,
    fill(m.ackValidity, { expires: formatDateTime(recipient.tokenExpiresAt) }),
  );
  if (recipient.smsCode) {
    const url = codePageUrl(link.split('/api/v1/alerting/ack/')[0] ?? '');
    lines.push(fill(ackMail.smsCode, { code: recipient.smsCode, url }));
  }
  lines.push('', m.footer);
  const base = { planId, incidentId: incident.id, alertId: recipient.alertId };
  const messages: NewMessage[] = [
    { ...base, channel: 'email', recipient: recipient.email, subject, body: lines.join('\n') },
  ];
  if (recipient.phone && recipient.smsCode) {
    messages.push({
      ...base,
      channel: 'sms',
      recipient: recipient.phone,
      subject,
      body: fill(ackMail.sms, { ...values, code: recipient.smsCode, link }),
    });
  }
  return messages;
}
