import { type OpenDatabase, openDatabase } from '@helhed/server';

/** Opens the configured database (DATABASE_URL or the embedded one), runs fn, and closes it. */
export async function withDatabase<T>(fn: (database: OpenDatabase) => Promise<T>): Promise<T> {
  // While `npm start` holds the embedded data folder, the CLI works through that server's socket.
  const database = await openDatabase({
    log: (message) => process.stderr.write(`${message}\n`),
    attachToRunningServer: true,
  });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}
