import fc from 'fast-check';

// Seed 15 in CI (each run builds reports and audits them); HELHED_PROPERTY_SEED picks others.
const KNOWN_SEED = process.env.HELHED_PROPERTY_SEED ? {} : { seed: 15 };

import { OUTCOMES, REFERRAL_SOURCES } from '@helhed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { pdfText } from '../../../../test/pdf-text.ts';
import { TEST_DATABASES } from '../../../../test/test-databases.ts';
import { systemActor, withTransaction } from '../../../platform/db/transaction.ts';
import { overrideDiscretionForTests } from '../../../platform/discretion.ts';
import { buildQuarterlyReport, renderQuarterly } from '../index.ts';
import { attackReport } from './attack.ts';
import { smallInCsv, smallInJson, smallInXlsx, unexplainedSmallInPdf } from './discretion-check.ts';
import {
  addTeam,
  insertAreaEvents,
  insertCases,
  insertGroup,
  insertParticipants,
  insertReferrals,
  insertVolunteer,
  planRefs,
} from './fixture.ts';

const day = fc
  .integer({ min: 0, max: 200 })
  .map((offset) => new Date(Date.UTC(2024, 11, 1) + offset * 86_400_000).toISOString().slice(0, 10));

const world = fc.record({
  people: fc.array(
    fc.record({ area: fc.integer({ min: 0, max: 1 }), birthYear: fc.integer({ min: 1950, max: 2008 }) }),
    {
      maxLength: 14,
    },
  ),
  cases: fc.array(
    fc.record({
      person: fc.nat(),
      anonymous: fc.boolean(),
      activity: fc.integer({ min: 0, max: 1 }),
      start: day,
      length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      outcome: fc.constantFrom(...OUTCOMES),
    }),
    { maxLength: 20 },
  ),
  referrals: fc.array(
    fc.record({
      person: fc.nat(),
      activity: fc.integer({ min: 0, max: 1 }),
      source: fc.constantFrom(...REFERRAL_SOURCES.slice(0, 3)),
      on: day,
    }),
    { maxLength: 14 },
  ),
  groups: fc.array(
    fc.record({
      activity: fc.integer({ min: 0, max: 1 }),
      people: fc.uniqueArray(fc.nat({ max: 13 }), { maxLength: 7 }),
      sessions: fc.array(day, { maxLength: 3 }),
    }),
    { maxLength: 2 },
  ),
  volunteers: fc.array(
    fc.record({
      person: fc.nat(),
      activity: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
      from: day,
    }),
    { maxLength: 5 },
  ),
  meetings: fc.array(
    fc.record({
      area: fc.integer({ min: 0, max: 1 }),
      attendees: fc.integer({ min: 0, max: 9 }),
      contacts: fc.integer({ min: 0, max: 2 }),
      on: day,
    }),
    { maxLength: 3 },
  ),
});

const REGISTRATION_TABLES = [
  'group_attendance',
  'group_session',
  'group_enrolment',
  'group_course',
  'volunteer',
  'support_case',
  'referral',
  'cks_meeting',
  'safety_contact',
  'participant',
] as const;

describe.each(TEST_DATABASES)('discretion of the leverancemåling on %s (property)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(kind);
  }, 120_000);
  afterAll(async () => t?.close());

  // Random registrations through the whole report builder: no format shows 1–4 persons, and the LP
  // attacker (sums and bounds re-derived from the published JSON, which every format is rendered
  // from) pins no hidden cell and proves none small. With the audit off the same property fails.
  const property = (refs: Awaited<ReturnType<typeof planRefs>>, teamId: string) => {
    const activities = [refs.activityA.id, refs.activityB.id];
    const areas = [refs.area1.id, refs.area2.id];
    return fc.asyncProperty(world, async (w) => {
      await withTransaction(t.db, systemActor('test', t.planId), async (trx) => {
        for (const table of REGISTRATION_TABLES) await trx.deleteFrom(table).execute();
      });
      const ids = await insertParticipants(
        t.db,
        t.planId,
        teamId,
        w.people.map((p) => ({ areaId: areas[p.area] as string, birthYear: p.birthYear })),
      );
      const who = (index: number) => ids[index % ids.length] as string;
      const end = (start: string, length: number) =>
        new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10);
      await insertCases(
        t.db,
        t.planId,
        teamId,
        w.cases
          .filter((c) => c.anonymous || ids.length > 0)
          .map((c) => ({
            participantId: c.anonymous ? null : who(c.person),
            activityId: activities[c.activity] as string,
            areaId: c.anonymous ? (areas[c.activity] as string) : null,
            startedOn: c.start,
            ...(c.length === null ? {} : { endedOn: end(c.start, c.length), outcome: c.outcome }),
          })),
      );
      if (ids.length > 0) {
        await insertReferrals(
          t.db,
          t.planId,
          w.referrals.map((r) => ({
            participantId: who(r.person),
            activityId: activities[r.activity] as string,
            source: r.source,
            referredOn: r.on,
          })),
        );
        for (const g of w.groups) {
          const members = [...new Set(g.people.map(who))];
          await insertGroup(t.db, t.planId, teamId, activities[g.activity] as string, members, g.sessions);
        }
        for (const v of w.volunteers)
          await insertVolunteer(
            t.db,
            t.planId,
            who(v.person),
            v.activity === null ? null : (activities[v.activity] as string),
            v.from,
          );
      }
      for (const m of w.meetings)
        await insertAreaEvents(
          t.db,
          t.planId,
          teamId,
          areas[m.area] as string,
          m.on,
          m.attendees,
          m.contacts,
        );

      const report = await buildQuarterlyReport(t.db, { planId: t.planId }, '2025-Q1');
      expect(smallInJson(report)).toEqual([]);
      expect(await attackReport(t.db, { planId: t.planId }, '2025-Q1', report)).toEqual([]);
      expect(smallInCsv((await renderQuarterly(report, 'csv', new Date())) as string)).toEqual([]);
      expect(await smallInXlsx((await renderQuarterly(report, 'xlsx', new Date())) as Buffer)).toEqual([]);
      const pdf = pdfText((await renderQuarterly(report, 'pdf', new Date())) as Buffer);
      expect(unexplainedSmallInPdf(pdf, report)).toEqual([]);
    });
  };

  it('never shows 1–4 persons in any format, and the LP attacker proves nothing (fixed seed)', async () => {
    const refs = await planRefs(t.db, t.planId);
    const teamId = await addTeam(t.db, t.planId);
    await fc.assert(property(refs, teamId), { numRuns: 15, ...KNOWN_SEED });
  }, 300_000);

  it('fails with the audit switched off: the attacker then finds a breach', async () => {
    const refs = await planRefs(t.db, t.planId);
    const teamId = await addTeam(t.db, t.planId, 'Audit slået fra');
    overrideDiscretionForTests({ audit: false });
    try {
      // Ends at the first failure: shrinking it (70 s a database) would only make the example smaller.
      const result = await fc.check(property(refs, teamId), {
        numRuns: 30,
        endOnFailure: true,
        ...KNOWN_SEED,
      });
      expect(result.failed).toBe(true);
      console.info(
        `audit off: counterexample after ${result.numRuns} runs: ${String(result.errorInstance).slice(0, 200)}`,
      );
    } finally {
      overrideDiscretionForTests(undefined);
    }
  }, 300_000);
});
