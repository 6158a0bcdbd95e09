import { da, formatDate, formatDateTime } from '@helhed/core';
import type { ParticipantExport } from '../contract/views.ts';

const r = da.registration;
const f = r.fields;
const m = da.merge.exportPage;

function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

function day(value: string | null): string {
  return value ? formatDate(value) : '–';
}

function table(caption: string, headers: string[], rows: string[][]): string {
  if (rows.length === 0) return `<h2>${escapeHtml(caption)}</h2><p>${escapeHtml(r.exportPage.none)}</p>`;
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<h2>${escapeHtml(caption)}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A referral's source and text as one line, for the history table. */
function referralText(v: {
  source: keyof typeof r.referralSources;
  sourceOther: string | null;
  text: string | null;
}) {
  const source = v.sourceOther
    ? `${r.referralSources[v.source]}: ${v.sourceOther}`
    : r.referralSources[v.source];
  return `${source} – ${v.text ?? '–'}`;
}

function contactText(values: { occurredOn: string; kind: keyof typeof r.contactKinds; note: string | null }) {
  return [day(values.occurredOn), r.contactKinds[values.kind], values.note].filter(Boolean).join(', ');
}

/** A readable, printable HTML page of the export (Danish, no scripts, no external resources). */
export function renderExportHtml(data: ParticipantExport): string {
  const p = data.participant;
  const yesNo = (value: boolean) => (value ? r.exportPage.yes : r.exportPage.no);
  const person: Array<[string, string]> = [
    [f.displayName, p.displayName ?? f.erased],
    [f.birthYear, p.birthYear === null ? '–' : String(p.birthYear)],
    [f.gender, p.gender ? r.genders[p.gender] : '–'],
    [f.area, p.areaName ?? '–'],
    [f.department, p.departmentName ?? '–'],
    [f.contact, p.contact ?? '–'],
    [f.team, p.teamName],
  ];
  const sections = [
    `<h2>${escapeHtml(r.exportPage.person)}</h2><dl>${person
      .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
      .join('')}</dl>`,
    table(
      r.exportPage.consents,
      [
        f.consentGivenOn,
        f.consentRegistration,
        f.consentStatistics,
        f.consentPartnerContact,
        f.partnerNames,
        f.withdrawnOn,
      ],
      p.consents.map((c) => [
        day(c.givenOn),
        yesNo(c.forRegistration),
        yesNo(c.forStatistics),
        yesNo(c.forPartnerContact),
        c.partnerNames ?? '–',
        day(c.withdrawnOn),
      ]),
    ),
    table(
      r.exportPage.referrals,
      [f.referredOn, f.source, f.activity, f.reason, f.decision],
      p.referrals.map((x) => [
        day(x.referredOn),
        x.sourceOther ? `${r.referralSources[x.source]}: ${x.sourceOther}` : r.referralSources[x.source],
        x.activityName,
        x.reason ?? '–',
        r.decisions[x.decision],
      ]),
    ),
    table(
      r.exportPage.referralRevisions,
      [f.changedAt, f.changeReason, f.before, f.after],
      p.referralRevisions.map((x) => [
        day(x.changedAt.slice(0, 10)),
        x.reason,
        referralText(x.before),
        referralText(x.after),
      ]),
    ),
    ...data.cases.map((c) =>
      [
        `<h2>${escapeHtml(r.exportPage.cases)}: ${escapeHtml(c.activityName)}</h2>`,
        `<p>${escapeHtml(f.startedOn)}: ${escapeHtml(day(c.startedOn))}. ${escapeHtml(f.status)}: ${escapeHtml(r.caseStatuses[c.status])}. ${escapeHtml(f.endedOn)}: ${escapeHtml(day(c.endedOn))}. ${escapeHtml(f.outcome)}: ${escapeHtml(c.outcome ? r.outcomes[c.outcome] : '–')}.</p>`,
        table(
          r.exportPage.goals,
          [f.agreedOn, f.goal, f.agreedAt, f.achievedOn],
          c.goals.map((g) => [
            day(g.agreedOn),
            g.text,
            g.agreedAt ?? '–',
            g.achieved ? day(g.achievedOn) : '–',
          ]),
        ),
        table(
          r.exportPage.contacts,
          [f.occurredOn, f.kind, f.note],
          c.contacts.map((x) => [day(x.occurredOn), r.contactKinds[x.kind], x.note ?? '–']),
        ),
        table(
          r.exportPage.contactRevisions,
          [f.changedAt, f.change, f.changeReason, f.before, f.after],
          c.contactRevisions.map((x) => [
            day(x.changedAt.slice(0, 10)),
            r.contactChanges[x.change],
            x.reason,
            contactText(x.before),
            x.after ? contactText(x.after) : '–',
          ]),
        ),
      ].join(''),
    ),
    table(
      r.exportPage.groupCourses,
      [f.courseTitle, f.enrolledOn, f.sessionsAttended, f.achieved, f.diplomaOn],
      data.groupCourses.map((g) => [
        g.title,
        day(g.enrolledOn),
        String(g.sessionsAttended),
        yesNo(g.completed),
        day(g.diplomaOn),
      ]),
    ),
    table(
      r.exportPage.volunteering,
      [f.startedOn, f.endedOn],
      data.volunteering.map((v) => [day(v.startedOn), day(v.endedOn)]),
    ),
    table(
      m.mergedRecords,
      [m.name, f.birthYear, m.registeredOn, m.mergedOn, m.reason, m.consents],
      data.mergedRecords.map((x) => [
        x.displayName ?? f.erased,
        x.birthYear === null ? '–' : String(x.birthYear),
        day(x.createdAt.slice(0, 10)),
        formatDateTime(x.mergedAt),
        x.reason ?? '–',
        x.consents
          .map((c) =>
            [
              day(c.givenOn),
              yesNo(c.forRegistration),
              yesNo(c.forStatistics),
              yesNo(c.forPartnerContact),
            ].join(' '),
          )
          .join('; ') || '–',
      ]),
    ),
    table(
      r.exportPage.accessLog,
      [f.date, f.action, f.purpose],
      data.accessLog.map((e) => [
        formatDateTime(e.occurredAt),
        r.actions[e.action] ?? e.action,
        e.purpose ?? '–',
      ]),
    ).replace('</h2>', `</h2><p>${escapeHtml(r.exportPage.accessLogIntro)}</p>`),
  ];
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${escapeHtml(r.exportPage.title)}</title></head><body><main><h1>${escapeHtml(r.exportPage.title)}</h1><p>${escapeHtml(r.exportPage.intro)}</p><p>${escapeHtml(r.exportPage.generatedAt)}: ${escapeHtml(formatDateTime(data.exportedAt))}</p>${sections.join('')}</main></body></html>`;
}
