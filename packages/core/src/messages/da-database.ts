// Danish texts about the database roles (decision 0014). Imported into da.ts as da.database.

export const database = {
  runtimeRoleTooStrong:
    'Advarsel: Helhed forbinder til databasen som "{role}", der er superbruger eller ejer tabellerne og derfor kan slå revisionsloggens beskyttelse fra. Brug en runtime-rolle i DATABASE_URL og ejeren i HELHED_MIGRATION_URL (se README: "Running on a PostgreSQL server").',
  bulkNeedsOwner:
    '--bulk kræver ejerrollen med ret til at sætte session_replication_role (HELHED_MIGRATION_URL, se README).',
} as const;
