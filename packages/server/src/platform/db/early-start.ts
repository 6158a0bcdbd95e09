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

/**
 * Starts the embedded PostgreSQL of the data folder. Resolves as soon as the start waits for
 * PostgreSQL's own processes (initdb, the postmaster), or has ended: the caller then loads the rest
 * of the app while they run. The steps before (a lock, a version check, a few files) each need this
 * thread, which loading the app's code would keep busy.
 */
export function startEmbeddedEarly(options: {
  dataDir?: string | undefined;
  log: (message: string) => void;
}): Promise<void> {
  const dataDir = resolveDataDir(options.dataDir);
  let waiting: () => void = () => undefined;
  const launched = new Promise<void>((resolve) => {
    waiting = resolve;
  });
  const server = startEmbeddedServer({ dataDir, log: options.log, waiting });
  started.set(dataDir, server);
  // Its failure (a folder in use, say) is reported when openDatabase awaits it, as without the early start.
  return Promise.race([
    launched,
    server.then(
      () => undefined,
      () => undefined,
    ),
  ]);
}

/** The server started early for this folder, once; undefined when none was. */
export function takeEarlyStart(dataDir: string): Promise<EmbeddedServer> | undefined {
  const server = started.get(dataDir);
  started.delete(dataDir);
  return server;
}
