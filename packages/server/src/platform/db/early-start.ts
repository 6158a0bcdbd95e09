import path from 'node:path';
import { type EmbeddedServer, startEmbeddedServer } from './embedded-server.ts';

/**
 * `helhed serve` starts the embedded PostgreSQL before the rest of the server's code has loaded, so
 * that initdb or the server's own start runs while Node loads the app (issue 18); openDatabase then
 * takes the server started here instead of starting one. Only this small module and the embedded
 * server's are loaded first (a package entry of their own, `@helhed/server/early-start`).
 */
const started = new Map<string, Promise<EmbeddedServer>>();

export function resolveDataDir(dataDir: string | undefined): string {
  return path.resolve(dataDir ?? process.env.HELHED_DATA_DIR ?? '.helhed-data');
}

export function startEmbeddedEarly(options: {
  dataDir?: string | undefined;
  log: (message: string) => void;
}) {
  const dataDir = resolveDataDir(options.dataDir);
  const server = startEmbeddedServer({ dataDir, log: options.log });
  // Its failure (a folder in use, say) is reported when openDatabase awaits it, as without the early start.
  server.catch(() => undefined);
  started.set(dataDir, server);
}

/** The server started early for this folder, once; undefined when none was. */
export function takeEarlyStart(dataDir: string): Promise<EmbeddedServer> | undefined {
  const server = started.get(dataDir);
  started.delete(dataDir);
  return server;
}
