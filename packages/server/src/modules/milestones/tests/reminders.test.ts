import { formatLongDate } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../../test/build-test-app.ts';
import { type SmtpCapture, startSmtpCapture } from '../../../../test/smtp-capture.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { createMailer, type Mailer, mailSettingsFromEnv } from '../../../platform/mail/index.ts';
import { runMilestoneReminders } from '../service/reminders.ts';
import { addMember, addMilestone, call, planRefs, plusDays } from './support.ts';

// Issue 23, item 3: the responsible person gets one e-mail a week before a milestone's date, through
// the platform's mailer, claimed in the same transaction as the send (as genhusning's reminders).
// Each test uses dates of its own far ahead, so the runs of one test do not see another's milestones.
describe.each(TEST_DATABASES)('milestone reminders (%s)', (kind) => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let mailer: Mailer;
  let leader: Session;
  let workerId: string;
  let refs: Awaited<ReturnType<typeof planRefs>>;
  const settings = { daysBefore: 7, publicUrl: 'http://helhed.test', pollIntervalMs: 1000 };
  const run = (today: string, using: Mailer = mailer) => runMilestoneReminders(t.db, using, settings, today);
  const mailsAbout = (text: string) => smtp.mails.filter((m) => m.subject.includes(text));

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    mailer = createMailer({ ...mailSettingsFromEnv({}), smtpUrl: smtp.url });
    t = await buildTestApp(kind);
    refs = await planRefs(t);
    leader = (await addMember(t, 'leader', 'leder@paamindelse.test', null)).session;
    workerId = (await addMember(t, 'worker', 'mette@paamindelse.test', null)).id;
  }, 120_000);
  afterAll(async () => {
    mailer?.close();
    await t?.close();
    await smtp?.close();
  });

  const milestone = (dueOn: string, text: string, extra: Record<string, unknown> = {}) =>
    addMilestone(t, leader, {
      subAgreementId: refs.subAgreement.id,
      activityId: refs.activity.id,
      responsibleUserId: workerId,
      dueOn,
      text,
      ...extra,
    });

  it('e-mails the responsible person exactly once, a week before the date', async () => {
    const due = plusDays(100);
    const text = 'Frivilligstrategi vedtaget';
    const { id } = await milestone(due, text);
    expect(await run(plusDays(-8, due))).toBe(0);
    expect(await run(plusDays(-7, due))).toBe(1);
    const mail = await smtp.waitFor((m) => m.subject.includes(text));
    expect(mail.to).toEqual(['mette@paamindelse.test']);
    expect(mail.subject).toBe(`Påmindelse: milepælen »${text}« har dato ${formatLongDate(due)}`);
    expect(mail.text).toContain(refs.subAgreement.name);
    expect(mail.text).toContain(refs.activity.name);
    expect(mail.text).toContain('http://helhed.test/plan/milepaele');
    for (const day of [plusDays(-7, due), plusDays(-6, due), plusDays(-1, due), due]) {
      expect(await run(day), day).toBe(0);
    }
    expect(mailsAbout(text)).toHaveLength(1);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'actor_label'])
      .where('entity_type', '=', 'milestone_reminder')
      .where('plan_id', '=', t.planId)
      .execute();
    expect(audit).toContainEqual({ action: 'create', actor_label: 'system:milepæl-påmindelse' });
    expect(
      await t.db.selectFrom('milestone_reminder').select('due_on').where('milestone_id', '=', id).execute(),
    ).toEqual([{ due_on: due }]);
  });

  it('reminds again when the date moves, and never about a milestone done, removed or past', async () => {
    const due = plusDays(200);
    const moved = 'Lokaler til lektiecafé fundet';
    const { id } = await milestone(due, moved);
    expect(await run(plusDays(-7, due))).toBe(1);
    const later = plusDays(30, due);
    await call(t, leader, 'PATCH', `/api/v1/milestones/${id}`, { dueOn: later });
    expect(await run(plusDays(-7, later))).toBe(1);
    expect(mailsAbout(moved)).toHaveLength(2);

    const other = plusDays(300);
    const done = await milestone(other, 'Allerede nået');
    await call(t, leader, 'PATCH', `/api/v1/milestones/${done.id}`, { status: 'done' });
    const removed = await milestone(other, 'Slettet igen');
    await call(t, leader, 'DELETE', `/api/v1/milestones/${removed.id}`);
    await milestone(plusDays(-1, other), 'Datoen er passeret');
    expect(await run(other)).toBe(0);
    expect(mailsAbout('Allerede nået')).toEqual([]);
    expect(mailsAbout('Slettet igen')).toEqual([]);
    expect(mailsAbout('Datoen er passeret')).toEqual([]);
  });

  it('sends one mail when two jobs run at once, and none without SMTP (it waits for SMTP)', async () => {
    const due = plusDays(400);
    const text = 'Samarbejdsaftale med skolen';
    await milestone(due, text);
    const unconfigured = createMailer(mailSettingsFromEnv({}));
    try {
      expect(await run(plusDays(-3, due), unconfigured)).toBe(0);
    } finally {
      unconfigured.close();
    }
    const runs = await Promise.all([run(plusDays(-3, due)), run(plusDays(-3, due))]);
    expect(runs[0] + runs[1]).toBe(1);
    await smtp.waitFor((m) => m.subject.includes(text));
    expect(mailsAbout(text)).toHaveLength(1);
  });
});
