import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Session, type TestApp } from '../../../test/build-test-app.ts';
import { addMember, addTeam, call, participantBody, planRefs } from '../../../test/registration-setup.ts';
import { TEST_DATABASES } from '../../../test/test-databases.ts';
import { findTexts } from '../../../test/text-scan.ts';
import { createHousehold, createPhase } from '../../modules/rehousing/tests/support.ts';
import { ERASERS } from '../../retention.ts';
import { DatabaseNotEmptyError, restoreBackup, writeBackup } from '../backup/backup.ts';

// Tried as the data protection officer would (issue 21): erase a person and a household, restore
// yesterday's backup, and both stay erased; the journal that makes it so holds ids and dates only.
describe.each(TEST_DATABASES)('erasure survives a restore on %s', (kind) => {
  let t: TestApp;
  let leader: Session;
  let dir: string;
  let file: string;
  let erased: string;
  let kept: string;
  let household: string;

  const householdName = async () =>
    (
      await t.db
        .selectFrom('rehousing_household')
        .select('contact_name')
        .where('id', '=', household)
        .executeTakeFirst()
    )?.contact_name;
  const nameOf = async (id: string) =>
    (await t.db.selectFrom('participant').select('display_name').where('id', '=', id).executeTakeFirst())
      ?.display_name;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const team = await addTeam(t.db, t.planId, 'Team Syd');
    leader = (await addMember(t, 'leader', 'leder@journal.test', team)).session;
    const refs = await planRefs(t);
    const create = async (name: string) =>
      (await call(t, leader, 'POST', '/api/v1/participants', participantBody(refs, name))).json()
        .id as string;
    erased = await create('Rasmus Slettes');
    kept = await create('Karen Bliver');
    const phase = await createPhase(t, leader, 'Etape 9 – Journal');
    household = await createHousehold(t, leader, phase, { contactName: 'Familie Genopstår (fiktiv)' });
    dir = await mkdtemp(path.join(os.tmpdir(), 'helhed-journal-'));
    file = path.join(dir, 'i-går.helhed');
    await writeBackup(t.db, file, { plaintext: true });
    const response = await call(t, leader, 'POST', `/api/v1/participants/${erased}/erase`, { confirm: true });
    expect(response.statusCode).toBe(204);
    const erasedHousehold = await call(t, leader, 'POST', `/api/v1/rehousing/households/${household}/erase`, {
      confirm: true,
    });
    expect(erasedHousehold.statusCode).toBe(204);
  });
  afterAll(async () => {
    await t?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the journal notes the erasure by ids and date, and the runtime role cannot remove the note', async () => {
    const journal = await t.db.selectFrom('erasure_journal').selectAll().orderBy('id').execute();
    expect(journal.map((j) => [j.subject_kind, j.subject_id])).toEqual([
      ['participant', erased],
      ['household', household],
    ]);
    expect(journal[0]).toMatchObject({ plan_id: t.planId });
    expect(Object.keys(journal[0] ?? {}).sort()).toEqual([
      'erased_at',
      'id',
      'plan_id',
      'subject_id',
      'subject_kind',
    ]);
    await expect(t.db.deleteFrom('erasure_journal').execute()).rejects.toThrow(/permission denied/);
    await expect(t.db.updateTable('erasure_journal').set({ subject_id: kept }).execute()).rejects.toThrow();
  });

  it('refuses to restore over data unless told to replace it', async () => {
    await expect(t.asOwner((owner) => restoreBackup(owner, file))).rejects.toBeInstanceOf(
      DatabaseNotEmptyError,
    );
    expect(await nameOf(erased)).toBeNull();
  });

  it('restoring the older backup re-applies the erasure before it commits, as system:restore', async () => {
    // The backup itself still holds the person: that is why the journal is needed.
    expect((await readFile(file)).length).toBeGreaterThan(0);
    const result = await t.asOwner((owner) =>
      restoreBackup(owner, file, undefined, { replace: true, erasers: ERASERS }),
    );
    expect(result.reapplied).toBe(2);
    expect(await nameOf(erased)).toBeNull();
    expect(await householdName()).toBeNull();
    expect(await nameOf(kept)).toBe('Karen Bliver');
    expect(await findTexts(t.db, ['Rasmus Slettes', 'Familie Genopstår'])).toEqual([]);
    const journal = await t.db.selectFrom('erasure_journal').select('subject_id').orderBy('id').execute();
    expect(journal).toEqual([{ subject_id: erased }, { subject_id: household }]);
    const audit = await t.db
      .selectFrom('audit_event')
      .select('actor_label')
      .where('entity_id', '=', erased)
      .where('action', '=', 'update')
      .execute();
    expect(audit.map((a) => a.actor_label)).toContain('system:restore');
    // A second restore of the same file finds the journal entry and erases again: still gone.
    const again = await t.asOwner((owner) =>
      restoreBackup(owner, file, undefined, { replace: true, erasers: ERASERS }),
    );
    expect(again.reapplied).toBe(2);
    expect(await nameOf(erased)).toBeNull();
    expect(await householdName()).toBeNull();
  });

  it('without the journal step the old backup would bring the person back (the step is what protects)', async () => {
    await t.asOwner((owner) => restoreBackup(owner, file, undefined, { replace: true }));
    expect(await nameOf(erased)).toBe('Rasmus Slettes');
    expect(await householdName()).toBe('Familie Genopstår (fiktiv)');
  });
});
