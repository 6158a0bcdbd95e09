import { startServer } from '@helhed/server';

export async function serve(): Promise<void> {
  await startServer({
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? 'localhost',
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.HELHED_DATA_DIR,
    // Browsers accept Secure cookies on http://localhost; set HELHED_INSECURE_COOKIES=1 only for
    // plain-HTTP testing on another host name.
    secureCookies: process.env.HELHED_INSECURE_COOKIES !== '1',
  });
}
