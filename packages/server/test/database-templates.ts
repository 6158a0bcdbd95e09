import pg from 'pg';
import { roleNamesFor } from '../src/platform/db/roles.ts';

/**
 * Template databases (decision 0026). The global setup (build-templates.ts) migrates one database per
 * server once and seeds a copy of it with the Odense plan; a test database that needs either is a copy
 * (`create database … template …`, test-databases.ts) instead of running every migration again. Every
 * object of a template belongs to TEMPLATE_ROLES.owner and nobody is granted anything, so a copy is
 * exactly a freshly migrated database once adoptTemplateCopy has handed every object to the copy's
 * own owner and migrateAndGrant has granted the copy's runtime role (decision 0014).
 */
export const TEMPLATES = { migrated: 'helhed_template_migrated', seeded: 'helhed_template_seeded' } as const;
export type Template = keyof typeof TEMPLATES;
export const TEMPLATE_ROLES = roleNamesFor('helhed_template');

/**
 * As the superuser, connected to a fresh copy of a template: hands every object the template owner
 * owns to the copy's owner, then checks that nothing in the copy still belongs to, or grants
 * anything to, a role other than that owner.
 */
export async function adoptTemplateCopy(adminInCopyUrl: string, owner: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminInCopyUrl });
  await client.connect();
  try {
    await client.query(
      `reassign owned by ${client.escapeIdentifier(TEMPLATE_ROLES.owner)} to ${client.escapeIdentifier(owner)}`,
    );
    const { rows } = await client.query<{ role: string }>(
      `select distinct d.refobjid::regrole::text as role from pg_shdepend d
        where d.dbid = (select oid from pg_database where datname = current_database())
          and d.refobjid <> $1::regrole`,
      [owner],
    );
    if (rows.length > 0) {
      throw new Error(`a copy of a template still depends on ${rows.map((r) => r.role).join(', ')}`);
    }
  } finally {
    await client.end();
  }
}
