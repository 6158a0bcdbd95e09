import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { runRetention } from '../../retention.ts';
import { rowsOf } from './run.ts';

// The audit log's own retention (decision 0022): entries older than the period go, by the one path
// the log allows, and that path leaves its own entry. The runtime role's attempts to use the path on
// recent entries are in db/runtime-role.test.ts.
describe.each(TEST_DATABASES)('audit log retention on %s', (kind) => {
  let t: TestApp;
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom('audit_event')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const when of ['2019-03-01T10:00:00Z', '2020-06-01T10:00:00Z', '2021-11-30T10:00:00Z']) {
      await t.db
        .insertInto('audit_event')
        .values({
          actor_label: 'gammel@helhed.test',
          action: 'read',
          entity_type: 'participant',
          occurred_at: when,
        })
        .execute();
    }
  });
  afterAll(() => t?.close());

  it('a dry run counts the entries older than five years and deletes none', async () => {
    const before = await count();
    const outcome = await runRetention(t.db, { now: new Date('2026-12-03T12:00:00Z'), dryRun: true });
    expect(outcome.periods.audit).toBe('5y');
    expect(outcome.cutoffs.audit).toBe('2021-12-03');
    expect(rowsOf(outcome, 'audit_event')).toBe(3);
    expect(await count()).toBe(before);
  });

  it('the job deletes exactly those and records the purge as a new entry', async () => {
    const before = await count();
    const outcome = await runRetention(t.db, { now: new Date('2026-12-03T12:00:00Z') });
    expect(rowsOf(outcome, 'audit_event')).toBe(3);
    expect(await count()).toBe(before - 3 + 1);
    const old = await t.db
      .selectFrom('audit_event')
      .select('id')
      .where('actor_label', '=', 'gammel@helhed.test')
      .execute();
    expect(old).toEqual([]);
    const purge = await t.db
      .selectFrom('audit_event')
      .select(['actor_label', 'action', 'details'])
      .where('entity_type', '=', 'audit_event')
      .execute();
    expect(purge).toEqual([
      {
        actor_label: 'system:retention',
        action: 'delete',
        details: expect.stringMatching(/^purged 3 entries before 2021-12-0[23]/),
      },
    ]);
    // Nothing more to go: no second purge entry.
    expect(rowsOf(await runRetention(t.db, { now: new Date('2026-12-03T12:00:00Z') }), 'audit_event')).toBe(
      0,
    );
    expect(await count()).toBe(before - 2);
  });

  it('refuses a purge of anything younger than a year, even for the owner', async () => {
    await expect(
      t.asOwner((owner) => sql`select purge_audit_events(now() - interval '11 months')`.execute(owner)),
    ).rejects.toThrow(/tidligst efter et år/);
  });
});
