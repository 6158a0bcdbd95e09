import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/build-test-app.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { insertAuditEvents } from './queries.ts';

// A bulk import's dry run of 3,000 rows shows up to 9,000 names, each an audited read: one INSERT of
// that many events passed PostgreSQL's 65,535 bound values and the answer was a 500 (found by
// bench/bulk-import.ts). Named regression: a trail of 7,000 events is written whole, on both databases.
describe.each(TEST_DATABASES)('a long read trail, on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(kind);
  }, 120_000);
  afterAll(() => t?.close());

  it('writes 7,000 reads of one request, none lost', async () => {
    const requestId = crypto.randomUUID();
    const events = Array.from({ length: 7000 }, () => ({
      planId: t.planId,
      actorId: null,
      actorLabel: 'system:test',
      action: 'read' as const,
      entityType: 'participant',
      entityId: crypto.randomUUID(),
      ipAddress: null,
      requestId,
      purpose: 'Sagsbehandling',
    }));
    await insertAuditEvents(t.db, events);
    const written = await t.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('request_id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(Number(written.n)).toBe(7000);
  });
});
